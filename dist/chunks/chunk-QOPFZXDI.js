import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);

// src/standin/vllm.ts
function vllmError(message, type = "BadRequestError", status = 400, param = null) {
  return { status, body: { error: { message, type, param, code: status } } };
}
function toolChoiceOf(body, responses = false) {
  const tools = body?.tools;
  if (!Array.isArray(tools) || tools.length === 0) return null;
  const choice = body?.tool_choice;
  if (choice === null && !responses) return "null";
  if (choice === void 0 || choice === null || choice === "auto") return "auto";
  if (choice === "required" || choice === "none") return choice;
  if (typeof choice === "object") {
    const c = choice;
    if (c.type === "auto") return "auto";
    if (c.type === "required" || c.type === "any") return "required";
    return "named";
  }
  return "auto";
}
function chatToolRefusal(body, hasParser) {
  if (hasParser || toolChoiceOf(body) !== "auto") return null;
  return vllmError('"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set');
}
function promptTokens(body) {
  const parts = [body?.messages, body?.input, body?.instructions, body?.tools].filter((p) => p !== void 0);
  return Math.max(1, Math.ceil(JSON.stringify(parts).length / 4));
}
function chatContextRefusal(body, maxModelLen) {
  const input = promptTokens(body);
  if (input >= maxModelLen) {
    return vllmError(
      `This model's maximum context length is ${maxModelLen} tokens. However, your request has ${input} input tokens. Please reduce the length of the input messages. (parameter=input_tokens, value=${input})`,
      "BadRequestError",
      400,
      "input_tokens"
    );
  }
  const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === "number");
  if (asked !== void 0 && input + asked > maxModelLen) {
    return vllmError(
      `'max_tokens' or 'max_completion_tokens' is too large: ${asked}. This model's maximum context length is ${maxModelLen} tokens and your request has ${input} input tokens (${asked} > ${maxModelLen} - ${input}). (parameter=max_tokens, value=${asked})`,
      "BadRequestError",
      400,
      "max_tokens"
    );
  }
  return null;
}
function responsesContextRefusal(body, maxModelLen) {
  const input = promptTokens(body);
  if (input < maxModelLen) return null;
  return vllmError(`The engine prompt length ${input} exceeds the max_model_len ${maxModelLen}. Please reduce prompt.`, "invalid_request_error", 400, "input");
}

// src/standin/llamacpp.ts
var error = (status, type, message, extra = {}) => ({
  status,
  body: { error: { code: status, message, type, ...extra } }
});
var LLAMACPP = {
  ownedBy: () => "llamacpp",
  // AUTH: a missing or wrong `Authorization: Bearer` gets `format_error_response("Invalid API Key", ERROR_TYPE_AUTHENTICATION)`.
  unauthorized: error(401, "authentication_error", "Invalid API Key"),
  unknownModel: () => null,
  refuse(body, model) {
    if (model.tools === "no-parser" && Array.isArray(body?.tools) && body.tools.length > 0)
      return error(500, "server_error", "tools param requires --jinja flag");
    if (model.maxModelLen === void 0) return null;
    const input = promptTokens(body);
    if (input < model.maxModelLen) return null;
    return error(
      400,
      "exceed_context_size_error",
      `request (${input} tokens) exceeds the available context size (${model.maxModelLen} tokens), try increasing it`,
      { n_prompt_tokens: input, n_ctx: model.maxModelLen }
    );
  },
  toolsAsText: () => false
};
var LLAMACPP_ROUTER = {
  ...LLAMACPP,
  unknownModel: (name) => error(400, "invalid_request_error", `model '${name}' not found`)
};

// src/standin/lmstudio.ts
var invalid = (message, code) => ({
  status: 400,
  body: { error: { message, type: "invalid_request_error", param: "model", code } }
});
function lmStudio(ids) {
  return {
    ownedBy: () => "organization_owner",
    unauthorized: null,
    unknownModel: (name) => ids.length === 0 ? invalid("No models loaded. Please load a model in the developer page or use the 'lms load' command.", null) : ids.length === 1 ? null : invalid(`Invalid model identifier "${name}". Please specify a valid downloaded model (e.g., ${ids.slice(0, 3).join(", ")}).`, "model_not_found"),
    refuse: () => null,
    toolsAsText: (model) => model.tools === "ignore",
    unknownPath: (method, path) => ({ status: 200, body: { error: `Unexpected endpoint or method. (${method} ${path})` } })
  };
}

