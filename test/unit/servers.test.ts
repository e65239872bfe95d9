// Diagnoses of upstreams that are not vLLM (llama.cpp's llama-server, Ollama, SGLang, TGI), on what the real
// LiteLLM 1.108.7 proxy answered for them (test/fixtures/proxy-errors/litellm-1.108.7-servers.json, captured
// in front of the stand-in's flavors, each cited to its server's source in src/standin/<server>.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { readContextRefusal } from '../../src/diagnose/context.ts';
import { diagnose } from '../../src/diagnose/diagnose.ts';
import { serverFromMessage, serverOf } from '../../src/diagnose/servers.ts';
import { diagnoseTools } from '../../src/diagnose/tools.ts';
import { parseProxyError } from '../../src/probe/replies.ts';
import { ROOT } from '../helpers/litellm.ts';

interface Captured {
  flavor: string;
  alias: string;
  model: string;
  note: string;
  stream: boolean;
  status: number;
  body?: unknown;
}
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/proxy-errors/litellm-1.108.7-servers.json'), 'utf8')) as { responses: Captured[] };
const pick = (alias: string, note: RegExp) => {
  const found = fixture.responses.find((r) => r.alias === alias && note.test(r.note));
  assert.ok(found, `${alias} ${note}`);
  return found;
};

/** The route as a user writes it: `openai/<model>` at a server's usual address. */
function contextFor(r: Captured, apiBase = 'http://gpu-box:8080/v1') {
  const config = parseConfig(
    `model_list:\n- model_name: ${r.alias}\n  litellm_params:\n    model: "${r.model}"\n    api_key: os.environ/UPSTREAM_KEY\n    api_base: ${apiBase}\n`,
    '/w/c.yaml',
    'c.yaml',
  );
  return { config, deployment: config.deployments[0]!, temperature: null, timeoutMs: 1000 };
}
const outcome = (r: Captured, endpoint: 'chat' | 'tools' = 'chat') => ({
  endpoint,
  ok: false,
  status: r.status,
  latencyMs: 1,
  error: parseProxyError(r.body)!,
});

describe("llama.cpp's llama-server", () => {
  it('a prompt past -c: context-window, naming the window, the prompt and -c / --ctx-size', () => {
    const r = pick('llamacpp-small', /^a prompt past/);
    assert.deepEqual(readContextRefusal(outcome(r).error.message), { window: 8192, input: 10008, asked: null });
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'context-window');
    assert.match(d.summary, /\(llama\.cpp \(llama-server\)\) serves 8192 tokens of context, and the prompt alone \(10008 tokens\) fills it/);
    assert.match(d.fix, /`-c` \/ `--ctx-size`/);
    assert.match(d.fix, /--parallel N/);
    assert.doesNotMatch(d.fix, /max-model-len/);
  });

  it('max_tokens past the window is not refused (the reply stops at the window), so nothing to diagnose', () => {
    assert.equal(pick('llamacpp-small', /^max_tokens/).status, 200);
  });

  it('tools without --jinja: a 500 that is tools-unsupported with the --jinja fix, not a server failure', () => {
    const r = pick('llamacpp-notools', /tools/);
    assert.equal(r.status, 500);
    const d = diagnoseTools(outcome(r, 'tools'), contextFor(r));
    assert.equal(d?.code, 'tools-unsupported');
    assert.match(d?.summary ?? '', /llama-server .* started without `--jinja`/);
    assert.match(d?.fix ?? '', /Start llama-server with `--jinja`/);
    assert.doesNotMatch(d?.fix ?? '', /enable-auto-tool-choice/);
  });

  it('a wrong key: auth, pointing at the --api-key the server was started with', () => {
    const r = pick('llamacpp-badkey', /key/);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'auth');
    assert.match(d.fix, /Check the value of UPSTREAM_KEY .*--api-key/);
  });
});

