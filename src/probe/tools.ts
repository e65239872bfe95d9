// The tool-call probe, sent the way agents send it: one ordinary function, `tool_choice` auto (the only
// choice Claude Code, Codex and the OpenAI agents SDK send), and a question whose natural answer is that
// call. `required` would hide a vLLM without a tool parser: vLLM serves it by guided decoding either way.
// Passes only on a structured call with JSON-object arguments; text that looks like a call fails.
import { chatRequestBody, type ChatProbe } from './chat.ts';
import { interpretReply, sendToProxy } from './send.ts';
import { excerpt, type Endpoint, type ProbeOutcome, type ProbeTarget } from './outcome.ts';
import { parseChatReply, parseJson, parseMessagesReply, parseResponsesReply, parseToolCall, type ToolCall } from './replies.ts';

export type ToolSurface = 'chat' | 'messages' | 'responses';

export const TOOL_PROMPT = 'What time is it in UTC right now? Use the get_current_time tool to find out.';

const NAME = 'get_current_time';
const DESCRIPTION = 'Returns the current time in a time zone.';
const SCHEMA = {
  type: 'object',
  properties: { timezone: { type: 'string', description: 'IANA time zone, e.g. UTC' } },
  required: ['timezone'],
} as const;

/** Chat Completions' tool shape (OpenAI SDK agents). */
export const PROBE_TOOL = { type: 'function', function: { name: NAME, description: DESCRIPTION, parameters: SCHEMA } } as const;

/** The endpoint name each surface's tool probe reports under. */
export const TOOL_ENDPOINT: Record<ToolSurface, Endpoint> = { chat: 'tools', messages: 'messages-tools', responses: 'responses-tools' };

/** The request body and path of the tool probe on one surface, with `tool_choice` auto as each API spells it. */
export function toolRequest(surface: ToolSurface, probe: ChatProbe): { path: string; body: Record<string, unknown>; headers: Record<string, string> } {
  const temperature = probe.temperature !== null ? { temperature: probe.temperature } : {};
  if (surface === 'messages') {
    return {
      path: '/v1/messages',
      headers: { 'anthropic-version': '2023-06-01' },
      body: {
        ...probe.params,
        model: probe.alias,
        max_tokens: probe.maxTokens,
        ...temperature,
        messages: [{ role: 'user', content: TOOL_PROMPT }],
        tools: [{ name: NAME, description: DESCRIPTION, input_schema: SCHEMA }],
        tool_choice: { type: 'auto' },
      },
    };
  }
  if (surface === 'responses') {
    return {
      path: '/v1/responses',
      headers: {},
      body: {
        ...probe.params,
        model: probe.alias,
        max_output_tokens: probe.maxTokens,
        ...temperature,
        input: TOOL_PROMPT,
        tools: [{ type: 'function', name: NAME, description: DESCRIPTION, parameters: SCHEMA }],
        tool_choice: 'auto',
      },
    };
  }
  return {
    path: '/v1/chat/completions',
    headers: {},
    body: { ...chatRequestBody({ ...probe, prompt: TOOL_PROMPT }), tools: [PROBE_TOOL], tool_choice: 'auto' },
  };
}

export async function probeToolCall(surface: ToolSurface, target: ProbeTarget, probe: ChatProbe): Promise<ProbeOutcome> {
  const endpoint = TOOL_ENDPOINT[surface];
  const { path, body, headers } = toolRequest(surface, probe);
  const { reply, failed } = await sendToProxy(target, endpoint, path, body, surface === 'messages' ? { ...headers, 'x-api-key': target.masterKey } : headers);
  if (!reply) return failed!;
  return interpretReply(endpoint, reply, (json) => judgeToolReply(endpoint, json, reply.status, reply.latencyMs, reply.text));
}

/** Pass on a structured call with object arguments; otherwise name what came back. */
export function judgeToolReply(endpoint: Endpoint, json: unknown, status: number, latencyMs: number, text: string): ProbeOutcome {
  const base = { endpoint, status, latencyMs };
  const call = endpoint === 'messages-tools' ? messagesToolCall(json) : endpoint === 'responses-tools' ? responsesToolCall(json) : parseToolCall(json);
  if (!call) return gaveUp(endpoint, json, base) ?? { ...base, ok: false, problem: 'no-tool-call', reply: excerpt(replyText(json) || text) };
  if (!call.argumentsValid || missingRequired([PROBE_TOOL], call).length > 0)
    return { ...base, ok: false, problem: 'bad-tool-arguments', reply: excerpt(`${call.name}(${call.arguments})`) };
  return { ...base, ok: true, reply: excerpt(`${call.name}(${call.arguments})`) };
}

