// The post step: stops the proxy main started, if it is still running. Harmless when there is nothing to stop.
import * as core from '@actions/core';
import { stopRecordedProxy } from '../litellm/proxy.ts';
import { errorMessage } from '../util/errors.ts';
import { STATE_PROXY_PID } from './state.ts';

export async function runPost(): Promise<void> {
  try {
    const recorded = core.getState(STATE_PROXY_PID);
    if (!recorded) {
      core.info('No LiteLLM proxy was started; nothing to stop.');
      return;
    }
    const outcome = await stopRecordedProxy(Number(recorded));
    core.info(outcome === 'not-running' ? `The LiteLLM proxy (pid ${recorded}) has already stopped.` : `Stopped the LiteLLM proxy (pid ${recorded}, ${outcome}).`);
  } catch (error) {
    // Cleanup must never fail the job.
    core.warning(`Could not stop the LiteLLM proxy: ${errorMessage(error)}`);
  }
}