// src/standin/ollama.ts
var error2 = (status, message) => ({
  status,
  body: { error: { message, type: status === 400 ? "invalid_request_error" : status === 404 ? "not_found_error" : "api_error", param: null, code: null } }
});
function fullName(id2) {
  const tagged = /:[^/]+$/.test(id2) ? id2 : `${id2}:latest`;
  const parts = tagged.split("/");
  if (parts.length === 1) return `registry.ollama.ai/library/${tagged}`;
  if (parts.length === 2) return `registry.ollama.ai/${tagged}`;
  return tagged;
}
var OLLAMA = {
  ownedBy: (id2) => id2.includes("/") ? id2.split("/").at(-2) ?? "library" : "library",
  unauthorized: null,
  unknownModel: (name) => error2(404, `model '${name}' not found`),
  refuse(body, model) {
    if (model.tools === "no-parser" && Array.isArray(body?.tools) && body.tools.length > 0) return error2(400, `${fullName(model.id)} does not support tools`);
    return null;
  },
  toolsAsText: () => false
};

// src/standin/sglang.ts
function valueError(message) {
  const fields = { object: "error", message, type: "BadRequestError", param: null, code: 400 };
  return { status: 400, body: fields, event: { error: fields } };
}
var SGLANG = {
  ownedBy: () => "sglang",
  unauthorized: { status: 401, body: { error: "Unauthorized" } },
  unknownModel: () => null,
  refuse(body, model) {
    if (model.maxModelLen === void 0) return null;
    const window = model.maxModelLen;
    const input = promptTokens(body);
    if (input >= window) return valueError(`The input (${input} tokens) is longer than the model's context length (${window} tokens).`);
    const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === "number");
    if (asked === void 0 || input + asked < window) return null;
    return valueError(
      `Requested token count exceeds the model's maximum context length of ${window} tokens. You requested a total of ${input + asked} tokens: ${input} tokens from the input messages and ${asked} tokens for the completion. Please reduce the number of tokens in the input messages or the completion to fit within the limit.`
    );
  },
  toolsAsText: (model) => model.tools === "no-parser" || model.tools === "ignore"
};

// src/standin/tgi.ts
var TGI = {
  ownedBy: (id2) => id2,
  unauthorized: { status: 401, body: void 0 },
  unknownModel: () => null,
  refuse(body, model) {
    if (model.maxModelLen === void 0) return null;
    const input = promptTokens(body);
    const asked = [body?.max_completion_tokens, body?.max_tokens].find((v) => typeof v === "number");
    const wanted = asked ?? Math.max(0, model.maxModelLen - input);
    if (input + wanted <= model.maxModelLen) return null;
    const message = `Input validation error: \`inputs\` tokens + \`max_new_tokens\` must be <= ${model.maxModelLen}. Given: ${input} \`inputs\` tokens and ${wanted} \`max_new_tokens\``;
    return { status: 422, body: { error: message, error_type: "validation" }, event: { error: { message, http_status_code: 422 } } };
  },
  toolsAsText: () => false,
  unknownPath: () => ({ status: 404, body: void 0 }),
  serves: (path) => path === "/v1/chat/completions"
};

// src/standin/flavors.ts
var FLAVOR_NAMES = ["vllm", "llamacpp", "llamacpp-router", "ollama", "sglang", "tgi", "lmstudio"];
var VLLM = {
  ownedBy: () => "vllm",
  // vLLM's auth middleware answers exactly this.
  unauthorized: { status: 401, body: { error: "Unauthorized" } },
  // vLLM's `_check_model` (engine/serving.py, see vllm.ts).
  unknownModel: (name) => vllmError(`The model \`${name}\` does not exist.`, "NotFoundError", 404, "model"),
  refuse(body, model, responses) {
    const tools = responses ? null : chatToolRefusal(body, model.tools !== "no-parser");
    if (tools || model.maxModelLen === void 0) return tools;
    return responses ? responsesContextRefusal(body, model.maxModelLen) : chatContextRefusal(body, model.maxModelLen);
  },
  toolsAsText: (model) => model.tools === "ignore"
};
var FLAVORS = {
  vllm: VLLM,
  llamacpp: LLAMACPP,
  "llamacpp-router": LLAMACPP_ROUTER,
  ollama: OLLAMA,
  sglang: SGLANG,
  tgi: TGI
};
function flavorOf(name, ids) {
  return name === "lmstudio" ? lmStudio(ids) : FLAVORS[name ?? "vllm"];
}

