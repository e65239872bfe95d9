// On a runner whose network needs an outbound proxy, the LiteLLM proxy reaches the upstream through
// HTTP_PROXY (1.108.7's aiohttp transport reads it per request: litellm/llms/custom_httpx/aiohttp_transport.py,
// `_proxy_from_env`), and so must verify-litellm's own direct request to the upstream (the served-model check),
// while the probes to our proxy on 127.0.0.1 never go through it. The proxy's password is never printed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';

const SECRET = 's3cret-outbound-pw';

describe('an outbound proxy in the runner environment', { timeout: 600_000 }, () => {
  let dir: string;
  let upstream: Standin;
  let proxy: ForwardProxy;
  before(async () => {
    await testLiteLLM();
    dir = tempDir('vl-outbound-');
    upstream = await startStandin({ apiKey: 'sk-upstream-0000', models: [{ id: 'qwen3', servedAs: 'Qwen/Qwen3-0.6B' }] });
    proxy = await startForwardProxy();
  });
  after(async () => {
    await proxy?.close();
    await upstream?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('LiteLLM and the served-model check both reach the upstream through it; the loopback probes never do', async () => {
    const config = writeConfig(
      dir,
      `model_list:\n- model_name: q\n  litellm_params:\n    model: openai/qwen3\n    api_key: os.environ/UPSTREAM_KEY\n    api_base: ${upstream.url}\n`,
      'config.yaml',
    );
    const lines: string[] = [];
    const report = await runEngine(
      {
        configPath: config,
        provided: { UPSTREAM_KEY: 'sk-upstream-0000' },
        env: { PATH: process.env.PATH, HOME: process.env.HOME, HTTP_PROXY: `http://user:${SECRET}@127.0.0.1:${proxy.port}` },
        stream: false,
        checkServedModel: true,
      },
      { log: (l) => lines.push(l) },
    );
    const alias = report.aliases[0]!;
    assert.equal(alias.status, 'pass', JSON.stringify(alias));
    assert.equal(alias.servedModel, 'Qwen/Qwen3-0.6B', 'the direct check got its answer through the proxy');
    const chats = upstream.seen.filter((r) => r.path === '/v1/chat/completions');
    assert.ok(
      chats.some((r) => JSON.stringify(r.body).includes('Say OK.')),
      'the served-model check reached the stand-in',
    );
    assert.ok(
      chats.some((r) => JSON.stringify(r.body).includes('Say hello.')),
      "LiteLLM's probe reached the stand-in",
    );
    // Every request the stand-in saw passed through the proxy, and nothing else did (not our probes to 127.0.0.1:<proxy port>).
    assert.equal(proxy.passed.length, upstream.seen.length, JSON.stringify(proxy.passed));
    for (const p of proxy.passed) assert.ok(p.kind === 'forward' && p.target.startsWith(`${upstream.url}/`), JSON.stringify(p));
    assert.doesNotMatch(JSON.stringify(report) + lines.join('\n'), new RegExp(SECRET));
  });

  // ALL_PROXY alone, and a NO_PROXY entry naming the upstream with its port: LiteLLM asks urllib's proxy_bypass
  // about the host without the port, so that entry does not match and the request goes through ALL_PROXY
  // (aiohttp_transport.py `_proxy_from_env`). The served-model check must take the same road, not a direct one.
  it('ALL_PROXY and a NO_PROXY entry with a port: the check takes the road LiteLLM takes', async () => {
    const config = writeConfig(
      dir,
      `model_list:\n- model_name: q\n  litellm_params:\n    model: openai/qwen3\n    api_key: os.environ/UPSTREAM_KEY\n    api_base: ${upstream.url}\n`,
      'config-all-proxy.yaml',
    );
    const seenBefore = upstream.seen.length;
    const passedBefore = proxy.passed.length;
    const report = await runEngine(
      {
        configPath: config,
        provided: { UPSTREAM_KEY: 'sk-upstream-0000' },
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          ALL_PROXY: `http://user:${SECRET}@127.0.0.1:${proxy.port}`,
          NO_PROXY: new URL(upstream.url).host,
        },
        stream: false,
        checkServedModel: true,
      },
      { log: () => undefined },
    );
    const alias = report.aliases[0]!;
    assert.equal(alias.status, 'pass', JSON.stringify(alias));
    assert.equal(alias.servedModel, 'Qwen/Qwen3-0.6B');
    const seen = upstream.seen.slice(seenBefore);
    const passed = proxy.passed.slice(passedBefore);
    assert.ok(
      seen.some((r) => String(JSON.stringify(r.body)).includes('Say hello.')),
      "LiteLLM's probe reached the stand-in",
    );
    assert.ok(
      seen.some((r) => String(JSON.stringify(r.body)).includes('Say OK.')),
      'the served-model check reached the stand-in',
    );
    assert.equal(passed.length, seen.length, `not every request went through ALL_PROXY: ${JSON.stringify(passed)}`);
  });
});
