// Upstreams that are not vLLM, through the real LiteLLM proxy: llama.cpp's llama-server, Ollama's /v1, SGLang and
// TGI, each imitated by a stand-in with that server's flavor (its refusals cited to its source in
// src/standin/<server>.ts). One proxy run for all of them (one alias per behaviour, each at its server's stand-in):
// each failure must be diagnosed with its real cause and the fix that fits that server, and a healthy route on each
// must pass, tool call and stream included.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import type { FlavorName } from '../../src/standin/flavors.ts';
import { startStandin, type Standin, type StandinModel } from '../../src/standin/server.ts';
import { route, runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';
import { clientProfile } from '../../src/probe/clients/profile.ts';
import fs from 'node:fs';

const KEY = 'vk-servers-14142135';
/** A window smaller than the probe's prompt plus its max_tokens (64), larger than the prompt alone (about 10 tokens). */
const SMALL = 40;
const SERVERS: Record<Exclude<FlavorName, 'vllm'>, StandinModel[]> = {
  lmstudio: [{ id: 'qwen/qwen3-8b' }, { id: 'google/gemma-3-4b' }],
  llamacpp: [{ id: 'qwen3-8b' }, { id: 'tiny-ctx', maxModelLen: 8 }, { id: 'no-jinja', tools: 'no-parser' }],
  'llamacpp-router': [{ id: 'qwen3-8b' }],
  ollama: [{ id: 'qwen3:8b' }, { id: 'gemma3:270m', tools: 'no-parser' }],
  sglang: [{ id: 'Qwen/Qwen3-8B' }, { id: 'small-ctx', maxModelLen: SMALL }, { id: 'no-parser', tools: 'no-parser' }],
  tgi: [{ id: 'Qwen/Qwen3-8B' }, { id: 'small-ctx', maxModelLen: SMALL }],
};

describe('upstreams that are not vLLM, through the real LiteLLM proxy', { timeout: 900_000 }, () => {
  const upstreams = new Map<string, Standin>();
  let dir = '';
  let report: Report;
  const byAlias = (alias: string): AliasReport => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `alias ${alias} in report`);
    return found;
  };
  /** The failing surface's diagnosis when chat passed (the tool probe), else the alias's. */
  const diagnosisOf = (alias: string) => byAlias(alias).diagnosis;

  before(async () => {
    await testLiteLLM();
    dir = tempDir('vl-servers-');
    for (const [flavor, models] of Object.entries(SERVERS)) upstreams.set(flavor, await startStandin({ flavor: flavor as FlavorName, apiKey: KEY, models }));
    const at = (flavor: string) => upstreams.get(flavor)!.url;
    const yaml = [
      'model_list:',
      route('llamacpp-ok', 'openai/qwen3-8b', at('llamacpp')),
      route('llamacpp-tiny-ctx', 'openai/tiny-ctx', at('llamacpp')),
      route('llamacpp-no-jinja', 'openai/no-jinja', at('llamacpp')),
      route('llamacpp-router-unknown', 'openai/qwen3-32b', at('llamacpp-router')),
      route('llamacpp-bad-key', 'openai/qwen3-8b', at('llamacpp')).replace('os.environ/VLLM_KEY', 'not-the-key'),
      route('ollama-ok', 'openai/qwen3:8b', at('ollama')),
      route('ollama-not-pulled', 'openai/llama3.1:8b', at('ollama')),
      route('ollama-no-tools', 'openai/gemma3:270m', at('ollama')),
      // LiteLLM's own Ollama provider calls the native /api/chat at the server's root.
      route('ollama-native-ok', 'ollama_chat/qwen3:8b', at('ollama').replace(/\/v1$/, '')),
      route('ollama-native-not-pulled', 'ollama_chat/llama3.1:8b', at('ollama').replace(/\/v1$/, '')),
      route('sglang-ok', 'openai/Qwen/Qwen3-8B', at('sglang')),
      route('sglang-small-ctx', 'openai/small-ctx', at('sglang')),
      route('sglang-no-parser', 'openai/no-parser', at('sglang')),
      route('tgi-ok', 'openai/tgi', at('tgi')),
      route('tgi-small-ctx', 'openai/small-ctx', at('tgi')),
      route('lmstudio-ok', 'openai/qwen/qwen3-8b', at('lmstudio')),
      route('lmstudio-unknown', 'openai/qwen3-8b', at('lmstudio')),
      route('lmstudio-no-v1', 'openai/qwen/qwen3-8b', at('lmstudio').replace(/\/v1$/, '')),
      route('tgi-bad-key', 'openai/tgi', at('tgi')).replace('os.environ/VLLM_KEY', 'not-the-key'),
    ].join('\n');
    report = await runEngine({
      configPath: writeConfig(dir, yaml, 'servers.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: dir,
      temperature: null,
      stream: true,
      tools: true,
    });
  });

  after(async () => {
    for (const u of upstreams.values()) await u.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('passes a healthy route on each server: chat, stream and a structured tool call', () => {
    for (const alias of ['llamacpp-ok', 'ollama-ok', 'ollama-native-ok', 'sglang-ok', 'tgi-ok', 'lmstudio-ok']) {
      const a = byAlias(alias);
      assert.equal(a.status, 'pass', `${alias}: ${JSON.stringify(a.diagnosis)} ${a.error ?? ''}`);
      assert.equal(a.stream?.status, 'pass', alias);
      assert.deepEqual(
        a.surfaces.map((s) => [s.api, s.status]),
        [['tools', 'pass']],
        alias,
      );
    }
  });

  it("llama.cpp: a prompt past -c is the context window with -c / --ctx-size; tools without --jinja (a 500) are tools-unsupported with --jinja; the router's 400 for an unknown model is model-not-found", () => {
    const ctx = diagnosisOf('llamacpp-tiny-ctx');
    assert.equal(ctx?.code, 'context-window', JSON.stringify(ctx));
    assert.match(ctx?.summary ?? '', /llama-server\)\) serves 8 tokens of context, and the prompt alone \(\d+ tokens\) fills it/);
    assert.match(ctx?.fix ?? '', /`-c` \/ `--ctx-size`/);
    const tools = byAlias('llamacpp-no-jinja');
    assert.equal(tools.status, 'fail');
    assert.equal(tools.surfaces[0]?.httpStatus, 500);
    assert.equal(tools.diagnosis?.code, 'tools-unsupported', JSON.stringify(tools.diagnosis));
    assert.match(tools.diagnosis?.fix ?? '', /Start llama-server with `--jinja`/);
    const router = diagnosisOf('llamacpp-router-unknown');
    assert.equal(router?.code, 'upstream-model-not-found', JSON.stringify(router));
    assert.match(router?.summary ?? '', /does not know `qwen3-32b` \(HTTP 400: llama-server in router mode/);
    assert.match(router?.fix ?? '', /--models-dir/);
    const key = diagnosisOf('llamacpp-bad-key');
    assert.equal(key?.code, 'auth');
    assert.match(key?.summary ?? '', /refused the key .* \(HTTP 401\)/);
  });

  it('Ollama (/v1 and ollama_chat/): a model that is not pulled names `ollama pull`; a model without tool support is tools-unsupported with an Ollama fix', () => {
    const missing = diagnosisOf('ollama-not-pulled');
    assert.equal(missing?.code, 'upstream-model-not-found', JSON.stringify(missing));
    assert.match(missing?.fix ?? '', /`ollama pull llama3\.1:8b`/);
    const native = diagnosisOf('ollama-native-not-pulled');
    assert.equal(native?.code, 'upstream-model-not-found', JSON.stringify(native));
    assert.match(native?.summary ?? '', /\(Ollama\) does not serve `llama3\.1:8b`: it is not pulled there/);
    assert.match(native?.fix ?? '', /`ollama pull llama3\.1:8b`/);
    const tools = byAlias('ollama-no-tools');
    assert.equal(tools.surfaces[0]?.httpStatus, 400);
    assert.equal(tools.diagnosis?.code, 'tools-unsupported', JSON.stringify(tools.diagnosis));
    assert.match(tools.diagnosis?.summary ?? '', /Ollama refuses tools/);
    assert.match(tools.diagnosis?.fix ?? '', /`tools` capability/);
    assert.doesNotMatch(tools.diagnosis?.fix ?? '', /enable-auto-tool-choice/);
  });

  it('SGLang: max_tokens past --context-length is the context window with --context-length; no --tool-call-parser is a call as text', () => {
    const ctx = diagnosisOf('sglang-small-ctx');
    assert.equal(ctx?.code, 'context-window', JSON.stringify(ctx));
    assert.match(ctx?.summary ?? '', /serves 40 tokens of context \(\d+ taken by the prompt\), and the client asked for max_tokens 64: SGLang refuses/);
    assert.match(ctx?.fix ?? '', /--context-length/);
    const tools = byAlias('sglang-no-parser');
    assert.equal(tools.diagnosis?.code, 'tools-unsupported', JSON.stringify(tools.diagnosis));
    assert.match(tools.diagnosis?.summary ?? '', /only looks like a tool call/);
    assert.match(tools.diagnosis?.fix ?? '', /SGLang with `--tool-call-parser/);
  });

  it('TGI: LiteLLM relays its 422 without words, so the diagnosis takes them from the stream probe: --max-total-tokens; its empty 401 is auth', () => {
    const a = byAlias('tgi-small-ctx');
    assert.equal(a.httpStatus, 422);
    assert.match(a.error ?? '', /Error code: 422/);
    assert.equal(a.diagnosis?.code, 'context-window', JSON.stringify(a.diagnosis));
    assert.match(a.diagnosis?.summary ?? '', /serves 40 tokens of context .* TGI refuses .*the reason as the streamed request got it/);
    assert.match(a.diagnosis?.fix ?? '', /--max-total-tokens/);
    const key = diagnosisOf('tgi-bad-key');
    assert.equal(key?.code, 'auth');
  });

  it('LM Studio: a model it does not have names `lms ls`; an api_base without /v1 (its 200 with an error) names /v1', () => {
    const unknown = diagnosisOf('lmstudio-unknown');
    assert.equal(unknown?.code, 'upstream-model-not-found', JSON.stringify(unknown));
    assert.match(unknown?.summary ?? '', /LM Studio at .* has no model `qwen3-8b`/);
    assert.match(unknown?.fix ?? '', /`lms ls`/);
    const noV1 = byAlias('lmstudio-no-v1');
    assert.equal(noV1.httpStatus, 422);
    assert.equal(noV1.diagnosis?.code, 'invalid-response', JSON.stringify(noV1.diagnosis));
    assert.match(noV1.diagnosis?.summary ?? '', /answered HTTP 200 with an error instead of a completion/);
    assert.match(noV1.diagnosis?.fix ?? '', /End api_base at \S*servers\.yaml:\d+ with \/v1/);
  });

  it('Claude Code on TGI: through openai/ LiteLLM sends its Messages to /v1/responses, which TGI lacks: the diagnosis says so and names hosted_vllm/, which passes', async () => {
    const yaml = [
      'model_list:',
      route('tgi-openai', 'openai/tgi', upstreams.get('tgi')!.url),
      route('tgi-hosted', 'hosted_vllm/tgi', upstreams.get('tgi')!.url),
    ].join('\n');
    const clients = await runEngine({
      configPath: writeConfig(dir, yaml, 'claude-code.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: dir,
      temperature: null,
      stream: false,
      clients: [clientProfile('claude-code')],
    });
    const viaOpenai = clients.aliases.find((a) => a.alias === 'tgi-openai')!.clients[0]!;
    assert.deepEqual([viaOpenai.step, viaOpenai.status, viaOpenai.httpStatus], ['first turn', 'fail', 404]);
    assert.match(viaOpenai.diagnosis?.summary ?? '', /answers chat completions, but the server .* has no Responses API/);
    assert.match(viaOpenai.diagnosis?.fix ?? '', /`hosted_vllm\/tgi`/);
    const viaHosted = clients.aliases.find((a) => a.alias === 'tgi-hosted')!;
    assert.equal(viaHosted.status, 'pass', JSON.stringify(viaHosted.clients));
  });
});
