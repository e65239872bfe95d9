// `node dist/standin.js [--port N] [--host H] [--key K] [--flavor F] [--model ID[:trait...]]...`: runs the stand-in upstream
// on its own, e.g. in a workflow step before the action (self-test) or to try the CLI by hand.
import { parseArgs } from 'node:util';
import { parseModelSpec, TRAITS } from './model-spec.ts';
import { startStandin, type StandinModel } from './server.ts';
import { FLAVOR_NAMES, type FlavorName } from './flavors.ts';

const HELP = `verify-litellm stand-in: an OpenAI-compatible upstream that answers as vLLM and OpenAI do (for tests and self-checks).

Usage: node dist/standin.js [--port N] [--host H] [--key K] [--flavor F] [--model ID[:trait...]]...

Options:
  --port N       port to listen on (default 8000; 0 picks a free one)
  --host H       address to bind (default 127.0.0.1)
  --key K        Bearer key callers must send (vLLM's --api-key; default: $VLLM_KEY, else any caller)
  --flavor F     the server to answer as: ${FLAVOR_NAMES.join(', ')} (default vllm); each one's key check,
                 unknown-model, tool and context-window refusals follow its source (src/standin/<server>.ts)
  --model SPEC   a served model, repeatable (default: Qwen/Qwen3-0.6B:reasoning and gpt-5:reject-temperature)
  -h, --help     this help

Traits: ${TRAITS.join(', ')}.`;

function usage(message: string): never {
  process.stderr.write(`standin: ${message}\nRun with --help for the options.\n`);
  process.exit(2);
}

let values: { port: string; host: string; key?: string; flavor?: string; model?: string[]; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string', default: '8000' },
      host: { type: 'string', default: '127.0.0.1' },
      key: { type: 'string' },
      flavor: { type: 'string' },
      model: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) usage(`--port '${values.port}' is not a port number (0-65535).`);
if (values.flavor !== undefined && !(FLAVOR_NAMES as readonly string[]).includes(values.flavor))
  usage(`--flavor '${values.flavor}' is not one of ${FLAVOR_NAMES.join(', ')}.`);
const flavor = values.flavor as FlavorName | undefined;
let models: StandinModel[] = [];
try {
  models = (values.model?.length ? values.model : ['Qwen/Qwen3-0.6B:reasoning', 'gpt-5:reject-temperature']).map(parseModelSpec);
} catch (error) {
  usage((error as Error).message);
}
const standin = await startStandin({ apiKey: values.key ?? process.env.VLLM_KEY, flavor, models, host: values.host, port });
console.log(`stand-in upstream on ${standin.url} as ${flavor ?? 'vllm'} serving ${models.map((m) => m.id).join(', ')}`);
const stop = () => void standin.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
