// The streaming probe: the same chat request with `stream: true`, read as Server-Sent Events.
// Passes on at least one content (or reasoning) delta and a clean end (`data: [DONE]`); an error event
// inside a 200 stream (how LiteLLM reports a mid-stream failure) fails it.
import { chatRequestBody, type ChatProbe } from './chat.ts';
import { errorOutcome, transportOutcome } from './send.ts';
import { HttpFailure, httpRequest, type HttpReply } from './http.ts';
import { excerpt, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseJson, parseProxyError, type ProxyError } from './replies.ts';

export interface StreamSummary {
  text: string;
  deltas: number;
  done: boolean;
  error: ProxyError | null;
  /** The last finish_reason a choice carried (null: none did). */
  finishReason: string | null;
  /** Milliseconds from the request to the first content or reasoning delta. */
  firstTokenMs: number | null;
}

/** Reads an SSE body (complete or cut) into what the probe needs to know. */
export function readEventStream(body: string): Omit<StreamSummary, 'firstTokenMs'> {
  let text = '';
  let deltas = 0;
  let done = false;
  let error: ProxyError | null = null;
  let finishReason: string | null = null;
  for (const block of body.split(/\r?\n\r?\n/)) {
    const data = block
      .split(/\r?\n/)
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).trim())
      .join('\n');
    if (!data) continue;
    if (data === '[DONE]') {
      done = true;
      continue;
    }
    const event = parseJson(data) as Record<string, unknown> | undefined;
    if (!event) continue;
    if (event.error) {
      error = parseProxyError(event) ?? { message: data, type: null, param: null, code: null };
      continue;
    }
    const choices = Array.isArray(event.choices) ? (event.choices as Array<Record<string, unknown>>) : [];
    for (const choice of choices) {
      if (typeof choice?.finish_reason === 'string') finishReason = choice.finish_reason;
      const delta = (choice?.delta ?? {}) as Record<string, unknown>;
      const piece = [delta.content, delta.reasoning_content, delta.reasoning].filter((v): v is string => typeof v === 'string').join('');
      if (piece) {
        deltas++;
        text += piece;
      }
    }
  }
  return { text, deltas, done, error, finishReason };
}

export async function probeStream(target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome & { firstTokenMs?: number | null }> {
  const started = performance.now();
  let firstTokenMs: number | null = null;
  let reply: HttpReply;
  try {
    reply = await httpRequest(`${target.baseUrl}/v1/chat/completions`, {
      body: { ...chatRequestBody(probe), stream: true },
      headers: { authorization: `Bearer ${target.masterKey}`, accept: 'text/event-stream' },
      timeoutMs: target.timeoutMs,
      maxBytes: target.maxBytes,
      onChunk: (chunk) => {
        if (firstTokenMs === null && /"(content|reasoning_content|reasoning)":"[^"]/.test(chunk)) firstTokenMs = Math.round(performance.now() - started);
      },
    });
  } catch (error) {
    // The proxy answered 200 and then the stream stalled (keep-alive comments only, or deltas with no end):
    // that is the stream's failure, not a server that never answered.
    if (error instanceof HttpFailure && error.partial?.status === 200) {
      const events = readEventStream(error.partial.text);
      if (events.error) return { endpoint: 'stream', ok: false, status: 200, latencyMs: error.latencyMs, error: events.error, firstTokenMs };
      // More deltas than max_tokens (each carries at least one token): the server does not stop, it did not stall.
      const endless = events.deltas > probe.maxTokens;
      return {
        ...transportOutcome('stream', error),
        status: 200,
        problem: endless ? 'endless-stream' : 'stalled-stream',
        reply: excerpt(events.text),
        ...(endless ? { deltas: events.deltas } : {}),
        firstTokenMs,
      };
    }
    return { ...transportOutcome('stream', error) };
  }
  const base = { endpoint: 'stream' as const, status: reply.status, latencyMs: reply.latencyMs, firstTokenMs };
  if (reply.status !== 200) return { ...errorOutcome(base, reply, parseJson(reply.text)), firstTokenMs };
  const events = readEventStream(reply.text);
  if (events.error) return { ...base, ok: false, error: events.error };
  if (reply.truncated) return { ...base, ok: false, problem: 'truncated' };
  if (events.deltas === 0) return { ...base, ok: false, problem: 'empty-reply', finishReason: events.finishReason };
  if (!events.done) return { ...base, ok: false, problem: 'unterminated-stream', reply: excerpt(events.text) };
  return { ...base, ok: true, reply: excerpt(events.text) };
}
