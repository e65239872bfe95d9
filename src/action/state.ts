/** Names of the values main saves for post (core.saveState -> STATE_* in post's environment). */
export const STATE_PROXY_PID = 'proxy-pid';
export const STATE_WORK_DIR = 'work-dir';
export const STATE_CACHE_SAVE = 'cache-save';
