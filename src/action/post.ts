// The post step: stops the proxy main started, if it is still running (harmless when there is nothing to stop),
// then saves a freshly installed LiteLLM venv to the Actions cache.
import * as core from '@actions/core';
import { stopRecordedProxy } from '../litellm/proxy.ts';
import { errorMessage } from '../util/errors.ts';
import fs from 'node:fs';
import path from 'node:path';
import { savePending } from './cache.ts';
import { STATE_CACHE_SAVE, STATE_PROXY_PID, STATE_WORK_DIR } from './state.ts';

export async function runPost(): Promise<void> {
  await stopProxy();
  const pending = core.getState(STATE_CACHE_SAVE);
  if (pending) core.info(await savePending(pending));
}

async function stopProxy(): Promise<void> {
  try {
    const recorded = core.getState(STATE_PROXY_PID);
    if (!recorded) {
      core.info('No LiteLLM proxy was started; nothing to stop.');
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded));
    core.info(
      outcome === 'not-running' ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`,
    );
    // The private config copy and the proxy log, if main could not remove them (only our own temp folder).
    const workDir = core.getState(STATE_WORK_DIR);
    if (workDir && path.basename(workDir).startsWith('verify-litellm-') && fs.existsSync(workDir)) {
      fs.rmSync(workDir, { recursive: true, force: true });
      core.info("Removed the proxy's private folder.");
    }
  } catch (error) {
    // Cleanup must never fail the job.
    core.warning(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`);
  }
}
