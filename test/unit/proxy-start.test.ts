// The fix for a proxy that exits at start-up, read from its log (LiteLLM 1.108.7's own words).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ORACLE_MARK } from '../../src/litellm/oracle.ts';
import { startProxy, withOracle } from '../../src/litellm/proxy.ts';
import { readLogTail, startFix } from '../../src/litellm/proxy-log.ts';
import { proxyCommand } from '../../src/litellm/isolation.ts';

describe('startFix', () => {
  it('a missing package names the package and the callback that needs it, not the venv', () => {
    // As LiteLLM 1.108.7 logs a callback whose package is not installed (test/fixtures/real-configs truth: langfuse_otel).
    const tail = [
      "ModuleNotFoundError: No module named 'opentelemetry'",
      "ImportError: Could not build the 'langfuse_otel' callback configured in litellm_settings",
    ].join('\n');
    const fix = startFix(tail) ?? '';
    assert.match(fix, /package `opentelemetry`, which the 'langfuse_otel' callback needs/);
    assert.doesNotMatch(fix, /delete the cached venv/);
    const custom = startFix("ModuleNotFoundError: No module named 'redis.asyncio'\nImportError: Could not import handler from my_hooks") ?? '';
    assert.match(custom, /package `redis`, which my_hooks\.handler \(named in the config\) needs/);
  });

  it('a module the config names that is not there: names the module, not a package to install', () => {
    // LiteLLM 1.108.7's traceback for Bastsec/inference's success_callback custom_callbacks.send_to_backend (the
    // module not beside the config): the last lines of test/fixtures/real-configs/env-call-literal-custom-callback/
    // truth.json, with the ModuleNotFoundError further up. The quoted source line names no module and must not be read as one.
    const truth = JSON.parse(
      fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'env-call-literal-custom-callback', 'truth.json'), 'utf8'),
    ) as { proxy: { log_tail: string[] } };
    const tail = ["ModuleNotFoundError: No module named 'custom_callbacks'", ...truth.proxy.log_tail].join('\n');
    assert.match(tail, /raise ImportError\(f"Could not import \{instance_name\} from \{module_name\}"\)/);
    const fix = startFix(tail) ?? '';
    assert.match(fix, /names `custom_callbacks\.send_to_backend`, but there is no module `custom_callbacks`/);
    assert.match(fix, /custom_callbacks\.py there/);
    assert.doesNotMatch(fix, /\{|litellm\[proxy\]/);
    // Without the ModuleNotFoundError line in the tail: the generic import advice, still naming the config's folder.
    assert.match(startFix(truth.proxy.log_tail.join('\n')) ?? '', /cannot be imported: check the name, and that the file sits in the config's own folder/);
  });
});

