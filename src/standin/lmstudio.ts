// LM Studio's OpenAI-compatible server. LM Studio is closed source: these answers are the bodies users captured
// from it, quoted in its own bug tracker and in the issues of projects that call it:
//   PATH    https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/618 (0.3.14; still in 0.4.17, issue 2085):
//           a path outside /v1 (an api_base without /v1) gets HTTP 200 with
//           `{"error":"Unexpected endpoint or method. (POST /chat/completions)"}`.
//   MODEL   https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/619: with one model loaded, `model` is ignored.
//           With several: 400 `{"error":{"message":"Invalid model identifier \"<x>\". Please specify a valid
//           downloaded model (e.g., a, b, c).","type":"invalid_request_error","param":"model","code":"model_not_found"}}`
//           (https://github.com/assafelovic/gpt-researcher/issues/1556, https://github.com/icereed/paperless-gpt/issues/908).
//   NONE    https://github.com/lmstudio-ai/lmstudio-bug-tracker/issues/1730 (0.4.8): nothing loaded and no JIT loading:
//           400 `{"error":{"message":"No models loaded. Please load a model in the developer page or use the 'lms
//           load' command.","type":"invalid_request_error","param":"model","code":null}}`.
import type { Flavor, Refusal } from './flavors.ts';

const invalid = (message: string, code: string | null): Refusal => ({
  status: 400,
  body: { error: { message, type: 'invalid_request_error', param: 'model', code } },
});

/** LM Studio's answers depend on what is loaded: `ids` is the stand-in's model list. */
export function lmStudio(ids: readonly string[]): Flavor {
  return {
    ownedBy: () => 'organization_owner',
    unauthorized: null,
    unknownModel: (name) =>
      ids.length === 0
        ? invalid("No models loaded. Please load a model in the developer page or use the 'lms load' command.", null)
        : ids.length === 1
          ? null
          : invalid(`Invalid model identifier "${name}". Please specify a valid downloaded model (e.g., ${ids.slice(0, 3).join(', ')}).`, 'model_not_found'),
    refuse: () => null,
    toolsAsText: (model) => model.tools === 'ignore',
    unknownPath: (method, path) => ({ status: 200, body: { error: `Unexpected endpoint or method. (${method} ${path})` } }),
  };
}
