// The parsers, tool-call diagnosis and backend-swap rule behind the messages / responses / tools probes.
import assert from 'node:assert/strict';
import type { OracleDeployment } from '../../src/litellm/oracle.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { diagnoseTools } from '../../src/diagnose/tools.ts';
import { sentParams, withoutParam, chatRequestBody } from '../../src/probe/chat.ts';
import { parseMessagesReply, parseResponsesReply, parseToolCall } from '../../src/probe/replies.ts';
import { judgeToolReply, looksLikeToolCall, missingRequired, PROBE_TOOL, toolRequest } from '../../src/probe/tools.ts';
import { isSwap, modelFamily, servedModel } from '../../src/probe/upstream.ts';
import { readClientReply } from '../../src/probe/clients/reply.ts';

const config = parseConfig(
  'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/gpt-4o\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:1/v1\n',
  '/w/c.yaml',
  'c.yaml',
);
const deployment = config.deployments[0]!;
const ctx = { config, deployment, temperature: 0.7, timeoutMs: 1000 };

describe('reply parsers', () => {
  it('reads an Anthropic Messages reply (LiteLLM 1.108.7 shape), thinking only when there is no text', () => {
    const reply = {
      id: 'resp_x',
      type: 'message',
      role: 'assistant',
      model: 'claude-opus-4-5-20251101',
      content: [{ type: 'text', text: 'Hello!' }],
      stop_reason: 'end_turn',
    };
    assert.deepEqual(parseMessagesReply(reply), { text: 'Hello!', servedModel: 'claude-opus-4-5-20251101', finishReason: 'end_turn' });
    // LiteLLM's adapter: content_filter -> refusal, length -> max_tokens; read back as chat's finish_reason.
    assert.equal(parseMessagesReply({ ...reply, content: [], stop_reason: 'refusal' })?.finishReason, 'content_filter');
    assert.equal(parseMessagesReply({ ...reply, content: [], stop_reason: 'max_tokens' })?.finishReason, 'length');
    assert.equal(parseMessagesReply({ type: 'message', content: [{ type: 'thinking', thinking: 'hmm' }] })?.text, 'hmm');
    assert.equal(parseMessagesReply({ type: 'error', error: { message: 'x' } }), null);
    assert.equal(parseMessagesReply('nope'), null);
  });

  it('reads Responses API output text, reasoning only when there is no message', () => {
    const reply = {
      object: 'response',
      status: 'completed',
      model: 'm',
      output: [
        { type: 'reasoning', content: [{ type: 'reasoning_text', text: 'think' }] },
        { type: 'message', content: [{ type: 'output_text', text: 'Hi' }] },
      ],
    };
    assert.deepEqual(parseResponsesReply(reply), { text: 'Hi', status: 'completed', servedModel: 'm', failed: null, incompleteReason: null });
    assert.equal(parseResponsesReply({ ...reply, output: [reply.output[0]] })?.text, 'think');
    assert.equal(parseResponsesReply({ object: 'chat.completion', choices: [] }), null);
  });

  it('reads how a Responses API reply gave up: status "failed" with its error, "incomplete" with its reason, whole and streamed', () => {
    // OpenAI's shapes (https://platform.openai.com/docs/api-reference/responses/object), as LiteLLM 1.108.7 relays them.
    const base = { object: 'response', model: 'm', output: [] };
    const failed = { ...base, status: 'failed', error: { code: 'server_error', message: 'The model failed.' }, incomplete_details: null };
    const filtered = { ...base, status: 'incomplete', error: null, incomplete_details: { reason: 'content_filter' } };
    const capped = { ...filtered, incomplete_details: { reason: 'max_output_tokens' } };
    assert.deepEqual(parseResponsesReply(failed)?.failed, { message: 'The model failed.', type: null, param: null, code: 'server_error' });
    assert.equal(parseResponsesReply(filtered)?.incompleteReason, 'content_filter');
    assert.equal(parseResponsesReply(capped)?.incompleteReason, 'length');
    assert.equal(parseResponsesReply({ ...failed, error: null })?.failed?.message, 'status "failed" without an error message');
    const sse = (type: string, response: unknown) =>
      `event: response.created\ndata: ${JSON.stringify({ type: 'response.created', response: { ...base, status: 'in_progress' } })}\n\nevent: ${type}\ndata: ${JSON.stringify({ type, response })}\n\ndata: [DONE]\n\n`;
    const streamedFailure = readClientReply('responses', sse('response.failed', failed), true);
    assert.equal(streamedFailure.error?.message, 'The model failed.');
    assert.equal(streamedFailure.failed, true);
    assert.equal(streamedFailure.unterminated, false);
    const streamedFilter = readClientReply('responses', sse('response.incomplete', filtered), true);
    assert.equal(streamedFilter.finishReason, 'content_filter');
    assert.equal(streamedFilter.error, null);
    assert.equal(streamedFilter.unterminated, false);
  });

  it('reads the first tool call and checks its arguments are a JSON object', () => {
    const call = (args: string) => ({
      choices: [{ message: { tool_calls: [{ type: 'function', function: { name: 'get_current_time', arguments: args } }] } }],
    });
    assert.deepEqual(parseToolCall(call('{"timezone": "UTC"}')), { name: 'get_current_time', arguments: '{"timezone": "UTC"}', argumentsValid: true });
    assert.equal(parseToolCall(call('timezone=UTC'))?.argumentsValid, false);
    assert.equal(parseToolCall(call('[1]'))?.argumentsValid, false);
    assert.equal(parseToolCall({ choices: [{ message: { content: 'It is noon.', tool_calls: [] } }] }), null);
  });
});