/**
 * A reply with neither a call nor any text, that says why: a Responses API status "failed" / "incomplete", or a
 * finish_reason / stop_reason (a content filter). Not "answered in plain text": nothing was answered.
 */
function gaveUp(endpoint: Endpoint, json: unknown, base: Pick<ProbeOutcome, 'endpoint' | 'status' | 'latencyMs'>): ProbeOutcome | null {
  if (endpoint === 'responses-tools') {
    const parsed = parseResponsesReply(json);
    if (parsed?.failed) return { ...base, ok: false, problem: 'failed-response', error: parsed.failed };
    return parsed && !parsed.text.trim() && parsed.incompleteReason
      ? { ...base, ok: false, problem: 'empty-reply', finishReason: parsed.incompleteReason }
      : null;
  }
  const parsed = endpoint === 'messages-tools' ? parseMessagesReply(json) : parseChatReply(json);
  const text = parsed ? ('content' in parsed ? parsed.content + parsed.reasoning : parsed.text) : '';
  return parsed && !text.trim() && parsed.finishReason ? { ...base, ok: false, problem: 'empty-reply', finishReason: parsed.finishReason } : null;
}

/**
 * The required arguments (per the offered tool's schema) a call's object lacks. LiteLLM's Messages adapter
 * "repairs" arguments it cannot parse (1.108.7: litellm_core_utils/prompt_templates/common_utils.py,
 * `parse_tool_call_arguments`, used by llms/anthropic/pass_through/adapters/transformation.py), so a call cut
 * short upstream reaches an Anthropic client as a clean `tool_use` with `input: {}`: an object, but not the call.
 */
export function missingRequired(tools: unknown, call: Pick<ToolCall, 'name' | 'arguments'>): string[] {
  const offered = (Array.isArray(tools) ? tools : []) as Array<Record<string, unknown>>;
  const tool = offered.find((t) => (isObject(t.function) ? t.function.name : t.name) === call.name);
  const fn = tool && isObject(tool.function) ? tool.function : tool;
  const schema = fn?.parameters ?? fn?.input_schema;
  const required = isObject(schema) && Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === 'string') : [];
  const args = parseJson(call.arguments);
  return isObject(args) ? required.filter((name) => !(name in args)) : required;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Anthropic Messages: a `tool_use` content block whose `input` is an object. */
export function messagesToolCall(body: unknown): ToolCall | null {
  if (!isObject(body) || !Array.isArray(body.content)) return null;
  const block = (body.content as unknown[]).find((b) => isObject(b) && b.type === 'tool_use') as Record<string, unknown> | undefined;
  if (!block) return null;
  return { name: String(block.name ?? ''), arguments: JSON.stringify(block.input ?? null), argumentsValid: isObject(block.input) };
}

/** Responses API: a `function_call` output item whose `arguments` string is a JSON object. */
export function responsesToolCall(body: unknown): ToolCall | null {
  if (!isObject(body) || !Array.isArray(body.output)) return null;
  const item = (body.output as unknown[]).find((i) => isObject(i) && i.type === 'function_call') as Record<string, unknown> | undefined;
  if (!item) return null;
  const args = typeof item.arguments === 'string' ? item.arguments : '';
  return { name: String(item.name ?? ''), arguments: args, argumentsValid: isObject(parseJson(args)) };
}

/** The text a model answered instead of a call (any surface), for the diagnosis. */
function replyText(body: unknown): string {
  if (!isObject(body)) return '';
  const pieces: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isObject(v)) {
      for (const key of ['text', 'content']) if (typeof v[key] === 'string') pieces.push(v[key] as string);
      for (const key of ['choices', 'message', 'content', 'output']) if (typeof v[key] === 'object') walk(v[key], depth + 1);
    }
  };
  walk(body, 0);
  return pieces.join(' ');
}

/** Text that only looks like a tool call: Hermes/Qwen `<tool_call>` markup, or a bare `{"name": ..., "arguments": ...}`. */
export function looksLikeToolCall(text: string): boolean {
  return /<tool_call>|<\|tool_call|"name"\s*:\s*"[^"]+"\s*,\s*"(arguments|parameters)"\s*:/.test(text);
}
