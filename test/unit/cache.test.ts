// The Actions cache wiring: main records a fresh venv, post saves it; a missing service or a failure
// never fails the job.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { pendingSave, savePending } from '../../src/action/cache.ts';

function fakeCache(opts: { available?: boolean; fail?: boolean } = {}) {
  const saved: Array<{ paths: string[]; key: string }> = [];
  const module = {
    isFeatureAvailable: () => opts.available ?? true,
    restoreCache: async () => undefined,
    saveCache: async (paths: string[], key: string) => {
      if (opts.fail) throw new Error('Cache service responded with 503');
      saved.push({ paths, key });
      return 1;
    },
  };
  return { saved, load: async () => module as never };
}

describe('saving the venv from post', () => {
  const venv = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-cache-test-'));
  const recorded = JSON.stringify(
    pendingSave({ venvDir: venv, cacheKey: 'verify-litellm-linux-x64-py3.11-abc', python: '', version: '1.108.7', source: 'installed', durationMs: 1 }),
  );

  it('saves the recorded venv under its key when the service is there', async () => {
    const cache = fakeCache();
    assert.match(await savePending(recorded, cache.load), /Saved the LiteLLM venv to the Actions cache \(verify-litellm-linux-x64-py3\.11-abc\)/);
    assert.deepEqual(cache.saved, [{ paths: [venv], key: 'verify-litellm-linux-x64-py3.11-abc' }]);
  });

  it('says so and saves nothing without the service, or when the venv is gone, or the state is unreadable', async () => {
    const cache = fakeCache({ available: false });
    assert.match(await savePending(recorded, cache.load), /not available here/);
    assert.match(await savePending(JSON.stringify({ path: path.join(venv, 'nope'), key: 'k' }), cache.load), /is gone/);
    assert.match(await savePending('{not json', cache.load), /unreadable state/);
    assert.deepEqual(cache.saved, []);
  });

  it('reports a failing service instead of throwing', async () => {
    assert.match(await savePending(recorded, fakeCache({ fail: true }).load), /Could not save .*503/);
    fs.rmSync(venv, { recursive: true, force: true });
  });
});
