// Runners unlike the developer's machine: a tool cache, temp folder and workspace whose paths hold spaces, non-ASCII
// and shell metacharacters, a umask of 077, a HOME that is no folder, and the C locale. Everything runs for real:
// install (into the odd tool cache), start, probe. Nothing is ever passed through a shell, so nothing needs quoting.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findPython } from '../../src/litellm/python.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { runCommand } from '../../src/util/process.ts';
import { runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

describe('runner folders and settings unlike ours', { timeout: 600_000, skip: process.platform === 'win32' }, () => {
  let root: string;
  let upstream: Standin;
  const route = (url: string) => `model_list:\n- model_name: q\n  litellm_params:\n    model: openai/qwen3\n    api_key: os.environ/K\n    api_base: ${url}\n`;
  before(async () => {
    await testLiteLLM();
    root = tempDir('vl-paths-');
    upstream = await startStandin({ apiKey: 'sk-up', models: [{ id: 'qwen3', servedAs: 'Qwen/Qwen3-0.6B' }] });
  });
  after(async () => {
    await upstream?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('installs into and runs from folders named with spaces, non-ASCII and shell characters, under umask 077', async () => {
    const odd = (name: string) => {
      const dir = path.join(root, name);
      fs.mkdirSync(dir, { recursive: true });
      return dir;
    };
    const toolCache = odd('tool cache ü 中 $HOME `id` \'q\' "d"');
    const temp = odd('runner temp é;x');
    const workspace = odd('work space ñ & (1)');
    const config = writeConfig(workspace, route(upstream.url), 'lite llm ü.yaml');
    const saved = process.umask(0o077);
    try {
      const lines: string[] = [];
      const report = await runEngine(
        {
          configPath: config,
          provided: { K: 'sk-up' },
          cacheRoot: toolCache,
          tempRoot: temp,
          env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: temp },
          stream: true,
        },
        { log: (l) => lines.push(l) },
      );
      assert.equal(report.aliases[0]?.status, 'pass', `${JSON.stringify(report.error ?? report.aliases[0])}\n${lines.join('\n')}`);
      assert.ok(
        lines.some((l) => l.startsWith('Installed LiteLLM')),
        'installed into the odd tool cache, not taken from the shared one',
      );
      assert.deepEqual(fs.readdirSync(temp), [], 'the private folder made in the odd temp folder is gone');
    } finally {
      process.umask(saved);
    }
  });

  it('serves with a HOME that is no folder (a service account) and the C locale', async () => {
    const home = path.join(root, 'home-is-a-file');
    fs.writeFileSync(home, '');
    const config = writeConfig(root, route(upstream.url), 'config-home.yaml');
    const report = await runEngine({
      configPath: config,
      provided: { K: 'sk-up' },
      env: { PATH: process.env.PATH, HOME: home, LANG: 'C', LC_ALL: 'C' },
      stream: true,
    });
    assert.equal(report.aliases[0]?.status, 'pass', JSON.stringify(report.error ?? report.aliases[0]));
  });

  // A runner whose shell set up some other Python: none of it may reach our interpreters. A PYTHONHOME honoured
  // anywhere would stop that Python at start-up; PYTHONPATH code, a startup file, would write the marker.
  it('ignores the PYTHON* variables, VIRTUAL_ENV and CONDA_PREFIX a runner carries, in the install and the proxy', async () => {
    const planted = path.join(root, 'planted');
    const marker = path.join(root, 'planted-code-ran');
    fs.mkdirSync(path.join(planted, 'litellm'), { recursive: true });
    const code = `open(${JSON.stringify(marker)}, 'a').write(__name__ + '\\n')\n`;
    for (const file of ['sitecustomize.py', 'usercustomize.py', 'pip.py', 'startup.py', path.join('litellm', '__init__.py')])
      fs.writeFileSync(path.join(planted, file), code);
    const foreign = {
      PYTHONHOME: path.join(root, 'no-such-home'),
      PYTHONPATH: planted,
      PYTHONSTARTUP: path.join(planted, 'startup.py'),
      PYTHONSAFEPATH: '',
      PYTHONNOUSERSITE: '',
      PYTHONUSERBASE: planted,
      VIRTUAL_ENV: path.join(root, 'no-such-venv'),
      CONDA_PREFIX: path.join(root, 'no-such-conda'),
    };
    // The planted code does run in a Python that honours PYTHONPATH (so the check below can fail).
    const python = await findPython();
    await runCommand(python.command, [...python.args, '-c', 'pass'], { timeoutMs: 30_000, env: { PATH: process.env.PATH, PYTHONPATH: planted } });
    assert.equal(fs.existsSync(marker), true, 'sitecustomize from PYTHONPATH ran');
    fs.rmSync(marker);
    const saved = Object.fromEntries(Object.keys(foreign).map((k) => [k, process.env[k]]));
    Object.assign(process.env, foreign); // the installer reads the action process's own environment
    try {
      const config = writeConfig(root, route(upstream.url), 'config-foreign.yaml');
      const lines: string[] = [];
      const report = await runEngine(
        {
          configPath: config,
          provided: { K: 'sk-up' },
          cacheRoot: path.join(root, 'cache-foreign'),
          env: { PATH: process.env.PATH, HOME: process.env.HOME, ...foreign },
          stream: true,
        },
        { log: (l) => lines.push(l) },
      );
      assert.equal(report.aliases[0]?.status, 'pass', `${JSON.stringify(report.error ?? report.aliases[0])}\n${lines.join('\n')}`);
      assert.ok(
        lines.some((l) => l.startsWith('Installed LiteLLM')),
        lines.join('\n'),
      );
      assert.equal(fs.existsSync(marker), false, fs.existsSync(marker) ? fs.readFileSync(marker, 'utf8') : '');
    } finally {
      for (const [k, v] of Object.entries(saved))
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }
  });
});
