// Every reader of a reply's JSON, fed every real shape with any one value swapped for another JSON type (null,
// a number, a string, an empty or null-holding list, an empty object): what comes back from a proxy or an
// upstream is outside text, and one odd value must not stop the whole run (it did: `choices: [null]` from
// the proxy under --proxy-url ended the run with "Cannot read properties of null (reading 'message')").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseModelInfo } from '../../src/engine/remote.ts';
import { interpretChat } from '../../src/probe/chat.ts';
import { readClientReply } from '../../src/probe/clients/reply.ts';
import { parseChatReply, parseEmbedding, parseMessagesReply, parseProxyError, parseResponsesReply, parseToolCall } from '../../src/probe/replies.ts';
import { interpretReply } from '../../src/probe/send.ts';
import { readEventStream } from '../../src/probe/stream.ts';
import { judgeToolReply, messagesToolCall, responsesToolCall } from '../../src/probe/tools.ts';
import { diagnose } from '../../src/diagnose/diagnose.ts';
import { parseConfig } from '../../src/config/load.ts';

// The shapes each reader expects, as LiteLLM 1.108.7's proxy answers them (src/standin/replies.ts is what the
// integration tests send through it); the values are the ones the readers look at.
const SHAPES: Record<string, unknown> = {
  chat: {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    model: 'm',
    choices: [{ index: 0, message: { role: 'assistant', content: 'Hi', reasoning_content: 'think' }, finish_reason: 'stop' }],
  },
  chatTool: {
    object: 'chat.completion',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_current_time', arguments: '{"timezone":"UTC"}' } }],
        },
        finish_reason: 'tool_calls',
      },
    ],
  },
  chunk: {
    object: 'chat.completion.chunk',
    choices: [{ index: 0, delta: { content: 'Hi', tool_calls: [{ index: 0, id: 'c1', function: { name: 'f', arguments: '{}' } }] }, finish_reason: 'stop' }],
  },
  embedding: { object: 'list', data: [{ index: 0, object: 'embedding', embedding: [0.1, 0.2] }] },
  messages: {
    type: 'message',
    model: 'm',
    content: [
      { type: 'text', text: 'Hi' },
      { type: 'thinking', thinking: 'hm' },
      { type: 'tool_use', id: 't1', name: 'get_current_time', input: { timezone: 'UTC' } },
    ],
  },
  messagesEvent: { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: 't1', name: 'f' }, delta: { type: 'text_delta', text: 'x' } },
  responses: {
    object: 'response',
    status: 'completed',
    model: 'm',
    output: [
      { type: 'reasoning', content: [{ type: 'reasoning_text', text: 'hm' }] },
      { type: 'message', content: [{ type: 'output_text', text: 'Hi' }] },
      { type: 'function_call', call_id: 'c1', name: 'get_current_time', arguments: '{"timezone":"UTC"}' },
    ],
  },
  responsesEvent: { type: 'response.output_item.done', item: { type: 'message', content: [{ type: 'output_text', text: 'Hi' }] } },
  error: { error: { message: 'bad', type: 'invalid_request_error', param: null, code: '400' } },
  modelInfo: { data: [{ model_name: 'a', litellm_params: { model: 'openai/a', api_base: 'http://x/v1' }, model_info: { id: 'i', mode: 'chat' } }] },
};

const SWAPS: readonly unknown[] = [null, 0, -1, '', 'x', true, [], [null], [0], {}];

/** Every variant of `value` with one value (or the whole) swapped for another JSON type. */
function* variants(value: unknown): Generator<unknown> {
  for (const swap of SWAPS) yield swap;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) for (const inner of variants(value[i])) yield value.map((v, j) => (j === i ? inner : v));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) for (const inner of variants((value as Record<string, unknown>)[key])) yield { ...value, [key]: inner };
  }
}

const config = parseConfig(
  'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/a\n    api_base: http://127.0.0.1:8000/v1\n',
  '/w/c.yaml',
  'c.yaml',
);
const ctx = { config, deployment: config.deployments[0]!, temperature: 0.7, timeoutMs: 30_000 };

describe('hostile reply shapes', () => {
  it('no reader throws on any one value swapped for another JSON type, whole or streamed, and every outcome still diagnoses', () => {
    let tried = 0;
    for (const [name, shape] of Object.entries(SHAPES)) {
      for (const body of variants(shape)) {
        const text = JSON.stringify(body);
        const sse = `data: ${text}\n\nevent: x\ndata: ${text}\n\ndata: [DONE]\n\n`;
        const at = `${name}: ${text}`;
        try {
          parseChatReply(body);
          parseToolCall(body);
          parseEmbedding(body);
          parseMessagesReply(body);
          parseResponsesReply(body);
          parseProxyError(body, text);
          messagesToolCall(body);
          responsesToolCall(body);
          parseModelInfo(body);
          readEventStream(sse);
          for (const surface of ['chat', 'messages', 'responses'] as const) {
            readClientReply(surface, text, false);
            readClientReply(surface, sse, true);
          }
          for (const status of [200, 400, 500]) {
            const reply = { status, headers: {}, text, truncated: false, latencyMs: 1 };
            diagnose(interpretChat(reply), ctx);
            for (const endpoint of ['tools', 'messages-tools', 'responses-tools'] as const)
              diagnose(
                interpretReply(endpoint, reply, (json) => judgeToolReply(endpoint, json, status, 1, text)),
                ctx,
              );
          }
        } catch (error) {
          assert.fail(`${at}\n  threw ${(error as Error).stack}`);
        }
        tried++;
      }
    }
    assert.ok(tried > 500, `${tried} variants`);
  });
});
