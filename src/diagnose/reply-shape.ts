// Replies that came back but are not a usable answer: not JSON, no choices, past the size limit, empty, or a
// stream that broke after its 200. The route itself answered, so these name the server's reply, not the route.
import { type Matcher, host, messageCore, msg, withCore } from './matcher.ts';
import { excerpt } from '../probe/outcome.ts';
import { setting } from '../options/settings.ts';

/**
 * Python's json decoder, as LiteLLM relays it for a 200 body that does not parse (a body cut mid-JSON comes back
 * as a 500 "Unterminated string starting at: line 1 column 73 (char 72)"): the messages of CPython's
 * Lib/json/decoder.py and Modules/_json.c, all ending in the position.
 */
const PYTHON_JSON_ERROR =
  /(?:Expecting (?:value|property name enclosed in double quotes|',' delimiter|':' delimiter)|Unterminated string starting at|Extra data|Invalid control character at|Invalid \\(?:escape|uXXXX escape)): line \d+ column \d+ \(char \d+\)/;

/** Python's json decoder on nesting past its recursion limit (hostile by design: `[[[[...` 100,000 deep). */
const PYTHON_JSON_TOO_DEEP = /maximum recursion depth exceeded while decoding a JSON/;

/**
 * Python's UTF-8 decoder on a reply's bytes (LiteLLM relays it as a 500, or as a streamed error event): half of a
 * multi-byte character, as llama-server has sent when a character split across tokens or SSE buffers
 * (src/standin/hostile.ts, `bad-utf8`).
 */
const NOT_UTF8 = /'utf-8' codec can't decode byte/;

export const invalidResponse: Matcher = (o, ctx) => {
  if (NOT_UTF8.test(msg(o)) && o.endpoint !== 'stream')
    return {
      code: 'invalid-response',
      summary: `the server at ${host(ctx.deployment)} answered with bytes that are not UTF-8 text, so LiteLLM could not read the reply${withCore(o)}.`,
      fix: `Look at the raw bytes the server answers at ${ctx.deployment.apiBase ?? 'its api_base'}/chat/completions: a character cut between tokens or buffers is a server bug (llama-server has had such), another charset a server or proxy setting.`,
    };
  if (!(
    o.problem === 'not-json' ||
    /Empty or invalid response|JSONDecodeError|Expecting value/i.test(msg(o)) ||
    PYTHON_JSON_ERROR.test(msg(o)) ||
    PYTHON_JSON_TOO_DEEP.test(msg(o))
  ))
    return null;
  return {
    code: 'invalid-response',
    summary: `the server at ${host(ctx.deployment)} answered with something that is not an OpenAI-compatible JSON reply${PYTHON_JSON_ERROR.test(msg(o)) ? ` (LiteLLM could not parse it${withCore(o)})` : ''}.`,
    fix: `Check that api_base points at the model server's API (ending in /v1), not at a web page or a reverse proxy's error page; a body cut short points at the server or a proxy in front of it.`,
  };
};

/**
 * A 200 without `choices`: LiteLLM 1.108.7 fails it with its own 500 "LiteLLM: provider returned a response with no
 * 'choices'. Raw keys: [...]" (litellm_core_utils/llm_response_utils/convert_dict_to_response.py). The server
 * answered, in another format than OpenAI's chat completion: Anthropic's Messages (GitHub Copilot's API for Claude
 * models, BerriAI/litellm#29391; src/standin/quirks.ts `anthropic-body`), an error object sent with 200, a gateway's
 * own JSON. Some LiteLLM paths say so for an empty `choices` list too (BerriAI/litellm#40276: a content filter).
 */
const NO_CHOICES = /provider returned a response with no 'choices'\. Raw keys: \[([^\]\n]{0,600})\]/;

