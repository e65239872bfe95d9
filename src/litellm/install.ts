// Installs LiteLLM into a virtualenv of its own from the hash lock shipped with the action, and reuses it:
// first the local cache folder (the runner's tool cache, or ~/.cache on a developer machine), then a
// remote cache the front door may provide (@actions/cache on GitHub), and only then a fresh install.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { runCommand } from '../util/process.ts';
import { within } from '../util/bound.ts';
import { check, installLock, MARKER } from './installer.ts';
import { readLock, type Lock } from './lock.ts';
import { findPython, venvPython, type PythonInfo } from './python.ts';
import { setting } from '../options/settings.ts';
import { ISOLATED } from './isolation.ts';

export { explicitPython, findPython, pythonCandidates, venvExecutable, venvLayout, venvPython, type PythonCommand, type PythonInfo } from './python.ts';
export { bootstrapUv } from './installer.ts';

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
        fix: `Raise ${setting('install-timeout')}, or check the runner can reach the package index.`,
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
  const partial = `${venvDir}.partial-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
  try {
    await installLock({
      lockFile: lock.file,
      what: `litellm[proxy]==${lock.version}`,
      venvDir: partial,
      python,
      platform,
      cacheRoot: options.cacheRoot,
      remaining,
      log: options.log,
    });
    await verifyInstalled(venvPython(partial, platform), lock.version, remaining());
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

/** The installed distribution must be the requested one: a resolver surprise must not go unnoticed. */
async function verifyInstalled(python: string, version: string, timeoutMs: number): Promise<void> {
  const result = await runCommand(python, [ISOLATED, '-c', "import importlib.metadata as m; print(m.version('litellm'))"], { timeoutMs });
  check(result, 'read the installed LiteLLM version');
  const found = result.stdout.trim();
  if (found !== version) throw new VerifyError(`installed LiteLLM is ${found}, expected ${version}; refusing to run it.`, 'install');
}
