// The post step acts on what main saved (STATE_*), but saved state is only as trustworthy as main's log:
// a forged `save-state` (a workflow command printed from hostile text) must not make post upload or delete
// an arbitrary path, or stop an arbitrary process. So post derives every path itself and keeps a recorded
// value only when it is exactly what main could have written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where main keeps venvs: the same derivation as the action's inputs (RUNNER_TOOL_CACHE, else ~/.cache). */
export function actionCacheRoot(env: NodeJS.ProcessEnv): string {
  return path.join(env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache'), 'verify-litellm');
}

/** A cache key main computes (install.ts cacheKey): letters, digits, dots, dashes, underscores; never a path. */
const CACHE_KEY = /^verify-litellm-[\w.-]{1,200}$/;
/** The private folder main makes with mkdtemp(<temp>/verify-litellm-). */
const WORK_DIR = /^verify-litellm-[A-Za-z0-9]{6}$/;

/** The venv to save: post derives its path from the key; anything else recorded is ignored. */
export function trustedPendingSave(recorded: string, cacheRoot: string): { path: string; key: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(recorded);
  } catch {
    return null;
  }
  const { key, path: recordedPath } = (parsed ?? {}) as { key?: unknown; path?: unknown };
  if (typeof key !== 'string' || !CACHE_KEY.test(key) || key.includes('..')) return null;
  const derived = path.join(cacheRoot, key);
  if (recordedPath !== derived || !isPlainDirectory(derived)) return null;
  return { path: derived, key };
}

/**
 * The proxy's private folder as main names it: directly inside the runner's temp folder, as mkdtemp names it.
 * It may be gone already (main removes it after stopping the proxy); post removes it only if it is a real folder.
 */
export function trustedWorkDir(recorded: string, tempRoot: string): string | null {
  if (!recorded || !path.isAbsolute(recorded) || !WORK_DIR.test(path.basename(recorded))) return null;
  try {
    return fs.realpathSync(path.dirname(recorded)) === fs.realpathSync(tempRoot) ? recorded : null;
  } catch {
    return null;
  }
}

export function isPlainDirectory(dir: string): boolean {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}
