// Installs LiteLLM into a virtualenv of its own from a hash lock (shipped and reviewed, or resolved at run time
// for another release), and reuses it: first the local cache folder (the runner's tool cache, or ~/.cache on a
// developer machine); then the lock's wheels from a remote cache the front door may provide (@actions/cache on
// GitHub), installed offline with --require-hashes; and only then a fresh install from the index.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VerifyError } from '../util/errors.ts';
import { removeOnExit, runCommand } from '../util/process.ts';
import { within } from '../util/bound.ts';
import { readPipSettings } from './index-settings.ts';
import { bootstrapUv, installerEnv, installLock, MARKER } from './installer.ts';
import { check } from './install-errors.ts';
import { checkVersion, locksDir, lockTag, requirementOf, shippedLock, type Extra, type Lock } from './lock.ts';
import { printableLock, resolveRuntimeLock } from './runtime-lock.ts';
import { wheelsDirFor } from './wheels.ts';
import { findPython, venvPython, type PythonInfo } from './python.ts';
import { setting } from '../options/settings.ts';
import { ISOLATED } from './isolation.ts';

export { explicitPython, findPython, pythonCandidates, venvExecutable, venvLayout, venvPython, type PythonCommand, type PythonInfo } from './python.ts';
export { bootstrapUv } from './installer.ts';

/**
 * Storage the front door may offer across machines (the action wires @actions/cache here). It holds the lock's
 * wheels, never a venv (see wheels.ts): only restore happens during the install; the front door saves the
 * wheels later (the action's post step), off the path to the verdict.
 */
export interface RemoteCache {
  restore(paths: string[], key: string): Promise<boolean>;
}

export interface InstallOptions {
  version: string;
  /** LiteLLM extras beside `[proxy]` (lock.ts KNOWN_EXTRAS), e.g. `google` for Vertex AI routes. */
  extras?: readonly Extra[];
  /** Folder that keeps venvs between runs. */
  cacheRoot: string;
  /** A base interpreter to use instead of discovering one. */
  python?: string;
  /** Bound for the whole install. */
  timeoutMs: number;
  log: (line: string) => void;
  /** Lines shown folded (a collapsed log group in Actions): the lock resolved at run time. */
  group?: (title: string, lines: string[]) => void;
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
  /** The key the venv is cached under (OS, arch, Python, lock hash). */
  cacheKey: string;
  /** The lock's wheels for this platform: what a front door saves to its remote cache. */
  wheelsDir: string;
  lock: { file: string; reviewed: boolean; excludeNewer: string | null; extras: readonly Extra[] };
  /** The base interpreter, for a front door that fetches the wheels later. */
  basePython: { command: string; args: string[] };
}

