// LiteLLM follows redirects and re-sent an anthropic/ route's x-api-key to the new origin (issue 12). Through
// verify-litellm's proxy no redirect is followed: the other origin never sees a request, let alone the key.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const KEY = 'sk-ant-canary-redirect-0000';

function server(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void>; seen: string[] }> {
  const seen: string[] = [];
  const s = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    handler(req, res);
  });
  return new Promise((resolve) =>
    s.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
        seen,
        close: () => new Promise((r) => (s.closeAllConnections(), s.close(() => r()))),
      }),
    ),
  );
}

describe('redirects are never followed with credentials', { timeout: 600_000 }, () => {
  let dir: string;
  let elsewhere: Awaited<ReturnType<typeof server>>;
  let redirector: Awaited<ReturnType<typeof server>>;
  before(async () => {
    await testLiteLLM();
    dir = tempDir('vl-redirect-');
    elsewhere = await server((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    // An upstream (or a man in the middle) answering every request with a redirect to another origin.
    redirector = await server((req, res) => res.writeHead(307, { location: `${elsewhere.url}${req.url}` }).end());
  });
  after(async () => {
    await elsewhere?.close();
    await redirector?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  // Both provider paths in one proxy run (one alias each): each route's own request carried the key to the
  // configured origin, and nothing at all reached the redirect target.
  it('anthropic/ and openai/: the key stays with the configured origin', async () => {
    const routes = [
      ['r-anthropic', 'anthropic/claude-sonnet-4-5', '/v1/messages'],
      ['r-openai', 'openai/gpt-4o', '/chat/completions'],
    ] as const;
    const config = writeConfig(
      dir,
      `model_list:\n${routes.map(([alias, model]) => `- model_name: ${alias}\n  litellm_params:\n    model: ${model}\n    api_key: os.environ/UPSTREAM_KEY\n    api_base: ${redirector.url}\n`).join('')}`,
      'config.yaml',
    );
    const report = await runEngine({ configPath: config, provided: { UPSTREAM_KEY: KEY }, stream: false, checkServedModel: false });
    for (const [alias, , path] of routes) {
      const row = report.aliases.find((a) => a.alias === alias);
      assert.equal(row?.status, 'fail', JSON.stringify(row));
      assert.ok(
        redirector.seen.some((s) => s.includes(path) && s.includes(KEY)),
        `the configured upstream was called with the key for ${alias}: ${redirector.seen.join('\n')}`,
      );
    }
    assert.deepEqual(
      elsewhere.seen.filter((s) => s.includes(KEY)),
      [],
      'the redirect target never got the key',
    );
    assert.deepEqual(elsewhere.seen, [], 'the redirect was not followed at all');
  });

  // `http://localhost\@127.0.0.1:P` is localhost to Node (the backslash starts the path) and 127.0.0.1:P to
  // LiteLLM's httpx (user info `localhost\`): before, allowed-hosts read localhost, and the proxy sent the
  // anthropic/ route's x-api-key to the other origin (with LiteLLM's httpx transport; src/util/url-host.ts).
  it('an api_base that names two hosts never sends the key to the one the checks did not read', async () => {
    const twoHosts = elsewhere.url.replace('http://127.0.0.1', 'http://localhost\\@127.0.0.1');
    const config = writeConfig(
      dir,
      `model_list:\n- model_name: two\n  litellm_params:\n    model: anthropic/claude-sonnet-4-5\n    api_key: os.environ/UPSTREAM_KEY\n    api_base: '${twoHosts}'\nlitellm_settings:\n  disable_aiohttp_transport: true\n`,
      'two-hosts.yaml',
    );
    for (const allowedHosts of [['localhost'], null]) {
      const report = await runEngine({ configPath: config, provided: { UPSTREAM_KEY: KEY }, stream: false, checkServedModel: false, allowedHosts });
      assert.equal(report.result, 'fail', JSON.stringify(report.aliases));
      assert.match(JSON.stringify(report), /127\.0\.0\.1/, 'the host LiteLLM would connect to is named');
    }
    assert.deepEqual(
      elsewhere.seen.filter((s) => s.includes(KEY)),
      [],
      'the other host never got the key',
    );
  });
});
