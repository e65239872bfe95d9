import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  fetchCacheWheels,
  findPython,
  keepVerifiedWheels,
  lockForCacheKey,
  removeOnExit,
  wheelsDirFor,
  withUvLock,
  within
} from "./chunk-47WOBA5N.js";

// src/action/cache.ts
import fs from "node:fs";
import path from "node:path";
var SAVE_TIMEOUT_MS = 10 * 6e4;
var pendingSave = (installation) => ({ path: installation.venvDir, key: installation.cacheKey });
async function available(load) {
  const cache = await load();
  return cache.isFeatureAvailable() ? cache : null;
}
var loadActionsCache = () => import("./cache-FABFCPCZ.js");
var actionsCache = {
  restore: async (paths, key) => {
    const cache = await available(loadActionsCache);
    return cache ? await cache.restoreCache(paths, key) !== void 0 : false;
  }
};
async function savePending(recorded, deps = {}) {
  let pending;
  try {
    pending = JSON.parse(recorded);
  } catch {
    return "Nothing to save to the cache (unreadable state).";
  }
  if (!pending.path || !pending.key || !fs.existsSync(pending.path)) return `Nothing to save to the cache (${pending.path ?? "no venv"} is gone).`;
  const cacheRoot = path.dirname(pending.path);
  const lock = lockForCacheKey(pending.key, cacheRoot);
  if (!lock) return `Nothing to save to the cache: no lock matches ${pending.key}.`;
  try {
    const cache = await available(deps.load ?? loadActionsCache);
    if (!cache) return "The Actions cache service is not available here; the venv stays in the local tool cache.";
    const dir = wheelsDirFor(cacheRoot, pending.key);
    if (!fs.existsSync(dir)) {
      const python = await (deps.python ?? (() => findPython()))();
      const forget = removeOnExit(dir);
      const fetched = await fetchCacheWheels(python, lock.file, dir, SAVE_TIMEOUT_MS).finally(forget);
      if (!fetched.ok) {
        fs.rmSync(dir, { recursive: true, force: true });
        return `Could not download the lock's wheels for the Actions cache: ${fetched.detail}`;
      }
    }
    const { kept, removed, bytes } = keepVerifiedWheels(dir, withUvLock(lock.text));
    if (!kept.length) return "Nothing to save to the cache: no file matched the lock.";
    if (await within(cache.saveCache([dir], pending.key), SAVE_TIMEOUT_MS) === "timeout") {
      return `The Actions cache upload did not finish within ${SAVE_TIMEOUT_MS / 6e4} minutes; the next run installs again.`;
    }
    const dropped = removed.length ? ` (${removed.length} file${removed.length === 1 ? "" : "s"} the lock does not list left out)` : "";
    return `Saved ${kept.length} hash-checked wheels (${(bytes / 1e6).toFixed(0)} MB) to the Actions cache (${pending.key})${dropped}.`;
  } catch (error) {
    return `Could not save the LiteLLM wheels to the Actions cache: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// src/action/state.ts
var STATE_PROXY_PID = "proxy-pid";
var STATE_WORK_DIR = "work-dir";
var STATE_CACHE_SAVE = "cache-save";

export {
  pendingSave,
  actionsCache,
  savePending,
  STATE_PROXY_PID,
  STATE_WORK_DIR,
  STATE_CACHE_SAVE
};
