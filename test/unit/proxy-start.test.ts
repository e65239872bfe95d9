// The fix for a proxy that exits at start-up, read from its log (LiteLLM 1.108.7's own words).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startFix, withOracle } from '../../src/litellm/proxy.ts';
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
