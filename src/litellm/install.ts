// Installs LiteLLM into a virtualenv of its own from the hash lock shipped with the action, and reuses it:
// first the local cache folder (the runner's tool cache, or ~/.cache on a developer machine), then a
// remote cache the front door may provide (@actions/cache on GitHub), and only then a fresh install.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { runCommand, type RunResult } from '../util/process.ts';
import { installerEnvironment } from './environment.ts';
import { within } from '../util/bound.ts';
import { readLock, readUvLock, type Lock } from './lock.ts';

/** Where a virtualenv keeps its programs: `bin/` on POSIX, `Scripts\` with `.exe` names on Windows. */
export function venvLayout(platform: NodeJS.Platform = process.platform): { binDir: 'bin' | 'Scripts'; exeSuffix: '' | '.exe'; path: path.PlatformPath } {
  return platform === 'win32' ? { binDir: 'Scripts', exeSuffix: '.exe', path: path.win32 } : { binDir: 'bin', exeSuffix: '', path: path.posix };
}

export function venvExecutable(venvDir: string, name: string, platform: NodeJS.Platform = process.platform): string {
  const layout = venvLayout(platform);
  return layout.path.join(venvDir, layout.binDir, `${name}${layout.exeSuffix}`);
}

/** Where a venv keeps its interpreter, per platform (Windows: Scripts\python.exe). */
export function venvPython(venvDir: string, platform: NodeJS.Platform = process.platform): string {
  return venvExecutable(venvDir, 'python', platform);
}

export interface PythonCommand {
  command: string;
  args: string[];
}

/**
 * Interpreters to try, in order. POSIX: `python3` first (many systems have no `python`, or a Python 2 one).
 * Windows: `python` (what actions/setup-python and the installers put on PATH; the Microsoft Store stub fails
 * with 9009 and is skipped), then the `py -3` launcher.
 */
export function pythonCandidates(platform: NodeJS.Platform = process.platform): PythonCommand[] {
  return platform === 'win32'
    ? [
        { command: 'python', args: [] },
        { command: 'py', args: ['-3'] },
      ]
    : [
        { command: 'python3', args: [] },
        { command: 'python', args: [] },
      ];
}

/**
 * The `python` input: a path or command name as it is (paths may contain spaces, e.g. C:\Program Files\...),
 * or, when it names no file, a command with arguments such as `py -3.12`.
 */
export function explicitPython(value: string, exists: (file: string) => boolean = fs.existsSync): PythonCommand {
  const trimmed = value.trim();
  if (exists(trimmed) || !/\s/.test(trimmed)) return { command: trimmed, args: [] };
  const [command = trimmed, ...args] = trimmed.split(/\s+/);
  return { command, args };
}

export interface PythonInfo {
  command: string;
  args: string[];
  version: string; // "3.11.7"
  executable: string;
}

/**
 * Storage the front door may offer for the venv across machines (the action wires @actions/cache here).
 * Only restore happens during the install: a fresh venv is saved later by the front door (the action's
 * post step), once the proxy's first start has written its bytecode and off the path to the verdict.
 */
export interface RemoteCache {
  restore(paths: string[], key: string): Promise<boolean>;
}

export interface InstallOptions {
  version: string;
  /** Folder that keeps venvs between runs. */
  cacheRoot: string;
  /** A base interpreter to use instead of discovering one. */
  python?: string;
  /** Bound for the whole install. */
  timeoutMs: number;
  log: (line: string) => void;
  remoteCache?: RemoteCache;
  platform?: NodeJS.Platform;
  arch?: string;
}

export interface Installation {
  venvDir: string;
  python: string;
  version: string;
  source: 'local-cache' | 'remote-cache' | 'installed';
  durationMs: number;
  /** The key the venv is cached under (OS, arch, Python, lock hash): what a front door saves it as. */
  cacheKey: string;
}

const MARKER = '.verify-litellm-complete';
const MIN_PYTHON: [number, number] = [3, 10];