export const notACompletion: Matcher = (o, ctx) => {
  const raw = NO_CHOICES.exec(msg(o))?.[1];
  if (raw === undefined) return null;
  // The keys are the server's text: only what a JSON key of a known shape can be is quoted.
  const keys = raw
    .split(',')
    .map((k) => k.trim().replace(/^'(.*)'$/, '$1'))
    .filter((k) => /^[\w.-]{1,40}$/.test(k))
    .slice(0, 12);
  const has = (k: string) => keys.includes(k);
  const where = `${ctx.deployment.apiBase ?? 'its api_base'}/chat/completions`;
  if (has('choices'))
    return {
      code: 'invalid-response',
      summary: `'${ctx.deployment.alias}' answered 200 with an empty choices list, which LiteLLM fails as "no 'choices'" (a content filter answers so on some providers; an answer cut by max_tokens still has a choice).`,
      fix: `Check what the server at ${host(ctx.deployment)} answers for this prompt (${setting('prompt')}): a filter in front of the model, or a gateway that drops the choices.`,
    };
  const format =
    has('type') && has('content')
      ? ": it has the shape of Anthropic's Messages format"
      : has('error') || (has('object') && has('message'))
        ? ': an error object sent with HTTP 200'
        : '';
  return {
    code: 'invalid-response',
    summary: `the server at ${host(ctx.deployment)} answered 200 with JSON that is no chat completion (no \`choices\`; its keys: ${keys.join(', ') || 'none'})${format}, so LiteLLM failed '${ctx.deployment.alias}' with a 500 of its own.`,
    fix: format.includes('Anthropic')
      ? `The server answers in Anthropic's Messages format, not OpenAI's chat completion: if it serves Anthropic's API, route it with LiteLLM's provider for that API (\`anthropic/<model>\`, api_base without /v1); otherwise point api_base at its OpenAI-compatible API.`
      : `Check that api_base points at the model server's OpenAI-compatible API (LiteLLM posts to ${where}) and what the server answers there.`,
  };
};

/**
 * A 200 that parsed as JSON but is no chat completion LiteLLM can read: its convert_to_model_response_object
 * raises "Invalid response object" (litellm_core_utils/llm_response_utils/convert_dict_to_response.py, 1.108.7),
 * relayed as a 500, or as a 400 "Invalid request format: ..." with the whole Python traceback when an
 * AttributeError is in the chain (proxy/common_request_processing.py). Mistral's reasoning replies do it
 * through `openai/`: their message.content is a list of blocks (src/standin/hostile.ts, `content-blocks`).
 */
export const unreadableReply: Matcher = (o, ctx) =>
  /\bInvalid response object\b/.test(msg(o))
    ? {
        code: 'invalid-response',
        summary: `the server at ${host(ctx.deployment)} answered 200 with a chat completion LiteLLM could not read ("Invalid response object"): a field whose type OpenAI's format does not allow, such as message.content as a list of blocks (Mistral's reasoning replies) or a null message.`,
        fix: `Compare what the server answers at ${ctx.deployment.apiBase ?? 'its api_base'}/chat/completions with OpenAI's chat completion format; for Mistral's API write the model as \`mistral/<model>\` (LiteLLM's mistral/ provider reads its content blocks) instead of \`openai/<model>\`.`,
      }
    : null;

/**
 * The proxy's own unhandled failure: Starlette's bare text/plain 500 "Internal Server Error" instead of LiteLLM's
 * JSON error object, which wraps every upstream failure. LiteLLM 1.108.7 answers so when it cannot encode a reply
 * (UnicodeEncodeError on a lone UTF-16 surrogate, src/standin/hostile.ts `lone-surrogate`), because its handler for
 * unhandled errors then fails too (it imports prisma, which litellm[proxy] does not install).
 */
export const proxyFailed: Matcher = (o, ctx) =>
  o.status === 500 && msg(o).trim() === 'Internal Server Error'
    ? {
        code: 'proxy-error',
        summary: `the LiteLLM proxy itself failed while handling '${ctx.deployment.alias}' (a bare 500 "Internal Server Error", not LiteLLM's error object, which carries every upstream failure): nothing says the upstream at ${host(ctx.deployment)} failed.`,
        fix: `The proxy log has the traceback: run LiteLLM on this config and send the same request. LiteLLM fails so on a reply it cannot pass on, such as text with half a UTF-16 surrogate pair (a gateway cutting through an emoji); check what the server at ${host(ctx.deployment)} answers.`,
      }
    : null;

/**
 * An error event inside a 200 stream on a client's request (a stream probe's is streamBroken's): LiteLLM marks the
 * upstream's failure as a server error in it (code 5xx, or Anthropic's `api_error` type on the Messages API), as Claude Code's streamed request through the Messages bridge gets a Responses
 * reply that failed (`response.failed`, src/standin/hostile.ts `response-failed`).
 */
