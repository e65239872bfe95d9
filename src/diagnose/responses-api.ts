// A route that answers chat but 404s the Responses API. LiteLLM 1.108.7 sends the OpenAI Responses API to the
// upstream's /v1/responses on every OpenAI-compatible route, and bridges Anthropic Messages there too on an
// `openai/` route (on `hosted_vllm/` it bridges them to /v1/chat/completions): the `forwarded` paths in
// test/fixtures/proxy-errors/litellm-1.108.7-clients.json. A server without /v1/responses (TGI has none:
// router/src/server.rs, see src/standin/tgi.ts) answers those with a bare 404, which is not a wrong model or api_base.
import { host, messageCore, msg, NAMES_A_MODEL, paramAt, upstreamModelOf, type Matcher } from './matcher.ts';

const RESPONSES = new Set(['responses', 'responses-tools']);
const MESSAGES = new Set(['messages', 'messages-tools']);

export const noResponsesApi: Matcher = (o, ctx) => {
  if (o.status !== 404 || !ctx.chatWorks) return null;
  const provider = ctx.deployment.litellm?.provider ?? ctx.deployment.provider;
  const viaMessages = MESSAGES.has(o.endpoint) && provider === 'openai';
  if (!RESPONSES.has(o.endpoint) && !viaMessages) return null;
  // A 404 that names a model is about the model, not the path.
  if (NAMES_A_MODEL.test(messageCore(msg(o), 1000))) return null;
  const d = ctx.deployment;
  const what = viaMessages ? 'Anthropic Messages requests on an `openai/` route' : 'the Responses API';
  const model = upstreamModelOf(d);
  return {
    code: 'upstream-model-not-found',
    summary: `'${d.alias}' answers chat completions, but the server at ${host(d)} has no Responses API: LiteLLM sends ${what} to its /v1/responses, which answered 404 (TGI has none).`,
    fix: viaMessages
      ? `Route '${d.alias}' as \`hosted_vllm/${model}\` at ${paramAt(ctx, 'model')} (LiteLLM 1.108.7 then bridges Anthropic Messages to /v1/chat/completions), or serve the model from a server with /v1/responses.`
      : 'Serve this model from a server that has /v1/responses (vLLM, SGLang, Ollama and LM Studio do; TGI does not): LiteLLM sends the Responses API there on every OpenAI-compatible route.',
  };
};
