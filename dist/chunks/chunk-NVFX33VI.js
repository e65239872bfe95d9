import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);

// src/action/state.ts
var STATE_PROXY_PID = "proxy-pid";
var STATE_WORK_DIR = "work-dir";
var STATE_KEEP_RUNNING = "keep-running";

export {
  STATE_PROXY_PID,
  STATE_WORK_DIR,
  STATE_KEEP_RUNNING
};
