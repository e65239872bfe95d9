// The stand-in pins what real vLLM does (src/standin/vllm.ts cites the source). Where our first stand-in
// differed from vLLM (it refused every request with tools when no parser was set; it never refused a large
// max_tokens), these tests hold the real behaviour.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { httpRequest } from '../../src/probe/http.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';

const TOOL = {
  type: 'function',
  function: { name: 'get_current_time', parameters: { type: 'object', properties: { timezone: { type: 'string' } }, required: ['timezone'] } },
};
const RESPONSES_TOOL = { type: 'function', name: 'get_current_time', parameters: TOOL.function.parameters };

describe('stand-in upstream: vLLM rules', () => {
  let s: Standin;
  before(async () => {
    s = await startStandin({
      models: [
        { id: 'parser' },
        { id: 'no-parser', tools: 'no-parser' },
        { id: 'small', maxModelLen: 8192 },
        { id: 'thinker', reasoning: true },
        { id: 'old-thinker', reasoning: true, reasoningField: 'reasoning_content' },
      ],
    });
  });
  after(() => s.close());

  const post = async (path: string, body: Record<string, unknown>) => {
    const r = await httpRequest(`${s.url.replace(/\/v1$/, '')}${path}`, { body, timeoutMs: 5000, maxBytes: 1 << 20 });
    return { status: r.status, json: JSON.parse(r.text) as Record<string, any>, text: r.text };
  };
  const chat = (model: string, extra: Record<string, unknown>) =>
    post('/v1/chat/completions', { model, messages: [{ role: 'user', content: 'What time is it?' }], ...extra });

  it("without a tool parser refuses only tool_choice auto (and tools without tool_choice), in vLLM's error envelope", async () => {
    for (const extra of [{ tools: [TOOL], tool_choice: 'auto' }, { tools: [TOOL] }]) {
      const r = await chat('no-parser', extra);
      assert.equal(r.status, 400);
      assert.deepEqual(r.json, {
        error: {
          message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
          type: 'BadRequestError',
          param: null,
          code: 400,
        },
      });
    }
  });

  it('serves tool_choice required and a named tool by guided decoding, parser or not', async () => {
    for (const model of ['no-parser', 'parser']) {
      for (const tool_choice of ['required', { type: 'function', function: { name: 'get_current_time' } }]) {
        const r = await chat(model, { tools: [TOOL], tool_choice });
        assert.equal(r.status, 200, `${model} ${JSON.stringify(tool_choice)}`);
        assert.equal(r.json.choices[0].finish_reason, 'tool_calls');
        assert.deepEqual(JSON.parse(r.json.choices[0].message.tool_calls[0].function.arguments), { timezone: 'UTC' });
      }
    }
    const auto = await chat('parser', { tools: [TOOL], tool_choice: 'auto' });
    assert.equal(auto.json.choices[0].message.tool_calls[0].function.name, 'get_current_time');
  });

  it('on /v1/responses does not refuse auto without a parser: the call comes back as unparsed text', async () => {
    const r = await post('/v1/responses', { model: 'no-parser', input: 'What time is it?', tools: [RESPONSES_TOOL], tool_choice: 'auto' });
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.json.output.map((o: { type: string }) => o.type),
      ['message'],
    );
    assert.match(r.json.output[0].content[0].text, /^<tool_call>/);
    const ok = await post('/v1/responses', { model: 'parser', input: 'What time is it?', tools: [RESPONSES_TOOL], tool_choice: 'auto' });
    assert.equal(ok.json.output[0].type, 'function_call');
  });

  it('answers in text once the tool result is back', async () => {
    const r = await chat('parser', {
      tools: [TOOL],
      messages: [
        { role: 'user', content: 'What time is it?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_current_time', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: '12:00' },
      ],
    });
    assert.equal(r.json.choices[0].finish_reason, 'stop');
    assert.match(r.json.choices[0].message.content, /12:00/);
  });

  it('with --max-model-len refuses chat max_tokens past the window, and clamps max_output_tokens on /v1/responses', async () => {
    const r = await chat('small', { max_tokens: 32000 });
    assert.equal(r.status, 400);
    assert.match(
      r.json.error.message,
      /^'max_tokens' or 'max_completion_tokens' is too large: 32000\. This model's maximum context length is 8192 tokens and your request has \d+ input tokens \(32000 > 8192 - \d+\)\./,
    );
    assert.equal(r.json.error.param, 'max_tokens');
    assert.equal((await chat('small', { max_tokens: 4000 })).status, 200);
    const responses = await post('/v1/responses', { model: 'small', input: 'hi', max_output_tokens: 32000 });
    assert.equal(responses.status, 200, 'vLLM clamps max_output_tokens (get_max_tokens takes the minimum)');
    const models = JSON.parse((await httpRequest(`${s.url}/models`, { timeoutMs: 5000, maxBytes: 1 << 20 })).text) as {
      data: Array<{ id: string; max_model_len: number }>;
    };
    assert.equal(models.data.find((m) => m.id === 'small')?.max_model_len, 8192);
  });

  it('names the thought `reasoning` as current vLLM does, `reasoning_content` for older releases', async () => {
    assert.equal(typeof (await chat('thinker', {})).json.choices[0].message.reasoning, 'string');
    const old = (await chat('old-thinker', {})).json.choices[0].message;
    assert.equal(typeof old.reasoning_content, 'string');
    assert.equal(old.reasoning, undefined);
  });

  it('streams /v1/responses events in order with sequence numbers', async () => {
    const r = await post('/v1/responses', { model: 'parser', input: 'hi', stream: true }).catch(() => null);
    assert.equal(r, null, 'an SSE body is not JSON');
    const raw = await httpRequest(`${s.url}/responses`, { body: { model: 'parser', input: 'hi', stream: true }, timeoutMs: 5000, maxBytes: 1 << 20 });
    const events = raw.text
      .split('\n\n')
      .filter(Boolean)
      .map(
        (block) =>
          JSON.parse(
            block
              .split('\n')
              .find((l) => l.startsWith('data: '))!
              .slice(6),
          ) as { type: string; sequence_number: number },
      );
    const types = events.map((e) => e.type).filter((t, i, all) => t !== all[i - 1]);
    assert.deepEqual(types, [
      'response.created',
      'response.in_progress',
      'response.output_item.added',
      'response.content_part.added',
      'response.output_text.delta',
      'response.output_text.done',
      'response.content_part.done',
      'response.output_item.done',
      'response.completed',
    ]);
    assert.deepEqual(
      events.map((e) => e.sequence_number),
      events.map((_, i) => i),
    );
  });

  /** The SSE events of one streamed /v1/responses request: `event:` name, parsed data. */
  const responseEvents = async (body: Record<string, unknown>) => {
    const raw = await httpRequest(`${s.url}/responses`, { body: { ...body, stream: true }, timeoutMs: 5000, maxBytes: 1 << 20 });
    assert.equal(raw.text.includes('[DONE]'), false, 'vLLM ends a Responses stream without [DONE]');
    return raw.text
      .split('\n\n')
      .filter(Boolean)
      .map((block) => {
        const lines = block.split('\n');
        const event = lines.find((l) => l.startsWith('event: '))!.slice(7);
        const data = JSON.parse(lines.find((l) => l.startsWith('data: '))!.slice(6)) as Record<string, any>;
        assert.equal(data.type, event, 'the event line names the data type');
        return data;
      });
  };

  // vLLM's SimpleStreamingEventProcessor (streaming_events.py @ 01e4fce, cited in replies.ts): a reasoning item opens
  // and closes a reasoning part around its deltas, and arguments.done names the function. Our first stand-in did neither.
  it('streams a reasoning item and a tool call in the order vLLM emits them', async () => {
    const events = await responseEvents({ model: 'thinker', input: 'What time is it?', tools: [RESPONSES_TOOL], tool_choice: 'auto' });
    assert.deepEqual(
      events.map((e) => e.type),
      [
        'response.created',
        'response.in_progress',
        'response.output_item.added',
        'response.reasoning_part.added',
        'response.reasoning_text.delta',
        'response.reasoning_text.done',
        'response.reasoning_part.done',
        'response.output_item.done',
        'response.output_item.added',
        'response.function_call_arguments.delta',
        'response.function_call_arguments.done',
        'response.output_item.done',
        'response.completed',
      ],
    );
    assert.deepEqual(
      events.map((e) => e.sequence_number),
      events.map((_, i) => i),
    );
    assert.deepEqual(events[3]!.part, { type: 'reasoning_text', text: '' });
    assert.equal(events[10]!.name, 'get_current_time');
    assert.deepEqual(JSON.parse(events[10]!.arguments), { timezone: 'UTC' });
    assert.equal(events[12]!.response.output[1].type, 'function_call');
  });

  // PROTOCOL check_tool_usage (vllm.ts) turns only an absent tool_choice into auto; CHAT answers an explicit null as text.
  it('treats tools without tool_choice as auto, but an explicit tool_choice null as neither refused nor parsed', async () => {
    const absent = await chat('no-parser', { tools: [TOOL] });
    assert.equal(absent.status, 400);
    assert.match(absent.json.error.message, /^"auto" tool choice requires/);
    assert.equal((await chat('parser', { tools: [TOOL] })).json.choices[0].finish_reason, 'tool_calls');
    for (const model of ['no-parser', 'parser']) {
      const explicit = await chat(model, { tools: [TOOL], tool_choice: null });
      assert.equal(explicit.status, 200, model);
      assert.equal(explicit.json.choices[0].finish_reason, 'stop', model);
      assert.equal(explicit.json.choices[0].message.tool_calls.length, 0, model);
      assert.match(explicit.json.choices[0].message.content, /^<tool_call>/, model);
    }
  });
});
