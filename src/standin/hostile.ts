// Upstream behaviours past the well-behaved servers: a stream that stalls, a body cut mid-JSON. Each says
// whether a real server does it (cited) or whether it is hostile by design (an outside checker's upstream).
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { gateAnswer } from './gates.ts';
import { QUIRK_FAULTS, quirkAnswer, type QuirkFault } from './quirks.ts';
import { RUNAWAY_FAULTS, runawayAnswer, type RunawayFault } from './runaway.ts';

export type HostileFault =
  | 'stream-stall' // a chat stream that opens, then sends only SSE keep-alive comments and never ends
  | 'cut-json' // 200 whose JSON body stops mid-string (Content-Length matches what is sent)
  | 'huge-error' // 400 whose gzip-compressed error message is 16 MiB (about 16 KB on the wire)
  | 'bad-encoding' // 200 that says Content-Encoding: gzip over a plain JSON body
  | 'redirect' // 307 to https:// on another host, as a reverse proxy that moved the API answers
  | 'no-choices' // 200 chat completion with `choices: []`
  | 'long-error' // 400 whose error message is 256 KiB of one line
  | 'huge-headers' // 200 chat completion with 24 KiB of response headers
  | 'content-blocks' // 200 chat completion whose message.content is a list of blocks (Mistral's reasoning replies)
  | 'null-message' // 200 chat completion whose choice has `message: null`
  | 'content-filter' // 200 chat completion withheld by a content filter (Azure OpenAI's finish_reason "content_filter")
  | 'lone-surrogate' // 200 chat completion whose text holds a lone UTF-16 surrogate escape (`\ud83d` without its pair)
  | 'response-failed' // /v1/responses: status "failed" with an error (whole), or a `response.failed` event (streamed)
  | 'response-filtered' // /v1/responses: status "incomplete", incomplete_details.reason "content_filter"
  | 'cloudflare-challenge' // 403 browser check from Cloudflare in front of the server (`cf-mitigated: challenge`)
  | 'basic-auth' // a reverse proxy that asks for HTTP Basic credentials (user:pass) before the server is reached
  | 'bad-utf8' // 200 chat completion whose text holds bytes that are not UTF-8 (half of a 4-byte character)
  | QuirkFault // quirks.ts
  | RunawayFault; // runaway.ts

export const HOSTILE_FAULTS: readonly HostileFault[] = [
  'stream-stall',
  'cut-json',
  'huge-error',
  'bad-encoding',
  'redirect',
  'no-choices',
  'long-error',
  'huge-headers',
  'content-blocks',
  'null-message',
  'content-filter',
  'lone-surrogate',
  'response-failed',
  'response-filtered',
  'cloudflare-challenge',
  'basic-auth',
  'bad-utf8',
  ...QUIRK_FAULTS,
  ...RUNAWAY_FAULTS,
];

let hugeError: Buffer | undefined;