// src/standin/server.ts
import http from "node:http";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/standin/replies.ts
import { randomBytes } from "node:crypto";
var id = (prefix) => `${prefix}${randomBytes(8).toString("hex")}`;
var now = () => Math.floor(Date.now() / 1e3);
function chatBody(m, call) {
  const message = call ? { role: "assistant", content: null, tool_calls: [{ id: id("chatcmpl-tool-"), type: "function", function: call }] } : { role: "assistant", content: m.text, tool_calls: [] };
  if (m.reasoning !== null) message[m.reasoningField] = m.reasoning;
  return {
    id: id("chatcmpl-"),
    object: "chat.completion",
    created: now(),
    model: m.name,
    choices: [{ index: 0, message, logprobs: null, finish_reason: call ? "tool_calls" : "stop", stop_reason: null }],
    usage: { prompt_tokens: 150, total_tokens: 170, completion_tokens: 20, prompt_tokens_details: null },
    prompt_logprobs: null
  };
}
function streamChat(res, m, call, midStreamError) {
  const base = { id: id("chatcmpl-"), object: "chat.completion.chunk", created: now(), model: m.name };
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  const event = (delta, finish = null) => res.write(`data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}

`);
  event({ role: "assistant", content: "" });
  if (midStreamError) {
    res.write(`data: ${JSON.stringify({ error: { message: "model crashed mid-stream", type: "InternalServerError", param: null, code: 500 } })}

`);
    res.end();
    return;
  }
  if (m.reasoning !== null) event({ [m.reasoningField]: m.reasoning });
  if (call) {
    event({ tool_calls: [{ index: 0, id: id("chatcmpl-tool-"), type: "function", function: { name: call.name, arguments: "" } }] });
    event({ tool_calls: [{ index: 0, function: { arguments: call.arguments } }] });
    event({}, "tool_calls");
  } else {
    for (const word of m.text.split(/(?<= )/)) event({ content: word });
    event({}, "stop");
  }
  res.end("data: [DONE]\n\n");
}
function responsesOutput(m, call) {
  const output = [];
  if (m.reasoning !== null)
    output.push({
      id: id("rs_"),
      type: "reasoning",
      summary: [],
      content: [{ type: "reasoning_text", text: m.reasoning }],
      encrypted_content: null,
      status: null
    });
  if (call) output.push({ id: id("fc_"), type: "function_call", call_id: id("call_"), name: call.name, arguments: call.arguments, status: "completed" });
  else
    output.push({
      id: id("msg_"),
      type: "message",
      role: "assistant",
      status: "completed",
      content: [{ type: "output_text", text: m.text, annotations: [], logprobs: null }]
    });
  return output;
}
function responsesBody(m, call, request, status = "completed") {
  return {
    id: id("resp_"),
    created_at: now(),
    instructions: request?.instructions ?? null,
    metadata: null,
    model: m.name,
    object: "response",
    output: status === "completed" ? responsesOutput(m, call) : [],
    parallel_tool_calls: true,
    temperature: 1,
    tool_choice: request?.tool_choice ?? "auto",
    tools: Array.isArray(request?.tools) ? request.tools : [],
    top_p: 1,
    background: false,
    max_output_tokens: typeof request?.max_output_tokens === "number" ? request.max_output_tokens : null,
    previous_response_id: null,
    reasoning: null,
    status,
    text: null,
    truncation: "disabled",
    usage: status === "completed" ? { input_tokens: 12, input_tokens_details: { cached_tokens: 0 }, output_tokens: 18, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 30 } : null,
    user: null
  };
}
function streamResponses(res, m, call, request) {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  let seq = 0;
  const send = (type, fields) => res.write(`event: ${type}
data: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}

`);
  const final = responsesBody(m, call, request);
  send("response.created", { response: { ...final, status: "in_progress", output: [], usage: null } });
  send("response.in_progress", { response: { ...final, status: "in_progress", output: [], usage: null } });
  final.output.forEach((item, output_index) => {
    const itemId = item.id;
    if (item.type === "reasoning") {
      const part = { type: "reasoning_text", text: "" };
      send("response.output_item.added", { output_index, item: { ...item, content: [], status: "in_progress" } });
      send("response.reasoning_part.added", { item_id: itemId, output_index, content_index: 0, part });
      send("response.reasoning_text.delta", { item_id: itemId, output_index, content_index: 0, delta: m.reasoning });
      send("response.reasoning_text.done", { item_id: itemId, output_index, content_index: 0, text: m.reasoning });
      send("response.reasoning_part.done", { item_id: itemId, output_index, content_index: 0, part: { ...part, text: m.reasoning } });
    } else if (item.type === "function_call") {
      send("response.output_item.added", { output_index, item: { ...item, arguments: "", status: "in_progress" } });
      send("response.function_call_arguments.delta", { item_id: itemId, output_index, delta: item.arguments });
      send("response.function_call_arguments.done", { item_id: itemId, output_index, arguments: item.arguments, name: item.name });
    } else {
      const part = { type: "output_text", text: "", annotations: [], logprobs: [] };
      send("response.output_item.added", { output_index, item: { ...item, status: "in_progress", content: [] } });
      send("response.content_part.added", { item_id: itemId, output_index, content_index: 0, part });
      for (const word of m.text.split(/(?<= )/))
        send("response.output_text.delta", { item_id: itemId, output_index, content_index: 0, delta: word, logprobs: [] });
      send("response.output_text.done", { item_id: itemId, output_index, content_index: 0, text: m.text, logprobs: [] });
      send("response.content_part.done", { item_id: itemId, output_index, content_index: 0, part: { ...part, text: m.text } });
    }
    send("response.output_item.done", { output_index, item });
  });
  send("response.completed", { response: final });
  res.end();
}

