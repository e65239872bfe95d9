// The chat probe: POST /v1/chat/completions through the proxy, shaped like the real client's request.
import type { HttpReply } from './http.ts';
import { excerpt, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseChatReply } from './replies.ts';
import { interpretReply, sendToProxy } from './send.ts';

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
    const base = { endpoint: 'chat' as const, status: reply.status, latencyMs: reply.latencyMs };
    // No choice at all is not an answer cut short (that still has one choice, finish_reason "length").
    const choices = (json as { choices?: unknown } | null)?.choices;
    if (Array.isArray(choices) && choices.length === 0) return { ...base, ok: false, problem: 'no-choices', reply: excerpt(reply.text) };
    const chat = parseChatReply(json);
    if (!chat) return null;
    // A thinking model with a small max_tokens may answer only in reasoning: the route still works.
    const text = chat.content.trim() || chat.reasoning.trim();
    if (!text) return { ...base, ok: false, problem: 'empty-reply', servedModel: chat.servedModel, finishReason: chat.finishReason };
    return { ...base, ok: true, reply: excerpt(text), servedModel: chat.servedModel };
  });
}
