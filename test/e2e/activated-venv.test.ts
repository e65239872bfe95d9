// A workflow that made and activated a venv before this step: astral-sh/setup-uv with `activate-environment: true`
// runs `uv venv`, puts its bin folder first on PATH and exports VIRTUAL_ENV (src/setup-uv.ts activateEnvironment);
// `uv sync` then fills it with what the pull request's pyproject asks for. A .pth file in its site-packages runs
// at every start of that interpreter, -I or not (CPython Lib/site.py addpackage). The action must run none of it:
// not with the step's inputs (the vLLM key) in the environment, not in the installer that writes the tool cache.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { findPython } from '../../src/litellm/python.ts';
import { runCommand } from '../../src/util/process.ts';
import { ROOT, route, tempDir, testLiteLLM } from '../helpers/litellm.ts';
import { Runner } from '../helpers/runner.ts';

const KEY = 'vk-activated-venv-7d2e';

describe('a venv the workflow activated before this step', { timeout: 600_000, skip: process.platform === 'win32' }, () => {
  let upstream: Standin;
  let root: string;

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, 'dist', 'index.js')), 'dist/ is built (npm run bundle)');
    await testLiteLLM();
    root = tempDir('vl-activated-venv-');
    upstream = await startStandin({ apiKey: KEY, models: [{ id: 'Qwen/Qwen3-0.6B' }] });
  });

  after(async () => {
    await upstream?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("runs none of the venv's start-up code, and installs from the venv's base interpreter", async () => {
    const toolCache = path.join(root, 'toolcache');
    const runner = new Runner(root, { toolCache });
    runner.writeConfig(`model_list:\n${route('q', 'openai/Qwen/Qwen3-0.6B', upstream.url)}`);
    const python = await findPython();
    const venv = path.join(runner.workspace, '.venv');
    const created = await runCommand(python.command, [...python.args, '-I', '-m', 'venv', '--without-pip', venv], { timeoutMs: 120_000 });
    assert.equal(created.code, 0, created.stderr);
    const marker = path.join(root, 'pth-ran');
    const [major, minor] = python.version.split('.');
    fs.writeFileSync(
      path.join(venv, 'lib', `python${major}.${minor}`, 'site-packages', 'dependency.pth'),
      `import os; open(${JSON.stringify(marker)}, 'a').write(' '.join(sorted(os.environ)) + '\\n')\n`,
    );
    // The .pth does run in that interpreter, isolated or not (so the check below can fail).
    await runCommand(path.join(venv, 'bin', 'python'), ['-I', '-c', 'pass'], { timeoutMs: 30_000, env: { PATH: process.env.PATH } });
    assert.equal(fs.existsSync(marker), true, 'the .pth ran');
    fs.rmSync(marker);

    const main = await runner.main(
      { VLLM_KEY: KEY, cache: 'false' },
      { PATH: `${path.join(venv, 'bin')}${path.delimiter}${process.env.PATH}`, VIRTUAL_ENV: venv },
    );
    assert.equal(main.code, 0, main.stdout + main.stderr);
    assert.equal(main.outputs.result, 'pass');
    const ran = fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '';
    assert.equal(ran, '', `the venv's .pth ran in a process the action started, with: ${ran.slice(0, 300)}`);
    // The LiteLLM venv is keyed on the interpreter it was made from (install.ts cacheKey): the base, not the venv.
    const base = await runCommand(path.join(venv, 'bin', 'python'), ['-I', '-S', '-c', 'import sys; print(sys._base_executable)'], { timeoutMs: 30_000 });
    const hash = crypto.createHash('sha256').update(base.stdout.trim()).digest('hex').slice(0, 8);
    const made = fs.readdirSync(path.join(toolCache, 'verify-litellm')).filter((f) => /^verify-litellm-.*-litellm-/.test(f));
    assert.equal(made.length, 1, made.join(', '));
    assert.match(made[0]!, new RegExp(`-py${major}\\.${minor}-${hash}-litellm-`), `made from ${base.stdout.trim()}`);
  });
});