describe("Ollama's /v1", () => {
  it('a model not pulled: upstream-model-not-found with `ollama pull <model>`, known by the route (port 11434) or the wording', () => {
    const r = pick('ollama-unknown', /model id/);
    for (const base of ['http://127.0.0.1:11434/v1', 'http://gpu-box:8080/v1']) {
      const d = diagnose(outcome(r), contextFor(r, base));
      assert.equal(d.code, 'upstream-model-not-found', base);
      assert.match(d.fix, /`ollama pull no-such-model`/, base);
    }
    assert.match(diagnose(outcome(r), contextFor(r, 'http://127.0.0.1:11434/v1')).summary, /\(Ollama\) does not serve `no-such-model`: it is not pulled there/);
  });

  it('a model without tool support: tools-unsupported that says so and names the fix for Ollama, not a vLLM flag', () => {
    const r = pick('ollama-notools', /tools/);
    const d = diagnoseTools(outcome(r, 'tools'), contextFor(r));
    assert.equal(d?.code, 'tools-unsupported');
    assert.match(d?.summary ?? '', /Ollama refuses tools .* the model has no tool support/);
    assert.match(d?.fix ?? '', /`tools` capability/);
    assert.doesNotMatch(d?.fix ?? '', /enable-auto-tool-choice|--jinja/);
  });

  it("through LiteLLM's ollama_chat/ provider (Ollama's native error inside LiteLLM's message): the same diagnoses", () => {
    const missing = pick('ollama-native-unknown', /model id/);
    assert.match(JSON.stringify(missing.body), /Ollama_chatException - \{\\"error\\":\\"model 'llama3.1:8b' not found\\"\}/);
    const d = diagnose(outcome(missing), contextFor(missing, 'http://gpu-box:8080'));
    assert.equal(d.code, 'upstream-model-not-found');
    assert.match(d.summary, /\(Ollama\) does not serve `llama3\.1:8b`/);
    assert.match(d.fix, /`ollama pull llama3\.1:8b`/);
    const tools = pick('ollama-native-notools', /tools/);
    assert.match(diagnoseTools(outcome(tools, 'tools'), contextFor(tools, 'http://gpu-box:8080'))?.fix ?? '', /`tools` capability/);
    for (const r of fixture.responses.filter((x) => x.alias === 'ollama-native-ok')) assert.equal(r.status, 200, r.note);
  });

  it('never refuses for the window (it cuts the prompt) and has no keys', () => {
    for (const r of fixture.responses.filter((x) => x.flavor === 'ollama' && /window|key/.test(x.note))) assert.equal(r.status, 200, r.note);
  });
});

describe('SGLang', () => {
  it('a prompt past --context-length and max_tokens past it: context-window with --context-length', () => {
    const prompt = diagnose(outcome(pick('sglang-small', /^a prompt past/)), contextFor(pick('sglang-small', /^a prompt past/)));
    assert.equal(prompt.code, 'context-window');
    assert.match(prompt.summary, /\(SGLang\) serves 8192 tokens of context, and the prompt alone \(10008 tokens\) fills it/);
    assert.match(prompt.fix, /--context-length/);
    const r = pick('sglang-small', /^max_tokens/);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'context-window');
    assert.match(d.summary, /serves 8192 tokens of context \(14 taken by the prompt\), and the client asked for max_tokens 32000: SGLang refuses/);
    assert.match(d.fix, /--context-length/);
    assert.match(d.fix, /max_output_tokens: 4089/);
  });

  it('the streamed refusal LiteLLM relays as a 500 APIConnectionError is still the window, not a connection failure', () => {
    const r = pick('sglang-small', /^streamed/);
    assert.equal(r.status, 500);
    assert.match(JSON.stringify(r.body), /APIConnectionError/);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'context-window');
    assert.match(d.fix, /--context-length/);
  });
});

describe('TGI', () => {
  it('its 422 reaches the client as a bare "Error code: 422": bad-request that says the reason was lost, with what TGI means by it', () => {
    const r = pick('tgi-small', /^max_tokens/);
    assert.match(JSON.stringify(r.body), /OpenAIException - Error code: 422\\n/);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'bad-request');
    assert.match(d.summary, /HTTP 422 and LiteLLM relayed no reason .* TGI/);
    assert.match(d.fix, /--max-total-tokens/);
  });

  it('the streamed refusal keeps the words: context-window with --max-total-tokens', () => {
    const r = pick('tgi-small', /^streamed/);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'context-window');
    assert.match(d.summary, /serves 8192 tokens of context \(14 taken by the prompt\), and the client asked for max_tokens 32000: TGI refuses/);
    assert.match(d.fix, /--max-total-tokens/);
  });
});

