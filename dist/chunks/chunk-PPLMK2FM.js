import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);

// src/standin/server.ts
import http from "node:http";
import { randomBytes } from "node:crypto";
var MAX_BODY = 1 << 20;
async function startStandin(opts) {
  const models = new Map(opts.models.map((m) => [m.id, m]));
  const failures = /* @__PURE__ */ new Map();
  const seen = [];
  const sockets = /* @__PURE__ */ new Set();
  const server = http.createServer((req, res) => {
    let size = 0;
    const chunks = [];
    req.on("data", (c) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on("end", () => {
      let body;
      try {
        body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : void 0;
      } catch {
        body = void 0;
      }
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      seen.push({ method: req.method ?? "GET", path, authorization: req.headers.authorization, body });
      handle(req, res, path, body);
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  function handle(req, res, path, body) {
    if (path === "/health" && req.method === "GET") return sendRaw(res, 200, "", "text/plain");
    if (opts.apiKey !== void 0 && req.headers.authorization !== `Bearer ${opts.apiKey}`) {
      return sendJson(res, 401, { error: "Unauthorized" });
    }
    if (path === "/v1/models" && req.method === "GET") {
      return sendJson(res, 200, {
        object: "list",
        data: opts.models.map((m) => ({ id: m.id, object: "model", created: 173e7, owned_by: "vllm", root: m.id, parent: null, max_model_len: 32768 }))
      });
    }
    if (req.method !== "POST" || path !== "/v1/chat/completions" && path !== "/v1/embeddings" && path !== "/v1/responses") {
      return sendJson(res, 404, { detail: "Not Found" });
    }
    const name = typeof body?.model === "string" ? body.model : "";
    const model = models.get(name);
    if (!model) {
      return sendJson(res, 404, { object: "error", message: `The model \`${name}\` does not exist.`, type: "NotFoundError", param: null, code: 404 });
    }
    if (model.delayMs) {
      setTimeout(() => answer(req, res, path, body, model), model.delayMs);
      return;
    }
    answer(req, res, path, body, model);
  }
  function answer(req, res, path, body, model) {
    if (res.destroyed) return;
    if (fault(model, req, res)) return;
    if (path === "/v1/embeddings") return embeddings(res, model, body);
    const temperature = body?.temperature;
    if (typeof temperature === "number" && temperature !== 1 && model.temperature && model.temperature !== "accept") {
      const error = model.temperature === "reject-value" ? {
        message: `Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`,
        type: "invalid_request_error",
        param: "temperature",
        code: "unsupported_value"
      } : {
        message: "Unsupported parameter: 'temperature' is not supported with this model.",
        type: "invalid_request_error",
        param: "temperature",
        code: null
      };
      return sendRaw(res, 400, JSON.stringify({ error }, null, 2) + "\n", "application/json");
    }
    if (model.errorMessage !== void 0) {
      return sendRaw(
        res,
        400,
        JSON.stringify({ error: { message: model.errorMessage, type: "invalid_request_error", param: null, code: null } }),
        "application/json"
      );
    }
    const refused = model.rejectParams?.find((name) => body !== void 0 && name in body);
    if (refused) {
      return sendRaw(
        res,
        400,
        JSON.stringify(
          { error: { message: `Unrecognized request argument supplied: ${refused}`, type: "invalid_request_error", param: null, code: null } },
          null,
          2
        ) + "\n",
        "application/json"
      );
    }
    const tools = Array.isArray(body?.tools) && body.tools.length > 0;
    if (tools && model.tools === "no-parser") {
      return sendJson(res, 400, {
        object: "error",
        message: '"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set',
        type: "BadRequestError",
        param: null,
        code: 400
      });
    }
    if (path === "/v1/responses") return responses(res, model);
    if (body?.stream === true) return stream(res, model);
    if (tools && model.tools !== "ignore") return toolCall(res, model, body.tools);
    return chat(res, model);
  }
  function fault(model, req, res) {
    switch (model.fault) {
      case "hang":
        return true;
      // the socket stays open until close() destroys it
      case "rate-limit":
        res.setHeader("retry-after", "7");
        sendJson(res, 429, { error: { message: "Rate limit reached for requests", type: "requests", param: null, code: "rate_limit_exceeded" } });
        return true;
      case "server-error":
        sendJson(res, 500, { object: "error", message: "CUDA out of memory", type: "InternalServerError", param: null, code: 500 });
        return true;
      case "not-json":
        sendRaw(res, 200, "<html><body>Welcome to nginx!</body></html>", "text/html");
        return true;
      case "drop":
        res.writeHead(200, { "content-type": "application/json", "content-length": "4096" });
        res.write('{"id":"chatcmpl-');
        setTimeout(() => req.socket.destroy(), 20);
        return true;
      case "echo-key":
        sendJson(res, 400, {
          error: { message: `Bad request from ${req.headers.authorization ?? "nobody"}`, type: "invalid_request_error", param: null, code: null }
        });
        return true;
      case "flaky": {
        const n = failures.get(model.id) ?? 0;
        if (n < (model.failFirst ?? 2)) {
          failures.set(model.id, n + 1);
          sendJson(res, 503, { object: "error", message: "Service temporarily unavailable", type: "ServiceUnavailableError", param: null, code: 503 });
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }
  function chat(res, model) {
    const empty = model.fault === "empty";
    const message = { role: "assistant", content: empty ? "" : model.reply ?? "Hello! How can I help you today?", tool_calls: [] };
    if (model.reasoning && !empty) message.reasoning_content = "The user greets me; I should greet back briefly.";
    sendJson(res, 200, {
      id: `chatcmpl-${randomBytes(8).toString("hex")}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1e3),
      model: model.servedAs ?? model.id,
      choices: [{ index: 0, message, logprobs: null, finish_reason: "stop", stop_reason: null }],
      usage: { prompt_tokens: 12, total_tokens: 30, completion_tokens: 18, prompt_tokens_details: null },
      prompt_logprobs: null
    });
  }
  function toolCall(res, model, tools) {
    const name = tools[0]?.function?.name ?? "tool";
    sendJson(res, 200, {
      id: `chatcmpl-${randomBytes(8).toString("hex")}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1e3),
      model: model.servedAs ?? model.id,
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: null,
            tool_calls: [{ id: `chatcmpl-tool-${randomBytes(8).toString("hex")}`, type: "function", function: { name, arguments: '{"timezone": "UTC"}' } }]
          },
          logprobs: null,
          finish_reason: "tool_calls",
          stop_reason: null
        }
      ],
      usage: { prompt_tokens: 150, total_tokens: 170, completion_tokens: 20, prompt_tokens_details: null },
      prompt_logprobs: null
    });
  }
  function responses(res, model) {
    const output = [];
    if (model.reasoning)
      output.push({
        id: `rs_${randomBytes(8).toString("hex")}`,
        type: "reasoning",
        summary: [],
        content: [{ type: "reasoning_text", text: "The user greets me; I should greet back briefly." }],
        encrypted_content: null,
        status: null
      });
    const text = model.fault === "empty" ? "" : model.reply ?? "Hello! How can I help you today?";
    output.push({
      id: `msg_${randomBytes(8).toString("hex")}`,
      type: "message",
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text, annotations: [], logprobs: null }]
    });
    sendJson(res, 200, {
      id: `resp_${randomBytes(8).toString("hex")}`,
      created_at: Math.floor(Date.now() / 1e3),
      instructions: null,
      metadata: null,
      model: model.servedAs ?? model.id,
      object: "response",
      output,
      parallel_tool_calls: true,
      temperature: 1,
      tool_choice: "auto",
      tools: [],
      top_p: 1,
      background: false,
      max_output_tokens: 64,
      previous_response_id: null,
      reasoning: null,
      status: "completed",
      text: null,
      truncation: "disabled",
      usage: {
        input_tokens: 12,
        input_tokens_details: { cached_tokens: 0 },
        output_tokens: 18,
        output_tokens_details: { reasoning_tokens: 0 },
        total_tokens: 30
      },
      user: null
    });
  }
  function stream(res, model) {
    const id = `chatcmpl-${randomBytes(8).toString("hex")}`;
    const base = { id, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1e3), model: model.servedAs ?? model.id };
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
    const event = (delta, finish = null) => res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}

`);
    event({ role: "assistant", content: "" });
    if (model.fault === "stream-error") {
      res.write(
        `data: ${JSON.stringify({ error: { object: "error", message: "model crashed mid-stream", type: "InternalServerError", param: null, code: 500 } })}

`
      );
      res.end();
      return;
    }
    if (model.reasoning) event({ reasoning_content: "Greeting back." });
    for (const word of (model.reply ?? "Hello! How can I help you today?").split(/(?<= )/)) event({ content: word });
    event({}, "stop");
    res.end("data: [DONE]\n\n");
  }
  function embeddings(res, model, body) {
    const inputs = Array.isArray(body?.input) ? body.input : [body?.input ?? ""];
    sendJson(res, 200, {
      id: `embd-${randomBytes(8).toString("hex")}`,
      object: "list",
      created: Math.floor(Date.now() / 1e3),
      model: model.servedAs ?? model.id,
      data: inputs.map((_, index) => ({ index, object: "embedding", embedding: [0.0123, -0.0456, 0.0789, 0.1011] })),
      usage: { prompt_tokens: 4, total_tokens: 4, completion_tokens: 0, prompt_tokens_details: null }
    });
  }
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => resolve());
  });
  const port = server.address().port;
  return {
    url: `http://${opts.host ?? "127.0.0.1"}:${port}/v1`,
    port,
    seen,
    close: () => new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    })
  };
}
function sendJson(res, status, body) {
  sendRaw(res, status, JSON.stringify(body), "application/json");
}
function sendRaw(res, status, text, type) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export {
  startStandin
};
