// The runner-side check that names why LiteLLM could not connect: DNS, refused, TLS.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { proxyAnswers, runnerConnectionCheck } from '../../src/probe/reachability.ts';
import { connectionCauseIn } from '../../src/diagnose/diagnose.ts';
import { HAS_OPENSSL, selfSignedCert } from '../helpers/tls.ts';

async function listen(server: net.Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise((r) => server.close(r));
  return port;
}

describe('runnerConnectionCheck', () => {
  it('names a host that does not resolve, in words the diagnosis reads as DNS', async () => {
    const seen = await runnerConnectionCheck('http://no-such-host.invalid/v1', 5000);
    assert.match(seen ?? '', /getaddrinfo/);
    assert.equal(connectionCauseIn(seen ?? ''), 'dns');
  });

  it('names a refused port', async () => {
    const seen = await runnerConnectionCheck(`https://localhost:${await closedPort()}/v1`, 5000);
    assert.match(seen ?? '', /ECONNREFUSED/);
    assert.equal(connectionCauseIn(seen ?? ''), 'refused');
  });

  it('says nothing when the server is reachable over plain http', async () => {
    const server = http.createServer((_, res) => res.end('ok'));
    const port = await listen(server);
    try {
      assert.equal(await runnerConnectionCheck(`http://127.0.0.1:${port}/v1`, 5000), 'connected');
    } finally {
      server.close();
    }
  });

  it('names https to a plain-http port as TLS', async () => {
    const server = http.createServer((_, res) => res.end('ok'));
    const port = await listen(server);
    try {
      const seen = await runnerConnectionCheck(`https://localhost:${port}/v1`, 5000);
      assert.equal(connectionCauseIn(seen ?? ''), 'tls', seen ?? 'no failure seen');
    } finally {
      server.close();
    }
  });

  it('names a self-signed certificate as TLS', { skip: !HAS_OPENSSL && 'openssl not found' }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-reach-'));
    const { key, cert } = selfSignedCert(dir);
    const server = https.createServer({ key, cert }, (_, res) => res.end('ok'));
    const port = await listen(server);
    try {
      const seen = await runnerConnectionCheck(`https://localhost:${port}/v1`, 5000);
      assert.match(seen ?? '', /self[- ]signed/i);
      assert.equal(connectionCauseIn(seen ?? ''), 'tls');
    } finally {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up quietly on a malformed api_base', async () => {
    assert.equal(await runnerConnectionCheck('not a url', 1000), null);
  });
});

describe('proxyAnswers', () => {
  it('true for a proxy whose /health/liveliness answers 200; false for one that holds the request, within the bound', { timeout: 30_000 }, async () => {
    const held: http.ServerResponse[] = [];
    const server = http.createServer((req, res) => {
      if (req.url === '/alive/health/liveliness') return void res.writeHead(200).end("I'm alive!");
      held.push(res); // a blocked proxy: the connection is accepted, nothing comes back
    });
    const port = await listen(server);
    try {
      assert.equal(await proxyAnswers(`http://127.0.0.1:${port}/alive`, 5000), true);
      assert.equal(await proxyAnswers(`http://127.0.0.1:${port}/blocked`, 300), false);
      assert.equal(await proxyAnswers(`http://127.0.0.1:${await closedPort()}`, 2000), false);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
