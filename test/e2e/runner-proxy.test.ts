// The bundled action on a runner behind a corporate proxy that also tells Node to use it: NODE_USE_ENV_PROXY=1
// with HTTP_PROXY makes Node (22.21+, 24) install an EnvHttpProxyAgent as undici's global dispatcher
// (nodejs/node lib/internal/process/pre_execution.js, setupHttpProxy). LiteLLM's own calls upstream follow
// HTTP_PROXY (as in production); the action's probes to the proxy on 127.0.0.1, master key included, never do.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { ROOT, route, tempDir, testLiteLLM } from '../helpers/litellm.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { runNode, Runner, RUNNER_NODE } from '../helpers/runner.ts';

const KEY = 'vk-upstream-7f3a';

describe('the bundled action with NODE_USE_ENV_PROXY=1 and HTTP_PROXY', { timeout: 600_000 }, () => {
  let upstream: Standin;
  let proxy: ForwardProxy;
  let root: string;
  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    await testLiteLLM();
    root = tempDir('vl-e2e-envproxy-');
    upstream = await startStandin({ apiKey: KEY, models: [{ id: 'Qwen/Qwen3-0.6B' }] });
    proxy = await startForwardProxy();
  });
  after(async () => {
    await proxy?.close();
    await upstream?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('probes the LiteLLM proxy on 127.0.0.1 directly; only LiteLLM’s own upstream calls use the outbound proxy', async (t) => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxy.url };
    // On this Node the setting is in force: a plain fetch to 127.0.0.1 goes through the outbound proxy.
    const fetched = await runNode('-e', [`fetch(${JSON.stringify(`${upstream.url}/health`)}).then(() => {}, () => {})`], {
      env,
      cwd: root,
      timeoutMs: 30_000,
      node: RUNNER_NODE,
    });
    assert.equal(fetched.code, 0, fetched.stderr);
    if (proxy.passed.length === 0) return t.skip(`node ${RUNNER_NODE} does not read NODE_USE_ENV_PROXY (Node 22.21+ / 24 do; VERIFY_LITELLM_RUNNER_NODE)`);
    proxy.passed.length = 0;

    const runner = new Runner(path.join(root, 'runner'), { env });
    runner.writeConfig(`model_list:\n${route('q', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    const main = await runner.main({ VLLM_KEY: KEY });
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.equal(main.outputs.result, 'pass', main.stdout);
    const upstreamHost = `127.0.0.1:${upstream.port}`;
    assert.ok(proxy.passed.length > 0, "LiteLLM's call upstream followed HTTP_PROXY");
    for (const p of proxy.passed) assert.ok(p.target.includes(upstreamHost), `only upstream calls go through the outbound proxy, not ${p.target}`);
    const post = await runner.post();
    assert.equal(post.code, 0, post.stdout + post.stderr);
  });
});
