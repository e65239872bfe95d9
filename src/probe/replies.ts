// The shapes LiteLLM's proxy answers with, parsed once into plain typed objects.

/** LiteLLM's error envelope: {"error":{"message","type","param","code"}} (type/param sometimes the string "None"). */
export interface ProxyError {
  message: string;
  type: string | null;
  param: string | null;
  /** LiteLLM puts the HTTP status here as a string ("400"); upstreams put their own codes. */
  code: string | null;
}

export interface ChatReply {
  content: string;
  reasoning: string;
  servedModel: string | null;
  finishReason: string | null;
}

const nullish = (v: unknown): string | null => (v === null || v === undefined || v === 'None' ? null : String(v));

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads an error envelope from LiteLLM, OpenAI, or vLLM (flat `{"object":"error","message":...}` or nested). */
export function parseProxyError(body: unknown, fallbackText = ''): ProxyError | null {
  if (typeof body !== 'object' || body === null) {
    if (!fallbackText.trim()) return null;
    // A body cut at the size limit no longer parses; its message still leads it, as every envelope above starts.
    const cut = /^\s*\{\s*"error"\s*:\s*\{\s*"message"\s*:\s*"((?:[^"\\]|\\.)*)/.exec(fallbackText)?.[1];
    const message = cut === undefined ? undefined : (parseJson(`"${cut.replace(/\\u?[0-9a-fA-F]{0,3}$|\\$/, '')}"`) as string | undefined);
    return { message: (message !== undefined ? `${message.slice(0, 2000)}…` : fallbackText.trim()).slice(0, 2001), type: null, param: null, code: null };
  }
  const record = body as Record<string, unknown>;
  const inner = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : record;
  let message = inner.message ?? inner.detail ?? (typeof record.error === 'string' ? record.error : undefined);
  if (message === undefined) return null;
  if (typeof message !== 'string') message = JSON.stringify(message); // some releases put a dict here
  return { message: message as string, type: nullish(inner.type), param: nullish(inner.param), code: nullish(inner.code) };
}

export function parseChatReply(body: unknown): ChatReply | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  const choices = record.choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  // The proxy's text: any value may stand where an object belongs (`choices: [null]` from a proxy that is not LiteLLM).
  const first = choices[0] as Record<string, unknown> | null | undefined;
  const message = (first?.message ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    content: text(message.content),
    // vLLM's reasoning parsers use reasoning_content; some servers use `reasoning`.
    reasoning: text(message.reasoning_content) || text(message.reasoning),
    servedModel: typeof record.model === 'string' ? record.model : null,
    finishReason: nullish(first?.finish_reason),
  };
}

export function parseEmbedding(body: unknown): number[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as Record<string, unknown>).data;
  if (!Array.isArray(data) || data.length === 0) return null;
  const vector = (data[0] as Record<string, unknown> | null | undefined)?.embedding;
  return Array.isArray(vector) && vector.every((x) => typeof x === 'number') ? (vector as number[]) : null;
}

/**
 * Text of an Anthropic-format Messages reply (`content: [{type: 'text', text}]`; thinking blocks count when no text),
 * and why it stopped, as chat's finish_reason: LiteLLM's adapter writes `refusal` for a content filter and
 * `max_tokens` for `length` (llms/anthropic/pass_through/adapters/transformation.py, 1.108.7).
 */
export function parseMessagesReply(body: unknown): { text: string; servedModel: string | null; finishReason: string | null } | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  if (record.type !== 'message' || !Array.isArray(record.content)) return null;
  const blocks = record.content as Array<Record<string, unknown>>;
  const of = (type: string, field: string) =>
    blocks
      .filter((b) => b?.type === type && typeof b[field] === 'string')
      .map((b) => b[field] as string)
      .join('');
  return {
    text: of('text', 'text') || of('thinking', 'thinking'),
    servedModel: typeof record.model === 'string' ? record.model : null,
    finishReason: finishOfStopReason(record.stop_reason),
  };
}

/** An Anthropic stop_reason as chat's finish_reason, undoing LiteLLM's adapter (content_filter -> refusal, length -> max_tokens). */
export function finishOfStopReason(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  return v === 'refusal' ? 'content_filter' : v === 'max_tokens' ? 'length' : v;
}

/** How a Responses API reply gave up: OpenAI's `status` "failed" with `error`, or "incomplete" with `incomplete_details.reason`. */
export interface ResponsesEnd {
  failed: ProxyError | null;
  /** `max_output_tokens` as chat's finish_reason `length`; `content_filter` as is. */
  incompleteReason: string | null;
}

/** Reads `status`, `error` and `incomplete_details` of a Responses API object (https://platform.openai.com/docs/api-reference/responses/object). */
export function responsesEnd(record: Record<string, unknown>): ResponsesEnd {
  const error = typeof record.error === 'object' && record.error !== null ? (record.error as Record<string, unknown>) : null;
  const details =
    typeof record.incomplete_details === 'object' && record.incomplete_details !== null ? (record.incomplete_details as Record<string, unknown>) : null;
  const reason = typeof details?.reason === 'string' ? details.reason : null;
  return {
    failed:
      record.status === 'failed'
        ? {
            message: typeof error?.message === 'string' && error.message ? error.message : 'status "failed" without an error message',
            type: null,
            param: null,
            code: nullish(error?.code),
          }
        : null,
    incompleteReason: record.status === 'incomplete' && reason ? (reason === 'max_output_tokens' ? 'length' : reason) : null,
  };
}

/** Output text of an OpenAI Responses API reply (`output: [{type: 'message', content: [{type: 'output_text'}]}]`). */
export function parseResponsesReply(body: unknown): ({ text: string; status: string | null; servedModel: string | null } & ResponsesEnd) | null {
  if (typeof body !== 'object' || body === null) return null;
  const record = body as Record<string, unknown>;
  if (record.object !== 'response' || !Array.isArray(record.output)) return null;
  let text = '';
  let reasoning = '';
  for (const item of record.output as Array<Record<string, unknown>>) {
    const parts = Array.isArray(item?.content) ? (item.content as Array<Record<string, unknown>>) : [];
    for (const part of parts) {
      if (typeof part?.text !== 'string') continue;
      if (item.type === 'message' && part.type === 'output_text') text += part.text;
      else if (item.type === 'reasoning') reasoning += part.text;
    }
  }
  return {
    text: text || reasoning,
    status: nullish(record.status),
    servedModel: typeof record.model === 'string' ? record.model : null,
    ...responsesEnd(record),
  };
}

export interface ToolCall {
  name: string;
  /** The arguments string as sent; `argumentsValid` says whether it parses as a JSON object. */
  arguments: string;
  argumentsValid: boolean;
}

/** The first tool call of a chat reply, or null when the model answered in plain text. */
export function parseToolCall(body: unknown): ToolCall | null {
  if (typeof body !== 'object' || body === null) return null;
  const choices = (body as Record<string, unknown>).choices;
  if (!Array.isArray(choices) || choices.length === 0) return null;
  const calls = ((choices[0] as Record<string, unknown> | null | undefined)?.message as Record<string, unknown> | null | undefined)?.tool_calls;
  if (!Array.isArray(calls) || calls.length === 0) return null;
  const fn = (calls[0] as Record<string, unknown> | null | undefined)?.function as Record<string, unknown> | null | undefined;
  const args = typeof fn?.arguments === 'string' ? fn.arguments : '';
  const parsed = parseJson(args);
  return {
    name: typeof fn?.name === 'string' ? fn.name : '',
    arguments: args,
    argumentsValid: typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed),
  };
}