// src/standin/tools.ts
function callAsText(call) {
  return `<tool_call>
{"name": "${call.name}", "arguments": ${call.arguments}}
</tool_call>`;
}
function toolDecision(model, body, responses) {
  const choice = toolChoiceOf(body, responses);
  if (choice === null || choice === "none") return { call: null, text: null };
  const call = pickCall(body);
  if (choice === "required" || choice === "named") return { call, text: null };
  if (hasToolResult(body)) return { call: null, text: "It is 12:00 UTC." };
  if (choice === "null") return { call: null, text: callAsText(call) };
  if (model.tools === "ignore" || responses && model.tools === "no-parser") return { call: null, text: callAsText(call) };
  if (model.tools === "bad-arguments") return { call: { ...call, arguments: call.arguments.replace(/\}$/, "").replace(/"$/, "") }, text: null };
  return { call, text: null };
}
function hasToolResult(body) {
  const last = (list) => Array.isArray(list) ? list[list.length - 1] : void 0;
  return last(body?.messages)?.role === "tool" || last(body?.input)?.type === "function_call_output";
}
function pickCall(body) {
  const tools = (body?.tools).map((t) => ({
    name: String(t.function?.name ?? t.name ?? "tool"),
    parameters: t.function?.parameters ?? t.parameters ?? {}
  }));
  const choice = body?.tool_choice;
  const named = typeof choice === "object" ? choice?.function?.name ?? choice?.name : void 0;
  const words = JSON.stringify(body?.messages ?? body?.input ?? "").slice(-400).toLowerCase();
  const tool = tools.find((t) => t.name === named) ?? tools.find((t) => words.includes(t.name.toLowerCase())) ?? tools[0];
  const args = {};
  for (const key of tool.parameters.required ?? []) {
    const type = tool.parameters.properties?.[key]?.type;
    const command = /command|cmd/i.test(key);
    args[key] = type === "number" || type === "integer" ? 1 : type === "boolean" ? true : type === "array" ? command ? ["date", "-u"] : ["UTC"] : command ? "date -u" : "UTC";
  }
  return { name: tool.name, arguments: JSON.stringify(args) };
}

// src/standin/hostile.ts
import { gzipSync } from "node:zlib";

// src/standin/gates.ts
var BASIC_CREDENTIALS = `Basic ${Buffer.from("user:pass").toString("base64")}`;
function gateAnswer(fault, res, authorization) {
  if (fault === "basic-auth" && authorization !== BASIC_CREDENTIALS) {
    const text = "<html>\r\n<head><title>401 Authorization Required</title></head>\r\n<body>\r\n<center><h1>401 Authorization Required</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    res.writeHead(401, { "content-type": "text/html", "content-length": Buffer.byteLength(text), "www-authenticate": 'Basic realm="model server"' });
    res.end(text);
    return true;
  }
  if (fault === "cloudflare-challenge") {
    const text = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body><div class="main-wrapper" role="main"><div class="main-content"><h1>Checking if the site connection is secure</h1></div></div></body></html>';
    res.writeHead(403, {
      "content-type": "text/html; charset=UTF-8",
      "content-length": Buffer.byteLength(text),
      "cf-mitigated": "challenge",
      server: "cloudflare"
    });
    res.end(text);
    return true;
  }
  return false;
}

// src/standin/quirks.ts
var QUIRK_FAULTS = ["server-missing-module", "anthropic-body"];
function quirkAnswer(fault, res, model = "claude-sonnet-4") {
  if (fault === "anthropic-body") {
    const text = JSON.stringify({
      id: "msg_01XFDUDYJgAACzvnptvVoYEL",
      type: "message",
      role: "assistant",
      model,
      content: [{ type: "text", text: "Hello! How can I help you today?" }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: { input_tokens: 12, output_tokens: 10 }
    });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "server-missing-module") {
    const text = JSON.stringify({ error: { message: "No module named 'librosa'", type: "InternalServerError", param: null, code: 500 } });
    res.writeHead(500, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  return false;
}

// src/standin/runaway.ts
var RUNAWAY_FAULTS = ["stream-loop", "stream-endless"];
function runawayAnswer(fault, res, body, model) {
  if (fault !== "stream-loop" && fault !== "stream-endless" || body?.stream !== true) return false;
  const event = (delta, finish = null) => `data: ${JSON.stringify({ id: "chatcmpl-runaway", object: "chat.completion.chunk", created: 173e7, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}

`;
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  if (fault === "stream-loop") {
    const limit = typeof body.max_tokens === "number" && body.max_tokens > 0 ? Math.min(body.max_tokens, 4096) : 512;
    const chunks = Array.from({ length: limit }, () => event({ content: "ha! " })).join("");
    res.end(`${event({ role: "assistant", content: "" })}${chunks}${event({}, "length")}data: [DONE]

`);
    return true;
  }
  res.write(event({ role: "assistant", content: "" }));
  let n = 0;
  const timer = setInterval(() => res.write(event({ content: ` ${++n}` })), 25);
  res.on("close", () => clearInterval(timer));
  return true;
}

// src/standin/hostile.ts
var HOSTILE_FAULTS = [
  "stream-stall",
  "cut-json",
  "huge-error",
  "bad-encoding",
  "redirect",
  "no-choices",
  "long-error",
  "huge-headers",
  "content-blocks",
  "null-message",
  "content-filter",
  "lone-surrogate",
  "response-failed",
  "response-filtered",
  "cloudflare-challenge",
  "basic-auth",
  "bad-utf8",
  ...QUIRK_FAULTS,
  ...RUNAWAY_FAULTS
];
var hugeError;
function hostileAnswer(fault, res, body, model, path = "/v1/chat/completions", authorization) {
  if (gateAnswer(fault, res, authorization) || quirkAnswer(fault, res, model) || runawayAnswer(fault, res, body, model)) return true;
  if ((fault === "response-failed" || fault === "response-filtered") && path === "/v1/responses") return failedResponse(fault, res, body, model);
  if (fault === "stream-stall" && body?.stream === true) {
    res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
    const chunk = { id: "chatcmpl-stall", object: "chat.completion.chunk", created: 173e7, model };
    res.write(
      `data: ${JSON.stringify({ ...chunk, choices: [{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }] })}

`
    );
    const timer = setInterval(() => res.write(": OPENROUTER PROCESSING\n\n"), 500);
    res.on("close", () => clearInterval(timer));
    return true;
  }
  if (fault === "cut-json") {
    const text = `{"id":"chatcmpl-cut","object":"chat.completion","model":"${model}","choices":[{"index":0,"message":{"role":"assistant","content":"Hel`;
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "bad-encoding") {
    const text = JSON.stringify({
      id: "chatcmpl-enc",
      object: "chat.completion",
      model,
      choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, finish_reason: "stop" }]
    });
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "redirect") {
    res.writeHead(307, { location: "https://api.elsewhere.example/v1/chat/completions", "content-length": 0 });
    res.end();
    return true;
  }
  if (fault === "no-choices") {
    const text = JSON.stringify({ id: "chatcmpl-none", object: "chat.completion", created: 173e7, model, choices: [], usage: null });
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "long-error") {
    const text = JSON.stringify({ error: { message: `Bad request: ${"C".repeat(256 << 10)}`, type: "invalid_request_error", param: null, code: null } });
    res.writeHead(400, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "huge-headers") {
    const padding = Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`x-padding-${i}`, "p".repeat(1024)]));
    const base = { id: "chatcmpl-hdr", created: 173e7, model };
    if (body?.stream === true) {
      const delta = {
        ...base,
        object: "chat.completion.chunk",
        choices: [{ index: 0, delta: { role: "assistant", content: "Hi" }, logprobs: null, finish_reason: "stop" }]
      };
      res.writeHead(200, { ...padding, "content-type": "text/event-stream; charset=utf-8" });
      res.end(`data: ${JSON.stringify(delta)}

data: [DONE]

`);
      return true;
    }
    const text = JSON.stringify({
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi" }, logprobs: null, finish_reason: "stop" }]
    });
    res.writeHead(200, { ...padding, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === "content-blocks") {
    const content = [
      { type: "thinking", thinking: [{ type: "text", text: "The user greets me; I greet back." }] },
      { type: "text", text: "Hello! How can I help you today?" }
    ];
    const base = { id: "cmpl-blocks", created: 173e7, model };
    if (body?.stream === true) {
      const event = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}

`;
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      res.end(
        `${event({ role: "assistant", content: "" })}${content.map((block) => event({ content: [block] })).join("")}${event({}, "stop")}data: [DONE]

`
      );
      return true;
    }
    return json(res, {
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", tool_calls: null, content }, finish_reason: "stop" }],
      usage: { prompt_tokens: 9, total_tokens: 30, completion_tokens: 21 }
    });
  }
  if (fault === "null-message") {
    return json(res, {
      id: "chatcmpl-null",
      object: "chat.completion",
      created: 173e7,
      model,
      choices: [{ index: 0, message: null, finish_reason: "stop" }],
      usage: { prompt_tokens: 9, total_tokens: 10, completion_tokens: 1 }
    });
  }
  if (fault === "content-filter") {
    const base = { id: "chatcmpl-filtered", created: 173e7, model };
    if (body?.stream === true) {
      const event = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}

`;
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      res.end(`${event({ role: "assistant", content: "" })}${event({}, "content_filter")}data: [DONE]

`);
      return true;
    }
    return json(res, {
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: null }, finish_reason: "content_filter" }],
      usage: { prompt_tokens: 9, total_tokens: 9, completion_tokens: 0 }
    });
  }
  if (fault === "lone-surrogate") {
    const text = "Hello! \uD83D";
    const base = { id: "chatcmpl-half", created: 173e7, model };
    if (body?.stream === true) {
      const event = (delta, finish = null) => `data: ${JSON.stringify({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}

`;
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      res.end(`${event({ role: "assistant", content: "" })}${event({ content: text })}${event({}, "stop")}data: [DONE]

`);
      return true;
    }
    return json(res, { ...base, object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }] });
  }
  if (fault === "bad-utf8") {
    const cut = Buffer.from([240, 159, 152]);
    const base = { id: "chatcmpl-bytes", created: 173e7, model };
    const [head, tail] = JSON.stringify({
      ...base,
      object: "chat.completion",
      choices: [{ index: 0, message: { role: "assistant", content: "Hi CUT there" }, finish_reason: "stop" }]
    }).split("CUT");
    const bytes = Buffer.concat([Buffer.from(head), cut, Buffer.from(tail)]);
    res.writeHead(200, { "content-type": "application/json", "content-length": bytes.length });
    res.end(bytes);
    return true;
  }
  if (fault === "huge-error") {
    hugeError ??= gzipSync(
      JSON.stringify({ error: { message: `Bad request: ${"B".repeat(16 << 20)}`, type: "invalid_request_error", param: null, code: null } })
    );
    res.writeHead(400, { "content-type": "application/json", "content-encoding": "gzip", "content-length": hugeError.length });
    res.end(hugeError);
    return true;
  }
  return false;
}
function json(res, body) {
  const text = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
  return true;
}
function failedResponse(fault, res, body, model) {
  const failed = fault === "response-failed";
  const response = {
    id: "resp_gaveup",
    object: "response",
    created_at: 173e7,
    model,
    status: failed ? "failed" : "incomplete",
    error: failed ? { code: "server_error", message: "The model failed to generate a response." } : null,
    incomplete_details: failed ? null : { reason: "content_filter" },
    output: [],
    parallel_tool_calls: true,
    tool_choice: body?.tool_choice ?? "auto",
    tools: Array.isArray(body?.tools) ? body.tools : [],
    usage: null
  };
  if (body?.stream !== true) return json(res, response);
  let seq = 0;
  const event = (type, fields) => `event: ${type}
data: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}

`;
  const started = { ...response, status: "in_progress", error: null, incomplete_details: null };
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
  res.end(
    event("response.created", { response: started }) + event("response.in_progress", { response: started }) + event(failed ? "response.failed" : "response.incomplete", { response })
  );
  return true;
}

