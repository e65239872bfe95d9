// SGLang's OpenAI-compatible server, reproduced from its source (sgl-project/sglang, python/sglang/srt/):
//   ERROR   entrypoints/openai/serving_base.py `create_error_response` @ c5695a4be1c4f84791eeaceeb6e4a775f8e7d0cc:
//           `ErrorResponse(object="error", message, type="BadRequestError", param=None, code=400)`, flat (no
//           `error` wrapper); `create_streaming_error_response` wraps the same fields as `{"error": {...}}`.
//   WINDOW  managers/tokenizer_manager.py `_validate_one_request`: ValueError "The input (N tokens) is longer than
//           the model's context length (M tokens)." when input >= context_len, else "Requested token count exceeds
//           the model's maximum context length of M tokens. You requested a total of T tokens: N tokens from the
//           input messages and K tokens for the completion. ..." when input + max_new_tokens >= context_len.
//           entrypoints/openai/serving_chat.py answers the ValueError with a 400 (`_handle_non_streaming_request`);
//           a streamed request already has its 200: `_generate_chat_stream` sends it as `data: {"error": ...}`,
//           then `data: [DONE]`.
//   AUTH    utils.py `add_api_key_middleware` (`--api-key`): 401 `{"error": "Unauthorized"}`, as vLLM.
//   TOOLS   serving_chat.py `_build_chat_response`: calls are parsed only `if request.tool_choice != "none" and
//           request.tools and self.tool_call_parser`; without `--tool-call-parser` the call stays in the text.
// SGLang serves its one model whatever `model` the request names.
import type { Flavor, Refusal } from './flavors.ts';
import { promptTokens } from './vllm.ts';

function valueError(message: string): Refusal {
  const fields = { object: 'error', message, type: 'BadRequestError', param: null, code: 400 };
  return { status: 400, body: fields, event: { error: fields } };
}

export const SGLANG: Flavor = {
  ownedBy: () => 'sglang',
  unauthorized: { status: 401, body: { error: 'Unauthorized' } },
  unknownModel: () => null,
  refuse(body, model) {
    if (model.maxModelLen === undefined) return null;
    const window = model.maxModelLen;
    const input = promptTokens(body);
    if (input >= window) return valueError(`The input (${input} tokens) is longer than the model's context length (${window} tokens).`);
    // max_completion_tokens wins over max_tokens as SGLang's `to_sampling_params` reads them.
    const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === 'number') as number | undefined;
    if (asked === undefined || input + asked < window) return null;
    return valueError(
      `Requested token count exceeds the model's maximum context length of ${window} tokens. You requested a total of ${input + asked} tokens: ${input} tokens from the input messages and ${asked} tokens for the completion. Please reduce the number of tokens in the input messages or the completion to fit within the limit.`,
    );
  },
  toolsAsText: (model) => model.tools === 'no-parser' || model.tools === 'ignore',
};