describe('request parameters', () => {
  const probe = { alias: 'a', prompt: 'hi', temperature: 0.7, maxTokens: 8, params: { top_p: 0.9, seed: 7 } };

  it("merges request-params into the body, the probe's own fields winning", () => {
    assert.deepEqual(chatRequestBody({ ...probe, params: { ...probe.params, model: 'other' } }), {
      top_p: 0.9,
      seed: 7,
      model: 'a',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 8,
      temperature: 0.7,
    });
  });

  it('lists the parameters to try dropping, temperature first, and drops one at a time', () => {
    assert.deepEqual(sentParams(probe), ['temperature', 'top_p', 'seed']);
    assert.deepEqual(sentParams({ ...probe, temperature: null, params: {} }), []);
    assert.equal(chatRequestBody(withoutParam(probe, 'temperature')).temperature, undefined);
    assert.deepEqual(Object.keys(chatRequestBody(withoutParam(probe, 'top_p'))).sort(), ['max_tokens', 'messages', 'model', 'seed', 'temperature']);
  });
});

describe('tool-call diagnosis', () => {
  it("names vLLM's missing tool parser from its 400, as relayed by LiteLLM", () => {
    const message = 'litellm.BadRequestError: OpenAIException - "auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set';
    const d = diagnoseTools(
      { endpoint: 'tools', ok: false, status: 400, latencyMs: 5, error: { message, type: 'BadRequestError', param: null, code: '400' } },
      ctx,
    );
    assert.equal(d?.code, 'tools-unsupported');
    assert.match(d?.fix ?? '', /--enable-auto-tool-choice --tool-call-parser/);
  });

  it('explains a plain-text answer and malformed arguments, and leaves other failures to the general diagnosis', () => {
    assert.match(diagnoseTools({ endpoint: 'tools', ok: false, status: 200, latencyMs: 5, problem: 'no-tool-call' }, ctx)?.summary ?? '', /plain text/);
    assert.match(
      diagnoseTools({ endpoint: 'tools', ok: false, status: 200, latencyMs: 5, problem: 'bad-tool-arguments', reply: 'f(x)' }, ctx)?.summary ?? '',
      /not a JSON object/,
    );
    assert.equal(
      diagnoseTools(
        { endpoint: 'tools', ok: false, status: 401, latencyMs: 5, error: { message: 'AuthenticationError', type: null, param: null, code: '401' } },
        ctx,
      ),
      null,
    );
    assert.equal(diagnoseTools({ endpoint: 'chat', ok: false, status: 200, latencyMs: 5, problem: 'no-tool-call' }, ctx), null);
  });
});