export async function findPython(platform: NodeJS.Platform = process.platform, explicit?: string, run: typeof runCommand = runCommand): Promise<PythonInfo> {
  const candidates = explicit ? [explicitPython(explicit)] : pythonCandidates(platform);
  const tried: string[] = [];
  for (const candidate of candidates) {
    const result = await run(candidate.command, [...candidate.args, '-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3]); print(sys.executable)'], {
      timeoutMs: 20_000,
    });
    const [version, executable] = result.stdout.trim().split(/\r?\n/);
    if (result.code !== 0 || !version || !executable) {
      tried.push(`${[candidate.command, ...candidate.args].join(' ')} (not found)`);
      continue;
    }
    const [major = 0, minor = 0] = version.split('.').map(Number);
    if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
      tried.push(`${[candidate.command, ...candidate.args].join(' ')} is Python ${version}`);
      continue;
    }
    return { ...candidate, version, executable };
  }
  throw new VerifyError(`LiteLLM needs Python ${MIN_PYTHON.join('.')} or newer; found none (${tried.join('; ')}).`, 'install', {
    fix: "Add 'actions/setup-python' with python-version: '3.12' before this step, or set the 'python' input.",
  });
}

/** The cache key: everything that makes one venv unusable for another run. */
export function cacheKey(lock: Lock, python: PythonInfo, platform: string, arch: string): string {
  const interpreter = crypto.createHash('sha256').update(python.executable).digest('hex').slice(0, 8);
  const [major, minor] = python.version.split('.');
  return `verify-litellm-${platform}-${arch}-py${major}.${minor}-${interpreter}-litellm-${lock.version}-${lock.sha256.slice(0, 12)}`;
}

export async function ensureLiteLLM(options: InstallOptions): Promise<Installation> {
  const started = Date.now();
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const deadline = started + options.timeoutMs;
  const remaining = () => {
    const left = deadline - Date.now();
    if (left <= 0)
      throw new VerifyError(`installing LiteLLM took longer than ${Math.round(options.timeoutMs / 1000)}s and was stopped.`, 'install', {
        fix: 'Raise install-timeout, or check the runner can reach the package index.',
      });
    return left;
  };
  const lock = readLock(options.version); // refuses bad versions before anything is downloaded
  const python = await findPython(platform, options.python);
  const key = cacheKey(lock, python, platform, arch);
  const venvDir = path.join(options.cacheRoot, key);
  const done = (source: Installation['source']): Installation => ({
    venvDir,
    python: venvPython(venvDir, platform),
    version: lock.version,
    source,
    durationMs: Date.now() - started,
    cacheKey: key,
  });

  if (isComplete(venvDir, platform)) {
    options.log(`Using cached LiteLLM ${lock.version} (${venvDir}).`);
    return done('local-cache');
  }
  if (options.remoteCache) {
    try {
      // The cache service has its own timeouts; this bound keeps a stuck one inside install-timeout.
      const restored = await within(options.remoteCache.restore([venvDir], key), remaining());
      if (restored === 'timeout') options.log('Cache restore did not finish in time; installing instead.');
      if (restored === true && isComplete(venvDir, platform)) {
        options.log(`Restored LiteLLM ${lock.version} from the cache (${key}).`);
        return done('remote-cache');
      }
    } catch (error) {
      options.log(`Cache restore failed, installing instead: ${(error as Error).message}`);
    }
  }

  fs.mkdirSync(options.cacheRoot, { recursive: true });
  options.log(`Installing litellm[proxy]==${lock.version} from the hash lock (${path.basename(lock.file)}) with Python ${python.version}...`);
  const installer = await bootstrapUv(options.cacheRoot, python, platform, remaining, options.log);
  const partial = `${venvDir}.partial-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  try {
    await createVenv(installer, python, partial, remaining);
    const partialPython = venvPython(partial, platform);
    const env = installerEnv();
    const result = installer
      ? await runCommand(installer, ['pip', 'install', '--python', partialPython, '--require-hashes', '--no-deps', '--no-progress', '-r', lock.file], {
          timeoutMs: remaining(),
          env,
        })
      : await runCommand(
          partialPython,
          ['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--no-input', '--disable-pip-version-check', '-q', '-r', lock.file],
          { timeoutMs: remaining(), env },
        );
    check(result, `install litellm[proxy]==${lock.version}`);
    await verifyInstalled(partialPython, lock.version, remaining());
    try {
      fs.renameSync(partial, venvDir);
    } catch (error) {
      // Another run finished the same venv first: keep theirs.
      if (!isComplete(venvDir, platform)) throw error;
    }
    fs.writeFileSync(path.join(venvDir, MARKER), JSON.stringify({ version: lock.version, lock: lock.sha256, python: python.version }) + '\n');
  } finally {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  options.log(`Installed LiteLLM ${lock.version} in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  return done('installed');
}

