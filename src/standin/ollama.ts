// Ollama's OpenAI-compatible `/v1`, reproduced from its source (ollama/ollama @ fb30760996871fa9460115c753afd2c60d4ab0f7):
//   WRAP    middleware/openai.go `BaseWriter.writeError`: the native `{"error": "<text>"}` becomes
//           openai/openai.go `NewError(status, text)`: `{"error":{"message","type","param":null,"code":null}}`,
//           type `invalid_request_error` for 400, `not_found_error` for 404, else `api_error`.
//   MODEL   server/routes.go `ChatHandler`: `s.getModel` fails with os.IsNotExist -> 404 "model '<name>' not found"
//           (older releases: `handleScheduleError`, "model \"<name>\" not found, try pulling it first").
//   TOOLS   server/routes.go `scheduleRunner` -> server/images.go `CheckCapabilities`: a model whose template has
//           no tools -> `fmt.Errorf("%s %w", model.Name, err)`, i.e. "<full name> does not support tools", and
//           `handleScheduleError` answers it 400.
//   WINDOW  server/routes.go `ChatHandler` -> `chatPrompt(..., truncate)`: `truncate` defaults to true, so a prompt
//           past num_ctx is cut from the front (the oldest messages go, the system prompt is kept), never refused;
//           max_tokens becomes num_predict and is not checked against the window either.
//   KEYS    Ollama has no API keys: the Authorization header is not read.
import type { Flavor, Refusal } from './flavors.ts';

const error = (status: number, message: string): Refusal => ({
  status,
  body: { error: { message, type: status === 400 ? 'invalid_request_error' : status === 404 ? 'not_found_error' : 'api_error', param: null, code: null } },
});

/** `model.Name` as Ollama prints it: `registry.ollama.ai/library/qwen3:8b` for `qwen3:8b`, `:latest` when no tag. */
function fullName(id: string): string {
  const tagged = /:[^/]+$/.test(id) ? id : `${id}:latest`;
  const parts = tagged.split('/');
  if (parts.length === 1) return `registry.ollama.ai/library/${tagged}`;
  if (parts.length === 2) return `registry.ollama.ai/${tagged}`;
  return tagged;
}

export const OLLAMA: Flavor = {
  ownedBy: (id) => (id.includes('/') ? (id.split('/').at(-2) ?? 'library') : 'library'),
  unauthorized: null,
  unknownModel: (name) => error(404, `model '${name}' not found`),
  refuse(body, model) {
    if (model.tools === 'no-parser' && Array.isArray(body?.tools) && body.tools.length > 0) return error(400, `${fullName(model.id)} does not support tools`);
    return null;
  },
  toolsAsText: () => false,
};
