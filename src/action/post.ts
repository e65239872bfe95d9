// The post step: stops the proxy main started, if it is still running (harmless when there is nothing to stop),
// then saves a freshly installed LiteLLM venv to the Actions cache. Saved state is checked before use
// (post-state.ts): post derives every path itself.
import fs from 'node:fs';
import os from 'node:os';
import * as core from '@actions/core';
import { stopRecordedProxy } from '../litellm/proxy.ts';
import { findPython } from '../litellm/python.ts';
import { errorMessage } from '../util/errors.ts';
import { safeLines } from '../util/sanitize.ts';
import { savePending } from './cache.ts';
import { actionCacheRoot, isPlainDirectory, trustedPendingSave, trustedWorkDir } from './post-state.ts';
import { STATE_CACHE_SAVE, STATE_PROXY_PID, STATE_WORK_DIR } from './state.ts';

export async function runPost(): Promise<void> {
  await stopProxy();
  const pending = core.getState(STATE_CACHE_SAVE);
  if (!pending) return;
  const trusted = trustedPendingSave(pending, actionCacheRoot(process.env));
  if (!trusted) core.warning('Ignored a cache-save state that does not name the venv this action installs; nothing was saved.');
  else core.info(safeLines(await savePending(JSON.stringify(trusted), { python: () => findPython(process.platform, core.getInput('python') || undefined) })));
}

async function stopProxy(): Promise<void> {
  try {
    const recorded = core.getState(STATE_PROXY_PID);
    if (!recorded) {
      core.info('No LiteLLM proxy was started; nothing to stop.');
      return;
    }
    const workDir = trustedWorkDir(core.getState(STATE_WORK_DIR), process.env.RUNNER_TEMP || os.tmpdir());
    if (!/^\d{1,10}$/.test(recorded) || !workDir) {
      core.warning('Ignored a saved proxy state that this action did not write; nothing was stopped.');
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded), 5000, workDir);
    core.info(
      outcome === 'not-running' ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`,
    );
    // The private config copy and the proxy log, if main could not remove them (only our own temp folder).
    if (isPlainDirectory(workDir)) {
      fs.rmSync(workDir, { recursive: true, force: true });
      core.info("Removed the proxy's private folder.");
    }
  } catch (error) {
    // Cleanup must never fail the job.
    core.warning(safeLines(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`));
  }
}
