// Probes for the other API surfaces agents use through the proxy: Anthropic-format Messages (Claude Code
// style clients), the OpenAI Responses API (Codex style clients), and the tool-call probe on each (tools.ts).
import { probeChat, type ChatProbe } from './chat.ts';
import { interpretReply, sendToProxy } from './send.ts';
import { excerpt, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseMessagesReply, parseResponsesReply } from './replies.ts';
import { probeToolCall } from './tools.ts';

export type Surface = 'chat' | 'messages' | 'responses';
export const SURFACES: readonly Surface[] = ['chat', 'messages', 'responses'];

/** POST /v1/messages in Anthropic's format, as Claude Code sends it (anthropic-version header, max_tokens). */
export async function probeMessages(target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  const body: Record<string, unknown> = {
    ...probe.params,
    model: probe.alias,
    max_tokens: probe.maxTokens,
    messages: [{ role: 'user', content: probe.prompt }],
  };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  const { reply, failed } = await sendToProxy(target, 'messages', '/v1/messages', body, { 'anthropic-version': '2023-06-01', 'x-api-key': target.masterKey });
  if (!reply) return failed!;
  return interpretReply('messages', reply, (json) => {
    const parsed = parseMessagesReply(json);
    if (parsed && !parsed.text.trim())
      return { endpoint: 'messages', ok: false, status: reply.status, latencyMs: reply.latencyMs, problem: 'empty-reply', finishReason: parsed.finishReason };
    if (!parsed) return null;
    return { endpoint: 'messages', ok: true, status: reply.status, latencyMs: reply.latencyMs, reply: excerpt(parsed.text), servedModel: parsed.servedModel };
  });
}

/** POST /v1/responses, a minimal Responses API request as Codex style clients send it. */
export async function probeResponses(target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  const body: Record<string, unknown> = { ...probe.params, model: probe.alias, input: probe.prompt, max_output_tokens: probe.maxTokens };
  if (probe.temperature !== null) body.temperature = probe.temperature;
  const { reply, failed } = await sendToProxy(target, 'responses', '/v1/responses', body);
  if (!reply) return failed!;
  return interpretReply('responses', reply, (json) => {
    const parsed = parseResponsesReply(json);
    const base = { endpoint: 'responses' as const, status: reply.status, latencyMs: reply.latencyMs };
    // The server gave up inside the 200: its own words, or why it stopped, instead of "no content".
    if (parsed?.failed) return { ...base, ok: false, problem: 'failed-response', error: parsed.failed };
    if (parsed && !parsed.text.trim() && parsed.incompleteReason) return { ...base, ok: false, problem: 'empty-reply', finishReason: parsed.incompleteReason };
    if (!parsed || !parsed.text.trim()) return null;
    return { endpoint: 'responses', ok: true, status: reply.status, latencyMs: reply.latencyMs, reply: excerpt(parsed.text), servedModel: parsed.servedModel };
  });
}

/** A surface, or the tool-call probe on a surface. */
export type ProbeKind = Surface | `${Surface}-tools`;

export function probeSurface(surface: ProbeKind | 'tools', target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  switch (surface) {
    case 'chat-tools':
    case 'messages':
      return probeMessages(target, probe);
    case 'responses':
      return probeResponses(target, probe);
    case 'tools':
      return probeToolCall('chat', target, probe);
    case 'messages-tools':
      return probeToolCall('messages', target, probe);
    case 'responses-tools':
      return probeToolCall('responses', target, probe);
    default:
      return probeChat(target, probe);
  }
}
