import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  FLAVOR_NAMES,
  HOSTILE_FAULTS,
  startStandin
} from "./chunks/chunk-QOPFZXDI.js";
import {
  nearMiss
} from "./chunks/chunk-KVP47IIB.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/standin/bin.ts
import { parseArgs } from "node:util";

// src/standin/model-spec.ts
var FAULTS = [
  "hang",
  "rate-limit",
  "server-error",
  "not-json",
  "empty",
  "drop",
  "echo-key",
  "stream-error",
  "flaky",
  ...HOSTILE_FAULTS
];
var TRAITS = [
  "reject-temperature",
  "reasoning",
  "reasoning-content",
  "embedding",
  "no-tool-parser",
  "tool-parser-mismatch",
  "bad-tool-arguments",
  "max-model-len=N",
  "served-as=NAME",
  ...FAULTS
];
function isTrait(part) {
  const name = part.includes("=") ? `${part.slice(0, part.indexOf("="))}=` : part;
  return TRAITS.some((t) => t.endsWith("=N") || t.endsWith("=NAME") ? t.slice(0, t.indexOf("=") + 1) === name : t === part);
}
function parseModelSpec(spec) {
  const parts = spec.split(":");
  let end = parts.findIndex((p, i) => i > 0 && isTrait(p));
  if (end < 0) end = parts.length;
  for (const p of parts.slice(1, end))
    if (p.includes("=") || nearMiss(
      p,
      TRAITS.map((t) => t.replace(/=.*$/, ""))
    ))
      throw new Error(`--model '${spec}': unknown trait '${p}'; known: ${TRAITS.join(", ")}.`);
  const id = parts.slice(0, end).join(":");
  const traits = parts.slice(end);
  if (!id || parts[0] === "") throw new Error(`--model '${spec}': the model id is empty; expected ID[:trait...].`);
  const model = { id };
  for (const trait of traits) {
    if (trait === "reject-temperature") model.temperature = "reject-value";
    else if (trait === "reasoning") model.reasoning = true;
    else if (trait === "embedding") model.embedding = true;
    else if (trait === "reasoning-content") model.reasoningField = "reasoning_content";
    else if (trait === "no-tool-parser") model.tools = "no-parser";
    else if (trait === "tool-parser-mismatch") model.tools = "ignore";
    else if (trait === "bad-tool-arguments") model.tools = "bad-arguments";
    else if (trait.startsWith("max-model-len=")) {
      const n = Number(trait.slice("max-model-len=".length));
      if (!Number.isInteger(n) || n < 1) throw new Error(`--model '${spec}': max-model-len must be a positive whole number of tokens.`);
      model.maxModelLen = n;
    } else if (trait.startsWith("served-as=") && trait.length > "served-as=".length) model.servedAs = trait.slice("served-as=".length);
    else if (FAULTS.includes(trait)) model.fault = trait;
    else throw new Error(`--model '${spec}': unknown trait '${trait}'; known: ${TRAITS.join(", ")}.`);
  }
  return model;
}

// src/standin/bin.ts
var HELP = `verify-litellm stand-in: an OpenAI-compatible upstream that answers as vLLM and OpenAI do (for tests and self-checks).

Usage: node dist/standin.js [--port N] [--host H] [--key K] [--flavor F] [--model ID[:trait...]]...

Options:
  --port N       port to listen on (default 8000; 0 picks a free one)
  --host H       address to bind (default 127.0.0.1)
  --key K        Bearer key callers must send (vLLM's --api-key; default: $VLLM_KEY, else any caller)
  --flavor F     the server to answer as: ${FLAVOR_NAMES.join(", ")} (default vllm); each one's key check,
                 unknown-model, tool and context-window refusals follow its source (src/standin/<server>.ts)
  --model SPEC   a served model, repeatable (default: Qwen/Qwen3-0.6B:reasoning and gpt-5:reject-temperature)
  -h, --help     this help

Traits: ${TRAITS.join(", ")}.`;
function usage(message) {
  process.stderr.write(`standin: ${message}
Run with --help for the options.
`);
  process.exit(2);
}
var values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "8000" },
      host: { type: "string", default: "127.0.0.1" },
      key: { type: "string" },
      flavor: { type: "string" },
      model: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" }
    }
  }));
} catch (error) {
  usage(error.message);
}
if (values.help) {
  process.stdout.write(`${HELP}
`);
  process.exit(0);
}
var port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) usage(`--port '${values.port}' is not a port number (0-65535).`);
if (values.flavor !== void 0 && !FLAVOR_NAMES.includes(values.flavor))
  usage(`--flavor '${values.flavor}' is not one of ${FLAVOR_NAMES.join(", ")}.`);
var flavor = values.flavor;
var models = [];
try {
  models = (values.model?.length ? values.model : ["Qwen/Qwen3-0.6B:reasoning", "gpt-5:reject-temperature"]).map(parseModelSpec);
} catch (error) {
  usage(error.message);
}
var standin = await startStandin({ apiKey: values.key ?? process.env.VLLM_KEY, flavor, models, host: values.host, port });
console.log(`stand-in upstream on ${standin.url} as ${flavor ?? "vllm"} serving ${models.map((m) => m.id).join(", ")}`);
var stop = () => void standin.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
