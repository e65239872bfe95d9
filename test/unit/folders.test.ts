// Runner variations an outside checker tries: a home folder that cannot hold the LiteLLM cache (a service
// account's /nonexistent, a read-only HOME), a TMPDIR that is not a folder. The run stops at once with an
// error that names the folder and where its location comes from, not "internal: ENOTDIR". `/dev/null/x`
// cannot be created even by root, so these hold on any POSIX machine.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { folderError } from '../../src/engine/folders.ts';
import { runEngine, tempDir, writeConfig } from '../helpers/litellm.ts';

const KEY = 'vk-folders-test-1234';

describe('folders the run cannot write', { timeout: 120_000, skip: process.platform === 'win32' }, () => {
  let dir: string;
  let configPath: string;
  before(() => {
    dir = tempDir('vl-folders-');
    configPath = writeConfig(
      dir,
      'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:9/v1\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a cache folder under a home that is not a folder: stage input, the folder and how to move it', async () => {
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, cacheRoot: '/dev/null/.cache/verify-litellm' }, { precompile: false });
    assert.equal(report.result, 'fail');
    assert.equal(report.error?.stage, 'input', JSON.stringify(report.error));
    assert.match(
      report.error?.message ?? '',
      /^the LiteLLM cache folder \/dev\/null\/\.cache\/verify-litellm cannot be written \(ENOTDIR: not a directory, at /,
    );
    assert.match(report.error?.fix ?? '', /RUNNER_TOOL_CACHE.*--cache-dir/);
  });

  it('a TMPDIR that is not a folder: stage input, naming TMPDIR', async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = '/dev/null/tmp';
    try {
      const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: '/dev/null/tmp' }, { precompile: false });
      assert.equal(report.error?.stage, 'input', JSON.stringify(report.error));
      assert.match(report.error?.message ?? '', /^the temporary folder \/dev\/null\/tmp cannot be written \(ENOTDIR/);
      assert.match(report.error?.fix ?? '', /TMPDIR/);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('leaves other errors alone', () => {
    const elsewhere = Object.assign(new Error("EACCES: permission denied, open '/etc/shadow'"), { code: 'EACCES', path: '/etc/shadow' });
    assert.equal(folderError(elsewhere, { cacheRoot: path.join(dir, 'cache'), tempRoot: path.join(dir, 'tmp') }), null);
    assert.equal(folderError(new Error('boom'), { cacheRoot: dir }), null);
  });
});
