// A runner whose package index needs credentials (a corporate mirror: the token in pip.conf's index-url, in
// PIP_EXTRA_INDEX_URL, in UV_EXTRA_INDEX_URL). The bundled action's install fails against that index (a closed
// loopback port: fast and offline), with uv and pip both tried, for a shipped lock and for a lock resolved at
// run time; the tokens never reach the log, the job summary, the outputs or the report file. pip and uv print
// index URLs without their credentials (pip/_internal/utils/misc.py redact_auth_from_url; uv's DisplaySafeUrl),
// and verify-litellm's own log line names the index with `***@` (index-settings.ts redactUrl).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, route, tempDir, TEST_CACHE_ROOT } from '../helpers/litellm.ts';
import { Runner } from '../helpers/runner.ts';
import { bootstrapUv } from '../../src/litellm/installer.ts';
import { freePort } from '../../src/util/port.ts';
import { findPython } from '../../src/litellm/python.ts';

const TOKENS = { pipConf: 'pipconf-tok-5a7c19e2d4', pipExtra: 'pipextra-tok-8b3f60a1c7', uvExtra: 'uvextra-tok-2e9d47b5f3' };
const USER = 'mirror-robot-4471';

describe('index credentials on the runner', { timeout: 600_000, skip: process.platform === 'win32' }, () => {
  const roots: string[] = [];
  let uvDir: string;

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    // uv as an earlier run left it in the tool cache (hash-locked), so uv meets the index too, not only pip.
    const uv = await bootstrapUv({
      cacheRoot: TEST_CACHE_ROOT,
      python: await findPython(),
      platform: process.platform,
      remaining: () => 300_000,
      log: () => undefined,
    });
    assert.ok(uv, 'uv is available');
    uvDir = path.dirname(path.dirname(uv));
  });
  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  for (const version of ['1.108.7', '1.107.0']) {
    it(`litellm ${version} (${version === '1.108.7' ? 'shipped lock' : 'lock resolved at run time'}): the install fails, naming no token`, async () => {
      const root = tempDir('vl-index-creds-');
      roots.push(root);
      const toolCache = path.join(root, 'toolcache');
      fs.mkdirSync(path.join(toolCache, 'verify-litellm'), { recursive: true });
      fs.cpSync(uvDir, path.join(toolCache, 'verify-litellm', path.basename(uvDir)), { recursive: true });
      const port = await freePort();
      const at = (token: string, where: string) => `http://${USER}:${token}@127.0.0.1:${port}/${where}`;
      const pipConf = path.join(root, 'pip.conf');
      fs.writeFileSync(pipConf, `[global]\nindex-url = ${at(TOKENS.pipConf, 'simple')}\n`);
      const runner = new Runner(root, {
        toolCache,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: path.join(root, 'xdg') },
      });
      runner.writeConfig(`model_list:\n${route('a', 'openai/x', 'http://127.0.0.1:9/v1')}`);
      const run = await runner.main(
        { VLLM_KEY: 'vk-index-creds-test-0001', 'litellm-version': version, cache: 'false', 'report-file': 'report.json' },
        {
          PIP_CONFIG_FILE: pipConf,
          PIP_EXTRA_INDEX_URL: at(TOKENS.pipExtra, 'extra'),
          UV_EXTRA_INDEX_URL: at(TOKENS.uvExtra, 'extra'),
          PIP_RETRIES: '0',
        },
      );
      const report = fs.readFileSync(path.join(runner.workspace, 'report.json'), 'utf8');
      const everything = [run.stdout, run.stderr, run.summary, fs.readFileSync(runner.files.output, 'utf8'), report].join('\n');
      assert.equal(run.code, 1, everything);
      const parsed = JSON.parse(report) as { result: string; error: { stage: string; message: string } | null };
      assert.equal(parsed.result, 'fail');
      assert.equal(parsed.error?.stage, 'install', everything);
      if (version === '1.108.7') assert.match(run.stdout, /Package index settings from pip: index-url http:\/\/\*\*\*@127\.0\.0\.1:\d+\/simple/);
      else assert.match(parsed.error?.message ?? '', /could not resolve a lock for litellm\[proxy\]==1\.107\.0/);
      for (const [name, token] of Object.entries(TOKENS)) assert.equal(everything.includes(token), false, `${name} token leaked:\n${everything}`);
      assert.equal(everything.includes(USER), false, `the index user leaked:\n${everything}`);
    });
  }
});
