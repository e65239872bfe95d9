// The proxy's Python is isolated from the repository and bounded in memory (issue 12, items 2 and 10).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { proxyEnvironment } from '../../src/litellm/environment.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { newMasterKey, startProxy } from '../../src/litellm/proxy.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { httpRequest } from '../../src/probe/http.ts';
import { proxyProcesses, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const CONFIG = 'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/m\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:9/v1\n';

describe('the proxy process is isolated and bounded', { timeout: 600_000 }, () => {
  let install: Installation;
  let dir: string;
  before(async () => {
    install = await testLiteLLM();
    dir = tempDir('vl-iso-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const options = (extraEnv: Record<string, string> = {}) => {
    const masterKey = newMasterKey();
    return {
      python: install.python,
      configFile: writeConfig(dir, CONFIG, `config-${Math.random().toString(36).slice(2)}.yaml`),
      env: { ...proxyEnvironment({ source: {}, referenced: ['VLLM_KEY'], provided: { VLLM_KEY: 'vk-iso' }, masterKey }), ...extraEnv },
      masterKey,
      logFile: path.join(dir, `proxy-${Math.random().toString(36).slice(2)}.log`),
      readyTimeoutMs: 120_000,
    };
  };

  it('ignores a litellm/ package on PYTHONPATH and in the config folder (appended last, it shadows nothing)', async () => {
    const planted = path.join(dir, 'planted');
    const marker = path.join(dir, 'ran-planted');
    for (const where of [planted, dir]) {
      fs.mkdirSync(path.join(where, 'litellm'), { recursive: true });
      fs.writeFileSync(path.join(where, 'litellm', '__init__.py'), `open(${JSON.stringify(marker)}, 'w').write('pwned')\n`);
    }
    const opts = { ...options({ PYTHONPATH: planted }), moduleDir: dir };
    const proxy = await startProxy(opts);
    await proxy.stop();
    assert.equal(fs.existsSync(marker), false, 'the planted package did not run');
    fs.rmSync(path.join(dir, 'litellm'), { recursive: true, force: true });
  });

  it('stops at its memory ceiling instead of taking the runner’s memory', async () => {
    // 300 MB of address space is below what LiteLLM needs to import: the ceiling is enforced, start-up fails.
    const opts = { ...options(), memoryBytes: 300 * 1024 ** 2 };
    await assert.rejects(startProxy(opts), (error: unknown) => {
      assert.ok(error instanceof VerifyError, String(error));
      assert.equal(error.stage, 'start');
      assert.match(error.message, /MemoryError|Memory allocation|Cannot allocate|exited during start-up/);
      return true;
    });
    assert.deepEqual(proxyProcesses(opts.configFile), []);
  });

  it('a squatter that binds the port first is never taken for the proxy: start-up moves to another port', async () => {
    // Another local process answers LiteLLM's readiness path on the port the proxy is about to use.
    const squatter = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('"I\'m alive!"'));
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const taken = (squatter.address() as AddressInfo).port;
    const seen: string[] = [];
    squatter.on('request', (req) => seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`));
    const opts = { ...options(), port: taken };
    try {
      const proxy = await startProxy(opts);
      try {
        assert.notEqual(proxy.port, taken, 'the proxy is not reported on the squatted port');
        const models = await httpRequest(`${proxy.baseUrl}/v1/models`, {
          headers: { authorization: `Bearer ${proxy.masterKey}` },
          timeoutMs: 10_000,
          maxBytes: 65536,
        });
        assert.equal(models.status, 200, 'the port reported is LiteLLM, with our master key');
        assert.equal(
          seen.some((s) => s.includes(proxy.masterKey)),
          false,
          'the master key never went to the squatter',
        );
      } finally {
        await proxy.stop();
      }
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
    assert.deepEqual(proxyProcesses(opts.configFile), []);
  });
});
