// llama.cpp's `llama-server`, reproduced from its source (ggml-org/llama.cpp, tools/server/):
//   COMMON  server-common.cpp `format_error_response`  @ 006639c3ff51a3dbde5f52ebf4c5a55ad5306caf
//           (type -> status: invalid_request_error 400, authentication_error 401, not_found_error 404,
//           server_error 500, exceed_context_size_error 400); every error goes out as
//           `{"error": {"code", "message", "type"}}` with `code` as the HTTP status (`res_err`).
//   CONTEXT server-context.cpp `update_slots` (the prompt check) and server-task.cpp
//           `server_task_result_error::to_json` (adds n_prompt_tokens / n_ctx to the context error)
//   AUTH    server.cpp / server-http.cpp `middleware_validate_api_key` (`--api-key`)
//   TOOLS   utils.hpp / server-common.cpp `oaicompat_chat_params_parse`: `tools param requires --jinja flag`
//   ROUTER  server-models.cpp `router_validate_model` (llama-server started without -m, serving a models dir or
//           preset): an unknown name is `format_error_response("model '<name>' not found", ERROR_TYPE_INVALID_REQUEST)`,
//           a 400 (older builds: "model not found").
// A single-model llama-server answers whatever `model` the request names (it serves the one it loaded).
import type { Flavor, Refusal } from './flavors.ts';
import { promptTokens } from './vllm.ts';

const error = (status: number, type: string, message: string, extra: Record<string, unknown> = {}): Refusal => ({
  status,
  body: { error: { code: status, message, type, ...extra } },
});

export const LLAMACPP: Flavor = {
  ownedBy: () => 'llamacpp',
  // AUTH: a missing or wrong `Authorization: Bearer` gets `format_error_response("Invalid API Key", ERROR_TYPE_AUTHENTICATION)`.
  unauthorized: error(401, 'authentication_error', 'Invalid API Key'),
  unknownModel: () => null,
  refuse(body, model) {
    // TOOLS: without `--jinja` any non-empty `tools` throws std::runtime_error, which the handler's exception
    // wrapper answers as ERROR_TYPE_SERVER: a 500 (releases before --jinja became the default).
    if (model.tools === 'no-parser' && Array.isArray(body?.tools) && body.tools.length > 0)
      return error(500, 'server_error', 'tools param requires --jinja flag');
    // CONTEXT: only the prompt is checked (`n_tokens() >= slot.n_ctx`); a large max_tokens is not refused, the
    // reply just stops at the window. The window is the slot's: `-c` divided by `--parallel`.
    if (model.maxModelLen === undefined) return null;
    const input = promptTokens(body);
    if (input < model.maxModelLen) return null;
    return error(
      400,
      'exceed_context_size_error',
      `request (${input} tokens) exceeds the available context size (${model.maxModelLen} tokens), try increasing it`,
      { n_prompt_tokens: input, n_ctx: model.maxModelLen },
    );
  },
  toolsAsText: () => false,
};

/** llama-server in router mode: the same server, but it checks the model name. */
export const LLAMACPP_ROUTER: Flavor = {
  ...LLAMACPP,
  unknownModel: (name) => error(400, 'invalid_request_error', `model '${name}' not found`),
};
