// Which aliases of a config a run probes.
import type { Deployment, LiteLLMConfig } from './types.ts';
import { VerifyError } from '../util/errors.ts';
import { setting } from '../options/settings.ts';

/** Picks the aliases to probe: all by default, or the ones named (each must exist). */
export function selectDeployments(config: LiteLLMConfig, models: readonly string[] | 'all'): Deployment[] {
  if (config.deployments.length === 0) {
    // LiteLLM starts with an empty model_list, but a verdict that probed nothing would be a false pass.
    throw new VerifyError(`${config.displayPath}: model_list is empty; there is no route to verify.`, 'config', {
      file: config.displayPath,
      fix: `Add at least one \`- model_name: ...\` entry with \`litellm_params.model\`, or point ${setting('config')} at the file that has them.`,
    });
  }
  if (models === 'all') return config.deployments;
  const known = new Set(config.deployments.map((d) => d.alias));
  const missing = models.filter((m) => !known.has(m));
  if (missing.length) {
    throw new VerifyError(
      `${setting('models')} names ${missing.map((m) => `'${m}'`).join(', ')}, not in ${config.displayPath}; the aliases there are: ${[...known].join(', ') || '(none)'}.`,
      'input',
      { file: config.displayPath, fix: 'Use model_name values from the config, comma- or newline-separated.' },
    );
  }
  const wanted = new Set(models);
  return config.deployments.filter((d) => wanted.has(d.alias));
}
