// Probes for the other API surfaces agents use through the proxy: Anthropic-format Messages (Claude Code
// style clients), the OpenAI Responses API (Codex style clients), and a chat request that requires a tool call.
import { chatRequestBody, interpretReply, probeChat, sendToProxy, type ChatProbe } from './chat.ts';
import { excerpt, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseMessagesReply, parseResponsesReply, parseToolCall } from './responses.ts';

export type Surface = 'chat' | 'messages' | 'responses';
export const SURFACES: readonly Surface[] = ['chat', 'messages', 'responses'];

/** What the tool probe offers: one trivial function the model must call. */
export const PROBE_TOOL = {
  type: 'function',
  function: {
    name: 'get_current_time',
    description: 'Returns the current time in a time zone.',
    parameters: { type: 'object', properties: { timezone: { type: 'string', description: 'IANA time zone, e.g. UTC' } }, required: ['timezone'] },
  },
} as const;

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
    if (!parsed || !parsed.text.trim()) return null;
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
    if (!parsed || !parsed.text.trim()) return null;
    return { endpoint: 'responses', ok: true, status: reply.status, latencyMs: reply.latencyMs, reply: excerpt(parsed.text), servedModel: parsed.servedModel };
  });
}

/** Chat with one trivial tool and `tool_choice: "required"`: passes on a tool call with JSON object arguments. */
export async function probeTools(target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  const body = { ...chatRequestBody({ ...probe, prompt: 'What time is it in UTC? Use the tool.' }), tools: [PROBE_TOOL], tool_choice: 'required' };
  const { reply, failed } = await sendToProxy(target, 'tools', '/v1/chat/completions', body);
  if (!reply) return failed!;
  return interpretReply('tools', reply, (json) => {
    const base = { endpoint: 'tools' as const, status: reply.status, latencyMs: reply.latencyMs };
    const call = parseToolCall(json);
    if (!call) return { ...base, ok: false, problem: 'no-tool-call', reply: excerpt(reply.text) };
    if (!call.argumentsValid) return { ...base, ok: false, problem: 'bad-tool-arguments', reply: excerpt(`${call.name}(${call.arguments})`) };
    return { ...base, ok: true, reply: excerpt(`${call.name}(${call.arguments})`) };
  });
}

export function probeSurface(surface: Surface | 'tools', target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  switch (surface) {
    case 'messages':
      return probeMessages(target, probe);
    case 'responses':
      return probeResponses(target, probe);
    case 'tools':
      return probeTools(target, probe);
    default:
      return probeChat(target, probe);
  }
}
