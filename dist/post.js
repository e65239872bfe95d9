import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  STATE_CACHE_SAVE,
  STATE_PROXY_PID,
  STATE_WORK_DIR,
  savePending
} from "./chunks/chunk-LLAJHMYO.js";
import {
  errorMessage,
  findPython,
  safeLines,
  stopRecordedProxy
} from "./chunks/chunk-47WOBA5N.js";
import {
  getInput,
  getState,
  info,
  warning
} from "./chunks/chunk-4756JNPS.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/action/post.ts
import fs2 from "node:fs";
import os2 from "node:os";

// src/action/post-state.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
function actionCacheRoot(env) {
  return path.join(env.RUNNER_TOOL_CACHE || path.join(os.homedir(), ".cache"), "verify-litellm");
}
var CACHE_KEY = /^verify-litellm-[\w.-]{1,200}$/;
var WORK_DIR = /^verify-litellm-[A-Za-z0-9]{6}$/;
function trustedPendingSave(recorded, cacheRoot) {
  let parsed;
  try {
    parsed = JSON.parse(recorded);
  } catch {
    return null;
  }
  const { key, path: recordedPath } = parsed ?? {};
  if (typeof key !== "string" || !CACHE_KEY.test(key) || key.includes("..")) return null;
  const derived = path.join(cacheRoot, key);
  if (recordedPath !== derived || !isPlainDirectory(derived)) return null;
  return { path: derived, key };
}
function trustedWorkDir(recorded, tempRoot) {
  if (!recorded || !path.isAbsolute(recorded) || !WORK_DIR.test(path.basename(recorded))) return null;
  try {
    return fs.realpathSync(path.dirname(recorded)) === fs.realpathSync(tempRoot) ? recorded : null;
  } catch {
    return null;
  }
}
function isPlainDirectory(dir) {
  try {
    return fs.lstatSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// src/action/post.ts
async function runPost() {
  await stopProxy();
  const pending = getState(STATE_CACHE_SAVE);
  if (!pending) return;
  const trusted = trustedPendingSave(pending, actionCacheRoot(process.env));
  if (!trusted) warning("Ignored a cache-save state that does not name the venv this action installs; nothing was saved.");
  else info(safeLines(await savePending(JSON.stringify(trusted), { python: () => findPython(process.platform, getInput("python") || void 0) })));
}
async function stopProxy() {
  try {
    const recorded = getState(STATE_PROXY_PID);
    if (!recorded) {
      info("No LiteLLM proxy was started; nothing to stop.");
      return;
    }
    const workDir = trustedWorkDir(getState(STATE_WORK_DIR), process.env.RUNNER_TEMP || os2.tmpdir());
    if (!/^\d{1,10}$/.test(recorded) || !workDir) {
      warning("Ignored a saved proxy state that this action did not write; nothing was stopped.");
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded), 5e3, workDir);
    info(
      outcome === "not-running" ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`
    );
    if (isPlainDirectory(workDir)) {
      fs2.rmSync(workDir, { recursive: true, force: true });
      info("Removed the proxy's private folder.");
    }
  } catch (error) {
    warning(safeLines(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`));
  }
}

// src/action/post-index.ts
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(1));
void runPost().finally(() => process.exit());