/** Answers the request when `fault` is one of the hostile ones; returns false to let the server answer normally. */
export function hostileAnswer(
  fault: string | undefined,
  res: http.ServerResponse,
  body: Record<string, unknown> | undefined,
  model: string,
  path = '/v1/chat/completions',
  authorization?: string,
): boolean {
  if (gateAnswer(fault, res, authorization) || quirkAnswer(fault, res, model) || runawayAnswer(fault, res, body, model)) return true;
  if ((fault === 'response-failed' || fault === 'response-filtered') && path === '/v1/responses') return failedResponse(fault, res, body, model);
  if (fault === 'stream-stall' && body?.stream === true) {
    // OpenRouter sends SSE comments (": OPENROUTER PROCESSING") while a model is slow to start
    // (https://openrouter.ai/docs/api_reference/streaming, "Additional information"); one that never
    // sends a token nor ends is hostile by design. Plain requests are answered normally.
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
    const chunk = { id: 'chatcmpl-stall', object: 'chat.completion.chunk', created: 1730000000, model };
    res.write(
      `data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }] })}\n\n`,
    );
    const timer = setInterval(() => res.write(': OPENROUTER PROCESSING\n\n'), 500);
    res.on('close', () => clearInterval(timer));
    return true;
  }
  if (fault === 'cut-json') {
    // Hostile by design (a reverse proxy or a crashed worker that cuts the body, and says so in Content-Length).
    const text = `{"id":"chatcmpl-cut","object":"chat.completion","model":"${model}","choices":[{"index":0,"message":{"role":"assistant","content":"Hel`;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'bad-encoding') {
    // Hostile by design (a reverse proxy that labels a body it did not compress): the client cannot decode it.
    const text = JSON.stringify({
      id: 'chatcmpl-enc',
      object: 'chat.completion',
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, finish_reason: 'stop' }],
    });
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'redirect') {
    // What nginx's documented http-to-https redirect (`return 301 https://$host$request_uri;`,
    // https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return) or a moved API answers; 307 keeps the method.
    res.writeHead(307, { location: 'https://api.elsewhere.example/v1/chat/completions', 'content-length': 0 });
    res.end();
    return true;
  }
  if (fault === 'no-choices') {
    // Hostile by design: OpenAI's chat completion always carries a choice (a gateway or filter that drops them).
    const text = JSON.stringify({ id: 'chatcmpl-none', object: 'chat.completion', created: 1730000000, model, choices: [], usage: null });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'long-error') {
    // Hostile by design: an error message longer than a reply can be, on one line (a server echoing a whole prompt).
    const text = JSON.stringify({ error: { message: `Bad request: ${'C'.repeat(256 << 10)}`, type: 'invalid_request_error', param: null, code: null } });
    res.writeHead(400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'huge-headers') {
    // Hostile by design: a reply whose headers alone are 24 KiB (24 of 1 KiB), between what Node's clients read
    // (16 KiB) and what LiteLLM's httpx reads (100 KiB). Streamed requests get the same headers over their SSE.
    const padding = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`x-padding-${i}`, 'p'.repeat(1024)]));
    const base = { id: 'chatcmpl-hdr', created: 1730000000, model };
    if (body?.stream === true) {
      const delta = {
        ...base,
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta: { role: 'assistant', content: 'Hi' }, logprobs: null, finish_reason: 'stop' }],
      };
      res.writeHead(200, { ...padding, 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(`data: ${JSON.stringify(delta)}\n\ndata: [DONE]\n\n`);
      return true;
    }
    const text = JSON.stringify({
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi' }, logprobs: null, finish_reason: 'stop' }],
    });
    res.writeHead(200, { ...padding, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'content-blocks') {
    // Mistral's API answers a reasoning request (magistral-*, or reasoning_effort) with `content` as a list of
    // blocks, a thinking block then a text block, whole and streamed (https://docs.mistral.ai/capabilities/reasoning/;
    // LiteLLM's own `mistral/` provider flattens them: litellm/llms/mistral/chat/transformation.py,
    // `_handle_content_list_to_str_conversion`, 1.108.7). Its `openai/` provider reads content only as a string.
    const content = [
      { type: 'thinking', thinking: [{ type: 'text', text: 'The user greets me; I greet back.' }] },
      { type: 'text', text: 'Hello! How can I help you today?' },
    ];
    const base = { id: 'cmpl-blocks', created: 1730000000, model };
    if (body?.stream === true) {
      const event = (delta: Record<string, unknown>, finish: string | null = null) =>
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(
        `${event({ role: 'assistant', content: '' })}${content.map((block) => event({ content: [block] })).join('')}${event({}, 'stop')}data: [DONE]\n\n`,
      );
      return true;
    }
    return json(res, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', tool_calls: null, content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 9, total_tokens: 30, completion_tokens: 21 },
    });
  }
  if (fault === 'null-message') {
    // Hostile by design: a choice always carries a message object in OpenAI's chat completion.
    return json(res, {
      id: 'chatcmpl-null',
      object: 'chat.completion',
      created: 1730000000,
      model,
      choices: [{ index: 0, message: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: 9, total_tokens: 10, completion_tokens: 1 },
    });
  }
  if (fault === 'content-filter') {
    // Azure OpenAI's content filter on a completion: HTTP 200, `content` null and finish_reason "content_filter";
    // a stream stops with a last chunk that carries it (https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/content-filter,
    // and OpenAI's own finish_reason "content_filter": "content was omitted due to a flag from our content filters").
    const base = { id: 'chatcmpl-filtered', created: 1730000000, model };
    if (body?.stream === true) {
      const event = (delta: Record<string, unknown>, finish: string | null = null) =>
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(`${event({ role: 'assistant', content: '' })}${event({}, 'content_filter')}data: [DONE]\n\n`);
      return true;
    }
    return json(res, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: null }, finish_reason: 'content_filter' }],
      usage: { prompt_tokens: 9, total_tokens: 9, completion_tokens: 0 },
    });
  }
  if (fault === 'lone-surrogate') {
    // Hostile by design: valid JSON whose string holds half a surrogate pair, what a gateway writes when it cuts a
    // reply by UTF-16 length through an emoji (JavaScript's JSON.stringify escapes the lone half as \ud83d).
    const text = 'Hello! \ud83d';
    const base = { id: 'chatcmpl-half', created: 1730000000, model };
    if (body?.stream === true) {
      const event = (delta: Record<string, unknown>, finish: string | null = null) =>
        `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
      res.end(`${event({ role: 'assistant', content: '' })}${event({ content: text })}${event({}, 'stop')}data: [DONE]\n\n`);
      return true;
    }
    return json(res, { ...base, object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }] });
  }
  if (fault === 'bad-utf8') {
    // Half of an emoji's 4 UTF-8 bytes inside the text. llama-server has sent such bytes when a character split
    // across tokens or SSE buffer evictions (ggml-org/llama.cpp PRs #28724 and #28926 fix both); a whole reply
    // carrying them is hostile by design.
    const cut = Buffer.from([0xf0, 0x9f, 0x98]);
    const base = { id: 'chatcmpl-bytes', created: 1730000000, model };
    const [head, tail] = JSON.stringify({
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hi CUT there' }, finish_reason: 'stop' }],
    }).split('CUT');
    const bytes = Buffer.concat([Buffer.from(head!), cut, Buffer.from(tail!)]);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    res.end(bytes);
    return true;
  }
  if (fault === 'huge-error') {
    // Hostile by design: a decompression bomb in an error body. Content-Encoding on an error page is ordinary
    // (any server behind a compressing reverse proxy); the size is the attack.
    hugeError ??= gzipSync(
      JSON.stringify({ error: { message: `Bad request: ${'B'.repeat(16 << 20)}`, type: 'invalid_request_error', param: null, code: null } }),
    );
    res.writeHead(400, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': hugeError.length });
    res.end(hugeError);
    return true;
  }
  return false;
}

function json(res: http.ServerResponse, body: unknown): true {
  const text = JSON.stringify(body);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return true;
}

/**
 * A Responses API request the server gives up on, as OpenAI's API answers it (https://platform.openai.com/docs/api-reference/responses/object:
 * `status` "failed" with `error: {code, message}`, or "incomplete" with `incomplete_details.reason` "max_output_tokens" or
 * "content_filter"; streamed, the last event is `response.failed` / `response.incomplete` instead of `response.completed`,
 * https://platform.openai.com/docs/api-reference/responses-streaming). Chat requests to the same model are answered normally.
 */
function failedResponse(
  fault: 'response-failed' | 'response-filtered',
  res: http.ServerResponse,
  body: Record<string, unknown> | undefined,
  model: string,
): true {
  const failed = fault === 'response-failed';
  const response = {
    id: 'resp_gaveup',
    object: 'response',
    created_at: 1730000000,
    model,
    status: failed ? 'failed' : 'incomplete',
    error: failed ? { code: 'server_error', message: 'The model failed to generate a response.' } : null,
    incomplete_details: failed ? null : { reason: 'content_filter' },
    output: [],
    parallel_tool_calls: true,
    tool_choice: body?.tool_choice ?? 'auto',
    tools: Array.isArray(body?.tools) ? body.tools : [],
    usage: null,
  };
  if (body?.stream !== true) return json(res, response);
  let seq = 0;
  const event = (type: string, fields: Record<string, unknown>) => `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}\n\n`;
  const started = { ...response, status: 'in_progress', error: null, incomplete_details: null };
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8' });
  res.end(
    event('response.created', { response: started }) +
      event('response.in_progress', { response: started }) +
      event(failed ? 'response.failed' : 'response.incomplete', { response }),
  );
  return true;
}
