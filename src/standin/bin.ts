// `node dist/standin.js [--port N] [--host H] [--key K] [--model ID[:fault]]...`: runs the stand-in upstream
// on its own, e.g. in a workflow step before the action (self-test) or to try the CLI by hand.
// Traits: reject-temperature (GPT-5's 400), reasoning (Qwen3 thinking), reasoning-content (the older field name), embedding,
// no-tool-parser (vLLM without --enable-auto-tool-choice: refuses only tool_choice auto), tool-parser-mismatch (calls arrive as
// text), max-model-len=N (vLLM's --max-model-len), served-as=NAME, hang, rate-limit, server-error, not-json, empty, drop,
// stream-error, flaky.
import { parseArgs } from 'node:util';
import { startStandin, type StandinModel } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8000' },
    host: { type: 'string', default: '127.0.0.1' },
    key: { type: 'string' },
    model: { type: 'string', multiple: true },
  },
});

export function parseModel(spec: string): StandinModel {
  const [id = '', ...traits] = spec.split(':');
  const model: StandinModel = { id };
  for (const trait of traits) {
    if (trait === 'reject-temperature') model.temperature = 'reject-value';
    else if (trait === 'reasoning') model.reasoning = true;
    else if (trait === 'embedding') model.embedding = true;
    else if (trait === 'reasoning-content') model.reasoningField = 'reasoning_content';
    else if (trait === 'no-tool-parser') model.tools = 'no-parser';
    else if (trait === 'tool-parser-mismatch') model.tools = 'ignore';
    else if (trait.startsWith('max-model-len=')) model.maxModelLen = Number(trait.slice('max-model-len='.length));
    else if (trait.startsWith('served-as=')) model.servedAs = trait.slice('served-as='.length);
    else model.fault = trait as StandinModel['fault'];
  }
  return model;
}

const models = (values.model?.length ? values.model : ['Qwen/Qwen3-0.6B:reasoning', 'gpt-5:reject-temperature']).map(parseModel);
const standin = await startStandin({ apiKey: values.key ?? process.env.VLLM_KEY, models, host: values.host, port: Number(values.port) });
console.log(`stand-in upstream on ${standin.url} serving ${models.map((m) => m.id).join(', ')}`);
const stop = () => void standin.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
