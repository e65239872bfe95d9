// The Actions cache holds the LiteLLM lock's wheels for this platform, never the venv (see
// src/litellm/wheels.ts): a restored folder is installed offline with --require-hashes, so nothing in it runs
// unless the lock lists its hash. Restored during main's install; saved by post at the end of the job, off the
// verdict's path: post downloads the lock's files (and uv's wheel, so a fresh runner needs no network) with the
// base pip, keeps only those whose sha256 the lock (or locks/uv.txt) lists, and uploads that folder. Nothing the proxy (or a config's code) touched is uploaded.
// @actions/cache is loaded on first use: a hit in the local tool cache never pays for it (~11 MB).
import fs from 'node:fs';
import path from 'node:path';
import type { Installation, RemoteCache } from '../litellm/install.ts';
import { lockForCacheKey } from '../litellm/lock.ts';
import { findPython, type PythonCommand } from '../litellm/python.ts';
import { fetchCacheWheels, keepVerifiedWheels, wheelsDirFor, withUvLock } from '../litellm/wheels.ts';
import { within } from '../util/bound.ts';
import { removeOnExit } from '../util/process.ts';

/** Bound for the post step's download and upload each (the wheels are about 170 MB). */
const SAVE_TIMEOUT_MS = 10 * 60_000;

type CacheModule = Pick<typeof import('@actions/cache'), 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>;

/** What main records for post: the venv it installed (post checks it exists) and its key; post derives the rest. */
export interface PendingSave {
  path: string;
  key: string;
}

export const pendingSave = (installation: Installation): PendingSave => ({ path: installation.venvDir, key: installation.cacheKey });

async function available(load: () => Promise<CacheModule>): Promise<CacheModule | null> {
  const cache = await load();
  return cache.isFeatureAvailable() ? cache : null;
}

const loadActionsCache = () => import('@actions/cache');

export const actionsCache: RemoteCache = {
  restore: async (paths, key) => {
    const cache = await available(loadActionsCache);
    return cache ? (await cache.restoreCache(paths, key)) !== undefined : false;
  },
};

export interface SaveDeps {
  load?: () => Promise<CacheModule>;
  /** The base interpreter whose pip downloads the wheels (the `python` input, else discovery). */
  python?: () => Promise<PythonCommand>;
}

/**
 * Saves the lock's wheels for the venv main recorded (already checked by post-state.ts), if the cache service is
 * there. Returns what happened, for post's log; never throws (a cache failure must not fail the job).
 */
export async function savePending(recorded: string, deps: SaveDeps = {}): Promise<string> {
  let pending: PendingSave;
  try {
    pending = JSON.parse(recorded) as PendingSave;
  } catch {
    return 'Nothing to save to the cache (unreadable state).';
  }
  if (!pending.path || !pending.key || !fs.existsSync(pending.path)) return `Nothing to save to the cache (${pending.path ?? 'no venv'} is gone).`;
  const cacheRoot = path.dirname(pending.path);
  const lock = lockForCacheKey(pending.key, cacheRoot);
  if (!lock) return `Nothing to save to the cache: no lock matches ${pending.key}.`;
  try {
    const cache = await available(deps.load ?? loadActionsCache);
    if (!cache) return 'The Actions cache service is not available here; the venv stays in the local tool cache.';
    const dir = wheelsDirFor(cacheRoot, pending.key);
    if (!fs.existsSync(dir)) {
      const python = await (deps.python ?? (() => findPython()))();
      // Half a download must not stay: main installs from any wheels folder it finds (offline, hash-checked).
      const forget = removeOnExit(dir);
      const fetched = await fetchCacheWheels(python, lock.file, dir, SAVE_TIMEOUT_MS).finally(forget);
      if (!fetched.ok) {
        fs.rmSync(dir, { recursive: true, force: true });
        return `Could not download the lock's wheels for the Actions cache: ${fetched.detail}`;
      }
    }
    const { kept, removed, bytes } = keepVerifiedWheels(dir, withUvLock(lock.text));
    if (!kept.length) return 'Nothing to save to the cache: no file matched the lock.';
    if ((await within(cache.saveCache([dir], pending.key), SAVE_TIMEOUT_MS)) === 'timeout') {
      return `The Actions cache upload did not finish within ${SAVE_TIMEOUT_MS / 60_000} minutes; the next run installs again.`;
    }
    const dropped = removed.length ? ` (${removed.length} file${removed.length === 1 ? '' : 's'} the lock does not list left out)` : '';
    return `Saved ${kept.length} hash-checked wheels (${(bytes / 1e6).toFixed(0)} MB) to the Actions cache (${pending.key})${dropped}.`;
  } catch (error) {
    return `Could not save the LiteLLM wheels to the Actions cache: ${error instanceof Error ? error.message : String(error)}`;
  }
}
