// Runtime faults through the real LiteLLM proxy, all in one config so the proxy starts once: a closed port,
// a host name that never resolves, a self-signed HTTPS server, https:// to a plain-HTTP port, a hanging
// upstream, 429, 5xx, a non-JSON reply, an empty reply, a broken stream and a status nothing explains.
// LiteLLM retries internally (two more tries, honouring the upstream's retry-after), so the slowest alias,
// the 429, takes about 25 s; the aliases are probed in parallel.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { freePort } from '../../src/util/port.ts';
import { proxyProcesses, ROOT, route, runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';
import { HAS_OPENSSL, selfSignedCert } from '../helpers/tls.ts';

const KEY = 'vk-faults-27182818';
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'proxy-errors', 'litellm-1.108.7-faults.json'), 'utf8')) as {
  upstreamKey: string;
  responses: Record<string, { body?: { error: { message: string } } }>;
};

/** A chat reply, for the HTTPS server once its certificate is trusted. */
const CHAT_REPLY = JSON.stringify({
  id: 'chatcmpl-tls',
  object: 'chat.completion',
  created: 1730000000,
  model: 'ok',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hello over TLS!' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 },
});

describe('runtime faults through the real LiteLLM proxy', { timeout: 900_000 }, () => {
  let upstream: Standin;
  let tlsServer: https.Server | null = null;
  let oddServer: http.Server;
  let dir: string;
  let certFile = '';
  let tlsBase = '';
  let oddBase = '';
  let closedPort = 0;
  const byAlias = (report: Report, alias: string): AliasReport => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `alias ${alias} in report`);
    return found;
  };

  before(async () => {
    await testLiteLLM();
    dir = tempDir('vl-faults-');
    upstream = await startStandin({
      apiKey: KEY,
      models: [
        { id: 'ok' },
        { id: 'hang', fault: 'hang' },
        { id: 'rl', fault: 'rate-limit' },
        { id: 'se', fault: 'server-error' },
        { id: 'nj', fault: 'not-json' },
        { id: 'em', fault: 'empty' },
        { id: 'crashy-stream', fault: 'stream-error' },
      ],
    });
    if (HAS_OPENSSL) {
      // Self-signed, valid for 127.0.0.1: trusted once SSL_CERT_FILE points at it, refused otherwise.
      const made = selfSignedCert(dir);
      certFile = made.certFile;
      tlsServer = https.createServer({ key: made.key, cert: made.cert }, (req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(CHAT_REPLY));
      });
      await new Promise<void>((resolve) => tlsServer!.listen(0, '127.0.0.1', resolve));
      tlsBase = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}/v1`;
    }
    // An upstream answering 409, a status no diagnosis explains, with the caller's key in its message.
    oddServer = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const key = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
        res
          .writeHead(409, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { message: `the server answered 409; caller key ${key}`, type: 'odd', param: null, code: null } }));
      });
    });
    await new Promise<void>((resolve) => oddServer.listen(0, '127.0.0.1', resolve));
    oddBase = `http://127.0.0.1:${(oddServer.address() as AddressInfo).port}/v1`;
    closedPort = await freePort();
  });

  after(async () => {
    await upstream?.close();
    tlsServer?.closeAllConnections();
    tlsServer?.close();
    oddServer?.closeAllConnections();
    oddServer?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('diagnoses every runtime fault in one proxy run, each with the fix for its cause', async () => {
    const yaml = [
      'model_list:',
      route('ok', 'openai/ok', upstream.url),
      route('refused', 'openai/ok', `http://127.0.0.1:${closedPort}/v1`),
      route('dns', 'openai/ok', 'http://no-such-host.invalid/v1'),
      ...(HAS_OPENSSL ? [route('tls', 'openai/ok', tlsBase)] : []),
      route('wrong-scheme', 'openai/ok', `https://127.0.0.1:${upstream.port}/v1`),
      route('hang', 'openai/hang', upstream.url, '    timeout: 3\n'),
      route('rl', 'openai/rl', upstream.url),
      route('se', 'openai/se', upstream.url),
      route('nj', 'openai/nj', upstream.url),
      route('em', 'openai/em', upstream.url),
      route('crashy-stream', 'openai/crashy-stream', upstream.url),
      route('conflict', 'openai/x409', oddBase),
    ].join('\n');
    const configPath = writeConfig(dir, yaml, 'faults.yaml');
    const lineOf = (alias: string, key: string) => {
      const lines = yaml.split('\n');
      const start = lines.findIndex((l) => l === `- model_name: "${alias}"`);
      return start + 1 + lines.slice(start).findIndex((l) => l.trim().startsWith(`${key}:`));
    };
    const started = Date.now();
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: dir,
      concurrency: 16, // every alias at once: the run takes as long as the slowest (the 429 LiteLLM retries)
      timeoutMs: 120_000, // above LiteLLM's own retries of the hanging upstream (3 tries of 3 s) and the 429 (2 x 7 s)
      startTimeoutMs: 240_000, // other suites start proxies on the same 2 cores
      stream: true,
    });
    const seconds = Math.round((Date.now() - started) / 1000);
    const show = (a: AliasReport) =>
      `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code}\n  ${a.diagnosis?.summary}\n  fix: ${a.diagnosis?.fix}\n  proxy said: ${a.error?.split('\n')[0]}`;
    console.log(
      `# ${seconds}s (start ${Math.round((report.timings.startMs ?? 0) / 1000)}s, probes ${Math.round((report.timings.probeMs ?? 0) / 1000)}s)\n${report.aliases.map(show).join('\n')}`.replace(
        /\n/g,
        '\n# ',
      ),
    );
    assert.equal(report.error, null, JSON.stringify(report.error));
    assert.equal(report.litellmVersion, '1.108.7');
    assert.equal(report.result, 'fail');
    assert.equal(byAlias(report, 'ok').status, 'pass', 'the proxy itself works');

    // Unreachable api_base: LiteLLM answers 500 "Connection error." for each; the fix follows the api_base.
    const refused = byAlias(report, 'refused');
    assert.equal(refused.httpStatus, 500);
    assert.match(refused.error ?? '', /OpenAIException - Connection error\./);
    assert.equal(refused.diagnosis?.code, 'connection');
    assert.match(refused.diagnosis?.summary ?? '', new RegExp(`127\\.0\\.0\\.1:${closedPort} for 'refused' was refused, or closed before an answer`));
    assert.match(
      refused.diagnosis?.fix ?? '',
      new RegExp(`faults\\.yaml:${lineOf('refused', 'api_base')}: the model server must be running and listening on 127\\.0\\.0\\.1:${closedPort}`),
    );
    assert.doesNotMatch(refused.diagnosis?.fix ?? '', /SSL_CERT_FILE|must resolve/);

    const dns = byAlias(report, 'dns');
    assert.equal(dns.httpStatus, 500);
    assert.equal(dns.diagnosis?.code, 'connection');
    assert.match(dns.diagnosis?.summary ?? '', /cannot resolve the host name `no-such-host\.invalid`/);
    assert.match(dns.diagnosis?.fix ?? '', /`no-such-host\.invalid` must resolve from the runner/);
    assert.doesNotMatch(dns.diagnosis?.fix ?? '', /SSL_CERT_FILE|listening/);

    if (HAS_OPENSSL) {
      const tls = byAlias(report, 'tls');
      assert.equal(tls.httpStatus, 500);
      assert.equal(tls.diagnosis?.code, 'connection');
      // LiteLLM says only "Connection error."; the runner's own handshake names the cause.
      assert.match(
        tls.diagnosis?.summary ?? '',
        /TLS handshake with 127\.0\.0\.1:\d+ failed for 'tls' \(TLS: self[- ]signed certificate.*\(seen from the runner\)\)/,
      );
      assert.doesNotMatch(tls.diagnosis?.fix ?? '', /listening/, 'refused is ruled out by the runner check');
      assert.match(tls.diagnosis?.fix ?? '', /set SSL_CERT_FILE to its CA bundle/);
      assert.match(tls.diagnosis?.fix ?? '', /ssl_verify: false/);
      assert.doesNotMatch(tls.diagnosis?.fix ?? '', /must resolve/);
    }

    const scheme = byAlias(report, 'wrong-scheme');
    assert.equal(scheme.diagnosis?.code, 'connection');
    assert.match(scheme.diagnosis?.summary ?? '', /TLS handshake .*seen from the runner/);
    assert.match(scheme.diagnosis?.fix ?? '', /use http:\/\//);

    const hang = byAlias(report, 'hang');
    assert.equal(hang.httpStatus, 408);
    assert.equal(hang.diagnosis?.code, 'timeout');
    assert.match(hang.diagnosis?.summary ?? '', /did not answer 'hang' within LiteLLM's timeout of 3s/);
    assert.match(hang.diagnosis?.fix ?? '', new RegExp(`litellm_params\\.timeout at \\S*faults\\.yaml:${lineOf('hang', 'timeout')}`));

    const rl = byAlias(report, 'rl');
    assert.equal(rl.httpStatus, 429);
    assert.equal(rl.diagnosis?.code, 'rate-limit');
    assert.match(
      rl.diagnosis?.summary ?? '',
      /rate-limiting 'rl' \(retry after 7s\)/,
      'the upstream retry-after, forwarded by LiteLLM as llm_provider-retry-after',
    );

    const se = byAlias(report, 'se');
    assert.equal(se.httpStatus, 500);
    assert.equal(se.diagnosis?.code, 'upstream-error');
    assert.match(se.diagnosis?.summary ?? '', /failed with HTTP 500: CUDA out of memory/);
    assert.match(se.diagnosis?.fix ?? '', /model server's logs/);

    const nj = byAlias(report, 'nj');
    assert.equal(nj.httpStatus, 500);
    assert.equal(nj.diagnosis?.code, 'invalid-response');
    assert.match(nj.error ?? '', /Empty or invalid response from LLM endpoint/);
    assert.match(nj.diagnosis?.fix ?? '', /api_base points at the model server's API/);

    const em = byAlias(report, 'em');
    assert.equal(em.httpStatus, 200);
    assert.equal(em.diagnosis?.code, 'empty-reply');
    assert.match(em.diagnosis?.fix ?? '', /max-tokens/);

    const crashy = byAlias(report, 'crashy-stream');
    assert.equal(crashy.status, 'fail');
    assert.equal(crashy.httpStatus, 200, 'the plain request passed');
    assert.equal(crashy.stream?.status, 'fail');
    assert.equal(crashy.diagnosis?.code, 'stream-broken');
    assert.match(crashy.diagnosis?.summary ?? '', /model crashed mid-stream/);

    // A status nothing explains: no guess, the proxy's message verbatim with the key masked.
    const conflict = byAlias(report, 'conflict');
    assert.equal(conflict.httpStatus, 409);
    assert.equal(conflict.diagnosis?.code, 'unknown');
    assert.match(conflict.diagnosis?.summary ?? '', /failed with HTTP 409: the server answered 409; caller key \*\*\*/);
    const captured = fixture.responses.conflict!.body!.error.message;
    assert.equal(conflict.error, captured.split(fixture.upstreamKey).join('***'));

    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
    assert.deepEqual(proxyProcesses(dir), [], 'no proxy left running');
  });

  it(
    'the TLS fix the diagnosis names works: SSL_CERT_FILE in the environment makes the self-signed route pass',
    { skip: !HAS_OPENSSL && 'openssl not found' },
    async () => {
      const configPath = writeConfig(dir, `model_list:\n${route('tls', 'openai/ok', tlsBase)}`, 'tls-fixed.yaml');
      const report = await runEngine({
        configPath,
        provided: { VLLM_KEY: KEY },
        env: { PATH: process.env.PATH, HOME: process.env.HOME, SSL_CERT_FILE: certFile },
        tempRoot: dir,
        stream: false,
        startTimeoutMs: 240_000,
      });
      const tls = byAlias(report, 'tls');
      assert.equal(tls.status, 'pass', JSON.stringify(tls, null, 2));
      assert.match(tls.reply ?? '', /Hello over TLS/);
    },
  );
});
