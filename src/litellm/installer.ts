// Puts a hash lock into a fresh virtualenv: uv (itself installed hash-locked by the base pip) with the runner's
// pip settings and the system trust store; if uv cannot fetch, the base pip installs the same lock
// (`--require-hashes --no-deps`) before the install gives up. Nothing unlocked is ever installed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { removeOnExit, runCommand, type RunResult } from '../util/process.ts';
import { installerEnvironment } from './environment.ts';
import { isTlsFailure, readPipSettings, TLS_FIX, uvIndexSettings, type IndexSettings } from './index-settings.ts';
import { readUvLock } from './lock.ts';
import { uvFromIndex, uvFromWheel } from './uv-fetch.ts';
import { venvExecutable, venvPython, type PythonInfo } from './python.ts';
import { setting } from '../options/settings.ts';
import { ISOLATED } from './isolation.ts';
import { check, tail } from './install-errors.ts';

export const MARKER = '.verify-litellm-complete';

/**
 * Wheels only, never a source build. A lock lists each package's sdist hash beside its wheels'; where no wheel
 * fits (musl/Alpine, an unusual CPU) uv and pip would build the sdist, installing its build backend (setuptools,
 * maturin...) from the index with no hash check and running its setup code: code the lock does not pin.
 * Measured with uv 0.13.9: a hash-locked sdist's setup.py ran under `--require-hashes`; with this, it does not.
 * Both shipped locks install wheels-only for Python 3.10 to 3.14 on Linux (glibc) x86_64 and aarch64, macOS
 * arm64 and Windows x64 (uv's resolver asked for each platform).
 */
export const NO_BUILD = { uv: ['--only-binary', ':all:'], pip: '--only-binary=:all:' } as const;

/** How every pip command here reads a lock: hashes required, nothing else pulled in, no build, no prompt, quiet. */
export const PIP_LOCKED = ['--require-hashes', '--no-deps', NO_BUILD.pip, '--no-input', '--disable-pip-version-check', '-q'] as const;

/** Basics only (no secrets, no VIRTUAL_ENV/PYTHONPATH from the caller's shell), and never a Python download. */
export function installerEnv(): Record<string, string> {
  return {
    ...installerEnvironment(),
    UV_PYTHON_DOWNLOADS: 'never',
    UV_NO_PROGRESS: '1',
    // No uv.toml: uv reads the user's (~/.config/uv/uv.toml, $XDG_CONFIG_HOME) and the system's (/etc/uv/uv.toml,
    // $XDG_CONFIG_DIRS) besides its arguments (docs.astral.sh/uv/concepts/configuration-files; UV_NO_CONFIG is
    // --no-config). A self-hosted runner's can stop uv 0.13.9 (`required-version`, a key from a newer uv), send the
    // install elsewhere (`[pip] target`/`prefix`) or link the venv into uv's cache (`link-mode = "symlink"`), which
    // setup-uv keeps in RUNNER_TEMP. uv follows pip's settings (index-settings.ts) and the UV_* that environment.ts passes.
    UV_NO_CONFIG: '1',
    PIP_NO_INPUT: '1',
    PIP_DISABLE_PIP_VERSION_CHECK: '1',
    // `require-virtualenv = true` in pip.conf (a common safety setting) makes the base pip refuse `install --target`
    // and `download` outside a venv ("Could not find an activated virtualenv"); both only write into our own
    // folders, never the system's site-packages, which is what that setting protects.
    PIP_REQUIRE_VIRTUALENV: '0',
    // `user = true` makes pip refuse `--target` ("Can not combine '--user' and '--target'") and any install into
    // a venv ("User site-packages are not visible in this virtualenv"): the pip fallback would always fail.
    PIP_USER: '0',
  };
}

export interface LockInstall {
  lockFile: string;
  /** Names the lock in errors: `litellm[proxy]==1.108.7`. */
  what: string;
  venvDir: string;
  python: PythonInfo;
  platform: NodeJS.Platform;
  cacheRoot: string;
  remaining: () => number;
  log: (line: string) => void;
  /** A folder of wheels to install from without touching the network (each still checked against the lock's hashes). */
  wheelsDir?: string;
}