/** The cache key: everything that makes one venv unusable for another run. */
export function cacheKey(lock: Lock, python: PythonInfo, platform: string, arch: string): string {
  const interpreter = crypto.createHash('sha256').update(python.executable).digest('hex').slice(0, 8);
  const [major, minor] = python.version.split('.');
  return `verify-litellm-${platform}-${arch}-py${major}.${minor}-${interpreter}-${lockTag(lock.version, lock.extras)}-${lock.sha256.slice(0, 12)}`;
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
  checkVersion(options.version); // refuses compromised releases and ranges before anything is downloaded
  const python = await findPython(platform, options.python);
  const extras = [...new Set(options.extras ?? [])].sort();
  const lock = shippedLock(options.version, locksDir(), extras) ?? (await runtimeLock({ ...options, extras }, python, platform, remaining));
  const requirement = requirementOf(lock);
  const key = cacheKey(lock, python, platform, arch);
  const venvDir = path.join(options.cacheRoot, key);
  const wheelsDir = wheelsDirFor(options.cacheRoot, key);
  const done = (source: Installation['source']): Installation => ({
    venvDir,
    python: venvPython(venvDir, platform),
    version: lock.version,
    source,
    durationMs: Date.now() - started,
    cacheKey: key,
    wheelsDir,
    lock: { file: lock.file, reviewed: lock.reviewed, excludeNewer: lock.excludeNewer ?? null, extras: lock.extras },
    basePython: { command: python.command, args: python.args },
  });

  if (isComplete(venvDir, platform)) {
    options.log(`Using cached LiteLLM ${lock.version}${lock.extras.map((e) => ` + ${e}`).join('')} (${venvDir}).`);
    return done('local-cache');
  }
  let restored = fs.existsSync(wheelsDir);
  if (!restored && options.remoteCache) {
    try {
      // The cache service has its own timeouts; this bound keeps a stuck one inside install-timeout.
      const outcome = await within(options.remoteCache.restore([wheelsDir], key), remaining());
      if (outcome === 'timeout') options.log('Cache restore did not finish in time; installing from the index instead.');
      restored = outcome === true && fs.existsSync(wheelsDir);
    } catch (error) {
      options.log(`Cache restore failed, installing from the index instead: ${(error as Error).message}`);
    }
  }

  fs.mkdirSync(options.cacheRoot, { recursive: true });
  const install = async (fromWheels: boolean) => {
    const partial = `${venvDir}.partial-${process.pid}-${crypto.randomBytes(3).toString('hex')}`;
    // A cancelled job ends this process mid-install: the half-made venv (hundreds of MB) must not stay in a
    // self-hosted runner's tool cache, which outlives the job.
    const forget = removeOnExit(partial);
    try {
      const job = { lockFile: lock.file, what: requirement, venvDir: partial, python, platform, cacheRoot: options.cacheRoot, remaining };
      await installLock({ ...job, log: options.log, wheelsDir: fromWheels ? wheelsDir : undefined });
      await verifyInstalled(partial, python, platform, lock.version, remaining());
      try {
        fs.renameSync(partial, venvDir);
      } catch (error) {
        // Another run finished the same venv first: keep theirs.
        if (!isComplete(venvDir, platform)) throw error;
      }
      fs.writeFileSync(path.join(venvDir, MARKER), JSON.stringify({ version: lock.version, lock: lock.sha256, python: python.version }) + '\n');
    } finally {
      fs.rmSync(partial, { recursive: true, force: true });
      forget();
    }
  };
  if (restored) {
    try {
      options.log(`Installing ${requirement} from cached wheels, each checked against the lock's hashes (offline)...`);
      await install(true);
      options.log(`Installed LiteLLM ${lock.version} from the cached wheels in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
      return done('remote-cache');
    } catch (error) {
      // A tampered, partial or foreign wheel folder: nothing from it was installed. Drop it and use the index.
      options.log(`The cached wheels could not be installed (${(error as Error).message.split('\n')[0]}); installing from the index instead.`);
      fs.rmSync(wheelsDir, { recursive: true, force: true });
    }
  }
  options.log(`Installing ${requirement} from the hash lock (${path.basename(lock.file)}) with Python ${python.version}...`);
  await install(false);
  options.log(`Installed LiteLLM ${lock.version} in ${((Date.now() - started) / 1000).toFixed(1)}s.`);
  return done('installed');
}

/** A release without a shipped lock: reuse the lock this cache resolved for it before, else resolve one now. */
async function runtimeLock(
  options: InstallOptions & { extras: Extra[] },
  python: PythonInfo,
  platform: NodeJS.Platform,
  remaining: () => number,
): Promise<Lock> {
  const dir = path.join(options.cacheRoot, 'locks');
  const tag = lockTag(options.version, options.extras);
  const requirement = requirementOf(options);
  const plus = options.extras.map((e) => ` with its ${e} extra`).join('');
  const earlier = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => f.startsWith(`${tag}-runtime-`) && f.endsWith('.txt')) : undefined;
  let lock: Lock;
  if (earlier) {
    const file = path.join(dir, earlier);
    const text = fs.readFileSync(file, 'utf8');
    const excludeNewer = /dependencies as of (\S+?)\.?$/m.exec(text.split('\n')[0] ?? '')?.[1] ?? null;
    lock = {
      version: options.version,
      extras: options.extras,
      file,
      text,
      sha256: crypto.createHash('sha256').update(text).digest('hex'),
      reviewed: false,
      excludeNewer,
    };
    options.log(`No reviewed lock ships for litellm ${options.version}${plus}; using the lock this cache resolved for it at run time (not reviewed).`);
  } else {
    options.log(`No reviewed lock ships for litellm ${options.version}${plus}; resolving a hash lock at run time (dependencies as of the release date)...`);
    const reading = readPipSettings(python, installerEnv(), remaining());
    const uv = await bootstrapUv({ cacheRoot: options.cacheRoot, python, platform, remaining, log: options.log, pipSettings: () => reading });
    if (!uv) throw new VerifyError(`resolving a lock for litellm ${options.version} needs uv, which could not be installed.`, 'install');
    const pip = await reading;
    lock = await resolveRuntimeLock({ version: options.version, extras: options.extras, uv, python, pip, dir, remaining, log: options.log });
  }
  const title = `Hash lock for ${requirement}, resolved at run time, not reviewed (dependencies as of ${lock.excludeNewer ?? 'the resolution'})`;
  // A door without folded groups (the CLI) gets the title and where the lock is, not its thousands of hash lines.
  if (options.group) options.group(title, printableLock(lock.text));
  else options.log(`${title}: ${lock.file}`);
  return lock;
}

function isComplete(venvDir: string, platform: NodeJS.Platform): boolean {
  return fs.existsSync(path.join(venvDir, MARKER)) && fs.existsSync(venvPython(venvDir, platform));
}

/**
 * The installed distribution must be the requested one: a resolver surprise must not go unnoticed. Read where
 * importlib.metadata reads it (site-packages/litellm-<version>.dist-info/METADATA), without starting Python
 * (a few tenths of a second on a busy runner); a layout not found there is asked of the venv's Python.
 */
async function verifyInstalled(venvDir: string, base: PythonInfo, platform: NodeJS.Platform, version: string, timeoutMs: number): Promise<void> {
  const [major, minor] = base.version.split('.');
  const sitePackages =
    platform === 'win32' ? path.join(venvDir, 'Lib', 'site-packages') : path.join(venvDir, 'lib', `python${major}.${minor}`, 'site-packages');
  const infos = fs.existsSync(sitePackages) ? fs.readdirSync(sitePackages).filter((f) => /^litellm-[^-]+\.dist-info$/i.test(f)) : [];
  let found: string;
  if (infos.length === 1) {
    found = /^Version:\s*(\S+)/m.exec(fs.readFileSync(path.join(sitePackages, infos[0]!, 'METADATA'), 'utf8'))?.[1] ?? '';
  } else {
    const result = await runCommand(venvPython(venvDir, platform), [ISOLATED, '-c', "import importlib.metadata as m; print(m.version('litellm'))"], {
      timeoutMs,
    });
    check(result, 'read the installed LiteLLM version');
    found = result.stdout.trim();
  }
  if (found !== version) throw new VerifyError(`installed LiteLLM is ${found}, expected ${version}; refusing to run it.`, 'install');
}
