// Post acts only on saved state it can verify: a forged cache-save or work-dir (a save-state workflow command
// printed from hostile text) must not make it upload or delete an arbitrary path.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { actionCacheRoot, trustedPendingSave, trustedWorkDir } from '../../src/action/post-state.ts';

describe('post trusts only state it can derive itself', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vl-post-state-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const toolCache = path.join(root, 'toolcache');
  const cacheRoot = actionCacheRoot({ RUNNER_TOOL_CACHE: toolCache });
  const key = 'verify-litellm-linux-x64-py3.11-0a1b2c3d-litellm-1.108.7-abcdef012345';
  fs.mkdirSync(path.join(cacheRoot, key), { recursive: true });
  const temp = path.join(root, 'runner-temp');
  fs.mkdirSync(temp);

  it('keeps the venv main installed: its path is derived from the key', () => {
    assert.deepEqual(trustedPendingSave(JSON.stringify({ path: path.join(cacheRoot, key), key }), cacheRoot), { path: path.join(cacheRoot, key), key });
  });

  it('ignores a forged path, a key that is a path, a venv that does not exist, a link, or junk', () => {
    const forged = [
      { path: root, key }, // the workspace, .git/config, credential files: any path but the derived one
      { path: path.join(cacheRoot, key), key: 'attacker-key' },
      { path: path.join(cacheRoot, '..', '..'), key: 'verify-litellm-../..' },
      { path: path.join(cacheRoot, 'verify-litellm-x/../../x'), key: 'verify-litellm-x/../../x' },
      { path: path.join(cacheRoot, 'verify-litellm-absent'), key: 'verify-litellm-absent' },
    ];
    for (const state of forged) assert.equal(trustedPendingSave(JSON.stringify(state), cacheRoot), null, JSON.stringify(state));
    fs.symlinkSync(root, path.join(cacheRoot, 'verify-litellm-link'));
    assert.equal(trustedPendingSave(JSON.stringify({ path: path.join(cacheRoot, 'verify-litellm-link'), key: 'verify-litellm-link' }), cacheRoot), null);
    assert.equal(trustedPendingSave('{not json', cacheRoot), null);
    assert.equal(trustedPendingSave('null', cacheRoot), null);
  });

  it('keeps a mkdtemp folder directly in the runner temp folder; nothing else', () => {
    const work = fs.mkdtempSync(path.join(temp, 'verify-litellm-'));
    assert.equal(trustedWorkDir(work, temp), work);
    for (const forged of [
      root,
      toolCache,
      path.join(cacheRoot, key),
      path.join(temp, 'verify-litellm-abc'),
      path.join(temp, 'x', 'verify-litellm-abcdef'),
      'verify-litellm-abcdef',
      '',
    ]) {
      assert.equal(trustedWorkDir(forged, temp), null, forged);
    }
    const linked = path.join(root, 'linked-temp');
    fs.symlinkSync(temp, linked);
    assert.equal(
      trustedWorkDir(path.join(linked, path.basename(work)), temp),
      path.join(linked, path.basename(work)),
      'the same folder through a link to the temp root',
    );
    assert.equal(trustedWorkDir(path.join(root, path.basename(work)), temp), null);
  });
});
