// Runs the built demo (dist/demo.js, `npm run demo`) as a newcomer would: no config, no key, no flags.
// It must end as documented in src/demo/demo.ts: the seed alias passes, the swapped gpt-4o alias fails with
// the drop_params fix, exit code 0 ("as expected"), and nothing it started or wrote is left behind.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { proxyProcesses, ROOT, tempDir, TEST_CACHE_ROOT, testLiteLLM, TOOL_CACHE } from '../helpers/litellm.ts';
import { runNode, type ProcessRun as DemoRun } from '../helpers/runner.ts';

const DEMO = path.join(ROOT, 'dist', 'demo.js');

function runDemo(args: string[], cwd: string, tmp: string, timeoutMs: number): Promise<DemoRun> {
  // XDG_CACHE_HOME is how the CLI finds its default cache (<XDG_CACHE_HOME>/verify-litellm): the shared test venv.
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp, XDG_CACHE_HOME: TOOL_CACHE, OPENAI_API_KEY: 'sk-stray-shell-key-0000' };
  return runNode(DEMO, args, { cwd, env, timeoutMs });
}

const V = DEFAULT_LITELLM_VERSION;
const VRE = DEFAULT_LITELLM_VERSION.replace(/\./g, '\\.');

const show = (run: DemoRun) => `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;

describe('the built demo (dist/demo.js)', { timeout: 600_000 }, () => {
  const roots: string[] = [];
  const sandbox = () => {
    const root = tempDir('vl-demo-e2e-');
    roots.push(root);
    const cwd = path.join(root, 'work');
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(cwd);
    fs.mkdirSync(tmp);
    return { root, cwd, tmp };
  };

  before(async () => {
    assert.ok(fs.existsSync(DEMO), 'dist/ is built (npm run bundle)');
    await testLiteLLM();
  });

  after(() => {
    const orphans = roots.flatMap((r) => proxyProcesses(r));
    for (const pid of orphans) process.kill(pid, 'SIGKILL'); // only proxies this suite started (their command line names its folder)
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
    assert.deepEqual(orphans, [], 'no LiteLLM process left behind');
  });

  it('runs to completion: the seed alias passes, gpt-4o fails with the drop_params fix, exit 0, nothing left', async () => {
    const { cwd, tmp } = sandbox();
    const run = await runDemo([], cwd, tmp, 300_000);
    assert.equal(run.code, 0, show(run));

    // The set-up it explains.
    assert.match(run.stderr, /a stand-in vLLM server is listening on http:\/\/127\.0\.0\.1:\d+\/v1; config:/);
    assert.match(run.stderr, /api_key: os\.environ\/VLLM_KEY/);
    assert.ok(run.stderr.includes(`• Using cached LiteLLM ${V} (${TEST_CACHE_ROOT}${path.sep}`), 'the default cache dir, reused (no reinstall)');

    // Both verdicts.
    assert.match(run.stderr, /^ {2}PASS claude-opus-4-5-20251101 -> openai\/Qwen\/Qwen3-0\.6B @ 127\.0\.0\.1:\d+ \d+ ms\n {7}Hello from the stand-in vLLM!$/m);
    const fail = /^ {2}FAIL gpt-4o -> openai\/gpt-5 @ 127\.0\.0\.1:\d+.*\n((?: {7}.*\n?)+)/m.exec(run.stderr);
    assert.ok(fail, `gpt-4o failed: ${run.stderr}`);
    assert.match(fail[1]!, /temperature/);
    assert.match(fail[1]!, /^ {7}fix: .*drop_params/m);
    assert.match(run.stdout, new RegExp(`^FAIL: 1 passed, 1 failed, 0 skipped \\(LiteLLM ${VRE}, \\d+\\.\\d+s\\)$`, 'm'));
    assert.match(run.stderr, /As expected: the seed route passes, and the swapped gpt-4o route fails with its fix \(exit code 1 is what CI would see\)\./);

    // The demo key is random per run and never printed; nothing of the shell's own keys either.
    assert.equal(/demo-[0-9a-f]{24}/.test(run.stdout + run.stderr), false, 'the demo key leaked');
    assert.equal((run.stdout + run.stderr).includes('stray'), false);

    assert.deepEqual(proxyProcesses(tmp), [], 'the proxy was stopped');
    assert.deepEqual(fs.readdirSync(tmp), [], 'the demo config, report and proxy files were removed');
    assert.deepEqual(fs.readdirSync(cwd), [], 'nothing written to the working directory');
  });

  it('passes extra flags to the CLI; a bad one ends "not as expected" (exit 1) and still cleans up', async () => {
    const { cwd, tmp } = sandbox();
    const run = await runDemo(['--bogus'], cwd, tmp, 60_000);
    assert.equal(run.code, 1, show(run));
    assert.match(run.stderr, /verify-litellm: Unknown option '--bogus'/);
    assert.match(run.stderr, /The demo did not end as expected \(exit code 2\)/);
    assert.deepEqual(fs.readdirSync(tmp), [], 'the demo folder was removed');
  });
});
