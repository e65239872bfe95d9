// The Actions cache for the LiteLLM venv: restored during main's install, saved by post at the end of the
// job (by then the proxy's first start has written its bytecode, and the upload delays no verdict).
// @actions/cache is loaded on first use: a hit in the local tool cache never pays for it (~11 MB).
import fs from 'node:fs';
import type { Installation, RemoteCache } from '../litellm/install.ts';
import { within } from '../util/bound.ts';

/** Bound for the post step's upload (the venv is about 600 MB before compression). */
const SAVE_TIMEOUT_MS = 10 * 60_000;

type CacheModule = Pick<typeof import('@actions/cache'), 'isFeatureAvailable' | 'restoreCache' | 'saveCache'>;

/** What post needs to save a venv main installed. */
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

/**
 * Saves the venv main recorded, if the cache service is there and the venv is still complete.
 * Returns what happened, for post's log; never throws (a cache failure must not fail the job).
 */
export async function savePending(recorded: string, load: () => Promise<CacheModule> = loadActionsCache): Promise<string> {
  let pending: PendingSave;
  try {
    pending = JSON.parse(recorded) as PendingSave;
  } catch {
    return 'Nothing to save to the cache (unreadable state).';
  }
  if (!pending.path || !pending.key || !fs.existsSync(pending.path)) return `Nothing to save to the cache (${pending.path ?? 'no venv'} is gone).`;
  try {
    const cache = await available(load);
    if (!cache) return 'The Actions cache service is not available here; the venv stays in the local tool cache.';
    if ((await within(cache.saveCache([pending.path], pending.key), SAVE_TIMEOUT_MS)) === 'timeout') {
      return `The Actions cache upload did not finish within ${SAVE_TIMEOUT_MS / 60_000} minutes; the next run installs again.`;
    }
    return `Saved the LiteLLM venv to the Actions cache (${pending.key}).`;
  } catch (error) {
    return `Could not save the LiteLLM venv to the Actions cache: ${error instanceof Error ? error.message : String(error)}`;
  }
}
