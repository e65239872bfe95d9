// A stand-in for the model server behind LiteLLM: speaks vLLM's OpenAI-compatible API and can fail the
// way real upstreams fail (OpenAI's GPT-5 temperature rejection, vLLM's 401/404, tool and context-window
// refusals, hangs, 429, 5xx, ...). What vLLM decides is in vllm.ts, cited to its source; the bodies it
// answers with are in replies.ts. It ships with the package because the demo needs it; the tests drive it too.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { chatBody, responsesBody, streamChat, streamResponses, type ReasoningField, type ReplyModel } from './replies.ts';
import { toolDecision } from './tools.ts';
import { vllmError } from './vllm.ts';
import { hostileAnswer, type HostileFault } from './hostile.ts';
import { flavorOf, type FlavorName, type Refusal } from './flavors.ts';
import { vertexNative, type VertexOptions } from './vertex.ts';
import { ollamaNative } from './ollama-native.ts';
import { openaiTemperatureRefusal } from './openai.ts';

/** How one served model behaves. Faults are per model so one server can host a whole test matrix. */
export interface StandinModel {
  /** The id clients send as `model` (what `openai/<id>` in a LiteLLM config routes to). */
  id: string;
  /** The model the reply claims to come from (a swapped backend reports its real name). */
  servedAs?: string;
  /** `reject-value`: OpenAI's 400 for GPT-5 family models; `reject-parameter`: the newer wording. */
  temperature?: 'accept' | 'reject-value' | 'reject-parameter';
  /** Qwen3-style thinking: the reply carries `reasoning_content` first. */
  reasoning?: boolean;
  /** Reply text (default: a greeting). */
  reply?: string;
  /** An embedding model: serves /v1/embeddings. */
  embedding?: boolean;
  fault?: StandinFault;
  /** For `flaky`: how many requests fail (with 503) before it answers. */
  failFirst?: number;
  /** Milliseconds to wait before answering (a slow model). */
  delayMs?: number;
  /**
   * Tool calling as vLLM does it. `call` (default): started with `--enable-auto-tool-choice --tool-call-parser`,
   * answers a tool call. `no-parser`: started without them: chat refuses `auto` (and tools without tool_choice),
   * serves `required` / a named tool by guided decoding, and /v1/responses answers the call as unparsed text.
   * `ignore`: a parser that does not match the model: the call arrives as text that only looks like one.
   */
  tools?: 'call' | 'no-parser' | 'ignore' | 'bad-arguments'; // bad-arguments: a call whose arguments are cut (tools.ts)
  /** vLLM's --max-model-len: requests past the window are refused as vLLM refuses them (see vllm.ts). */
  maxModelLen?: number;
  /** Which field carries the thought (vLLM renamed `reasoning_content` to `reasoning`); default `reasoning`. */
  reasoningField?: ReasoningField;
  /** Request parameters this server refuses, as OpenAI does for arguments a model does not take. */
  rejectParams?: string[];
  /** A hostile upstream: every chat request gets a 400 whose error message is this text, verbatim. */
  errorMessage?: string;
}

export type StandinFault =
  | 'hang' // accept the request, never answer
  | 'rate-limit' // 429 with retry-after
  | 'server-error' // 500
  | 'not-json' // 200 with an HTML body
  | 'empty' // 200 with a choice whose content is empty
  | 'drop' // close the socket mid-body
  | 'echo-key' // 400 whose message echoes the Authorization header back
  | 'stream-error' // 200 SSE stream that carries an error event
  | 'flaky' // failFirst times 503, then healthy
  | HostileFault; // hostile.ts

export interface StandinOptions {
  /** Bearer key the server requires (vLLM's --api-key); undefined accepts any caller. */
  apiKey?: string;
  /** The server imitated (flavors.ts): its key check, unknown-model, tool and window refusals; default vLLM. */
  flavor?: FlavorName;
  /** Also Vertex AI and its OAuth token endpoint (vertex.ts), for `vertex_ai/` routes. */
  vertex?: VertexOptions;
  models: StandinModel[];
  host?: string;
  port?: number;
}

