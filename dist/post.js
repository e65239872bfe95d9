import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  STATE_PROXY_PID,
  getState,
  info,
  warning
} from "./chunks/chunk-ULCOZZ5L.js";
import {
  errorMessage,
  stopRecordedProxy
} from "./chunks/chunk-EBEIJL3C.js";

// src/action/post.ts
async function runPost() {
  try {
    const recorded = getState(STATE_PROXY_PID);
    if (!recorded) {
      info("No LiteLLM proxy was started; nothing to stop.");
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded));
    info(outcome === "not-running" ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`);
  } catch (error) {
    warning(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`);
  }
}

// src/action/post-index.ts
void runPost();
