// Pythons that run but lack a part: the install says which part and how to get it, rather than a raw failure.
// Each is a real interpreter (test/helpers/trimmed-python.ts), not a fake that prints a message.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bootstrapUv, installerEnv, installLock } from '../../src/litellm/installer.ts';
import { helperScript } from '../../src/litellm/helper-script.ts';
import { readPipSettings } from '../../src/litellm/index-settings.ts';
import { runCommand } from '../../src/util/process.ts';
import { findPython, type PythonInfo } from '../../src/litellm/python.ts';
import { DEFAULT_LITELLM_VERSION, readUvLock, shippedLock } from '../../src/litellm/lock.ts';
import { downloadWheels, lockBlocks } from '../../src/litellm/wheels.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { freePort } from '../../src/util/port.ts';
import { runEngine, tempDir, TOOL_CACHE, writeConfig } from '../helpers/litellm.ts';
import { startStandin } from '../../src/standin/server.ts';
import { trimmedPython } from '../helpers/trimmed-python.ts';

describe('a Python that lacks part of its standard library', { timeout: 600_000, skip: process.platform === 'win32' }, () => {
  let dir: string;
  let base: PythonInfo;
  before(async () => {
    dir = tempDir('vl-pybuilds-');
    base = await findPython();
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('without ssl (built without OpenSSL) is passed over for the next Python on PATH, and refused by name when it is the python setting', async (t) => {
    const noSsl = await trimmedPython(base, path.join(dir, 'no-ssl'), ['ssl', '_ssl']);
    if (!noSsl) return t.skip('this Python cannot be copied this way');
    await assert.rejects(findPython(process.platform, noSsl), (e: unknown) => {
      assert.ok(e instanceof VerifyError, String(e));
      assert.match(e.message, /without the ssl module \(built without OpenSSL\); LiteLLM needs Python 3\.10 or newer, with ssl/);
      return true;
    });
    // PATH: python3 is the one without ssl, python a whole one.
    const bin = path.join(dir, 'path-bin');
    fs.mkdirSync(bin);
    fs.symlinkSync(noSsl, path.join(bin, 'python3'));
    fs.symlinkSync(base.executable, path.join(bin, 'python'));
    const saved = process.env.PATH;
    process.env.PATH = `${bin}${path.delimiter}${saved}`;
    try {
      const found = await findPython(process.platform);
      assert.equal(fs.realpathSync(found.executable), fs.realpathSync(base.executable), `took ${found.executable}`);
    } finally {
      process.env.PATH = saved;
    }
  });

  // Debian/Ubuntu's python3 without python3-venv: `-m venv --without-pip` works (uv installs into it), the pip
  // fallback's `-m venv` does not. Here uv cannot reach the index it is given, so the fallback is needed.
  it('without ensurepip (Debian/Ubuntu without python3-venv): uv’s failure and the missing package are named', async (t) => {
    const noEnsurepip = await trimmedPython(base, path.join(dir, 'no-ensurepip'), ['ensurepip']);
    if (!noEnsurepip) return t.skip('this Python cannot be copied this way');
    const python = await findPython(process.platform, noEnsurepip);
    // uv from its hash-checked wheel (kept beside the tests' tool cache), so only the lock's index is unreachable.
    const uvWheels = path.join(TOOL_CACHE, `uv-wheel-test-${readUvLock().sha256.slice(0, 8)}`);
    if (!fs.existsSync(path.join(uvWheels, '.complete'))) {
      fs.rmSync(uvWheels, { recursive: true, force: true });
      const got = await downloadWheels(base, readUvLock().file, uvWheels, 300_000);
      assert.ok(got.ok, got.detail);
      fs.writeFileSync(path.join(uvWheels, '.complete'), '');
    }
    const cacheRoot = path.join(dir, 'cache');
    const log = () => undefined;
    assert.ok(await bootstrapUv({ cacheRoot, python, platform: process.platform, remaining: () => 120_000, log, wheelsDir: uvWheels }));
    const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
    assert.ok(six);
    const lockFile = path.join(dir, 'six.txt');
    fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
    const saved = process.env.UV_DEFAULT_INDEX;
    process.env.UV_DEFAULT_INDEX = `http://127.0.0.1:${await freePort()}/simple`; // nobody listens
    try {
      await assert.rejects(
        installLock({ lockFile, what: 'six', venvDir: path.join(dir, 'venv'), python, platform: process.platform, cacheRoot, remaining: () => 300_000, log }),
        (e: unknown) => {
          assert.ok(e instanceof VerifyError, String(e));
          assert.match(e.message, /^could not install six: uv could not install it:\n/);
          assert.match(e.message, /127\.0\.0\.1/, "uv's own words about the index it could not reach");
          assert.match(e.message, /has no ensurepip module/);
          const [major, minor] = python.version.split('.');
          assert.ok(e.detail?.fix?.includes(`apt-get install -y python${major}.${minor}-venv`), e.detail?.fix);
          assert.match(e.detail?.fix ?? '', /actions\/setup-python/);
          return true;
        },
      );
    } finally {
      if (saved === undefined) delete process.env.UV_DEFAULT_INDEX;
      else process.env.UV_DEFAULT_INDEX = saved;
    }
  });

  // Ubuntu's python3 alone (no python3-pip, no python3-venv), as a container job may have it: uv is fetched from
  // the index without pip, its wheel picked by the glibc tags index_client.py names itself.
  it('with neither pip nor ensurepip, still gets uv straight from the index (Linux, glibc)', { skip: process.platform !== 'linux' }, async (t) => {
    const bare = await trimmedPython(base, path.join(dir, 'bare'), ['ensurepip']);
    if (!bare) return t.skip('this Python cannot be copied this way');
    const python = await findPython(process.platform, bare);
    const noPip = await runCommand(python.command, ['-I', '-c', 'import pip'], { timeoutMs: 30_000 });
    assert.notEqual(noPip.code, 0, 'this Python has no pip');
    const lines: string[] = [];
    const uv = await bootstrapUv({
      cacheRoot: path.join(dir, 'cache-bare'),
      python,
      platform: process.platform,
      remaining: () => 300_000,
      log: (l) => lines.push(l),
      pipSettings: () => readPipSettings(python, installerEnv(), 30_000),
    });
    assert.ok(uv, lines.join('\n'));
    const version = await runCommand(uv, ['--version'], { timeoutMs: 30_000 });
    assert.equal(version.stdout.trim().split(' ').slice(0, 2).join(' '), `uv ${readUvLock().version}`);
  });

  it("names the same py3-none tags as pip's packaging, in the same order, where pip is there to compare", { skip: process.platform !== 'linux' }, async () => {
    const compare = [
      'import sys, runpy',
      'ours = runpy.run_path(sys.argv[1])["glibc_tags"]()',
      'from pip._vendor.packaging.tags import sys_tags',
      'theirs = [str(t) for t in sys_tags() if str(t).startswith("py3-none-")]',
      'print(ours == theirs, len(ours))',
    ].join('\n');
    const r = await runCommand(base.command, [...base.args, '-I', '-c', compare, helperScript('wheel_tags.py')], { timeoutMs: 30_000 });
    if (/No module named 'pip'/.test(r.stderr)) return;
    assert.match(r.stdout, /^True \d+/, r.stdout + r.stderr);
  });

  // actions/setup-python on a self-hosted runner or in a container job: its Python finds libpython only through
  // the LD_LIBRARY_PATH setup-python exports (src/litellm/environment.ts). Installer and proxy must get it.
  it(
    'whose libpython is found only through LD_LIBRARY_PATH (setup-python outside GitHub’s own tool cache) installs and serves',
    { skip: process.platform !== 'linux' },
    async (t) => {
      const relocated = await trimmedPython(base, path.join(dir, 'relocated'), [], { libFromEnv: true });
      if (!relocated) return t.skip('this Python cannot be copied this way');
      const lib = path.join(dir, 'relocated', 'lib');
      const upstream = await startStandin({ apiKey: 'sk-up', models: [{ id: 'qwen3', servedAs: 'Qwen/Qwen3-0.6B' }] });
      const saved = process.env.LD_LIBRARY_PATH;
      process.env.LD_LIBRARY_PATH = lib; // the installer reads the runner's environment, as the action's process has it
      try {
        const config = writeConfig(
          dir,
          `model_list:\n- model_name: q\n  litellm_params:\n    model: openai/qwen3\n    api_key: os.environ/K\n    api_base: ${upstream.url}\n`,
        );
        const lines: string[] = [];
        const report = await runEngine(
          {
            configPath: config,
            provided: { K: 'sk-up' },
            python: relocated,
            cacheRoot: path.join(dir, 'cache-relocated'),
            env: { PATH: process.env.PATH, HOME: process.env.HOME, LD_LIBRARY_PATH: lib },
            stream: false,
          },
          { log: (l) => lines.push(l) },
        );
        assert.equal(report.aliases[0]?.status, 'pass', `${JSON.stringify(report.error ?? report.aliases[0])}\n${lines.join('\n')}`);
      } finally {
        if (saved === undefined) delete process.env.LD_LIBRARY_PATH;
        else process.env.LD_LIBRARY_PATH = saved;
        await upstream.close();
      }
    },
  );
});
