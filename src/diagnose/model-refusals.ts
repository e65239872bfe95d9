// 400s that say the model is unknown or not loaded, from servers that do not answer 404 for it:
//   llama-server in router mode (started on a models dir or preset instead of one `-m`): "model '<x>' not found"
//     or "model is not loaded" (tools/server/server-models.cpp `router_validate_model`, src/standin/llamacpp.ts);
//   LM Studio: 'Invalid model identifier "<x>". Please specify a valid downloaded model (e.g., ...)' and "No models
//     loaded. Please load a model in the developer page or use the 'lms load' command." (src/standin/lmstudio.ts).
// And LM Studio's 200 for a path it does not serve, which LiteLLM turns into a 422 of its own.
import { host, lacksV1, messageCore, msg, paramAt, upstreamModelOf, type Diagnosis, type Matcher } from './matcher.ts';
import { serverOf } from './servers.ts';

const ROUTER_UNKNOWN = /\bmodel '[^'\n]{0,200}' not found\b|^model not found$/;
const ROUTER_NOT_LOADED = /^model is not loaded$/;
const LMSTUDIO_UNKNOWN = /^Invalid model identifier "[^"\n]{0,200}"\. Please specify a valid downloaded model/;
const LMSTUDIO_NONE = /^No models loaded\. Please load a model/;

export const modelRefused: Matcher = (o, ctx) => {
  if (o.status !== 400) return null;
  const core = messageCore(msg(o), 1000).trim();
  const d = ctx.deployment;
  const model = upstreamModelOf(d);
  const found = (summary: string, fix: string): Diagnosis => ({ code: 'upstream-model-not-found', summary, fix });
  if (LMSTUDIO_UNKNOWN.test(core))
    return found(
      `LM Studio at ${host(d)} has no model \`${model}\` (it names the ones it has in its message).`,
      `Make litellm_params.model at ${paramAt(ctx, 'model')} name a model LM Studio lists at ${d.apiBase ?? 'its'}/models (\`lms ls\` on that machine), or download it there (\`lms get\`).`,
    );
  if (LMSTUDIO_NONE.test(core))
    return found(
      `LM Studio at ${host(d)} has no model loaded, and does not load one on request (just-in-time loading is off).`,
      `Load the model on that machine (\`lms load ${model}\`), or turn on just-in-time model loading in LM Studio's server settings.`,
    );
  if (serverOf(msg(o), d) === 'ollama') return null; // Ollama says "model 'x' not found" with a 404: modelNotFound
  if (ROUTER_UNKNOWN.test(core))
    return found(
      `the upstream at ${host(d)} does not know \`${model}\` (HTTP 400: llama-server in router mode answers an unknown model so).`,
      `Make litellm_params.model at ${paramAt(ctx, 'model')} name a model the server lists at ${d.apiBase ?? 'its'}/models (llama-server's router: a GGUF in its --models-dir or an entry of its --models-preset), or add the model there.`,
    );
  if (ROUTER_NOT_LOADED.test(core))
    return found(
      `the upstream at ${host(d)} knows \`${model}\` but has not loaded it, and does not load models on demand (llama-server's router with autoload off).`,
      "Load the model on the server first (llama-server's router: POST /models/load), or start the router with models autoload on (its default).",
    );
  return null;
};

/**
 * A 200 whose body is `{"error": "<text>"}` instead of a completion: LiteLLM 1.108.7 raises its own 422 "Error in
 * response object" (litellm_core_utils/llm_response_utils/convert_dict_to_response.py). LM Studio answers so for
 * a path it does not serve: an api_base without /v1 ("Unexpected endpoint or method. (POST /chat/completions)").
 */
export const errorIn200: Matcher = (o, ctx) => {
  if (!/^Error in response object$/.test(messageCore(msg(o)).trim())) return null;
  const d = ctx.deployment;
  const noV1 = lacksV1(d);
  return {
    code: 'invalid-response',
    summary: `the server at ${host(d)} answered HTTP 200 with an error instead of a completion, so LiteLLM failed '${d.alias}' with a 422 of its own ("Error in response object")${noV1 ? `; api_base \`${d.apiBase}\` does not end in /v1, and LM Studio answers so for a path it does not serve` : ''}.`,
    fix: noV1
      ? `End api_base at ${paramAt(ctx, 'api_base')} with /v1 (LiteLLM appends /chat/completions to it; LM Studio serves the OpenAI API under /v1 only).`
      : `Check what the server answers at ${d.apiBase ?? 'its api_base'}/chat/completions: its error is in the body of a 200 (LM Studio does this for paths it does not serve).`,
  };
};