/** Installs the lock into `venvDir` (created here). Returns which installer did it. */
export async function installLock(job: LockInstall): Promise<'uv' | 'pip'> {
  const env = installerEnv();
  // Three independent steps side by side (about 1 s of a cold install under load): fetching or unpacking uv,
  // reading pip's settings for it, and making the venv (Python's own module, without pip: uv installs into it).
  // pip's settings are read once, when needed: for uv (from the index pip uses) and for the install itself.
  let reading: Promise<Map<string, string>> | undefined;
  const pipSettingsOnce = () => (reading ??= readPipSettings(job.python, env, job.remaining()));
  const [uv, pipSettings, bareVenv] = await Promise.all([
    bootstrapUv({ ...job, pipSettings: pipSettingsOnce }),
    job.wheelsDir ? Promise.resolve(new Map<string, string>()) : pipSettingsOnce(),
    runCommand(job.python.command, [...job.python.args, ISOLATED, '-m', 'venv', '--without-pip', job.venvDir], { timeoutMs: job.remaining(), env }),
  ]);
  let uvFailure: RunResult | undefined;
  if (uv) {
    const settings: IndexSettings = job.wheelsDir
      ? { args: ['--offline', '--no-index', '--find-links', job.wheelsDir], env: {}, taken: [] }
      : uvIndexSettings(pipSettings, env);
    if (settings.taken.length) job.log(`Package index settings from pip: ${settings.taken.join('; ')}.`);
    const uvCache = unwritableUvCache(env);
    if (uvCache) {
      // uv stops at once when its cache folder cannot be made (pip only warns and goes on without one): a
      // service account whose home is /nonexistent, a read-only HOME. uv then works in a temporary cache.
      settings.env.UV_NO_CACHE = '1';
      job.log(`uv's cache folder ${uvCache} cannot be written; uv runs without a cache.`);
    }
    if (bareVenv.code !== 0) {
      // A Python whose venv module cannot make one (a distribution that splits it out): uv makes it.
      fs.rmSync(job.venvDir, { recursive: true, force: true });
      check(
        await runCommand(uv, ['venv', '--quiet', '--python', job.python.executable, job.venvDir], {
          timeoutMs: job.remaining(),
          env: { ...env, ...settings.env },
        }),
        'create a virtualenv',
      );
    }
    const python = venvPython(job.venvDir, job.platform);
    const result = await runCommand(
      uv,
      ['pip', 'install', '--python', python, '--require-hashes', '--no-deps', ...NO_BUILD.uv, '--no-progress', ...settings.args, '-r', job.lockFile],
      { timeoutMs: job.remaining(), env: { ...env, ...settings.env } },
    );
    if (result.code === 0) return 'uv';
    if (result.timedOut || job.wheelsDir) check(result, `install ${job.what}`);
    uvFailure = result;
    job.log(`uv could not install ${job.what} (${tail(result.stderr || result.stdout, 1)}); trying the same lock with pip.`);
  }
  fs.rmSync(job.venvDir, { recursive: true, force: true }); // pip needs a venv with pip in it
  const venv = await runCommand(job.python.command, [...job.python.args, ISOLATED, '-m', 'venv', job.venvDir], { timeoutMs: job.remaining(), env });
  if (venv.code !== 0 && !venv.timedOut && /ensurepip/.test(`${venv.stderr}\n${venv.stdout}`)) throw withoutEnsurepip(job, uvFailure);
  check(venv, 'create a virtualenv', uvFailure);
  const pip = await runCommand(venvPython(job.venvDir, job.platform), [ISOLATED, '-m', 'pip', 'install', ...PIP_LOCKED, '-r', job.lockFile], {
    timeoutMs: job.remaining(),
    env,
  });
  check(pip, `install ${job.what}`, uvFailure);
  return 'pip';
}

/**
 * The pip fallback needs a venv with pip, which `python -m venv` makes with the ensurepip module. Debian and Ubuntu
 * ship that apart (python3-venv): there `-m venv` fails ("ensurepip is not available", or with a plain CPython
 * "Command [..., '-Im', 'ensurepip', ...] returned non-zero exit status 1"), while `--without-pip`, what uv installs
 * into, works (pypa/pipx#474). Reached only once uv has failed: its words come first, they name the cause.
 */
function withoutEnsurepip(job: LockInstall, uvFailure: RunResult | undefined): VerifyError {
  const uvWords = uvFailure ? tail(uvFailure.stderr || uvFailure.stdout, 6) : '';
  const [major, minor] = job.python.version.split('.');
  return new VerifyError(
    `could not install ${job.what}: ${uvFailure ? `uv could not install it:\n${uvWords}\nThen ` : 'uv could not be set up, and '}the pip fallback could not make a virtualenv with pip: ${job.python.executable} (Python ${job.python.version}) has no ensurepip module (Debian and Ubuntu ship it in a separate package).`,
    'install',
    {
      fix: `${isTlsFailure(uvWords) ? `${TLS_FIX} ` : ''}To let the pip fallback work: install python${major}.${minor}-venv (\`apt-get install -y python${major}.${minor}-venv\`), or use a Python that ships ensurepip (actions/setup-python before this step, or a python:3.12-slim container image), or point ${setting('python')} at one.`,
    },
  );
}

/**
 * The folder uv would cache in, when it cannot be made; null when it can, or when the caller chose uv's cache
 * (UV_CACHE_DIR, UV_NO_CACHE). uv's own default: $XDG_CACHE_HOME/uv, else <home>/.cache/uv (HOME, else the
 * account's home from the password database, as os.homedir() reads it).
 */
