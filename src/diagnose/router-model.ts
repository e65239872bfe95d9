// A 400 that says the model is unknown or not loaded: llama-server in router mode (started on a models dir or
// preset instead of one `-m`) checks `model` and answers ERROR_TYPE_INVALID_REQUEST, a 400, not a 404
// (tools/server/server-models.cpp `router_validate_model`, reproduced in src/standin/llamacpp.ts).
import { host, messageCore, msg, paramAt, type Matcher } from './matcher.ts';
import { serverOf } from './servers.ts';

const UNKNOWN = /\bmodel '[^'\n]{0,200}' not found\b|^model not found$/;
const NOT_LOADED = /^model is not loaded$/;

export const routerModel: Matcher = (o, ctx) => {
  if (o.status !== 400) return null;
  const core = messageCore(msg(o), 1000).trim();
  const unknown = UNKNOWN.test(core);
  if (!unknown && !NOT_LOADED.test(core)) return null;
  if (serverOf(msg(o), ctx.deployment) === 'ollama') return null; // Ollama says the same words with a 404: modelNotFound
  const d = ctx.deployment;
  const model = d.model.replace(/^[a-z_]+\//, '');
  return unknown
    ? {
        code: 'upstream-model-not-found',
        summary: `the upstream at ${host(d)} does not know \`${model}\` (HTTP 400: llama-server in router mode answers an unknown model so).`,
        fix: `Make litellm_params.model at ${paramAt(ctx, 'model')} name a model the server lists at ${d.apiBase ?? 'its'}/models (llama-server's router: a GGUF in its --models-dir or an entry of its --models-preset), or add the model there.`,
      }
    : {
        code: 'upstream-model-not-found',
        summary: `the upstream at ${host(d)} knows \`${model}\` but has not loaded it, and does not load models on demand (llama-server's router with autoload off).`,
        fix: "Load the model on the server first (llama-server's router: POST /models/load), or start the router with models autoload on (its default).",
      };
};
