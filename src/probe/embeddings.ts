// The embeddings probe, for aliases whose model_info.mode is `embedding`.
import { interpretReply, sendToProxy } from './send.ts';
import type { ProbeOutcome, ProbeTarget } from './outcome.ts';
import { parseEmbedding } from './replies.ts';

export async function probeEmbeddings(target: ProbeTarget, alias: string, input: string): Promise<ProbeOutcome> {
  const { reply, failed } = await sendToProxy(target, 'embeddings', '/v1/embeddings', { model: alias, input });
  if (!reply) return failed!;
  return interpretReply('embeddings', reply, (json) => {
    const base = { endpoint: 'embeddings' as const, status: reply.status, latencyMs: reply.latencyMs };
    const vector = parseEmbedding(json);
    if (!vector || vector.length === 0) return { ...base, ok: false, problem: 'no-vector' };
    const served = (json as { model?: unknown }).model;
    return { ...base, ok: true, reply: `vector of ${vector.length} dimensions`, servedModel: typeof served === 'string' ? served : null };
  });
}