// src/standin/vertex.ts
var googleError = (code, status, message) => ({ error: { code, message, status } });
function vertexNative(req, res, path, models, vertex, send) {
  if (req.method !== "POST") return false;
  if (path === "/token") {
    send(200, { access_token: vertex.accessToken, expires_in: 3599, token_type: "Bearer" });
    return true;
  }
  const call = /^\/(?:v1(?:beta1)?\/)?(projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/([^/:]+)):(generateContent|streamGenerateContent)$/.exec(
    path
  );
  if (!call) return false;
  const [, resource = "", name = "", method] = call;
  if (req.headers.authorization !== `Bearer ${vertex.accessToken}`) {
    send(
      401,
      googleError(
        401,
        "UNAUTHENTICATED",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential."
      )
    );
    return true;
  }
  const model = models.get(name);
  if (!model) {
    send(404, googleError(404, "NOT_FOUND", `Publisher Model \`${resource}\` was not found or your project does not have access to it.`));
    return true;
  }
  const text = model.reply ?? "Hello! How can I help you today?";
  const usageMetadata = { promptTokenCount: 6, candidatesTokenCount: 9, totalTokenCount: 15 };
  const answer = (parts, finishReason) => ({
    candidates: [{ content: { role: "model", parts: [{ text: parts }] }, index: 0, ...finishReason ? { finishReason } : {} }],
    usageMetadata,
    modelVersion: name
  });
  if (method === "generateContent") {
    send(200, answer(text, "STOP"));
    return true;
  }
  res.writeHead(200, { "content-type": "text/event-stream" });
  const cut = Math.ceil(text.length / 2);
  res.write(`data: ${JSON.stringify(answer(text.slice(0, cut)))}\r
\r
`);
  res.end(`data: ${JSON.stringify(answer(text.slice(cut), "STOP"))}\r
\r
`);
  return true;
}

