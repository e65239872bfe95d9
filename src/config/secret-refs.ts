// Which variables a config reads are secrets: every one, except a variable read only as a name.
import type { LiteLLMConfig } from './types.ts';

/** A path where the value is a name clients or the upstream see, not a credential. */
const NAME_PATH = /(^|\.)(model_name|litellm_params\.model)$/;

/**
 * The variables whose values are masked in everything verify-litellm prints. A variable read only as `model_name`
 * or `litellm_params.model` (cee-mnitin/gpu-inference-stack: `model_name: os.environ/CONTRACT_VISION_ALIAS`) is an
 * alias or a model id the proxy lists at /v1/models: masked, it turned `gpu/chat/vision` into `***` and, through its
 * 8-character pieces, every other `gpu/chat/...` alias into `***interactive`, `***bulk`.
 */
export function secretVariables(config: LiteLLMConfig): Set<string> {
  const refs = [...config.envRefs, ...config.deployments.flatMap((d) => d.envRefs.map((r) => ({ ...r, param: `litellm_params.${r.param}` })))];
  const names = new Set(refs.map((r) => r.name));
  for (const name of [...names]) if (refs.filter((r) => r.name === name).every((r) => NAME_PATH.test(r.param))) names.delete(name);
  return names;
}
