// The proxy process itself: loopback only, master key enforced, bounded start-up, clean stop.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { proxyEnvironment } from '../../src/litellm/environment.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { newMasterKey, startProxy, stopRecordedProxy } from '../../src/litellm/proxy.ts';
import { httpRequest } from '../../src/probe/http.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { isAlive } from '../../src/util/process.ts';
import { proxyProcesses, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const CONFIG =
  'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:9/v1\n';

/** A non-loopback IPv4 address of this machine, if it has one. */
function externalAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
}

function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

describe('the LiteLLM proxy process', { timeout: 600_000 }, () => {
  let install: Installation;
  let dir: string;

  before(async () => {
    install = await testLiteLLM();
    dir = tempDir('vl-proxy-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const options = (overrides: { readyTimeoutMs?: number; config?: string } = {}) => {
    const masterKey = newMasterKey();
    return {
      python: install.python,
      configFile: writeConfig(dir, overrides.config ?? CONFIG, `config-${Math.random().toString(36).slice(2)}.yaml`),
      env: proxyEnvironment({ source: process.env, referenced: ['VLLM_KEY'], provided: { VLLM_KEY: 'vk-proxy-test' }, masterKey }),
      masterKey,
      logFile: path.join(dir, `proxy-${Math.random().toString(36).slice(2)}.log`),
      readyTimeoutMs: overrides.readyTimeoutMs ?? 120_000,
    };
  };

  it('listens on 127.0.0.1 only, refuses callers without the master key, and stops with its children', async () => {
    const opts = options();
    const proxy = await startProxy(opts);
    try {
      assert.match(proxy.baseUrl, /^http:\/\/127\.0\.0\.1:\d+$/);
      const anonymous = await httpRequest(`${proxy.baseUrl}/v1/models`, { timeoutMs: 10_000, maxBytes: 65536 });
      assert.notEqual(anonymous.status, 200, 'no key: refused');
      const wrong = await httpRequest(`${proxy.baseUrl}/v1/models`, { headers: { authorization: 'Bearer sk-guess' }, timeoutMs: 10_000, maxBytes: 65536 });
      assert.notEqual(wrong.status, 200, 'wrong key: refused');
      const right = await httpRequest(`${proxy.baseUrl}/v1/models`, {
        headers: { authorization: `Bearer ${proxy.masterKey}` },
        timeoutMs: 10_000,
        maxBytes: 65536,
      });
      assert.equal(right.status, 200);
      assert.match(right.text, /"id":"a"/);
      const external = externalAddress();
      if (external) assert.equal(await connects(external, proxy.port), false, `reachable on ${external}`);
      assert.equal(fs.statSync(opts.logFile).mode & 0o077, 0, 'the proxy log is private to the user');
    } finally {
      await proxy.stop();
    }
    assert.equal(isAlive(proxy.pid), false);
    assert.deepEqual(proxyProcesses(opts.configFile), []);
    assert.equal(await stopRecordedProxy(proxy.pid), 'not-running', 'stopping again is harmless');
  });

  it('gives up on a proxy that does not become ready in time, kills it, and shows its log', async () => {
    const opts = options({ readyTimeoutMs: 1500 });
    await assert.rejects(startProxy(opts), (error: unknown) => {
      assert.ok(error instanceof VerifyError);
      assert.equal(error.stage, 'start');
      assert.match(error.message, /did not become ready within 2s|did not become ready within 1s/);
      assert.match(error.detail?.fix ?? '', /start-timeout/);
      return true;
    });
    assert.deepEqual(proxyProcesses(opts.configFile), [], 'the slow proxy was killed');
  });

  it('reports a proxy that exits during start-up with the tail of its log', async () => {
    // LiteLLM imports custom callbacks at start-up; a missing module makes it exit.
    const opts = options({ config: `${CONFIG}litellm_settings:\n  callbacks: custom_callbacks_that_do_not_exist.handler\n` });
    await assert.rejects(startProxy(opts), (error: unknown) => {
      assert.ok(error instanceof VerifyError, String(error));
      assert.equal(error.stage, 'start');
      assert.match(error.message, /exited during start-up|did not become ready/);
      assert.match(error.message, /Last lines of the proxy log/);
      return true;
    });
    assert.deepEqual(proxyProcesses(opts.configFile), []);
  });
});