function isComplete(venvDir: string, platform: NodeJS.Platform): boolean {
  return fs.existsSync(path.join(venvDir, MARKER)) && fs.existsSync(venvPython(venvDir, platform));
}

/** uv installs the 100+ locked wheels several times faster than pip; it is itself installed hash-locked. Falls back to pip. */
export async function bootstrapUv(
  cacheRoot: string,
  python: PythonInfo,
  platform: NodeJS.Platform,
  remaining: () => number,
  log: (l: string) => void,
): Promise<string | null> {
  const lock = readUvLock();
  const dir = path.join(cacheRoot, `uv-${lock.version}-py${python.version}-${lock.sha256.slice(0, 8)}`);
  const uv = venvExecutable(dir, 'uv', platform);
  if (fs.existsSync(path.join(dir, MARKER)) && fs.existsSync(uv)) return uv;
  fs.rmSync(dir, { recursive: true, force: true });
  const pipArgs = ['-m', 'pip', 'install', '--require-hashes', '--no-deps', '--no-input', '--disable-pip-version-check', '-q', '-r', lock.file];
  if (platform !== 'win32') {
    // Fast path (about 3 s less than a venv with pip): the base interpreter's pip unpacks the hash-locked uv
    // wheel into its own folder; the binary lands in <dir>/bin/uv, where venvExecutable looks.
    const target = await runCommand(python.command, [...python.args, ...pipArgs, '--target', dir], {
      timeoutMs: Math.min(remaining(), 180_000),
      env: installerEnv(),
    });
    if (target.code === 0 && fs.existsSync(uv)) {
      fs.writeFileSync(path.join(dir, MARKER), `${lock.version}\n`);
      return uv;
    }
    fs.rmSync(dir, { recursive: true, force: true }); // no pip in the base Python: make a venv that has one
  }
  const venv = await runCommand(python.command, [...python.args, '-m', 'venv', dir], { timeoutMs: Math.min(remaining(), 120_000), env: installerEnv() });
  if (venv.code === 0) {
    const pip = await runCommand(venvPython(dir, platform), pipArgs, { timeoutMs: Math.min(remaining(), 180_000), env: installerEnv() });
    if (pip.code === 0 && fs.existsSync(uv)) {
      fs.writeFileSync(path.join(dir, MARKER), `${lock.version}\n`);
      return uv;
    }
    log(`uv ${lock.version} could not be installed (${tail(pip.stderr || pip.stdout)}); using pip instead.`);
  } else {
    log(`Could not create a venv for uv (${tail(venv.stderr)}); using pip instead.`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return null;
}

async function createVenv(uv: string | null, python: PythonInfo, dir: string, remaining: () => number): Promise<void> {
  const result = uv
    ? await runCommand(uv, ['venv', '--quiet', '--python', python.executable, dir], { timeoutMs: remaining(), env: installerEnv() })
    : await runCommand(python.command, [...python.args, '-m', 'venv', dir], { timeoutMs: remaining(), env: installerEnv() });
  check(result, `create a virtualenv with Python ${python.version}`);
}

/** The installed distribution must be the requested one: a resolver surprise must not go unnoticed. */
async function verifyInstalled(python: string, version: string, timeoutMs: number): Promise<void> {
  const result = await runCommand(python, ['-c', "import importlib.metadata as m; print(m.version('litellm'))"], { timeoutMs });
  check(result, 'read the installed LiteLLM version');
  const found = result.stdout.trim();
  if (found !== version) throw new VerifyError(`installed LiteLLM is ${found}, expected ${version}; refusing to run it.`, 'install');
}

/** Basics only (no secrets, no VIRTUAL_ENV/PYTHONPATH from the caller's shell), and never a Python download. */
function installerEnv(): NodeJS.ProcessEnv {
  return { ...installerEnvironment(), UV_PYTHON_DOWNLOADS: 'never', UV_NO_PROGRESS: '1', PIP_NO_INPUT: '1', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
}

function check(result: RunResult, what: string): void {
  if (result.timedOut)
    throw new VerifyError(`could not ${what}: timed out.`, 'install', { fix: 'Raise install-timeout, or check the runner can reach the package index.' });
  if (result.code !== 0) {
    throw new VerifyError(`could not ${what} (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout, 20)}`, 'install', {
      fix: 'Check that the runner can reach the Python package index; a hash mismatch means the downloaded file is not the locked one.',
    });
  }
}

function tail(text: string, lines = 3): string {
  return text.trim().split(/\r?\n/).slice(-lines).join('\n');
}
