// The chat probe: POST /v1/chat/completions through the proxy, shaped like the real client's request.
import { HttpFailure, httpRequest, type HttpReply } from './http.ts';
import { excerpt, type Endpoint, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseChatReply, parseJson, parseProxyError } from './responses.ts';

export interface ChatProbe {
  alias: string;
  prompt: string;
  /** null omits temperature from the request. */
  temperature: number | null;
  maxTokens: number;
  /** Extra parameters the real client sends (`request-params`), merged into every request body. */
  params?: Readonly<Record<string, unknown>>;
}

export function chatRequestBody(probe: ChatProbe): Record<string, unknown> {
  const body: Record<string, unknown> = {
    ...probe.params,
    model: probe.alias,
    messages: [{ role: 'user', content: probe.prompt }],
    max_tokens: probe.maxTokens,
  };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  return body;
}

/** The same probe without one of the parameters it sends: how the diagnosis finds the one that is refused. */
export function withoutParam(probe: ChatProbe, name: string): ChatProbe {
  if (name === 'temperature') return { ...probe, temperature: null };
  const { [name]: _dropped, ...params } = probe.params ?? {};
  return { ...probe, params };
}

/** Names of the optional parameters a probe sends (temperature first), in the order the culprit search tries them. */
export function sentParams(probe: ChatProbe): string[] {
  return [...(probe.temperature !== null ? ['temperature'] : []), ...Object.keys(probe.params ?? {})];
}

export async function probeChat(target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  const { reply, failed } = await sendToProxy(target, 'chat', '/v1/chat/completions', chatRequestBody(probe));
  return reply ? interpretChat(reply) : failed!;
}

export function interpretChat(reply: HttpReply): ProbeOutcome {
  return interpretReply('chat', reply, (json) => {
    const chat = parseChatReply(json);
    if (!chat) return null;
    const base = { endpoint: 'chat' as const, status: reply.status, latencyMs: reply.latencyMs };
    // A thinking model with a small max_tokens may answer only in reasoning: the route still works.
    const text = chat.content.trim() || chat.reasoning.trim();
    if (!text) return { ...base, ok: false, problem: 'empty-reply', servedModel: chat.servedModel };
    return { ...base, ok: true, reply: excerpt(text), servedModel: chat.servedModel };
  });
}

/** One POST through the proxy with its master key: the reply, or the transport failure as an outcome. Every probe sends this way. */
export async function sendToProxy(
  target: ProbeTarget,
  endpoint: Endpoint,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  auth: 'bearer' | 'x-api-key' = 'bearer',
): Promise<{ reply?: HttpReply; failed?: ProbeOutcome }> {
  // Anthropic clients send the key only as x-api-key; LiteLLM reads either.
  const key: Record<string, string> = auth === 'x-api-key' ? { 'x-api-key': target.masterKey } : { authorization: `Bearer ${target.masterKey}` };
  try {
    return {
      reply: await httpRequest(`${target.baseUrl}${path}`, {
        body,
        headers: { ...key, ...headers },
        timeoutMs: target.timeoutMs,
        maxBytes: target.maxBytes,
      }),
    };
  } catch (error) {
    return { failed: transportOutcome(endpoint, error) };
  }
}

/** Common handling of a reply: non-200, truncated, not JSON; `read` interprets a JSON 200 (null: nothing usable in it). */
export function interpretReply(endpoint: Endpoint, reply: HttpReply, read: (body: unknown) => ProbeOutcome | null): ProbeOutcome {
  const base = { endpoint, status: reply.status, latencyMs: reply.latencyMs };
  const body = parseJson(reply.text);
  if (reply.status !== 200) return errorOutcome(base, reply, body);
  if (reply.truncated) return { ...base, ok: false, problem: 'truncated' };
  if (body === undefined) return { ...base, ok: false, problem: 'not-json', reply: excerpt(reply.text) };
  return read(body) ?? { ...base, ok: false, problem: 'empty-reply', reply: excerpt(reply.text) };
}

export function errorOutcome(base: Pick<ProbeOutcome, 'endpoint' | 'status' | 'latencyMs'>, reply: HttpReply, body: unknown): ProbeOutcome {
  const retryAfter = reply.headers['retry-after'];
  return {
    ...base,
    ok: false,
    error: parseProxyError(body, reply.text) ?? { message: `HTTP ${reply.status} with an empty body`, type: null, param: null, code: String(reply.status) },
    retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
  };
}

export function transportOutcome(endpoint: ProbeOutcome['endpoint'], error: unknown): ProbeOutcome {
  if (error instanceof HttpFailure)
    return { endpoint, ok: false, status: null, latencyMs: error.latencyMs, transport: { kind: error.kind, message: error.message } };
  return { endpoint, ok: false, status: null, latencyMs: 0, transport: { kind: 'connection', message: String(error) } };
}