// src/standin/ollama-native.ts
function ollamaNative(res, path, body, models, send) {
  if (path !== "/api/chat" && path !== "/api/show") return false;
  const name = String(body?.model ?? body?.name ?? "");
  const model = models.get(name);
  if (!model) {
    send(404, { error: `model '${name}' not found` });
    return true;
  }
  if (path === "/api/show") {
    send(200, {
      modelfile: "",
      parameters: "",
      template: "",
      details: { format: "gguf", family: "qwen3" },
      model_info: {},
      capabilities: model.tools === "no-parser" ? ["completion"] : ["completion", "tools"]
    });
    return true;
  }
  const refused = OLLAMA.refuse(body, model, false);
  if (refused) {
    send(refused.status, { error: refused.body.error.message });
    return true;
  }
  const { call } = toolDecision(model, body, false);
  const message = { role: "assistant", content: call ? "" : model.reply ?? "Hello! How can I help you today?" };
  if (call) message.tool_calls = [{ function: { index: 0, name: call.name, arguments: JSON.parse(call.arguments) } }];
  const created_at = (/* @__PURE__ */ new Date()).toISOString();
  const final = { model: name, created_at, message, done: true, done_reason: "stop", total_duration: 1, prompt_eval_count: 12, eval_count: 8 };
  if (body?.stream === false) {
    send(200, final);
    return true;
  }
  res.writeHead(200, { "content-type": "application/x-ndjson" });
  if (!call) res.write(`${JSON.stringify({ model: name, created_at, message: { role: "assistant", content: message.content }, done: false })}
`);
  res.end(`${JSON.stringify({ ...final, message: call ? message : { role: "assistant", content: "" } })}
`);
  return true;
}

