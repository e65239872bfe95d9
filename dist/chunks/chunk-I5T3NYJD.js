import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  within
} from "./chunk-ZC3MYESG.js";

// src/action/cache.ts
import fs from "node:fs";
var SAVE_TIMEOUT_MS = 10 * 6e4;
var pendingSave = (installation) => ({ path: installation.venvDir, key: installation.cacheKey });
async function available(load) {
  const cache = await load();
  return cache.isFeatureAvailable() ? cache : null;
}
var loadActionsCache = () => import("./cache-35V2RYGL.js");
var actionsCache = {
  restore: async (paths, key) => {
    const cache = await available(loadActionsCache);
    return cache ? await cache.restoreCache(paths, key) !== void 0 : false;
  }
};
async function savePending(recorded, load = loadActionsCache) {
  let pending;
  try {
    pending = JSON.parse(recorded);
  } catch {
    return "Nothing to save to the cache (unreadable state).";
  }
  if (!pending.path || !pending.key || !fs.existsSync(pending.path)) return `Nothing to save to the cache (${pending.path ?? "no venv"} is gone).`;
  try {
    const cache = await available(load);
    if (!cache) return "The Actions cache service is not available here; the venv stays in the local tool cache.";
    if (await within(cache.saveCache([pending.path], pending.key), SAVE_TIMEOUT_MS) === "timeout") {
      return `The Actions cache upload did not finish within ${SAVE_TIMEOUT_MS / 6e4} minutes; the next run installs again.`;
    }
    return `Saved the LiteLLM venv to the Actions cache (${pending.key}).`;
  } catch (error) {
    return `Could not save the LiteLLM venv to the Actions cache: ${error instanceof Error ? error.message : String(error)}`;
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
