// Which variables a config reads are secrets: every one, except a variable read only as a name.
import type { LiteLLMConfig } from './types.ts';

/** A path where the value is a name clients or the upstream see, not a credential. */
const NAME_PATH = /(^|\.)(model_name|litellm_params\.model)$/;

/** True when every place `name` is read (paths as `model_name`, `litellm_params.model`) reads it as a name. */
export const readOnlyAsName = (name: string, refs: readonly { name: string; path: string }[]): boolean =>
  refs.filter((r) => r.name === name).every((r) => NAME_PATH.test(r.path));

/**
 * The variables whose values are masked in everything verify-litellm prints. A variable read only as `model_name`
 * or `litellm_params.model` (cee-mnitin/gpu-inference-stack: `model_name: os.environ/CONTRACT_VISION_ALIAS`) is an
 * alias or a model id the proxy lists at /v1/models: masked, it turned `gpu/chat/vision` into `***` and, through its
 * 8-character pieces, every other `gpu/chat/...` alias into `***interactive`, `***bulk`.
 */
export function secretVariables(config: LiteLLMConfig): Set<string> {
  const refs = [...config.envRefs, ...config.deployments.flatMap((d) => d.envRefs.map((r) => ({ ...r, param: `litellm_params.${r.param}` })))];
  const paths = refs.map((r) => ({ name: r.name, path: r.param }));
  return new Set(refs.map((r) => r.name).filter((name) => !readOnlyAsName(name, paths)));
}
