// Hugging Face Text Generation Inference (its OpenAI-compatible Messages API, /v1/chat/completions), reproduced
// from its source (huggingface/text-generation-inference @ db931fcf42da018a3657580c64bf2720f167f9ab, router/src/):
//   ERROR   server.rs `impl From<InferError> for (StatusCode, Json<ErrorResponse>)`: a ValidationError is 422
//           `{"error": "Input validation error: <text>", "error_type": "validation"}` (lib.rs `ErrorResponse`).
//   WINDOW  validation.rs `validate_input`: `input_length + max_new_tokens > max_total_tokens` ->
//           ValidationError::MaxTotalTokens "`inputs` tokens + `max_new_tokens` must be <= {max_total_tokens}.
//           Given: {input} `inputs` tokens and {max_new_tokens} `max_new_tokens`" (the launcher's --max-total-tokens).
//   STREAM  server.rs `chat_completions`: a streamed request gets its 200 first; an error arrives as
//           infer/mod.rs `into_openai_event`: `data: {"error":{"message":...,"http_status_code":422}}`, then `[DONE]`.
//   AUTH    server.rs (`--api-key`): the middleware answers a bare `StatusCode::UNAUTHORIZED`, an empty 401.
//   MODEL   server.rs `chat_completions`: `model` is only echoed back ("tgi" or none -> the served model id).
//   PATHS   server.rs `run`: the OpenAI routes are /v1/chat/completions, /v1/completions and /v1/models; no
//           /v1/responses and no /v1/embeddings. Axum answers any other path with an empty 404.
// Tools are served by grammar (router/src/infer/tool_grammar.rs): no parser flag to forget.
import type { Flavor } from './flavors.ts';
import { promptTokens } from './vllm.ts';

export const TGI: Flavor = {
  ownedBy: (id) => id,
  unauthorized: { status: 401, body: undefined },
  unknownModel: () => null,
  refuse(body, model) {
    if (model.maxModelLen === undefined) return null;
    const input = promptTokens(body);
    const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === 'number') as number | undefined;
    // Without max_tokens TGI asks for what is left of the window, so only a prompt past it is refused.
    const wanted = asked ?? Math.max(0, model.maxModelLen - input);
    if (input + wanted <= model.maxModelLen) return null;
    const message = `Input validation error: \`inputs\` tokens + \`max_new_tokens\` must be <= ${model.maxModelLen}. Given: ${input} \`inputs\` tokens and ${wanted} \`max_new_tokens\``;
    return { status: 422, body: { error: message, error_type: 'validation' }, event: { error: { message, http_status_code: 422 } } };
  },
  toolsAsText: () => false,
  unknownPath: () => ({ status: 404, body: undefined }),
  serves: (path) => path === '/v1/chat/completions',
};