const SERVER_ERROR_TYPES = /^(?:api_error|overloaded_error|internal_server_error)$/; // Anthropic's error types for 500 / 529, LiteLLM's for 500

export const failedMidStream: Matcher = (o, ctx) =>
  o.status === 200 && o.endpoint !== 'stream' && o.error && (/^5\d\d$/.test(o.error.code ?? '') || SERVER_ERROR_TYPES.test(o.error.type ?? ''))
    ? {
        code: 'upstream-error',
        summary: `the upstream at ${host(ctx.deployment)} failed after the proxy's 200: the streamed reply for '${ctx.deployment.alias}' carried an error event${withCore(o)}.`,
        fix: "Check the model server's logs for this request (a server-side failure, not a config mistake).",
      }
    : null;

/** A Responses API reply whose status is "failed": the server gave up on the request and says why in its `error`. */
export const failedResponse: Matcher = (o, ctx) =>
  o.problem === 'failed-response'
    ? {
        code: 'upstream-error',
        summary: `the server at ${host(ctx.deployment)} answered '${ctx.deployment.alias}' with HTTP 200 and a response of status "failed"${withCore(o)}.`,
        fix: "Check the model server's logs for this request; it gave up on it (a server-side failure, not a config mistake).",
      }
    : null;

/** A 200 whose `choices` is empty: OpenAI's shape always has one; no max_tokens setting explains it. */
export const noChoices: Matcher = (o, ctx) =>
  o.problem === 'no-choices'
    ? {
        code: 'invalid-response',
        summary: `'${ctx.deployment.alias}' answered 200 with no choices at all (an answer cut by max_tokens still has one, with finish_reason "length").`,
        fix: `Check what the server at ${host(ctx.deployment)} answers for a chat completion: a gateway or filter in front of the model that drops the choices, or a server that is not OpenAI-compatible.`,
      }
    : null;

/** A 200 reply larger than verify-litellm reads: a chat reply to a short prompt is a few KB. */
export const oversized: Matcher = (o, ctx) =>
  o.problem === 'truncated'
    ? {
        code: 'invalid-response',
        summary: `the reply for '${ctx.deployment.alias}' ran past the size verify-litellm reads of one reply (a short prompt's answer is a few KB).`,
        fix: `Check what the server at ${host(ctx.deployment)} answers: a reply that size is a runaway or misbehaving server, not a model's answer.`,
      }
    : null;

/**
 * The proxy's reply headers ran past what Node's HTTP clients read (undici: `UND_ERR_HEADERS_OVERFLOW`; Node's
 * http.maxHeaderSize, 16 KiB unless `--max-http-header-size` says more, https://nodejs.org/api/http.html#httpmaxheadersize).
 * LiteLLM 1.108.7 passes every header the upstream sends on as `llm_provider-<name>` (core_helpers.py
 * process_response_headers), and its own client (httpx over httpcore, MAX_INCOMPLETE_EVENT_SIZE 100 KiB) reads more
 * than Node does: so the proxy relays headers Node clients cannot read.
 */
export const oversizedHeaders: Matcher = (o, ctx) =>
  o.transport && /UND_ERR_HEADERS_OVERFLOW/.test(o.transport.message)
    ? {
        code: 'invalid-response',
        summary: `the proxy's reply for '${ctx.deployment.alias}' carried more than 16 KiB of headers, more than Node's HTTP clients read (fetch and undici stop there): LiteLLM passes every header the server at ${host(ctx.deployment)} sends on, renamed llm_provider-<name>. Python clients (httpx, up to 100 KiB) may still read it.`,
        fix: `Look at the headers the server at ${host(ctx.deployment)} answers with (curl -sD- -o /dev/null on its chat completions) and remove what adds that many bytes, at the server or at a reverse proxy in front of it.`,
      }
    : null;

/**
 * A content filter withheld the answer: HTTP 200, no content, finish_reason "content_filter" (OpenAI's and Azure
 * OpenAI's chat completions; src/standin/hostile.ts `content-filter`). No max_tokens brings it back.
 */