// src/standin/openai.ts
function openaiTemperatureRefusal(model, body) {
  const temperature = body?.temperature;
  if (typeof temperature !== "number" || temperature === 1 || !model.temperature || model.temperature === "accept") return null;
  const error3 = model.temperature === "reject-value" ? {
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
  return JSON.stringify({ error: error3 }, null, 2) + "\n";
}

// src/standin/server.ts
var MAX_BODY = 1 << 20;
async function startStandin(opts) {
  const models = new Map(opts.models.map((m) => [m.id, m]));
  const flavor = flavorOf(
    opts.flavor,
    opts.models.map((m) => m.id)
  );
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
    if (opts.vertex && vertexNative(req, res, path, models, opts.vertex, (status, json2) => sendJson(res, status, json2))) return;
    if (opts.apiKey !== void 0 && flavor.unauthorized && req.headers.authorization !== `Bearer ${opts.apiKey}`) return refuse(res, flavor.unauthorized);
    if (opts.flavor === "ollama" && req.method === "POST" && ollamaNative(res, path, body, models, (status, json2) => sendJson(res, status, json2))) return;
    if (path === "/v1/models" && req.method === "GET") {
      return sendJson(res, 200, {
        object: "list",
        data: opts.models.map((m) => ({
          id: m.id,
          object: "model",
          created: 173e7,
          owned_by: flavor.ownedBy(m.id),
          root: m.id,
          parent: null,
          max_model_len: m.maxModelLen ?? 32768
        }))
      });
    }
    const served = (path === "/v1/chat/completions" || path === "/v1/embeddings" || path === "/v1/responses") && (flavor.serves?.(path) ?? true);
    if (req.method !== "POST" || !served) {
      return refuse(res, flavor.unknownPath?.(req.method ?? "GET", path) ?? { status: 404, body: { detail: "Not Found" } });
    }
    const name = typeof body?.model === "string" ? body.model : "";
    const unknown = models.has(name) ? null : flavor.unknownModel(name);
    if (unknown) return refuse(res, unknown);
    const model = models.get(name) ?? opts.models[0];
    if (!model) return refuse(res, vllmError("no model is served", "NotFoundError", 404, "model"));
    if (model.delayMs) {
      setTimeout(() => answer(req, res, path, body, model), model.delayMs);
      return;
    }
    answer(req, res, path, body, model);
  }
  function answer(req, res, path, body, model) {
    if (res.destroyed) return;
    if (fault(model, req, res) || hostileAnswer(model.fault, res, body, model.servedAs ?? model.id, path, req.headers.authorization)) return;
    if (path === "/v1/embeddings") return embeddings(res, model, body);
    if (model.embedding) return refuse(res, vllmError(`The model does not support ${path === "/v1/responses" ? "Responses" : "Chat Completions"} API`));
    const refusedTemperature = openaiTemperatureRefusal(model, body);
    if (refusedTemperature) return sendRaw(res, 400, refusedTemperature, "application/json");
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
    const responses = path === "/v1/responses";
    const refusal = flavor.refuse(body, model, responses);
    if (refusal) return refusal.event !== void 0 && body?.stream === true && !responses ? streamRefusal(res, refusal.event) : refuse(res, refusal);
    const { call, text } = toolDecision(flavor.toolsAsText(model) ? { tools: "ignore" } : model, body, responses);
    const reply = {
      name: model.servedAs ?? model.id,
      text: model.fault === "empty" ? "" : text ?? model.reply ?? "Hello! How can I help you today?",
      reasoning: model.reasoning && model.fault !== "empty" ? "The user greets me; I should greet back briefly." : null,
      reasoningField: model.reasoningField ?? "reasoning"
    };
    if (responses) return body?.stream === true ? streamResponses(res, reply, call, body) : sendJson(res, 200, responsesBody(reply, call, body));
    if (body?.stream === true) return streamChat(res, reply, call, model.fault === "stream-error");
    return sendJson(res, 200, chatBody(reply, call));
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
        refuse(res, vllmError("CUDA out of memory", "InternalServerError", 500));
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
          refuse(res, vllmError("Service temporarily unavailable", "ServiceUnavailableError", 503));
          return true;
        }
        return false;
      }
      default:
        return false;
    }
  }
  function embeddings(res, model, body) {
    const inputs = Array.isArray(body?.input) ? body.input : [body?.input ?? ""];
    sendJson(res, 200, {
      id: `embd-${randomBytes2(8).toString("hex")}`,
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
function refuse(res, refusal) {
  if (refusal.body === void 0) return sendRaw(res, refusal.status, "", "text/plain");
  sendJson(res, refusal.status, refusal.body);
}
function streamRefusal(res, event) {
  res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  res.end(`data: ${JSON.stringify(event)}

data: [DONE]

`);
}
function sendJson(res, status, body) {
  sendRaw(res, status, JSON.stringify(body), "application/json");
}
function sendRaw(res, status, text, type) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

export {
  HOSTILE_FAULTS,
  FLAVOR_NAMES,
  startStandin
};
