// Direct requests to an upstream follow the runner's HTTP(S)_PROXY / NO_PROXY, as the LiteLLM proxy does;
// requests to our own proxy on 127.0.0.1 never do; the proxy's credentials never reach a message.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { outboundUnreachable } from '../../src/diagnose/diagnose.ts';
import type { OracleDeployment } from '../../src/litellm/oracle.ts';
import { outboundFor, outboundProxySecrets, shownProxy } from '../../src/probe/outbound.ts';
import { proxyAnswers, runnerConnectionCheck } from '../../src/probe/reachability.ts';
import { sendToProxy } from '../../src/probe/send.ts';
import { firstListedModel, servedModel } from '../../src/probe/upstream.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { Masker } from '../../src/util/mask.ts';
import { startForwardProxy, type ForwardProxy } from '../helpers/forward-proxy.ts';
import { HAS_OPENSSL, selfSignedCert } from '../helpers/tls.ts';

const SECRET = 's3cret-proxy-pw';

describe('outboundFor: the rules LiteLLM 1.108.7 follows (CPython urllib getproxies / proxy_bypass)', () => {
  const p = (target: string, env: NodeJS.ProcessEnv) => outboundFor(target, env)?.url ?? null;
  it('picks the variable for the scheme, lowercase first, ALL_PROXY last', () => {
    assert.equal(p('https://api.example.com/v1', { HTTPS_PROXY: 'http://a:1', HTTP_PROXY: 'http://b:1' }), 'http://a:1');
    assert.equal(p('http://api.example.com/v1', { HTTPS_PROXY: 'http://a:1', HTTP_PROXY: 'http://b:1' }), 'http://b:1');
    assert.equal(p('https://api.example.com/v1', { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:1' }), 'http://low:1');
    assert.equal(p('https://api.example.com/v1', { https_proxy: '', HTTPS_PROXY: 'http://up:1' }), null, 'an empty lowercase one turns it off');
    assert.equal(p('https://api.example.com/v1', { ALL_PROXY: 'proxy.corp:3128' }), 'http://proxy.corp:3128', 'no scheme: http://');
    assert.equal(p('https://api.example.com/v1', {}), null);
    assert.equal(p('https://api.example.com/v1', undefined as unknown as NodeJS.ProcessEnv), null);
  });

  it('skips hosts NO_PROXY covers: exact, a domain and what is under it, or *', () => {
    const env = (no: string): NodeJS.ProcessEnv => ({ HTTPS_PROXY: 'http://a:1', NO_PROXY: no });
    assert.equal(p('https://api.example.com/v1', env('api.example.com')), null);
    assert.equal(p('https://api.example.com/v1', env('.example.com')), null);
    assert.equal(p('https://api.example.com/v1', env('example.com')), null);
    // LiteLLM asks proxy_bypass about the host alone: an entry with a port or a CIDR range never matches there
    // (measured with 1.108.7: no_proxy='127.0.0.1:8000' sent 127.0.0.1:8000 through ALL_PROXY).
    assert.equal(p('https://api.example.com:8443/v1', env('api.example.com:8443')), 'http://a:1');
    assert.equal(p('http://127.0.0.1:8000/v1', { ALL_PROXY: 'http://a:1', no_proxy: '127.0.0.1:8000' }), 'http://a:1');
    assert.equal(p('https://10.1.2.3:8443/v1', env('10.0.0.0/8')), 'http://a:1');
    assert.equal(p('https://api.example.com/v1', env(' * ')), 'http://a:1', 'only exactly * means all');
    assert.equal(p('https://api.example.com/v1', env('localhost, *')), 'http://a:1', 'only a lone * means all');
    assert.equal(p('https://api.example.com/v1', env('*')), null);
    assert.equal(p('https://notexample.com/v1', env('example.com')), 'http://a:1', 'a suffix is not a subdomain');
    assert.equal(p('https://api.example.com/v1', { HTTPS_PROXY: 'http://a:1', no_proxy: '', NO_PROXY: 'example.com' }), 'http://a:1', 'lowercase first');
    // urllib does not bypass loopback by itself: LiteLLM sends even a 127.0.0.1 upstream through the proxy.
    assert.equal(p('http://127.0.0.1:8000/v1', { HTTP_PROXY: 'http://a:1' }), 'http://a:1');
  });

  it('shows the proxy without its credentials, and hands the password to the masker', () => {
    assert.equal(shownProxy(`http://user:${SECRET}@proxy.corp:3128`), 'http://***@proxy.corp:3128');
    assert.equal(shownProxy('http://proxy.corp:3128'), 'http://proxy.corp:3128');
    assert.equal(outboundFor('https://x.io', { HTTPS_PROXY: `user:${SECRET}@proxy.corp:3128` })?.shown, 'http://***@proxy.corp:3128');
    const masker = new Masker();
    for (const s of outboundProxySecrets({ HTTPS_PROXY: `http://user:${encodeURIComponent('p@ss/w0rd!')}@proxy.corp:3128`, PATH: '/bin' })) masker.add(s);
    assert.doesNotMatch(masker.mask(`proxy at http://user:${encodeURIComponent('p@ss/w0rd!')}@proxy.corp said p@ss/w0rd!`), /p@ss|w0rd|p%40ss/);
  });
});

describe('direct checks through an outbound proxy (127.0.0.1)', () => {
  let upstream: Standin;
  let proxy: ForwardProxy;
  let dir: string;
  before(async () => {
    upstream = await startStandin({ models: [{ id: 'qwen3', servedAs: 'Qwen/Qwen3-0.6B' }] });
    proxy = await startForwardProxy();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-outbound-'));
  });
  after(async () => {
    await proxy.close();
    await upstream.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const route = (apiBase: string, model = 'openai/qwen3') => {
    const d = parseConfig(`model_list:\n- model_name: q\n  litellm_params:\n    model: ${model}\n    api_base: ${apiBase}\n`, '/w/c.yaml', 'c.yaml')
      .deployments[0]!;
    d.litellm = { openaiCompatible: true, upstreamModel: 'qwen3' } as OracleDeployment;
    return d;
  };
  const withAuth = () => `http://user:${SECRET}@127.0.0.1:${proxy.port}`;

  it('the served-model check and the wildcard /v1/models go through HTTP_PROXY, with its credentials', async () => {
    proxy.passed.length = 0;
    const env = { HTTP_PROXY: withAuth() };
    assert.equal(await servedModel(route(upstream.url), { env: () => undefined, timeoutMs: 5000, outboundEnv: env }), 'Qwen/Qwen3-0.6B');
    assert.equal(await firstListedModel(route(upstream.url, 'openai/*'), { env: () => undefined, timeoutMs: 5000, outboundEnv: env }), 'qwen3');
    assert.deepEqual(
      proxy.passed.map((x) => [x.kind, x.target]),
      [
        ['forward', `${upstream.url}/chat/completions`],
        ['forward', `${upstream.url}/models`],
      ],
    );
    assert.equal(proxy.passed[0]!.proxyAuthorization, `Basic ${Buffer.from(`user:${SECRET}`).toString('base64')}`);
  });

  it('goes straight to the upstream when NO_PROXY covers its host, or with no proxy set', async () => {
    proxy.passed.length = 0;
    const before = upstream.seen.length;
    assert.equal(
      await servedModel(route(upstream.url), {
        env: () => undefined,
        timeoutMs: 5000,
        outboundEnv: { HTTP_PROXY: withAuth(), NO_PROXY: 'localhost,127.0.0.1' },
      }),
      'Qwen/Qwen3-0.6B',
    );
    assert.equal(await servedModel(route(upstream.url), { env: () => undefined, timeoutMs: 5000, outboundEnv: {} }), 'Qwen/Qwen3-0.6B');
    assert.equal(proxy.passed.length, 0);
    assert.equal(upstream.seen.length, before + 2, 'the stand-in answered both directly');
  });

  it('the runner connection check goes through the proxy, and says so when it fails there', async () => {
    proxy.passed.length = 0;
    assert.equal(await runnerConnectionCheck(upstream.url, 5000, { HTTP_PROXY: withAuth() }), 'connected');
    assert.deepEqual(
      proxy.passed.map((x) => x.kind),
      ['forward'],
    );
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const dead = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const seen = await runnerConnectionCheck('https://api.example.com/v1', 5000, { HTTPS_PROXY: `http://user:${SECRET}@127.0.0.1:${dead}` });
    assert.match(seen ?? '', new RegExp(`^through the outbound proxy http://\\*\\*\\*@127\\.0\\.0\\.1:${dead}: .*ECONNREFUSED`));
    assert.doesNotMatch(seen ?? '', new RegExp(SECRET));
  });

  it('tunnels https with CONNECT and names a refused tunnel', async () => {
    const refusing = await startForwardProxy({ refuseConnect: 403 });
    try {
      const seen = await runnerConnectionCheck('https://api.example.com/v1', 5000, { HTTPS_PROXY: refusing.url });
      assert.equal(seen, `through the outbound proxy ${refusing.url}: the proxy answered 403 to CONNECT api.example.com:443`);
      assert.deepEqual(
        refusing.passed.map((x) => [x.kind, x.target]),
        [['connect', 'api.example.com:443']],
      );
      const d = route('https://api.example.com/v1');
      const diagnosis = outboundUnreachable(
        { deployment: d } as Parameters<typeof outboundUnreachable>[0],
        outboundFor(d.apiBase!, { HTTPS_PROXY: refusing.url })!,
        seen!,
      );
      assert.match(diagnosis.summary, /the runner could not either, through the outbound proxy http:\/\/127\.0\.0\.1:\d+: the proxy answered 403/);
      assert.match(diagnosis.fix ?? '', /NO_PROXY/);
    } finally {
      await refusing.close();
    }
  });

  it("a TLS upstream behind the tunnel: the handshake is the runner's, through the proxy", { skip: !HAS_OPENSSL }, async () => {
    const { key, cert } = selfSignedCert(dir);
    const server = https.createServer({ key, cert }, (_, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    proxy.passed.length = 0;
    try {
      const seen = await runnerConnectionCheck(`https://localhost:${port}/v1`, 5000, { HTTPS_PROXY: withAuth() });
      assert.deepEqual(
        proxy.passed.map((x) => [x.kind, x.target]),
        [['connect', `localhost:${port}`]],
      );
      // The runner does not trust this self-signed certificate: the failure names the proxy and the TLS cause.
      assert.match(seen ?? '', /^through the outbound proxy http:\/\/\*\*\*@127\.0\.0\.1:\d+: .*(self[- ]signed|certificate)/i);
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });

  it('requests to our own proxy on 127.0.0.1 never take the outbound proxy, even with it in process.env', async () => {
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, http_proxy: process.env.http_proxy };
    process.env.HTTP_PROXY = proxy.url;
    process.env.http_proxy = proxy.url;
    proxy.passed.length = 0;
    try {
      const base = upstream.url.replace(/\/v1$/, '');
      await proxyAnswers(base, 5000);
      const sent = await sendToProxy({ baseUrl: base, masterKey: 'sk-test', timeoutMs: 5000, maxBytes: 1 << 16 }, 'chat', '/v1/chat/completions', {
        model: 'qwen3',
        messages: [{ role: 'user', content: 'Say OK.' }],
      });
      assert.equal(sent.reply?.status, 200, 'the stand-in answered');
      assert.equal(proxy.passed.length, 0);
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});
