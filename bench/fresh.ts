// The fresh-runner path (a GitHub-hosted runner: empty tool cache on every job, the Actions cache restored
// first). The payload is exactly what the action's post step uploads: the lock's wheels for this platform and uv's,
// hash-checked against the locks (src/action/cache.ts), as a zstd tar like @actions/cache makes. A run is: extract
// it into an empty tool cache (the restore; the download from the cache service is not measured here, hence the
// payload size), then the action, which installs offline from the wheels, starts and probes. For comparison, the
// same with the venv itself as the payload (what the action used to cache; not verifiable, report only).
import fs from 'node:fs';
import path from 'node:path';
import type { Installation } from '../src/litellm/install.ts';
import { lockForCacheKey, readUvLock } from '../src/litellm/lock.ts';
import type { PythonCommand } from '../src/litellm/python.ts';
import { fetchCacheWheels, keepVerifiedWheels, wheelsDirFor, withUvLock } from '../src/litellm/wheels.ts';
import { runCommand } from '../src/util/process.ts';
import { runAction, type ActionRun } from './lib.ts';

export interface Payload {
  archive: string;
  bytes: number;
  /** The folder name inside <tool cache>/verify-litellm the archive restores. */
  entry: string;
}

export interface FreshRun extends ActionRun {
  restoreMs: number;
  totalMs: number;
}

async function tar(args: string[]): Promise<void> {
  const r = await runCommand('tar', args, { timeoutMs: 600_000 });
  if (r.code !== 0) throw new Error(`tar ${args.join(' ')} failed: ${r.stderr}`);
}

/** The wheels payload for the installation's key, built once and kept in `keepDir` between bench runs. */
export async function wheelsPayload(installation: Installation, python: PythonCommand, keepDir: string): Promise<Payload> {
  const cacheRoot = path.dirname(installation.venvDir);
  const entry = path.basename(wheelsDirFor(cacheRoot, installation.cacheKey));
  // Named for uv's lock too: the payload holds uv's wheel since the post step saves it.
  const archive = path.join(keepDir, `${entry}-uv-${readUvLock().sha256.slice(0, 8)}.tar.zst`);
  if (!fs.existsSync(archive)) {
    const lock = lockForCacheKey(installation.cacheKey, cacheRoot);
    if (!lock) throw new Error(`no lock for ${installation.cacheKey}`);
    const staging = path.join(keepDir, 'staging');
    fs.rmSync(staging, { recursive: true, force: true });
    const dir = path.join(staging, entry);
    const got = await fetchCacheWheels(python, lock.file, dir, 900_000);
    if (!got.ok) throw new Error(`downloading the wheels failed: ${got.detail}`);
    keepVerifiedWheels(dir, withUvLock(lock.text)); // exactly what post uploads
    await tar(['--zstd', '-cf', `${archive}.tmp`, '-C', staging, entry]);
    fs.renameSync(`${archive}.tmp`, archive);
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return { archive, bytes: fs.statSync(archive).size, entry };
}

/** The venv payload (with its .pyc files, as post used to save it after the first start). */
export async function venvPayload(installation: Installation, keepDir: string): Promise<Payload> {
  const entry = path.basename(installation.venvDir);
  const archive = path.join(keepDir, `${entry}.venv.tar.zst`);
  if (!fs.existsSync(archive)) {
    await tar(['--zstd', '-cf', `${archive}.tmp`, '-C', path.dirname(installation.venvDir), entry]);
    fs.renameSync(`${archive}.tmp`, archive);
  }
  return { archive, bytes: fs.statSync(archive).size, entry };
}

/** One fresh-runner run: restore the payload into an empty tool cache, then the action (empty uv and pip caches). */
export async function freshRun(o: { scratch: string; payload: Payload; config: string; vllmKey: string }): Promise<FreshRun> {
  const dir = fs.mkdtempSync(path.join(o.scratch, 'fresh-'));
  try {
    const toolCache = path.join(dir, 'toolcache');
    fs.mkdirSync(path.join(toolCache, 'verify-litellm'), { recursive: true });
    const started = performance.now();
    await tar(['--zstd', '-xf', o.payload.archive, '-C', path.join(toolCache, 'verify-litellm')]);
    const restoreMs = performance.now() - started;
    const empty = (name: string) => (fs.mkdirSync(path.join(dir, name)), path.join(dir, name));
    const run = await runAction({
      scratch: o.scratch,
      toolCache,
      config: o.config,
      vllmKey: o.vllmKey,
      env: { UV_CACHE_DIR: empty('uv'), XDG_CACHE_HOME: empty('xdg') },
    });
    return { ...run, restoreMs, totalMs: restoreMs + run.ms };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
