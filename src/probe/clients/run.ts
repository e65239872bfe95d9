// Sends, through the proxy, what one client really sends: its first turn (tools offered, a question whose
// natural answer is a tool call), then the follow-up carrying the tool result back. For Claude Code's
// small/fast background model, its background request instead. Returns the step that failed and why.
import { errorOutcome, sendToProxy } from '../send.ts';
import { excerpt, type Endpoint, type ProbeOutcome, type ProbeTarget } from '../outcome.ts';
import { parseJson } from '../replies.ts';
import type { ClientProfile } from './profile.ts';
import { readClientReply, type ClientReply } from './reply.ts';
import { missingRequired } from '../tools.ts';

export type ClientStep = 'first turn' | 'tool round trip' | 'background request';

export interface ClientRun {
  step: ClientStep;
  outcome: ProbeOutcome;
  /** The max_tokens / max_output_tokens the failing request asked for. */
  askedTokens: number | null;
}

const TOOL_ENDPOINT: Record<ClientProfile['surface'], Endpoint> = { chat: 'tools', messages: 'messages-tools', responses: 'responses-tools' };

export function isBackgroundAlias(profile: ClientProfile, alias: string): boolean {
  return profile.background !== undefined && new RegExp(profile.background.aliasPattern, 'i').test(alias);
}

/** The profile's request bodies, with or without one optional parameter (how the culprit of a 400 is found). */
export function firstTurnBody(profile: ClientProfile, alias: string, without: string | null = null): Record<string, unknown> {
  const body: Record<string, unknown> = { model: alias, ...structuredClone(profile.firstTurn) };
  if (without) delete body[without];
  return body;
}

export async function runClient(profile: ClientProfile, target: ProbeTarget, alias: string, without: string | null = null): Promise<ClientRun> {
  if (isBackgroundAlias(profile, alias)) {
    const body = { model: alias, ...structuredClone(profile.background!.body) };
    const { outcome } = await exchange(profile, target, body, profile.surface, 'background request');
    return { step: 'background request', outcome, askedTokens: asked(body) };
  }
  const first = firstTurnBody(profile, alias, without);
  const turn = await exchange(profile, target, first, TOOL_ENDPOINT[profile.surface], 'first turn');
  if (!turn.outcome.ok) return { step: 'first turn', outcome: turn.outcome, askedTokens: asked(first) };
  const call = turn.reply!.call!;
  const follow = followUp(profile, first, call);
  const back = await exchange(profile, target, follow, profile.surface, 'tool round trip');
  return { step: 'tool round trip', outcome: back.outcome, askedTokens: asked(follow) };
}

function asked(body: Record<string, unknown>): number | null {
  const v = body.max_tokens ?? body.max_output_tokens ?? body.max_completion_tokens;
  return typeof v === 'number' ? v : null;
}

/** One request as the client sends it; on the first turn only a structured tool call counts as an answer. */
async function exchange(profile: ClientProfile, target: ProbeTarget, body: Record<string, unknown>, endpoint: Endpoint, step: ClientStep) {
  const streamed = body.stream === true;
  // A profile's own accept wins: Claude Code 2.1.328 asks for application/json even on a streamed request (its capture).
  const headers = { ...(streamed ? { accept: 'text/event-stream' } : {}), ...profile.headers };
  const { reply, failed } = await sendToProxy(target, endpoint, profile.path, body, headers, profile.auth);
  if (!reply) return { outcome: failed! };
  const base = { endpoint, status: reply.status, latencyMs: reply.latencyMs };
  if (reply.status !== 200) return { outcome: errorOutcome(base, reply, parseJson(reply.text)) };
  if (reply.truncated) return { outcome: { ...base, ok: false, problem: 'truncated' as const } };
  const read: ClientReply = readClientReply(profile.surface, reply.text, streamed);
  if (read.error) return { outcome: { ...base, ok: false, error: read.error, ...(read.failed ? { problem: 'failed-response' as const } : {}) } };
  // A reply the server cut short with nothing in it (a content filter, max_output_tokens): the reason, not "no tool call".
  if (!read.call && !read.text.trim() && read.finishReason)
    return { outcome: { ...base, ok: false, problem: 'empty-reply' as const, finishReason: read.finishReason } };
  if (step === 'first turn') {
    if (!read.call) return { outcome: { ...base, ok: false, problem: 'no-tool-call' as const, reply: excerpt(read.text || reply.text) } };
    if (!read.call.argumentsValid || missingRequired(body.tools, read.call).length > 0)
      return { outcome: { ...base, ok: false, problem: 'bad-tool-arguments' as const, reply: excerpt(`${read.call.name}(${read.call.arguments})`) } };
    return { outcome: { ...base, ok: true, reply: excerpt(`${read.call.name}(${read.call.arguments})`) }, reply: read };
  }
  if (read.unterminated) return { outcome: { ...base, ok: false, problem: 'unterminated-stream' as const, reply: excerpt(read.text) } };
  if (!read.text.trim() && !read.call) return { outcome: { ...base, ok: false, problem: 'empty-reply' as const } };
  return { outcome: { ...base, ok: true, reply: excerpt(read.text || `${read.call!.name}(${read.call!.arguments})`) }, reply: read };
}

/** The second request: the history, the model's call, and the tool's result, in the client's own shape. */
function followUp(profile: ClientProfile, first: Record<string, unknown>, call: NonNullable<ClientReply['call']>): Record<string, unknown> {
  const result = profile.toolResult;
  if (profile.surface === 'messages') {
    const messages = [
      ...(first.messages as unknown[]),
      { role: 'assistant', content: [{ type: 'tool_use', id: call.id, name: call.name, input: JSON.parse(call.arguments) as unknown }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: result }] },
    ];
    return { ...first, messages };
  }
  if (profile.surface === 'responses') {
    // store: false means no previous_response_id: Codex sends the whole history again.
    const input = [
      ...(first.input as unknown[]),
      { type: 'function_call', name: call.name, arguments: call.arguments, call_id: call.id },
      { type: 'function_call_output', call_id: call.id, output: result },
    ];
    return { ...first, input };
  }
  const messages = [
    ...(first.messages as unknown[]),
    { role: 'assistant', content: null, tool_calls: [{ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }] },
    { role: 'tool', tool_call_id: call.id, content: result },
  ];
  return { ...first, messages };
}
