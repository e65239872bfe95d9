// The bodies a vLLM server answers with: chat completions (whole and streamed), tool calls, and the
// Responses API (whole and streamed). Shapes follow vLLM's protocol models; field names are cited where
// releases differ.
import { randomBytes } from 'node:crypto';
import type http from 'node:http';

const id = (prefix: string) => `${prefix}${randomBytes(8).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/**
 * The field a reasoning parser fills. vLLM renamed `reasoning_content` to `reasoning` (vllm-project/vllm
 * PR #27752, released in the 0.11/0.12 line); older servers still send `reasoning_content`.
 */
export type ReasoningField = 'reasoning' | 'reasoning_content';

export interface ReplyModel {
  name: string;
  text: string;
  reasoning: string | null;
  reasoningField: ReasoningField;
}

export interface ToolCallReply {
  name: string;
  arguments: string;
}

export function chatBody(m: ReplyModel, call: ToolCallReply | null): Record<string, unknown> {
  const message: Record<string, unknown> = call
    ? { role: 'assistant', content: null, tool_calls: [{ id: id('chatcmpl-tool-'), type: 'function', function: call }] }
    : { role: 'assistant', content: m.text, tool_calls: [] };
  if (m.reasoning !== null) message[m.reasoningField] = m.reasoning;
  return {
    id: id('chatcmpl-'),
    object: 'chat.completion',
    created: now(),
    model: m.name,
    choices: [{ index: 0, message, logprobs: null, finish_reason: call ? 'tool_calls' : 'stop', stop_reason: null }],
    usage: { prompt_tokens: 150, total_tokens: 170, completion_tokens: 20, prompt_tokens_details: null },
    prompt_logprobs: null,
  };
}

/** Chat SSE: a role delta, reasoning and content (or tool-call) deltas, a finish chunk, `data: [DONE]`. */
export function streamChat(res: http.ServerResponse, m: ReplyModel, call: ToolCallReply | null, midStreamError: boolean): void {
  const base = { id: id('chatcmpl-'), object: 'chat.completion.chunk', created: now(), model: m.name };
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  const event = (delta: Record<string, unknown>, finish: string | null = null) =>
    res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`);
  event({ role: 'assistant', content: '' });
  if (midStreamError) {
    res.write(`data: ${JSON.stringify({ error: { message: 'model crashed mid-stream', type: 'InternalServerError', param: null, code: 500 } })}\n\n`);
    res.end();
    return;
  }
  if (m.reasoning !== null) event({ [m.reasoningField]: m.reasoning });
  if (call) {
    // vLLM's tool parsers stream the name first (with the call id), then the arguments.
    event({ tool_calls: [{ index: 0, id: id('chatcmpl-tool-'), type: 'function', function: { name: call.name, arguments: '' } }] });
    event({ tool_calls: [{ index: 0, function: { arguments: call.arguments } }] });
    event({}, 'tool_calls');
  } else {
    for (const word of m.text.split(/(?<= )/)) event({ content: word });
    event({}, 'stop');
  }
  res.end('data: [DONE]\n\n');
}

function responsesOutput(m: ReplyModel, call: ToolCallReply | null): Array<Record<string, unknown>> {
  const output: Array<Record<string, unknown>> = [];
  if (m.reasoning !== null)
    output.push({
      id: id('rs_'),
      type: 'reasoning',
      summary: [],
      content: [{ type: 'reasoning_text', text: m.reasoning }],
      encrypted_content: null,
      status: null,
    });
  if (call) output.push({ id: id('fc_'), type: 'function_call', call_id: id('call_'), name: call.name, arguments: call.arguments, status: 'completed' });
  else
    output.push({
      id: id('msg_'),
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: m.text, annotations: [], logprobs: null }],
    });
  return output;
}

