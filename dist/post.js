import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  STATE_CACHE_SAVE,
  STATE_PROXY_PID,
  STATE_WORK_DIR,
  savePending
} from "./chunks/chunk-5UGS42JW.js";
import {
  errorMessage,
  stopRecordedProxy
} from "./chunks/chunk-EXO7R7MG.js";
import {
  getState,
  info,
  warning
} from "./chunks/chunk-TPSFM6TC.js";
import "./chunks/chunk-QOTUQGWT.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/action/post.ts
import fs from "node:fs";
import path from "node:path";
async function runPost() {
  await stopProxy();
  const pending = getState(STATE_CACHE_SAVE);
  if (pending) info(await savePending(pending));
}
async function stopProxy() {
  try {
    const recorded = getState(STATE_PROXY_PID);
    if (!recorded) {
      info("No LiteLLM proxy was started; nothing to stop.");
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded));
    info(
      outcome === "not-running" ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`
    );
    const workDir = getState(STATE_WORK_DIR);
    if (workDir && path.basename(workDir).startsWith("verify-litellm-") && fs.existsSync(workDir)) {
      fs.rmSync(workDir, { recursive: true, force: true });
      info("Removed the proxy's private folder.");
    }
  } catch (error) {
    warning(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`);
  }
}

// src/action/post-index.ts
void runPost().finally(() => process.exit());