describe('backend swap', () => {
  it('compares model families without provider, org or date', () => {
    assert.equal(modelFamily('openai/gpt-5-2025-08-07'), 'gpt-5');
    assert.equal(modelFamily('Qwen/Qwen3-0.6B'), 'qwen3-0.6b');
    assert.equal(isSwap('gpt-4o', 'gpt-5-2025-08-07'), true);
    assert.equal(isSwap('gpt-4o', 'gpt-4o-2024-08-06'), false);
    assert.equal(isSwap('Qwen/Qwen3-0.6B', 'Qwen/Qwen3-0.6B'), false);
    assert.equal(isSwap('claude-opus-4-5', 'claude-opus-4-5-20251101'), false);
    assert.equal(isSwap('Qwen/Qwen3-0.6B', 'meta-llama/Llama-3.1-8B-Instruct'), true);
  });

  it('asks the upstream directly with the resolved key, and gives up quietly when it cannot', async () => {
    const seen: Array<{ auth?: string; body: string }> = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, body });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ object: 'chat.completion', model: 'gpt-5-2025-08-07', choices: [] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const live = parseConfig(
        `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/gpt-4o\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:${port}/v1\n`,
        '/w/c.yaml',
        'c.yaml',
      ).deployments[0]!;
      // What LiteLLM answers for this route (test/integration/oracle.test.ts asks the real one).
      live.litellm = { openaiCompatible: true, upstreamModel: 'gpt-4o' } as OracleDeployment;
      assert.equal(await servedModel(live, { env: (n) => (n === 'VLLM_KEY' ? 'vk-1' : undefined), timeoutMs: 5000 }), 'gpt-5-2025-08-07');
      assert.equal(seen[0]?.auth, 'Bearer vk-1');
      assert.equal(JSON.parse(seen[0]!.body).model, 'gpt-4o', 'the provider prefix is stripped, as LiteLLM does');
      assert.equal(
        await servedModel({ ...deployment, litellm: live.litellm }, { env: () => 'k', timeoutMs: 2000 }),
        null,
        'a refused connection is no answer, not an error',
      );
      const anthropic = parseConfig('model_list:\n- model_name: c\n  litellm_params:\n    model: anthropic/claude-opus-4-5\n', '/w/c.yaml', 'c.yaml')
        .deployments[0]!;
      anthropic.litellm = { openaiCompatible: false, upstreamModel: 'claude-opus-4-5' } as OracleDeployment;
      assert.equal(await servedModel(anthropic, { env: () => 'k', timeoutMs: 2000 }), null, 'only OpenAI-compatible upstreams are asked');
      assert.equal(seen.length, 1);
    } finally {
      server.close();
    }
  });
});

