import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);
import {
  startStandin
} from "./chunks/chunk-KP63OTJ2.js";
import "./chunks/chunk-RUMNF2LX.js";

// src/standin/bin.ts
import { parseArgs } from "node:util";
var { values } = parseArgs({
  options: {
    port: { type: "string", default: "8000" },
    host: { type: "string", default: "127.0.0.1" },
    key: { type: "string" },
    model: { type: "string", multiple: true }
  }
});
function parseModel(spec) {
  const [id = "", ...traits] = spec.split(":");
  const model = { id };
  for (const trait of traits) {
    if (trait === "reject-temperature") model.temperature = "reject-value";
    else if (trait === "reasoning") model.reasoning = true;
    else if (trait === "embedding") model.embedding = true;
    else if (trait === "reasoning-content") model.reasoningField = "reasoning_content";
    else if (trait === "no-tool-parser") model.tools = "no-parser";
    else if (trait === "tool-parser-mismatch") model.tools = "ignore";
    else if (trait.startsWith("max-model-len=")) model.maxModelLen = Number(trait.slice("max-model-len=".length));
    else if (trait.startsWith("served-as=")) model.servedAs = trait.slice("served-as=".length);
    else model.fault = trait;
  }
  return model;
}
var models = (values.model?.length ? values.model : ["Qwen/Qwen3-0.6B:reasoning", "gpt-5:reject-temperature"]).map(parseModel);
var standin = await startStandin({ apiKey: values.key ?? process.env.VLLM_KEY, models, host: values.host, port: Number(values.port) });
console.log(`stand-in upstream on ${standin.url} serving ${models.map((m) => m.id).join(", ")}`);
var stop = () => void standin.close().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
export {
  parseModel
};