/** One request as the server saw it, for tests that assert what LiteLLM actually forwarded. */
export interface SeenRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

export interface Standin {
  url: string; // http://127.0.0.1:PORT/v1
  port: number;
  seen: SeenRequest[];
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

export async function startStandin(opts: StandinOptions): Promise<Standin> {
  const models = new Map(opts.models.map((m) => [m.id, m]));
  const flavor = flavorOf(
    opts.flavor,
    opts.models.map((m) => m.id),
  );
  const failures = new Map<string, number>();
  const seen: SeenRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      let body: Record<string, unknown> | undefined;
      try {
        body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : undefined;
      } catch {
        body = undefined;
      }
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      seen.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization, body });
      handle(req, res, path, body);
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  function handle(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: Record<string, unknown> | undefined): void {
    if (path === '/health' && req.method === 'GET') return sendRaw(res, 200, '', 'text/plain');
    // Vertex AI checks its own OAuth token, not the server's key (vertex.ts).
    if (opts.vertex && vertexNative(req, res, path, models, opts.vertex, (status, json) => sendJson(res, status, json))) return;
    if (opts.apiKey !== undefined && flavor.unauthorized && req.headers.authorization !== `Bearer ${opts.apiKey}`) return refuse(res, flavor.unauthorized);
    // Ollama's native API, for LiteLLM's `ollama_chat/` provider (ollama-native.ts).
    if (opts.flavor === 'ollama' && req.method === 'POST' && ollamaNative(res, path, body, models, (status, json) => sendJson(res, status, json))) return;
    if (path === '/v1/models' && req.method === 'GET') {
      return sendJson(res, 200, {
        object: 'list',
        data: opts.models.map((m) => ({
          id: m.id,
          object: 'model',
          created: 1730000000,
          owned_by: flavor.ownedBy(m.id),
          root: m.id,
          parent: null,
          max_model_len: m.maxModelLen ?? 32768,
        })),
      });
    }
    const served = (path === '/v1/chat/completions' || path === '/v1/embeddings' || path === '/v1/responses') && (flavor.serves?.(path) ?? true);
    if (req.method !== 'POST' || !served) {
      return refuse(res, flavor.unknownPath?.(req.method ?? 'GET', path) ?? { status: 404, body: { detail: 'Not Found' } });
    }
    const name = typeof body?.model === 'string' ? body.model : '';
    // A server that checks the name refuses an unknown one; a single-model server answers with the model it serves.
    const unknown = models.has(name) ? null : flavor.unknownModel(name);
    if (unknown) return refuse(res, unknown);
    const model = models.get(name) ?? opts.models[0];
    if (!model) return refuse(res, vllmError('no model is served', 'NotFoundError', 404, 'model'));
    if (model.delayMs) {
      setTimeout(() => answer(req, res, path, body, model), model.delayMs);
      return;
    }
    answer(req, res, path, body, model);
  }

  function answer(req: http.IncomingMessage, res: http.ServerResponse, path: string, body: Record<string, unknown> | undefined, model: StandinModel): void {
    if (res.destroyed) return;
    if (fault(model, req, res) || hostileAnswer(model.fault, res, body, model.servedAs ?? model.id, path, req.headers.authorization)) return;
    if (path === '/v1/embeddings') return embeddings(res, model, body);
    // A pooling (embedding) model has no chat handler: vLLM's create_chat_completion answers
    // create_error_response("The model does not support Chat Completions API"), a 400
    // (vllm-project/vllm, vllm/entrypoints/openai/api_server.py).
    if (model.embedding) return refuse(res, vllmError(`The model does not support ${path === '/v1/responses' ? 'Responses' : 'Chat Completions'} API`));
    const refusedTemperature = openaiTemperatureRefusal(model, body);
    if (refusedTemperature) return sendRaw(res, 400, refusedTemperature, 'application/json');
    if (model.errorMessage !== undefined) {
      return sendRaw(
        res,
        400,
        JSON.stringify({ error: { message: model.errorMessage, type: 'invalid_request_error', param: null, code: null } }),
        'application/json',
      );
    }
    const refused = model.rejectParams?.find((name) => body !== undefined && name in body);
    if (refused) {
      return sendRaw(
        res,
        400,
        JSON.stringify(
          { error: { message: `Unrecognized request argument supplied: ${refused}`, type: 'invalid_request_error', param: null, code: null } },
          null,
          2,
        ) + '\n',
        'application/json',
      );
    }
    const responses = path === '/v1/responses';
    const refusal = flavor.refuse(body, model, responses);
    if (refusal) return refusal.event !== undefined && body?.stream === true && !responses ? streamRefusal(res, refusal.event) : refuse(res, refusal);
    const { call, text } = toolDecision(flavor.toolsAsText(model) ? { tools: 'ignore' } : model, body, responses);
    const reply: ReplyModel = {
      name: model.servedAs ?? model.id,
      text: model.fault === 'empty' ? '' : (text ?? model.reply ?? 'Hello! How can I help you today?'),
      reasoning: model.reasoning && model.fault !== 'empty' ? 'The user greets me; I should greet back briefly.' : null,
      reasoningField: model.reasoningField ?? 'reasoning',
    };
    if (responses) return body?.stream === true ? streamResponses(res, reply, call, body) : sendJson(res, 200, responsesBody(reply, call, body));
    if (body?.stream === true) return streamChat(res, reply, call, model.fault === 'stream-error');
    return sendJson(res, 200, chatBody(reply, call));
  }

  /** Returns true when the model's fault has produced (or withheld) the answer. */
  function fault(model: StandinModel, req: http.IncomingMessage, res: http.ServerResponse): boolean {
    switch (model.fault) {
      case 'hang':
        return true; // the socket stays open until close() destroys it
      case 'rate-limit':
        res.setHeader('retry-after', '7');
        sendJson(res, 429, { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } });
        return true;
      case 'server-error':
        refuse(res, vllmError('CUDA out of memory', 'InternalServerError', 500));
        return true;
      case 'not-json':
        sendRaw(res, 200, '<html><body>Welcome to nginx!</body></html>', 'text/html');
        return true;
      case 'drop':
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '4096' });
        res.write('{"id":"chatcmpl-');
        setTimeout(() => req.socket.destroy(), 20);
        return true;
      case 'echo-key':
        sendJson(res, 400, {
          error: { message: `Bad request from ${req.headers.authorization ?? 'nobody'}`, type: 'invalid_request_error', param: null, code: null },
        });
        return true;
      case 'flaky': {
        const n = failures.get(model.id) ?? 0;
        if (n < (model.failFirst ?? 2)) {
          failures.set(model.id, n + 1);
          refuse(res, vllmError('Service temporarily unavailable', 'ServiceUnavailableError', 503));
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }

  function embeddings(res: http.ServerResponse, model: StandinModel, body: Record<string, unknown> | undefined): void {
    const inputs = Array.isArray(body?.input) ? body.input : [body?.input ?? ''];
    sendJson(res, 200, {
      id: `embd-${randomBytes(8).toString('hex')}`,
      object: 'list',
      created: Math.floor(Date.now() / 1000),
      model: model.servedAs ?? model.id,
      data: inputs.map((_, index) => ({ index, object: 'embedding', embedding: [0.0123, -0.0456, 0.0789, 0.1011] })),
      usage: { prompt_tokens: 4, total_tokens: 4, completion_tokens: 0, prompt_tokens_details: null },
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}/v1`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function refuse(res: http.ServerResponse, refusal: Refusal): void {
  if (refusal.body === undefined) return sendRaw(res, refusal.status, '', 'text/plain');
  sendJson(res, refusal.status, refusal.body);
}

/** A refusal some servers (SGLang, TGI) send after the stream's 200: one error event, then `[DONE]`. */
function streamRefusal(res: http.ServerResponse, event: unknown): void {
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.end(`data: ${JSON.stringify(event)}\n\ndata: [DONE]\n\n`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  sendRaw(res, status, JSON.stringify(body), 'application/json');
}

function sendRaw(res: http.ServerResponse, status: number, text: string, type: string): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
