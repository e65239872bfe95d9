// The probe's HTTP exchange is bounded: in time, in body size, and against broken connections.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { EnvHttpProxyAgent, getGlobalDispatcher, request, setGlobalDispatcher } from 'undici';
import { HttpFailure, httpRequest } from '../../src/probe/http.ts';
import { startForwardProxy } from '../helpers/forward-proxy.ts';

describe('httpRequest', () => {
  let server: http.Server;
  let base: string;
  const sockets = new Set<import('node:net').Socket>();

  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/hang') return; // accept, never answer
      if (req.url === '/endless') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (res.write(chunk)) {
            if (res.destroyed) return;
          }
          res.once('drain', pump);
        };
        pump();
        return;
      }
      if (req.url === '/drop') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('{"partial":');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      }
      if (req.url === '/stall') {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"choices":[]}\n\n'); // then nothing, forever
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, echo: req.headers.authorization }));
    });
    server.on('connection', (s) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    for (const s of sockets) s.destroy();
    server.close();
  });

  it('returns status, text and latency', async () => {
    const reply = await httpRequest(`${base}/ok`, { body: { a: 1 }, headers: { authorization: 'Bearer x' }, timeoutMs: 5000, maxBytes: 1024 });
    assert.equal(reply.status, 200);
    assert.deepEqual(JSON.parse(reply.text), { ok: true, echo: 'Bearer x' });
    assert.equal(reply.truncated, false);
    assert.ok(reply.latencyMs >= 0);
  });

  // A request that ignored its bound would hang until the test's timeout: no stopwatch needed.
  it('gives up on a server that never answers, within the bound', { timeout: 30_000 }, async () => {
    await assert.rejects(httpRequest(`${base}/hang`, { timeoutMs: 300, maxBytes: 1024 }), (e: unknown) => e instanceof HttpFailure && e.kind === 'timeout');
  });

  it('stops reading an endless body at the cap', async () => {
    const reply = await httpRequest(`${base}/endless`, { timeoutMs: 10_000, maxBytes: 256 * 1024 });
    assert.equal(reply.truncated, true);
    assert.equal(Buffer.byteLength(reply.text), 256 * 1024);
  });

  it('reports a connection dropped mid-body', async () => {
    await assert.rejects(httpRequest(`${base}/drop`, { timeoutMs: 5000, maxBytes: 4096 }), (e: unknown) => e instanceof HttpFailure && e.kind !== 'timeout');
  });

  it('ends a stalled stream at the bound, keeping the status and what had arrived', { timeout: 30_000 }, async () => {
    await assert.rejects(
      httpRequest(`${base}/stall`, { timeoutMs: 400, maxBytes: 4096 }),
      (e: unknown) => e instanceof HttpFailure && e.kind === 'timeout' && e.partial?.status === 200 && e.partial.text === 'data: {"choices":[]}\n\n',
    );
  });

  it('a server that never sends headers leaves no partial reply', { timeout: 30_000 }, async () => {
    await assert.rejects(httpRequest(`${base}/hang`, { timeoutMs: 300, maxBytes: 1024 }), (e: unknown) => e instanceof HttpFailure && e.partial === undefined);
  });

  it('reports a refused connection', async () => {
    await assert.rejects(
      httpRequest('http://127.0.0.1:9/x', { timeoutMs: 2000, maxBytes: 10 }),
      (e: unknown) => e instanceof HttpFailure && e.kind === 'connection',
    );
  });

  // Node 24 with NODE_USE_ENV_PROXY=1 on a runner behind a corporate proxy makes an EnvHttpProxyAgent undici's
  // global dispatcher (nodejs/node lib/internal/process/pre_execution.js, setupHttpProxy); set here the same way.
  it('goes straight to 127.0.0.1 even when the global dispatcher sends everything to an outbound proxy', async () => {
    const proxy = await startForwardProxy();
    const before = getGlobalDispatcher();
    const envAgent = new EnvHttpProxyAgent({ httpProxy: proxy.url, httpsProxy: proxy.url, noProxy: '' });
    setGlobalDispatcher(envAgent);
    try {
      // The setting is in force: a request left to the global dispatcher goes through the proxy.
      await (await request(`${base}/via-global`)).body.dump();
      assert.equal(proxy.passed.length, 1, 'the global dispatcher did not use the outbound proxy');
      const reply = await httpRequest(`${base}/ok`, { headers: { authorization: 'Bearer sk-master' }, timeoutMs: 5000, maxBytes: 1024 });
      assert.equal(reply.status, 200);
      assert.equal(proxy.passed.length, 1, `the probe went through the outbound proxy: ${JSON.stringify(proxy.passed)}`);
    } finally {
      setGlobalDispatcher(before);
      await envAgent.close();
      await proxy.close();
    }
  });
});