export function unwritableUvCache(env: Record<string, string | undefined>, platform: NodeJS.Platform = process.platform): string | null {
  if (platform === 'win32' || env.UV_CACHE_DIR || env.UV_NO_CACHE) return null;
  const dir = env.XDG_CACHE_HOME ? path.join(env.XDG_CACHE_HOME, 'uv') : path.join(env.HOME || os.homedir(), '.cache', 'uv');
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return null;
  } catch {
    return dir;
  }
}

export interface UvBootstrap {
  cacheRoot: string;
  python: PythonInfo;
  platform: NodeJS.Platform;
  remaining: () => number;
  log: (line: string) => void;
  /** Restored wheels that may hold uv's own wheel (the post step saves it with the lock's). */
  wheelsDir?: string;
  /** The runner's pip settings, to fetch uv from the index pip uses without pip; without them pip installs uv. */
  pipSettings?: () => Promise<Map<string, string>>;
}

/**
 * uv installs the 100+ locked wheels several times faster than pip; it is itself hash-locked (locks/uv.txt).
 * Tried in turn: the copy in the cache folder, a restored wheel, the wheel straight from the index, pip.
 * Returns null when none works (the caller installs with pip).
 * Made in a private folder and renamed into place whole, like the LiteLLM venv: runs that share a cache folder
 * (runners sharing a tool cache, two CLI runs) otherwise emptied and rewrote the same folder under each other,
 * and one ran a uv binary another was still writing (spawn ETXTBSY, measured: 3 runs at once, one in each try).
 */
export async function bootstrapUv(job: UvBootstrap): Promise<string | null> {
  const lock = readUvLock();
  const dir = path.join(job.cacheRoot, `uv-${lock.version}-py${job.python.version}-${lock.sha256.slice(0, 8)}`);
  const uv = venvExecutable(dir, 'uv', job.platform);
  const complete = () => fs.existsSync(path.join(dir, MARKER)) && fs.existsSync(uv);
  if (complete()) return uv;
  const partial = `${dir}.partial-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  const forget = removeOnExit(partial);
  try {
    if (!(await uvInto(partial, lock, job))) return null;
    fs.writeFileSync(path.join(partial, MARKER), `${lock.version}\n`);
    try {
      fs.renameSync(partial, dir);
    } catch (error) {
      if (complete()) return uv; // another run put its own there first: the same hash-locked uv
      fs.rmSync(dir, { recursive: true, force: true }); // an unfinished one (an older release left it)
      try {
        fs.renameSync(partial, dir);
      } catch {
        if (!complete()) throw error;
      }
    }
    return uv;
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
    forget();
  }
}

/** Puts uv at <dir>/bin/uv (Scripts\uv.exe): from a restored wheel, the index, or pip. False when none works. */
async function uvInto(dir: string, lock: ReturnType<typeof readUvLock>, job: UvBootstrap): Promise<boolean> {
  const { python, platform, remaining, log } = job;
  const uv = venvExecutable(dir, 'uv', platform);
  if (job.wheelsDir && (await uvFromWheel(job.wheelsDir, lock.text, uv, python, Math.min(remaining(), 60_000))).ok) return true;
  if (job.pipSettings) {
    const fetched = await uvFromIndex({
      python,
      pip: await job.pipSettings(),
      uvLockText: lock.text,
      version: lock.version,
      target: uv,
      timeoutMs: Math.min(remaining(), 120_000),
    });
    if (fetched.ok) return true;
    log(`uv ${lock.version} was not fetched directly (${fetched.reason}); installing it with pip.`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const pipArgs = [ISOLATED, '-m', 'pip', 'install', ...PIP_LOCKED, '-r', lock.file];
  if (platform !== 'win32') {
    // Faster than a venv with pip (about 3 s): the base interpreter's pip unpacks the hash-locked uv wheel into
    // its own folder; the binary lands in <dir>/bin/uv, where venvExecutable looks.
    const target = await runCommand(python.command, [...python.args, ...pipArgs, '--target', dir], {
      timeoutMs: Math.min(remaining(), 180_000),
      env: installerEnv(),
    });
    if (target.code === 0 && fs.existsSync(uv)) return true;
    fs.rmSync(dir, { recursive: true, force: true }); // no pip in the base Python: make a venv that has one
  }
  const venv = await runCommand(python.command, [...python.args, ISOLATED, '-m', 'venv', dir], {
    timeoutMs: Math.min(remaining(), 120_000),
    env: installerEnv(),
  });
  if (venv.code === 0) {
    const pip = await runCommand(venvPython(dir, platform), pipArgs, { timeoutMs: Math.min(remaining(), 180_000), env: installerEnv() });
    if (pip.code === 0 && fs.existsSync(uv)) return true;
    log(`uv ${lock.version} could not be installed (${tail(pip.stderr || pip.stdout)}); using pip instead.`);
  } else {
    log(`Could not create a venv for uv (${tail(venv.stderr)}); using pip instead.`);
  }
  return false;
}
