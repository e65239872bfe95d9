// Reads what a client gets back on its surface, whole or streamed, into the one thing an agent needs to know:
// a structured tool call (with its id, to answer it), or text, or an error event inside a 200 stream.
import { finishOfStopReason, parseJson, parseProxyError, responsesEnd, type ProxyError } from '../replies.ts';

export interface ClientReply {
  call: { id: string; name: string; arguments: string; argumentsValid: boolean } | null;
  text: string;
  error: ProxyError | null;
  /** A stream that ended without its closing event (`message_stop`, `response.completed`, `[DONE]`). */
  unterminated: boolean;
  /** A Responses API reply with status "failed" (its error is `error`). */
  failed?: boolean;
  /** Why a reply stopped (`length`, `content_filter`; a Messages reply's stop_reason as chat's), when it says so. */
  finishReason?: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const objectArgs = (s: string) => isObject(parseJson(s));

/** Server-sent events as (event name, parsed data) pairs; `[DONE]` comes back as data null. */
export function sseEvents(body: string): Array<{ event: string | null; data: Json | null }> {
  const out: Array<{ event: string | null; data: Json | null }> = [];
  for (const block of body.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/);
    const event =
      lines
        .find((l) => l.startsWith('event:'))
        ?.slice(6)
        .trim() ?? null;
    const data = lines
      .filter((l) => l.startsWith('data:'))
      .map((l) => l.slice(5).trim())
      .join('\n');
    if (!data) continue;
    const parsed = data === '[DONE]' ? null : parseJson(data);
    out.push({ event, data: isObject(parsed) ? parsed : null });
  }
  return out;
}

export function readClientReply(surface: 'chat' | 'messages' | 'responses', text: string, streamed: boolean): ClientReply {
  if (!streamed) return readWhole(surface, parseJson(text));
  const events = sseEvents(text);
  const error = events.map((e) => e.data).find((d) => d && (d.type === 'error' || d.error !== undefined) && !('choices' in d));
  const base = { error: error ? (parseProxyError(error) ?? { message: JSON.stringify(error), type: null, param: null, code: null }) : null };
  if (surface === 'messages') {
    // message_start, content_block_start (text | tool_use), content_block_delta (text_delta | input_json_delta), ..., message_stop
    let call: ClientReply['call'] = null;
    let json = '';
    let out = '';
    let stop: unknown = null;
    for (const { data } of events) {
      if (!data) continue;
      const block = data.content_block as Json | undefined;
      const delta = data.delta as Json | undefined;
      if (data.type === 'message_delta' && isObject(delta) && delta.stop_reason !== undefined) stop = delta.stop_reason;
      if (data.type === 'content_block_start' && block?.type === 'tool_use' && !call)
        call = { id: String(block.id), name: String(block.name), arguments: '', argumentsValid: false };
      if (data.type === 'content_block_delta' && delta?.type === 'input_json_delta') json += String(delta.partial_json ?? '');
      if (data.type === 'content_block_delta' && delta?.type === 'text_delta') out += String(delta.text ?? '');
    }
    if (call) call = { ...call, arguments: json || '{}', argumentsValid: objectArgs(json || '{}') };
    return { ...base, call, text: out, finishReason: finishOfStopReason(stop), unterminated: !events.some((e) => e.data?.type === 'message_stop') };
  }
  if (surface === 'responses') {
    // The last event is response.completed, or response.failed / response.incomplete when the server gave up
    // (https://platform.openai.com/docs/api-reference/responses-streaming).
    const end = events.find((e) => ['response.completed', 'response.failed', 'response.incomplete'].includes(String(e.data?.type)))?.data?.response;
    const items = events.filter((e) => e.data?.type === 'response.output_item.done').map((e) => e.data!.item);
    const whole = readWhole('responses', isObject(end) ? end : { object: 'response', output: items });
    return { ...whole, ...base, error: base.error ?? whole.error, unterminated: end === undefined };
  }
  // chat chunks: delta.content and delta.tool_calls[index].function.{name, arguments}
  let call: ClientReply['call'] = null;
  let out = '';
  for (const { data } of events) {
    for (const choice of Array.isArray(data?.choices) ? (data.choices as unknown[]).filter(isObject) : []) {
      const delta = (isObject(choice.delta) ? choice.delta : {}) as Json;
      if (typeof delta.content === 'string') out += delta.content;
      for (const tc of Array.isArray(delta.tool_calls) ? (delta.tool_calls as unknown[]).filter(isObject) : []) {
        const fn = (isObject(tc.function) ? tc.function : {}) as Json;
        call ??= { id: String(tc.id ?? 'call_0'), name: '', arguments: '', argumentsValid: false };
        if (typeof fn.name === 'string') call.name += fn.name;
        if (typeof fn.arguments === 'string') call.arguments += fn.arguments;
      }
    }
  }
  if (call) call.argumentsValid = objectArgs(call.arguments);
  return { ...base, call, text: out, unterminated: !events.some((e) => e.data === null) };
}

function readWhole(surface: 'chat' | 'messages' | 'responses', body: unknown): ClientReply {
  const none: ClientReply = { call: null, text: '', error: null, unterminated: false };
  if (!isObject(body)) return none;
  if (surface === 'messages') {
    // Any value may stand where an object belongs: only objects are read.
    const blocks = Array.isArray(body.content) ? (body.content as unknown[]).filter(isObject) : [];
    const use = blocks.find((b) => b.type === 'tool_use');
    const text = blocks
      .filter((b) => b.type === 'text')
      .map((b) => String(b.text ?? ''))
      .join('');
    const args = JSON.stringify(use?.input ?? null);
    return {
      ...none,
      text,
      finishReason: finishOfStopReason(body.stop_reason),
      call: use ? { id: String(use.id), name: String(use.name), arguments: args, argumentsValid: isObject(use.input) } : null,
    };
  }
  if (surface === 'responses') {
    const items = Array.isArray(body.output) ? (body.output as unknown[]).filter(isObject) : [];
    const fc = items.find((i) => i.type === 'function_call');
    const text = items
      .filter((i) => i.type === 'message')
      .flatMap((i) => (Array.isArray(i.content) ? (i.content as unknown[]).filter(isObject) : []))
      .map((c) => String(c.text ?? ''))
      .join('');
    const args = typeof fc?.arguments === 'string' ? fc.arguments : '';
    const end = responsesEnd(body);
    return {
      ...none,
      error: end.failed,
      failed: end.failed !== null,
      finishReason: end.incompleteReason,
      text,
      call: fc ? { id: String(fc.call_id ?? fc.id), name: String(fc.name), arguments: args, argumentsValid: objectArgs(args) } : null,
    };
  }
  const first = Array.isArray(body.choices) ? (body.choices as unknown[])[0] : undefined;
  const message = (isObject(first) && isObject(first.message) ? first.message : {}) as Json;
  const called = Array.isArray(message.tool_calls) ? (message.tool_calls as unknown[])[0] : undefined;
  const tc = isObject(called) ? called : undefined;
  const fn = (tc?.function ?? {}) as Json;
  const args = typeof fn.arguments === 'string' ? fn.arguments : '';
  return {
    ...none,
    text: typeof message.content === 'string' ? message.content : '',
    call: tc ? { id: String(tc.id), name: String(fn.name), arguments: args, argumentsValid: objectArgs(args) } : null,
  };
}
