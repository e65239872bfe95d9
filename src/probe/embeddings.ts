// The embeddings probe, for aliases whose model_info.mode is `embedding`.
import { errorOutcome, transportOutcome } from './chat.ts';
import { httpRequest, type HttpReply } from './http.ts';
import type { ProbeOutcome, ProbeTarget } from './outcome.ts';
import { parseEmbedding, parseJson } from './responses.ts';

export async function probeEmbeddings(target: ProbeTarget, alias: string, input: string): Promise<ProbeOutcome> {
  let reply: HttpReply;
  try {
    reply = await httpRequest(`${target.baseUrl}/v1/embeddings`, {
      body: { model: alias, input },
      headers: { authorization: `Bearer ${target.masterKey}` },
      timeoutMs: target.timeoutMs,
      maxBytes: target.maxBytes,
    });
  } catch (error) {
    return transportOutcome('embeddings', error);
  }
  const base = { endpoint: 'embeddings' as const, status: reply.status, latencyMs: reply.latencyMs };
  const body = parseJson(reply.text);
  if (reply.status !== 200) return errorOutcome(base, reply, body);
  if (reply.truncated) return { ...base, ok: false, problem: 'truncated' };
  const vector = parseEmbedding(body);
  if (!vector || vector.length === 0) return { ...base, ok: false, problem: body === undefined ? 'not-json' : 'no-vector' };
  const served = (body as { model?: unknown }).model;
  return { ...base, ok: true, reply: `vector of ${vector.length} dimensions`, servedModel: typeof served === 'string' ? served : null };
}
