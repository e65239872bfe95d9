// The action's inputs: core.getInput for every setting, the runner's folders for files, and errors worded
// for a workflow author (input 'x'). Parsing and defaults are src/options/'s, shared with the CLI.
import os from 'node:os';
import path from 'node:path';
import { parseOptions, type Options } from '../options/options.ts';
import type { SettingName } from '../options/defaults.ts';
import { renderSettings } from '../options/settings.ts';
import { VerifyError } from '../util/errors.ts';
import { confined } from '../util/paths.ts';

export type ActionInputs = Options;

/** `get` is core.getInput in the action; tests pass a plain lookup. */
export function parseInputs(get: (name: SettingName) => string, env: NodeJS.ProcessEnv): ActionInputs {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const options = parseOptions(get, {
      workspace,
      cacheRoot: path.join(env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache'), 'verify-litellm'),
      tempRoot: env.RUNNER_TEMP || os.tmpdir(),
    });
    // On a runner the checkout may come from a pull request: the files read and written stay inside it, no links.
    confined(workspace, options.configPath, 'config');
    if (options.reportFile) confined(workspace, options.reportFile, 'report-file');
    return options;
  } catch (error) {
    throw error instanceof VerifyError
      ? new VerifyError(renderSettings(error.message, 'action'), error.stage, error.detail && renderDetail(error.detail))
      : error;
  }
}

function renderDetail(detail: NonNullable<VerifyError['detail']>): VerifyError['detail'] {
  return detail.fix ? { ...detail, fix: renderSettings(detail.fix, 'action') } : detail;
}