export function responsesBody(
  m: ReplyModel,
  call: ToolCallReply | null,
  request: Record<string, unknown> | undefined,
  status = 'completed',
): Record<string, unknown> {
  return {
    id: id('resp_'),
    created_at: now(),
    instructions: request?.instructions ?? null,
    metadata: null,
    model: m.name,
    object: 'response',
    output: status === 'completed' ? responsesOutput(m, call) : [],
    parallel_tool_calls: true,
    temperature: 1,
    tool_choice: request?.tool_choice ?? 'auto',
    tools: Array.isArray(request?.tools) ? request.tools : [],
    top_p: 1,
    background: false,
    max_output_tokens: typeof request?.max_output_tokens === 'number' ? request.max_output_tokens : null,
    previous_response_id: null,
    reasoning: null,
    status,
    text: null,
    truncation: 'disabled',
    usage:
      status === 'completed'
        ? { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 18, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 30 }
        : null,
    user: null,
  };
}

/**
 * Responses SSE as vLLM's non-Harmony path emits it: `responses_stream_generator` (RESPONSES in vllm.ts) sends
 * response.created and response.in_progress, then `SimpleStreamingEventProcessor` opens and closes one item per
 * state, then response.completed (vllm/entrypoints/openai/responses/streaming_events.py @
 * 01e4fce07423dafcc832600ba05159fb28dc1126, `emit_simple_*_open/_delta/_done`):
 *   reasoning: output_item.added -> reasoning_part.added -> reasoning_text.delta* -> reasoning_text.done ->
 *              reasoning_part.done -> output_item.done
 *   text:      output_item.added -> content_part.added -> output_text.delta* -> output_text.done ->
 *              content_part.done -> output_item.done
 *   call:      output_item.added -> function_call_arguments.delta* -> function_call_arguments.done (with
 *              `name`) -> output_item.done
 * Each event goes out as `event: <type>\ndata: <json>\n\n` with no `[DONE]` (responses/api_router.py @
 * f6e93254b87059a005c9043f4c72322994aff95a, `_convert_stream_to_sse_events`), numbered by `sequence_number`.
 */
export function streamResponses(res: http.ServerResponse, m: ReplyModel, call: ToolCallReply | null, request: Record<string, unknown> | undefined): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  let seq = 0;
  const send = (type: string, fields: Record<string, unknown>) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}\n\n`);
  const final = responsesBody(m, call, request);
  send('response.created', { response: { ...final, status: 'in_progress', output: [], usage: null } });
  send('response.in_progress', { response: { ...final, status: 'in_progress', output: [], usage: null } });
  (final.output as Array<Record<string, unknown>>).forEach((item, output_index) => {
    const itemId = item.id as string;
    if (item.type === 'reasoning') {
      const part = { type: 'reasoning_text', text: '' };
      send('response.output_item.added', { output_index, item: { ...item, content: [], status: 'in_progress' } });
      send('response.reasoning_part.added', { item_id: itemId, output_index, content_index: 0, part });
      send('response.reasoning_text.delta', { item_id: itemId, output_index, content_index: 0, delta: m.reasoning });
      send('response.reasoning_text.done', { item_id: itemId, output_index, content_index: 0, text: m.reasoning });
      send('response.reasoning_part.done', { item_id: itemId, output_index, content_index: 0, part: { ...part, text: m.reasoning } });
    } else if (item.type === 'function_call') {
      send('response.output_item.added', { output_index, item: { ...item, arguments: '', status: 'in_progress' } });
      send('response.function_call_arguments.delta', { item_id: itemId, output_index, delta: item.arguments });
      send('response.function_call_arguments.done', { item_id: itemId, output_index, arguments: item.arguments, name: item.name });
    } else {
      const part = { type: 'output_text', text: '', annotations: [], logprobs: [] };
      send('response.output_item.added', { output_index, item: { ...item, status: 'in_progress', content: [] } });
      send('response.content_part.added', { item_id: itemId, output_index, content_index: 0, part });
      for (const word of m.text.split(/(?<= )/))
        send('response.output_text.delta', { item_id: itemId, output_index, content_index: 0, delta: word, logprobs: [] });
      send('response.output_text.done', { item_id: itemId, output_index, content_index: 0, text: m.text, logprobs: [] });
      send('response.content_part.done', { item_id: itemId, output_index, content_index: 0, part: { ...part, text: m.text } });
    }
    send('response.output_item.done', { output_index, item });
  });
  send('response.completed', { response: final });
  res.end();
}
