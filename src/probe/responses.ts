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
  if (typeof body !== 'object' || body === null) return fallbackText.trim() ? { message: fallbackText.trim().slice(0, 2000), type: null, param: null, code: null } : null;
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
  const first = choices[0] as Record<string, unknown>;
  const message = (first.message ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    content: text(message.content),
    // vLLM's reasoning parsers use reasoning_content; some servers use `reasoning`.
    reasoning: text(message.reasoning_content) || text(message.reasoning),
    servedModel: typeof record.model === 'string' ? record.model : null,
    finishReason: nullish(first.finish_reason),
  };
}

export function parseEmbedding(body: unknown): number[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const data = (body as Record<string, unknown>).data;
  if (!Array.isArray(data) || data.length === 0) return null;
  const vector = (data[0] as Record<string, unknown>).embedding;
  return Array.isArray(vector) && vector.every((x) => typeof x === 'number') ? (vector as number[]) : null;
}