describe('which server answered', () => {
  it("is read from the server's own words, then from the route, and is null when neither says", () => {
    const cases: Array<[string, string | null]> = [
      ['request (9000 tokens) exceeds the available context size (8192 tokens), try increasing it', 'llamacpp'],
      ['tools param requires --jinja flag', 'llamacpp'],
      ['model "llama3" not found, try pulling it first', 'ollama'],
      ['registry.ollama.ai/library/gemma3:270m does not support tools', 'ollama'],
      ["The input (9000 tokens) is longer than the model's context length (8192 tokens).", 'sglang'],
      ['Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8192. Given: 14 `inputs` tokens and 32000 `max_new_tokens`', 'tgi'],
      ['"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set', 'vllm'],
      ['Connection error.', null],
    ];
    for (const [message, kind] of cases) assert.equal(serverFromMessage(message), kind, message);
    const r = pick('ollama-unknown', /model id/);
    assert.equal(serverOf('Connection error.', contextFor(r, 'http://10.0.0.5:11434/v1').deployment), 'ollama');
    assert.equal(serverOf('Connection error.', contextFor({ ...r, model: 'ollama_chat/qwen3:8b' }).deployment), 'ollama');
    assert.equal(serverOf('Connection error.', contextFor(r).deployment), null);
  });

  it('a context refusal from an unknown server names the setting of every usual one', () => {
    const r = pick('sglang-small', /^max_tokens/);
    const generic = {
      ...outcome(r),
      error: { ...outcome(r).error, message: "litellm.ContextWindowExceededError: This model's maximum context length is 8192 tokens." },
    };
    const d = diagnose(generic, contextFor(r));
    assert.equal(d.code, 'context-window');
    for (const flag of ['--max-model-len', '`-c`', '--context-length', '--max-total-tokens', 'num_ctx']) assert.ok(d.fix.includes(flag), flag);
  });
});

describe("llama.cpp's llama-server in router mode", () => {
  it('an unknown model is a 400, diagnosed as model-not-found with where the router takes its models from', () => {
    const r = pick('llamacpp-router-unknown', /model id/);
    assert.equal(r.status, 400);
    const d = diagnose(outcome(r), contextFor(r));
    assert.equal(d.code, 'upstream-model-not-found');
    assert.match(d.summary, /does not know `no-such-model` \(HTTP 400: llama-server in router mode/);
    assert.match(d.fix, /--models-dir/);
  });

  it('the same words from Ollama (a 404) stay Ollama\'s, and "model is not loaded" says how to load it', () => {
    const r = pick('ollama-unknown', /model id/);
    assert.match(diagnose(outcome(r), contextFor(r, 'http://127.0.0.1:11434/v1')).fix, /ollama pull/);
    const router = pick('llamacpp-router-unknown', /model id/);
    const notLoaded = { ...outcome(router), error: { ...outcome(router).error, message: 'litellm.BadRequestError: OpenAIException - model is not loaded' } };
    const d = diagnose(notLoaded, contextFor(router));
    assert.equal(d.code, 'upstream-model-not-found');
    assert.match(d.fix, /POST \/models\/load/);
  });
});

describe('LM Studio (bodies from its users, src/standin/lmstudio.ts)', () => {
  it('a model it does not have, and none loaded: upstream-model-not-found with `lms ls` / `lms load`', () => {
    const unknown = pick('lmstudio-unknown', /model id/);
    const d = diagnose(outcome(unknown), contextFor(unknown, 'http://127.0.0.1:1234/v1'));
    assert.equal(d.code, 'upstream-model-not-found');
    assert.match(d.summary, /LM Studio at 127\.0\.0\.1:1234 has no model `no-such-model`/);
    assert.match(d.fix, /`lms ls`/);
    const none = pick('lmstudio-none-loaded', /no model loaded/);
    const n = diagnose(outcome(none), contextFor(none, 'http://127.0.0.1:1234/v1'));
    assert.equal(n.code, 'upstream-model-not-found');
    assert.match(n.fix, /`lms load qwen3-8b`/);
    assert.match(n.fix, /just-in-time/);
  });

  it("an api_base without /v1: LM Studio's 200 with an error becomes LiteLLM's 422 'Error in response object', diagnosed as the missing /v1", () => {
    const r = pick('lmstudio-no-v1', /without \/v1/);
    assert.equal(r.status, 422);
    const d = diagnose(outcome(r), contextFor(r, 'http://127.0.0.1:1234'));
    assert.equal(d.code, 'invalid-response');
    assert.match(d.summary, /api_base `http:\/\/127\.0\.0\.1:1234` does not end in \/v1/);
    assert.match(d.fix, /End api_base at c\.yaml:\d+ with \/v1/);
    const withV1 = diagnose(outcome(r), contextFor(r, 'http://127.0.0.1:1234/v1'));
    assert.match(withV1.fix, /Check what the server answers/);
  });
});