describe('servedModel against a hostile upstream', () => {
  it('a served model name of 100 KB is cut to a model-id length before it reaches any sink', async () => {
    const server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ model: `evil-${'M'.repeat(100_000)}`, choices: [] })),
      );
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const d = parseConfig(
        `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/gpt-4o\n    api_base: http://127.0.0.1:${port}/v1\n`,
        '/w/c.yaml',
        'c.yaml',
      ).deployments[0]!;
      d.litellm = { openaiCompatible: true, upstreamModel: 'gpt-4o' } as OracleDeployment;
      const served = await servedModel(d, { env: () => undefined, timeoutMs: 5000 });
      assert.ok(served?.startsWith('evil-MMM'), served?.slice(0, 20));
      assert.equal(served?.length, 200);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('the tool probe as agents send it', () => {
  const probe = { alias: 'a', prompt: 'hi', temperature: null, maxTokens: 256 };

  it('sends tool_choice auto as each API spells it, with a question whose answer is the call', () => {
    assert.equal(toolRequest('chat', probe).body.tool_choice, 'auto');
    assert.deepEqual(toolRequest('messages', probe).body.tool_choice, { type: 'auto' });
    assert.equal(toolRequest('responses', probe).body.tool_choice, 'auto');
    assert.deepEqual(Object.keys((toolRequest('messages', probe).body.tools as object[])[0]!), ['name', 'description', 'input_schema']);
    assert.equal((toolRequest('responses', probe).body.tools as Array<{ name: string }>)[0]!.name, 'get_current_time');
    for (const s of ['chat', 'messages', 'responses'] as const) assert.match(JSON.stringify(toolRequest(s, probe).body), /get_current_time tool/);
  });

  it('passes only a structured call on each surface; text that looks like one fails as tools-unsupported', () => {
    const messages = { type: 'message', content: [{ type: 'tool_use', id: 't', name: 'get_current_time', input: { timezone: 'UTC' } }] };
    const responses = { object: 'response', output: [{ type: 'function_call', name: 'get_current_time', arguments: '{"timezone":"UTC"}' }] };
    assert.equal(judgeToolReply('messages-tools', messages, 200, 1, '').ok, true);
    assert.equal(judgeToolReply('responses-tools', responses, 200, 1, '').ok, true);
    const asText = {
      type: 'message',
      content: [{ type: 'text', text: '<tool_call>\n{"name": "get_current_time", "arguments": {"timezone": "UTC"}}\n</tool_call>' }],
    };
    const outcome = judgeToolReply('messages-tools', asText, 200, 1, '');
    assert.equal(outcome.problem, 'no-tool-call');
    const d = diagnoseTools(outcome, ctx);
    assert.equal(d?.code, 'tools-unsupported');
    assert.match(d?.summary ?? '', /only looks like a tool call/);
    assert.match(d?.fix ?? '', /--enable-auto-tool-choice --tool-call-parser/);
    assert.equal(
      judgeToolReply('responses-tools', { object: 'response', output: [{ type: 'function_call', name: 'f', arguments: 'x=1' }] }, 200, 1, '').problem,
      'bad-tool-arguments',
    );
    assert.equal(looksLikeToolCall('{"name": "get_current_time", "arguments": {}}'), true);
    assert.equal(looksLikeToolCall('It is noon.'), false);
  });

  it("a call that lacks the tool's required argument fails: LiteLLM's Messages adapter turns cut arguments into input {}", () => {
    const repaired = { type: 'message', content: [{ type: 'tool_use', id: 't', name: 'get_current_time', input: {} }] };
    const outcome = judgeToolReply('messages-tools', repaired, 200, 1, '');
    assert.equal(outcome.ok, false);
    assert.equal(outcome.problem, 'bad-tool-arguments');
    const d = diagnoseTools(outcome, ctx);
    assert.match(d?.summary ?? '', /not a JSON object with the tool's required fields: get_current_time\(\{\}\) \(LiteLLM's Messages API/);
    const chat = { choices: [{ message: { tool_calls: [{ function: { name: 'get_current_time', arguments: '{"zone":"UTC"}' } }] } }] };
    assert.equal(judgeToolReply('tools', chat, 200, 1, '').problem, 'bad-tool-arguments');
    assert.deepEqual(missingRequired([PROBE_TOOL], { name: 'get_current_time', arguments: '{"timezone":"UTC"}' }), []);
    // Each API's tool shape: Chat's function.parameters, Messages' input_schema, Responses' parameters.
    const anthropicTool = [{ name: 'Bash', input_schema: { type: 'object', required: ['command'] } }];
    assert.deepEqual(missingRequired(anthropicTool, { name: 'Bash', arguments: '{}' }), ['command']);
    assert.deepEqual(
      missingRequired([{ type: 'function', name: 'shell', parameters: { required: ['command'] } }], { name: 'shell', arguments: '{"command":["ls"]}' }),
      [],
    );
    assert.deepEqual(missingRequired(anthropicTool, { name: 'Other', arguments: '{}' }), [], 'a tool not offered has no schema to hold it to');
  });
});
