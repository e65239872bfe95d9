// The one transport every probe uses: a POST through the proxy with its master key, and the common reading of
// what comes back (non-200 with LiteLLM's error envelope, truncated, not JSON, a transport failure).
import { HttpFailure, httpRequest, type HttpReply } from './http.ts';
import { excerpt, type Endpoint, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseJson, parseProxyError } from './replies.ts';

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
  const header = (name: string) => {
    const v = reply.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  // Header values are the upstream's text: only what the field can hold reaches a diagnosis.
  const retryAfter = header('retry-after')?.trim();
  const location = header('llm_provider-location')?.trim();
  // Cloudflare marks every challenge page so (its only value); LiteLLM relays an upstream's as llm_provider-cf-mitigated.
  const authScheme = /^\s*([A-Za-z][A-Za-z0-9._-]{0,30})\b/.exec(header('llm_provider-www-authenticate') ?? '')?.[1];
  const challenge =
    header('llm_provider-cf-mitigated')?.trim() === 'challenge' ? 'upstream' : header('cf-mitigated')?.trim() === 'challenge' ? 'proxy' : undefined;
  return {
    ...base,
    ok: false,
    error: parseProxyError(body, reply.text) ?? { message: `HTTP ${reply.status} with an empty body`, type: null, param: null, code: String(reply.status) },
    retryAfter:
      retryAfter !== undefined && (/^\d{1,7}(?:\.\d+)?$/.test(retryAfter) || (retryAfter.length <= 40 && !Number.isNaN(Date.parse(retryAfter))))
        ? retryAfter
        : undefined,
    location: location !== undefined && location.length <= 300 && /^https?:\/\/[^\s]+$/i.test(location) ? location : undefined,
    ...(challenge ? { challenge } : {}),
    ...(authScheme && reply.status === 401 ? { authScheme } : {}),
  };
}

export function transportOutcome(endpoint: ProbeOutcome['endpoint'], error: unknown): ProbeOutcome {
  if (error instanceof HttpFailure)
    return { endpoint, ok: false, status: null, latencyMs: error.latencyMs, transport: { kind: error.kind, message: error.message } };
  return { endpoint, ok: false, status: null, latencyMs: 0, transport: { kind: 'connection', message: String(error) } };
}
