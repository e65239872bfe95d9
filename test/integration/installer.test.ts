// The installer's ways around uv trouble, run for real: uv fetched straight from the index pip uses (no pip run),
// uv unpacked from a restored wheel folder (hash-checked against locks/uv.txt, no pip, no network), pip installing
// uv when neither works, and the base pip installing the same lock when uv cannot fetch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { bootstrapUv, installerEnv, installLock } from '../../src/litellm/installer.ts';
import { readPipSettings } from '../../src/litellm/index-settings.ts';
import { installerEnvironment } from '../../src/litellm/environment.ts';
import { findPython, venvPython, type PythonInfo } from '../../src/litellm/python.ts';
import { readUvLock, shippedLock, DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { downloadWheels, fileSha256, lockBlocks } from '../../src/litellm/wheels.ts';
import { freePort } from '../../src/util/port.ts';
import { runCommand } from '../../src/util/process.ts';
import { tempDir, TOOL_CACHE } from '../helpers/litellm.ts';

/** Runs `fn` with variables set (or, when undefined, unset) in this process's environment (the installer reads its settings from there). */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe('installer fallbacks', { timeout: 600_000, skip: process.platform === 'win32' }, () => {
  let dir: string;
  let python: PythonInfo;
  let uvWheels: string;
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);

  before(async () => {
    dir = tempDir('vl-installer-');
    python = await findPython();
    // uv's wheel for this platform, kept beside the tests' tool cache (downloaded once, hash-checked by pip).
    uvWheels = path.join(TOOL_CACHE, `uv-wheel-test-${readUvLock().sha256.slice(0, 8)}`);
    if (!fs.existsSync(path.join(uvWheels, '.complete'))) {
      fs.rmSync(uvWheels, { recursive: true, force: true });
      const got = await downloadWheels(python, readUvLock().file, uvWheels, 300_000);
      assert.ok(got.ok, got.detail);
      fs.writeFileSync(path.join(uvWheels, '.complete'), '');
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("fetches uv straight from the index this runner's pip uses (no pip run), and falls back to pip when that index cannot be read", async () => {
    const env = installerEnv();
    const pip = await readPipSettings(python, env, 60_000);
    const direct: string[] = [];
    const uv = await bootstrapUv({
      cacheRoot: path.join(dir, 'cache-direct'),
      python,
      platform: process.platform,
      remaining: () => 120_000,
      log: (l) => direct.push(l),
      pipSettings: async () => pip,
    });
    assert.ok(uv, direct.join('\n'));
    assert.deepEqual(direct, [], 'no fallback to pip');
    const version = await runCommand(uv, ['--version'], { timeoutMs: 30_000 });
    assert.equal(version.stdout.trim().split(' ').slice(0, 2).join(' '), `uv ${readUvLock().version}`);

    const closed = new Map([...pip, ['index-url', `http://127.0.0.1:${await freePort()}/simple`], ['find-links', ''], ['extra-index-url', '']]);
    const fallback: string[] = [];
    const viaPip = await bootstrapUv({
      cacheRoot: path.join(dir, 'cache-fallback'),
      python,
      platform: process.platform,
      remaining: () => 120_000,
      log: (l) => fallback.push(l),
      pipSettings: async () => closed,
    });
    assert.ok(viaPip, fallback.join('\n'));
    assert.deepEqual(fallback, [`uv ${readUvLock().version} was not fetched directly (the index could not be read); installing it with pip.`]);
  });

  it('three runs sharing one cache folder bootstrap uv at once, and each gets a uv that runs', async () => {
    const cacheRoot = path.join(dir, 'cache-shared');
    const said: string[] = [];
    const runs = await Promise.all(
      [0, 1, 2].map(async (i) => {
        await new Promise((r) => setTimeout(r, i * 150)); // overlapping, as jobs on one machine start
        const uv = await bootstrapUv({
          cacheRoot,
          python,
          platform: process.platform,
          remaining: () => 300_000,
          log: (l) => said.push(`${i}: ${l}`),
          pipSettings: () => readPipSettings(python, installerEnv(), 60_000),
        });
        assert.ok(uv, said.join('\n'));
        const version = await runCommand(uv, ['--version'], { timeoutMs: 30_000 });
        return `${version.code} ${version.stdout.trim().split(' ').slice(0, 2).join(' ')} ${version.stderr.trim()}`.trim();
      }),
    );
    assert.deepEqual(runs, Array(3).fill(`0 uv ${readUvLock().version}`), said.join('\n'));
    assert.deepEqual(said, [], 'no run fell back to pip because of another');
    assert.deepEqual(
      fs.readdirSync(cacheRoot).filter((f) => f.includes('.partial-')),
      [],
      'no private folder is left',
    );
  });

  it('unpacks uv from a restored wheel whose hash locks/uv.txt lists, with the index unreachable', async () => {
    const wheels = path.join(dir, 'restored');
    fs.cpSync(uvWheels, wheels, { recursive: true });
    const port = await freePort();
    // Every way pip or uv could reach an index points at a closed port: only the wheel can provide uv.
    const uv = await withEnv({ PIP_INDEX_URL: `http://127.0.0.1:${port}/simple`, PIP_NO_INDEX: '1', PIP_FIND_LINKS: dir }, () =>
      bootstrapUv({ cacheRoot: path.join(dir, 'cache-a'), python, platform: process.platform, remaining: () => 120_000, log, wheelsDir: wheels }),
    );
    assert.ok(uv, lines.join('\n'));
    const version = await runCommand(uv, ['--version'], { timeoutMs: 30_000 });
    assert.equal(version.stdout.trim().split(' ').slice(0, 2).join(' '), `uv ${readUvLock().version}`);
  });

  it('never unpacks a uv wheel the lock does not list (falls back to pip, which cannot reach an index here)', async () => {
    const wheels = path.join(dir, 'tampered');
    fs.mkdirSync(wheels, { recursive: true });
    const ran = path.join(dir, 'tampered-uv-ran');
    const fake = path.join(wheels, `uv-${readUvLock().version}-py3-none-manylinux_2_17_x86_64.whl`);
    const made = await runCommand(
      python.command,
      [
        ...python.args,
        '-c',
        'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], "w"); z.writestr(sys.argv[2] + ".data/scripts/uv", "#!/bin/sh\\ntouch " + sys.argv[3] + "\\n"); z.close()',
        fake,
        `uv-${readUvLock().version}`,
        ran,
      ],
      { timeoutMs: 30_000 },
    );
    assert.equal(made.code, 0, made.stderr);
    const cacheRoot = path.join(dir, 'cache-b');
    const port = await freePort();
    const uv = await withEnv({ PIP_INDEX_URL: `http://127.0.0.1:${port}/simple`, PIP_NO_INDEX: '1', PIP_FIND_LINKS: dir }, () =>
      bootstrapUv({ cacheRoot, python, platform: process.platform, remaining: () => 120_000, log, wheelsDir: wheels }),
    );
    assert.equal(uv, null);
    assert.equal(fs.existsSync(ran), false);
    assert.deepEqual(fs.existsSync(cacheRoot) ? fs.readdirSync(cacheRoot).filter((d) => d.startsWith('uv-')) : [], [], 'nothing of the tampered wheel is kept');
  });

  it("installs offline from cached wheels with uv when the home folder cannot hold uv's cache (HOME of a service account)", async () => {
    // six's wheel from the shipped lock, fetched once beside the tests' tool cache (pip checks its hash).
    const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
    assert.ok(six);
    const lockFile = path.join(dir, 'six-offline.txt');
    fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
    const wheels = path.join(TOOL_CACHE, `six-wheel-test-${/^six==(\S+)/.exec(six)![1]}`);
    if (!fs.existsSync(path.join(wheels, '.complete'))) {
      const got = await downloadWheels(python, lockFile, wheels, 300_000);
      assert.ok(got.ok, got.detail);
      fs.writeFileSync(path.join(wheels, '.complete'), '');
    }
    // As the Actions cache restores it: the lock's wheels and uv's own, so nothing needs the network.
    const restored = path.join(dir, 'restored-offline');
    fs.cpSync(uvWheels, restored, { recursive: true });
    fs.cpSync(wheels, restored, { recursive: true });
    lines.length = 0;
    // /dev/null/.cache/uv cannot be made even by root: uv's default cache folder is unusable, as under a home of /nonexistent.
    const installer = await withEnv({ HOME: '/dev/null', XDG_CACHE_HOME: undefined, UV_CACHE_DIR: undefined, UV_NO_CACHE: undefined }, () =>
      installLock({
        lockFile,
        what: 'six',
        venvDir: path.join(dir, 'venv-offline'),
        python,
        platform: process.platform,
        cacheRoot: path.join(dir, 'cache-d'),
        remaining: () => 300_000,
        log,
        wheelsDir: restored,
      }),
    );
    assert.equal(installer, 'uv', lines.join('\n'));
    assert.ok(lines.includes("uv's cache folder /dev/null/.cache/uv cannot be written; uv runs without a cache."), lines.join('\n'));
  });

  // uv reads ~/.config/uv/uv.toml (or $XDG_CONFIG_HOME/uv/uv.toml) and /etc/uv/uv.toml besides what it is told
  // (docs.astral.sh/uv/concepts/configuration-files). A self-hosted runner's may be written for a newer uv, or say
  // where uv installs and how it links files. Measured with uv 0.13.9, before --no-config: `required-version` stopped
  // uv (exit 2); `[pip] target` installed the lock into that folder and left the venv empty; `link-mode = "symlink"`
  // made the venv's files links into uv's cache, which setup-uv puts in RUNNER_TEMP, emptied after every job.
  for (const [name, toml] of [
    ['a uv.toml for a newer uv', 'required-version = ">=99"\n'],
    ['a uv.toml that moves and links the install', '[pip]\ntarget = "TARGET"\nlink-mode = "symlink"\n'],
  ] as const)
    it(`installs into its own venv whatever the runner's user uv.toml says (${name})`, async () => {
      const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
      assert.ok(six);
      const lockFile = path.join(dir, 'six-uv-toml.txt');
      fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
      const wheels = path.join(TOOL_CACHE, `six-wheel-test-${/^six==(\S+)/.exec(six)![1]}`);
      if (!fs.existsSync(path.join(wheels, '.complete'))) {
        const got = await downloadWheels(python, lockFile, wheels, 300_000);
        assert.ok(got.ok, got.detail);
        fs.writeFileSync(path.join(wheels, '.complete'), '');
      }
      const restored = path.join(dir, `restored-uv-toml-${name.length}`);
      fs.cpSync(uvWheels, restored, { recursive: true });
      fs.cpSync(wheels, restored, { recursive: true });
      const home = path.join(dir, `home-uv-toml-${name.length}`);
      const target = path.join(dir, `elsewhere-${name.length}`);
      fs.mkdirSync(path.join(home, '.config', 'uv'), { recursive: true });
      fs.writeFileSync(path.join(home, '.config', 'uv', 'uv.toml'), toml.replace('TARGET', target));
      const venvDir = path.join(dir, `venv-uv-toml-${name.length}`);
      lines.length = 0;
      const installer = await withEnv({ HOME: home, XDG_CACHE_HOME: undefined, UV_CACHE_DIR: undefined }, () =>
        installLock({
          lockFile,
          what: 'six',
          venvDir,
          python,
          platform: process.platform,
          cacheRoot: path.join(dir, `cache-uv-toml-${name.length}`),
          remaining: () => 300_000,
          log,
          wheelsDir: restored,
        }),
      );
      assert.equal(installer, 'uv', lines.join('\n'));
      const site = path.join(venvDir, 'lib', `python${python.version.split('.').slice(0, 2).join('.')}`, 'site-packages', 'six.py');
      assert.equal(fs.lstatSync(site).isFile(), true, 'six is in the venv, a file of its own');
      assert.equal(fs.existsSync(target), false, 'nothing was installed elsewhere');
    });

  it("installs with uv from an air-gapped runner's wheelhouse (pip's no-index and find-links)", async () => {
    const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
    assert.ok(six);
    const lockFile = path.join(dir, 'six-wheelhouse.txt');
    fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
    const wheels = path.join(TOOL_CACHE, `six-wheel-test-${/^six==(\S+)/.exec(six)![1]}`);
    if (!fs.existsSync(path.join(wheels, '.complete'))) {
      const got = await downloadWheels(python, lockFile, wheels, 300_000);
      assert.ok(got.ok, got.detail);
      fs.writeFileSync(path.join(wheels, '.complete'), '');
    }
    // The runner's wheelhouse: uv's wheel and the lock's, and no index at all (the machine cannot reach one).
    const wheelhouse = path.join(dir, 'wheelhouse'); // pip splits PIP_FIND_LINKS on spaces
    fs.cpSync(uvWheels, wheelhouse, { recursive: true });
    fs.cpSync(wheels, wheelhouse, { recursive: true });
    lines.length = 0;
    const venvDir = path.join(dir, 'venv-wheelhouse');
    const installer = await withEnv({ PIP_NO_INDEX: '1', PIP_FIND_LINKS: wheelhouse, HOME: path.join(dir, 'home-wheelhouse'), XDG_CACHE_HOME: undefined }, () =>
      installLock({ lockFile, what: 'six', venvDir, python, platform: process.platform, cacheRoot: path.join(dir, 'cache-wh'), remaining: () => 300_000, log }),
    );
    assert.equal(installer, 'uv', lines.join('\n'));
    assert.ok(
      lines.some((l) => l.includes(`find-links ${wheelhouse}`)),
      lines.join('\n'),
    );
    const imported = await runCommand(venvPython(venvDir), ['-I', '-c', 'import six; print(six.__version__)'], { timeoutMs: 30_000 });
    assert.equal(imported.stdout.trim(), /^six==(\S+)/.exec(six)![1]);
  });

  it("works where pip.conf says require-virtualenv and user: the base pip's wheel download and the pip fallback install", async () => {
    const conf = path.join(dir, 'require-venv.conf');
    const settings = await readPipSettings(python, installerEnv(), 60_000); // this runner's own, kept (index, cert)
    fs.writeFileSync(
      conf,
      `[global]\nrequire-virtualenv = true\nuser = true\n${[...settings]
        .filter(([k]) => ['index-url', 'cert', 'extra-index-url', 'find-links'].includes(k))
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n')}\n`,
    );
    const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
    assert.ok(six);
    const lockFile = path.join(dir, 'six-rv.txt');
    fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
    // The interpreter outside any venv: require-virtualenv bites only there (CI puts a tools venv first on PATH).
    const probe = await runCommand(python.command, ['-I', '-c', 'import sys; print(getattr(sys, "_base_executable", None) or sys.executable)'], {
      timeoutMs: 30_000,
    });
    const base = { command: probe.stdout.trim(), args: [] };
    const got = await withEnv({ PIP_CONFIG_FILE: conf }, async () => {
      const refused = await runCommand(base.command, ['-I', '-m', 'pip', 'download', '--no-deps', '-q', '-d', path.join(dir, 'rv-bare'), '-r', lockFile], {
        timeoutMs: 120_000,
        env: installerEnvironment(), // the runner's settings alone (PIP_CONFIG_FILE), without installerEnv's
      });
      assert.match(refused.stderr, /Could not find an activated virtualenv/, 'the setting is in force for a bare pip');
      return downloadWheels(base, lockFile, path.join(dir, 'rv-wheels'), 120_000);
    });
    assert.ok(got.ok, got.detail);
    assert.equal(fs.readdirSync(path.join(dir, 'rv-wheels')).filter((f) => f.startsWith('six-')).length, 1);
    // The pip fallback installs into a venv, which `user = true` forbids ("User site-packages are not visible").
    const port = await freePort();
    const venvDir = path.join(dir, 'venv-rv');
    const installer = await withEnv({ PIP_CONFIG_FILE: conf, UV_DEFAULT_INDEX: `http://127.0.0.1:${port}/simple` }, () =>
      installLock({ lockFile, what: 'six', venvDir, python, platform: process.platform, cacheRoot: path.join(dir, 'cache-rv'), remaining: () => 300_000, log }),
    );
    assert.equal(installer, 'pip');
    const imported = await runCommand(venvPython(venvDir), ['-I', '-c', 'import six; print(six.__version__)'], { timeoutMs: 30_000 });
    assert.equal(imported.stdout.trim(), /^six==(\S+)/.exec(six)![1]);
  });

  it('never builds a locked sdist: its setup code does not run, with uv (restored wheels) or with pip (find-links)', async () => {
    // An sdist whose hash the lock lists and no wheel: uv and pip would install setuptools unpinned and run setup.py.
    const links = path.join(dir, 'sdist-only');
    const ran = path.join(dir, 'setup-ran');
    fs.mkdirSync(links, { recursive: true });
    const made = await runCommand(
      python.command,
      [
        '-c',
        [
          'import io, sys, tarfile',
          'def add(t, name, text):',
          '    data = text.encode(); info = tarfile.TarInfo(name); info.size = len(data); t.addfile(info, io.BytesIO(data))',
          "with tarfile.open(sys.argv[1], 'w:gz') as t:",
          '    add(t, \'fakepkg-1.0/pyproject.toml\', \'[build-system]\\nrequires = ["setuptools"]\\nbuild-backend = "setuptools.build_meta"\\n\')',
          '    add(t, \'fakepkg-1.0/setup.py\', \'open(%r, "w").write("ran")\\nfrom setuptools import setup\\nsetup(name="fakepkg", version="1.0")\\n\' % sys.argv[2])',
        ].join('\n'),
        path.join(links, 'fakepkg-1.0.tar.gz'),
        ran,
      ],
      { timeoutMs: 30_000 },
    );
    assert.equal(made.code, 0, made.stderr);
    const lockFile = path.join(dir, 'fakepkg.txt');
    fs.writeFileSync(lockFile, `fakepkg==1.0 \\\n    --hash=sha256:${fileSha256(path.join(links, 'fakepkg-1.0.tar.gz'))}\n`);
    const job = { lockFile, what: 'fakepkg==1.0', python, platform: process.platform, cacheRoot: path.join(dir, 'cache-d'), remaining: () => 300_000, log };
    await assert.rejects(installLock({ ...job, venvDir: path.join(dir, 'venv-sdist-uv'), wheelsDir: links }), (error: Error) => {
      assert.match(error.message, /the lock has no wheel of fakepkg==1\.0 this platform can use, and verify-litellm never builds from source/);
      return true;
    });
    await assert.rejects(withEnv({ PIP_FIND_LINKS: links, PIP_NO_INDEX: '1' }, () => installLock({ ...job, venvDir: path.join(dir, 'venv-sdist-pip') })));
    assert.equal(fs.existsSync(ran), false, 'setup.py never ran');
  });

  it('installs the lock with pip when uv cannot fetch from the index it is given', async () => {
    // A one-package lock taken verbatim from the shipped one (six, with every hash the lock lists).
    const six = lockBlocks(shippedLock(DEFAULT_LITELLM_VERSION)!.text).find((b) => b.startsWith('six=='));
    assert.ok(six);
    const lockFile = path.join(dir, 'six.txt');
    fs.writeFileSync(lockFile, `${six.replace(/ \\$/, '')}\n`);
    const venvDir = path.join(dir, 'venv');
    const port = await freePort();
    lines.length = 0;
    // The caller's own uv index setting wins over pip's (index-settings.ts); pip does not read it.
    const installer = await withEnv({ UV_DEFAULT_INDEX: `http://127.0.0.1:${port}/simple` }, () =>
      installLock({
        lockFile,
        what: 'six',
        venvDir,
        python,
        platform: process.platform,
        cacheRoot: path.join(dir, 'cache-c'),
        remaining: () => 300_000,
        log,
      }),
    );
    assert.equal(installer, 'pip', lines.join('\n'));
    assert.ok(
      lines.some((l) => /^uv could not install six .*; trying the same lock with pip\.$/s.test(l)),
      lines.join('\n'),
    );
    const imported = await runCommand(venvPython(venvDir), ['-I', '-c', 'import six; print(six.__version__)'], { timeoutMs: 30_000 });
    assert.equal(imported.stdout.trim(), /^six==(\S+)/.exec(six)![1]);
  });
});