describe('readLogTail', () => {
  it('a JSON log line (json_logs: true) becomes its traceback’s exception lines, not tens of KiB of frames', () => {
    // The shape LiteLLM 1.108.7 wrote for durandom/agentllm's config (json_logs: true, custom_handler.py absent):
    // uvicorn records as JSON lines, the traceback inside `message` with one fastapi frame repeated ~40 times.
    const frame =
      '  File "/venv/lib/python3.11/site-packages/fastapi/routing.py", line 257, in merged_lifespan\n    async with original_context(app) as maybe_original_state:\n';
    const traceback =
      'Traceback (most recent call last):\n  File "/venv/lib/python3.11/site-packages/litellm/proxy/types_utils/utils.py", line 58, in get_instance_fn\n' +
      "    module = importlib.import_module(module_name)\nModuleNotFoundError: No module named 'custom_handler'\n\nThe above exception was the direct cause of the following exception:\n\n" +
      'Traceback (most recent call last):\n' +
      frame.repeat(40) +
      '  File "/venv/lib/python3.11/site-packages/litellm/proxy/types_utils/utils.py", line 68, in get_instance_fn\n' +
      '    raise ImportError(f"Could not import {instance_name} from {module_name}") from e\nImportError: Could not import agno_handler from custom_handler\n';
    const lines = [
      ' Initialized Failure Callbacks - [] ',
      JSON.stringify({ message: 'Waiting for application startup.', level: 'INFO', timestamp: '2026-11-27T13:53:40.489133', component: 'uvicorn.error' }),
      JSON.stringify({ message: traceback, level: 'ERROR', timestamp: '2026-11-27T13:53:40.503065', component: 'uvicorn.error', logger: 'on.py:121' }),
      JSON.stringify({ message: 'Application startup failed. Exiting.', level: 'ERROR', timestamp: '2026-11-27T13:53:40.521958', component: 'uvicorn.error' }),
    ];
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-logtail-'));
    try {
      fs.writeFileSync(path.join(dir, 'proxy.log'), lines.join('\n') + '\n');
      const tail = readLogTail(path.join(dir, 'proxy.log'));
      assert.deepEqual(tail.split('\n'), [
        ' Initialized Failure Callbacks - [] ',
        'Waiting for application startup.',
        "ModuleNotFoundError: No module named 'custom_handler'",
        'ImportError: Could not import agno_handler from custom_handler',
        'Application startup failed. Exiting.',
      ]);
      assert.match(startFix(tail) ?? '', /names `custom_handler\.agno_handler`, but there is no module `custom_handler`/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('withOracle', () => {
  it('puts oracle.py in front of the same launcher and arguments', () => {
    const command = proxyCommand('/cfg', 1024, ['--config', 'c.yaml']);
    const wrapped = withOracle(command, true);
    const at = wrapped.indexOf('proxy');
    assert.match(wrapped[at - 1] ?? '', /oracle\.py$/);
    assert.deepEqual(wrapped.slice(at + 1), command.slice(command.indexOf('-c') + 1), 'launcher code, module dir, limit and CLI arguments unchanged');
    assert.deepEqual(wrapped.slice(0, at - 1), command.slice(0, command.indexOf('-c')), 'interpreter flags (-I ...) unchanged');
    assert.deepEqual(withOracle(command, false), command);
  });
});

describe('startProxy with an unreadable oracle answer', () => {
  it('says so (unanswered) and still returns the running proxy, stopped cleanly', { timeout: 30_000 }, async () => {
    // A stand-in for the venv's python: prints an answer line of another schema (as a mismatched oracle.py would),
    // then serves LiteLLM's liveliness route on the --port it was given, as the proxy does once ready.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-oracle-silent-'));
    try {
      const fake = path.join(dir, 'python');
      fs.writeFileSync(
        fake,
        `#!${process.execPath}\n` +
          `const a = process.argv; const port = Number(a[a.indexOf('--port') + 1]);\n` +
          `process.stdout.write('${ORACLE_MARK}{"schema":"verify-litellm/oracle@0"}\\n');\n` +
          `process.stdin.resume();\n` +
          `require('node:http').createServer((q, r) => r.end(q.url === '/health/liveliness' ? '"I\\'m alive!"' : '')).listen(port, '127.0.0.1');\n`,
        { mode: 0o755 },
      );
      let unanswered = 0;
      let decided = 0;
      const proxy = await startProxy({
        python: fake,
        configFile: path.join(dir, 'config.yaml'),
        env: { PATH: process.env.PATH ?? '' },
        masterKey: 'sk-test',
        logFile: path.join(dir, 'proxy.log'),
        readyTimeoutMs: 20_000,
        oracle: {
          request: { config: path.join(dir, 'config.yaml'), temperature: null },
          decide: () => {
            decided++;
            return Promise.resolve({});
          },
          unanswered: () => unanswered++,
        },
      });
      await proxy.stop(0);
      assert.equal(unanswered, 1, 'the silent oracle is reported once');
      assert.equal(decided, 0, 'no decision from an answer that was not given');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