const FILTERED = 'content_filter';
const filteredFix = (ctx: Parameters<Matcher>[1]) =>
  `Probe with a prompt the filter lets through (${setting('prompt')}), or review the content filter in front of the model at ${host(ctx.deployment)} (Azure OpenAI: the deployment's content filter configuration).`;

export const emptyReply: Matcher = (o, ctx) => {
  if (o.problem !== 'empty-reply' && o.problem !== 'no-vector') return null;
  if (o.finishReason === FILTERED)
    return {
      code: 'empty-reply',
      summary: `'${ctx.deployment.alias}' answered 200 with no content: a content filter withheld the answer (finish_reason "content_filter").`,
      fix: filteredFix(ctx),
    };
  return {
    code: 'empty-reply',
    summary: `'${ctx.deployment.alias}' answered 200 with no content${o.endpoint === 'embeddings' ? ' (no vector)' : ''}${o.finishReason === 'length' ? ` (finish_reason "length": max_tokens ran out before any content)` : ''}.`,
    fix: `Raise ${setting('max-tokens')} (a thinking model may spend them all thinking), or check the server's chat template and reasoning parser.`,
  };
};

/**
 * LiteLLM's own end of a stream whose model repeats one chunk (litellm_core_utils/streaming_handler.py,
 * raise_on_model_repetition, for BerriAI/litellm#5158; REPEATED_STREAMING_CHUNK_LIMIT, 100 in 1.108.7).
 */
const REPEATED_CHUNK = /The model is repeating the same chunk = ([\s\S]{0,200}?)\.(?:\n|$)/;

/** A 200 stream that carried an error event, stopped before [DONE], stalled, or never ended: the route itself answered. */
export const streamBroken: Matcher = (o, ctx) => {
  if (o.endpoint !== 'stream') return null;
  if (o.problem === 'empty-reply' && o.finishReason === FILTERED)
    return {
      code: 'stream-broken',
      summary: 'the streamed reply had no content: a content filter withheld it (finish_reason "content_filter").',
      fix: filteredFix(ctx),
    };
  const broken =
    (o.status === 200 && o.error) || ['unterminated-stream', 'empty-reply', 'stalled-stream', 'endless-stream', 'truncated'].includes(o.problem ?? '');
  if (!broken) return null;
  const looped = o.error ? REPEATED_CHUNK.exec(o.error.message) : null;
  if (looped)
    return {
      code: 'stream-broken',
      summary: `LiteLLM cut the stream: the model sent the same chunk (${JSON.stringify(excerpt(looped[1] ?? '', 40))}) over and over, and LiteLLM's loop guard ends a stream at 100 identical chunks in a row (REPEATED_STREAMING_CHUNK_LIMIT).`,
      fix: `The model loops on this prompt (a small model, this temperature, or a chat template that does not fit it): try another ${setting('prompt')} or ${setting('temperature')}, and check the server's chat template. A LiteLLM proxy with its defaults ends this model's streams for real clients the same way (the proxy's environment variable REPEATED_STREAMING_CHUNK_LIMIT sets the limit).`,
    };
  if (o.problem === 'endless-stream')
    return {
      code: 'stream-broken',
      summary: `the stream opened (HTTP 200) and kept sending (${o.deltas ?? 'more'} content deltas, more than max_tokens (${ctx.maxTokens ?? '?'}) allows) and did not end within ${Math.round(ctx.timeoutMs / 1000)}s: the server does not stop at max_tokens.`,
      fix: `Check that the model server honours max_tokens on streamed requests (a stream that never ends never ends an agent's turn either), and that nothing in front of it replays the stream.`,
    };
  return {
    code: 'stream-broken',
    summary: o.error
      ? `the streamed reply carried an error event: ${messageCore(o.error.message)}`
      : o.problem === 'empty-reply'
        ? 'the streamed reply had no content.'
        : o.problem === 'stalled-stream'
          ? `the stream opened (HTTP 200) but ${o.reply ? `stopped after "${o.reply}"` : 'sent no content'} and did not end within ${Math.round(ctx.timeoutMs / 1000)}s.`
          : o.problem === 'truncated'
            ? 'the stream ran past the size verify-litellm reads of one reply without ending.'
            : 'the stream ended without [DONE].',
    fix: "Non-streaming requests work, so the route is right; check the model server's streaming (its log) and any reverse proxy buffering SSE.",
  };
};
