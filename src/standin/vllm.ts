// What a vLLM OpenAI-compatible server decides about a request before it generates anything, reproduced
// from vLLM's own source. Each rule names the file and commit it was read from (vllm-project/vllm):
//   CHAT      vllm/entrypoints/openai/serving_chat.py           @ 003fe5932dc9e1b331347894d3cbc5ddfe89e9eb
//   ENGINE    vllm/entrypoints/openai/engine/serving.py         @ 00bd1493b3e82d6c13c68ee8a0e1c5a96707e190
//   RESPONSES vllm/entrypoints/openai/responses/serving.py      @ 0001948bc76939369ca855c90b36d81256477e85
//   PROTOCOL  vllm/entrypoints/openai/chat_completion/protocol.py @ 002032ee2b18e1f7bd924ec47b62504ba3866063
// The stand-in replays these decisions; it does not generate text.

export interface VllmRefusal {
  status: number;
  body: unknown;
}

/**
 * ENGINE `create_error_response`: `ErrorResponse(error=ErrorInfo(message, type, code, param))`, i.e.
 * `{"error":{"message","type","param","code"}}` with the status as a number. (Releases before the
 * engine/ split answered the same fields flat, `{"object":"error","message",...,"code":400}`.)
 */
export function vllmError(message: string, type = 'BadRequestError', status = 400, param: string | null = null): VllmRefusal {
  return { status, body: { error: { message, type, param, code: status } } };
}

/**
 * What a tool request asks for: `auto` (also tools without tool_choice), `required`, a named function, `none`,
 * or `null` (chat only: an explicit `"tool_choice": null`, which vLLM neither refuses nor parses).
 */
export type ToolChoice = 'auto' | 'required' | 'named' | 'none' | 'null';

export function toolChoiceOf(body: Record<string, unknown> | undefined, responses = false): ToolChoice | null {
  const tools = body?.tools;
  if (!Array.isArray(tools) || tools.length === 0) return null;
  const choice = body?.tool_choice;
  // PROTOCOL `ChatCompletionRequest.check_tool_usage` (mode="before", on the raw JSON): `if "tool_choice" not in
  // data and data.get("tools"): data["tool_choice"] = "auto"`. Only an ABSENT key becomes auto: an explicit null
  // stays None, and CHAT then answers plain text (`elif not request.tool_choice or request.tool_choice ==
  // "none": message = ChatMessage(..., content=content)`), never the auto refusal and never a parsed call.
  if (choice === null && !responses) return 'null';
  if (choice === undefined || choice === null || choice === 'auto') return 'auto';
  if (choice === 'required' || choice === 'none') return choice;
  if (typeof choice === 'object') {
    const c = choice as Record<string, unknown>;
    if (c.type === 'auto') return 'auto';
    if (c.type === 'required' || c.type === 'any') return 'required';
    return 'named';
  }
  return 'auto';
}

/**
 * CHAT `create_chat_completion`: `if request.tool_choice == "auto" and not (self.enable_auto_tools and
 * tool_parser is not None) ...: return self.create_error_response('"auto" tool choice requires
 * --enable-auto-tool-choice and --tool-call-parser to be set')`. Only `auto` is refused: `required` and a
 * named tool are served by guided decoding and return a tool call with or without a parser.
 */
export function chatToolRefusal(body: Record<string, unknown> | undefined, hasParser: boolean): VllmRefusal | null {
  if (hasParser || toolChoiceOf(body) !== 'auto') return null;
  return vllmError('"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set');
}

/** A rough token count (4 characters a token) of what the chat template would render: messages/input, instructions, tools. */
export function promptTokens(body: Record<string, unknown> | undefined): number {
  const parts = [body?.messages, body?.input, body?.instructions, body?.tools].filter((p) => p !== undefined);
  return Math.max(1, Math.ceil(JSON.stringify(parts).length / 4));
}

/**
 * ENGINE `_validate_input` for chat: a prompt that fills the window is refused, then `prompt + max_tokens`
 * past the window (`max_completion_tokens` wins over `max_tokens`), both as VLLMValidationError (400,
 * param named). vLLM's exception text carries the parameter and value at its end.
 */
export function chatContextRefusal(body: Record<string, unknown> | undefined, maxModelLen: number): VllmRefusal | null {
  const input = promptTokens(body);
  if (input >= maxModelLen) {
    return vllmError(
      `This model's maximum context length is ${maxModelLen} tokens. However, your request has ${input} input tokens. Please reduce the length of the input messages. (parameter=input_tokens, value=${input})`,
      'BadRequestError',
      400,
      'input_tokens',
    );
  }
  const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === 'number') as number | undefined;
  if (asked !== undefined && input + asked > maxModelLen) {
    return vllmError(
      `'max_tokens' or 'max_completion_tokens' is too large: ${asked}. This model's maximum context length is ${maxModelLen} tokens and your request has ${input} input tokens (${asked} > ${maxModelLen} - ${input}). (parameter=max_tokens, value=${asked})`,
      'BadRequestError',
      400,
      'max_tokens',
    );
  }
  return null;
}

/**
 * RESPONSES `_validate_generator_input` refuses only a prompt that fills the window; `max_output_tokens` is
 * then passed to `get_max_tokens(max_model_len, request.max_output_tokens, prompt_len, ...)`, which takes
 * the smallest limit: a large `max_output_tokens` is clamped to what is left, never refused.
 */
export function responsesContextRefusal(body: Record<string, unknown> | undefined, maxModelLen: number): VllmRefusal | null {
  const input = promptTokens(body);
  if (input < maxModelLen) return null;
  return vllmError(`The engine prompt length ${input} exceeds the max_model_len ${maxModelLen}. Please reduce prompt.`, 'invalid_request_error', 400, 'input');
}
