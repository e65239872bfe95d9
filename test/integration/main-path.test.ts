// The main path through the real LiteLLM proxy, with the stand-in upstream playing vLLM and GPT-5.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-integration-9f8e7d6c';

describe('main path through the real LiteLLM proxy', { timeout: 900_000 }, () => {
  const fx = withStandin({
    apiKey: KEY,
    models: [
      { id: 'Qwen/Qwen3-0.6B', reasoning: true },
      { id: 'gpt-5', temperature: 'reject-value' },
      // An old name whose backend was swapped to a GPT-5 class model: only the upstream knows.
      { id: 'gpt-4o', servedAs: 'gpt-5-2025-08-07', temperature: 'reject-value' },
      { id: 'text-embed', embedding: true },
    ],
  });
  const byAlias = (report: Report, alias: string): AliasReport => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `alias ${alias} in report`);
    return found;
  };

  it('passes the seed config and reports each alias as the action outputs it', async () => {
    const config = fx.config(`model_list:\n${route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url)}`, 'seed.yaml');
    const report = await runEngine({ configPath: config, provided: { VLLM_KEY: KEY }, tempRoot: fx.dir });
    assert.equal(report.result, 'pass', JSON.stringify(report, null, 2));
    assert.equal(report.litellmVersion, '1.108.7');
    const alias = byAlias(report, 'claude-opus-4-5-20251101');
    assert.equal(alias.status, 'pass');
    assert.equal(alias.httpStatus, 200);
    assert.equal(alias.model, 'openai/Qwen/Qwen3-0.6B');
    assert.equal(alias.apiBaseHost, `127.0.0.1:${fx.upstream.port}`);
    assert.ok(alias.latencyMs !== null && alias.latencyMs >= 0);
    assert.match(alias.reply ?? '', /Hello/);
    // The client's temperature reached the upstream, with the upstream's own key (not the master key).
    const chat = fx.upstream.seen.filter((r) => r.path === '/v1/chat/completions');
    assert.ok(chat.length >= 1);
    assert.equal(chat.at(-1)?.body?.temperature, 0.7);
    assert.equal(chat.at(-1)?.authorization, `Bearer ${KEY}`);
    assert.deepEqual(proxyProcesses(fx.dir), [], 'no proxy left running');
  });

  it('diagnoses every broken route in one run, and names the fix', async () => {
    const yaml = [
      'model_list:',
      route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('gpt-4o', 'openai/gpt-5', fx.upstream.url), // alias relayed to gpt-5: LiteLLM rejects temperature itself
      route('old-gpt-4o', 'openai/gpt-4o', fx.upstream.url), // swapped backend: the upstream rejects temperature
      route('unknown-model', 'openai/Qwen/Qwen9-404B', fx.upstream.url),
      route('dead-endpoint', 'openai/Qwen/Qwen3-0.6B', 'http://127.0.0.1:9/v1'),
      '- model_name: wrong-key\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_key: os.environ/OTHER_KEY\n    api_base: ' + fx.upstream.url,
      route('embed', 'openai/text-embed', fx.upstream.url, '  model_info:\n    mode: embedding\n'),
      route('images', 'openai/dall-e-3', fx.upstream.url, '  model_info:\n    mode: image_generation\n'),
    ].join('\n');
    const config = fx.config(yaml, 'broken.yaml');
    const report = await runEngine({
      configPath: config,
      provided: { VLLM_KEY: KEY },
      env: { PATH: process.env.PATH, HOME: process.env.HOME, OTHER_KEY: 'vk-not-the-right-one' },
      tempRoot: fx.dir,
    });
    assert.equal(report.result, 'fail');
    assert.deepEqual(
      report.aliases.map((a) => a.alias),
      ['claude-opus-4-5-20251101', 'gpt-4o', 'old-gpt-4o', 'unknown-model', 'dead-endpoint', 'wrong-key', 'embed', 'images'],
      'config order',
    );

    assert.equal(byAlias(report, 'claude-opus-4-5-20251101').status, 'pass');

    const gpt5 = byAlias(report, 'gpt-4o');
    assert.equal(gpt5.status, 'fail');
    assert.equal(gpt5.httpStatus, 400);
    assert.equal(gpt5.diagnosis?.code, 'temperature-rejected-by-litellm');
    assert.match(gpt5.diagnosis?.fix ?? '', /drop_params: true/);
    assert.deepEqual(gpt5.withoutTemperature, { status: 'pass', httpStatus: 200 });
    assert.match(gpt5.diagnosis?.summary ?? '', /^route works without temperature/);

    const swapped = byAlias(report, 'old-gpt-4o');
    assert.equal(swapped.diagnosis?.code, 'temperature-rejected-by-upstream');
    assert.match(swapped.error ?? '', /Unsupported value: 'temperature' does not support 0.7/);
    assert.match(swapped.diagnosis?.fix ?? '', /additional_drop_params: \["temperature"\]/);
    assert.equal(swapped.withoutTemperature?.status, 'pass');

    assert.equal(byAlias(report, 'unknown-model').diagnosis?.code, 'upstream-model-not-found');
    assert.equal(byAlias(report, 'unknown-model').httpStatus, 404);
    assert.equal(byAlias(report, 'dead-endpoint').diagnosis?.code, 'connection');
    assert.equal(byAlias(report, 'wrong-key').diagnosis?.code, 'auth');
    assert.match(byAlias(report, 'wrong-key').diagnosis?.fix ?? '', /OTHER_KEY/);
    assert.equal(byAlias(report, 'embed').status, 'pass');
    assert.equal(byAlias(report, 'embed').endpoint, 'embeddings');
    assert.equal(byAlias(report, 'images').status, 'skipped');
    assert.match(byAlias(report, 'images').skippedReason ?? '', /image_generation/);
    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
  });

  it('passes once the config drops temperature the way the diagnosis said', async () => {
    const yaml = [
      'model_list:',
      route('gpt-4o', 'openai/gpt-5', fx.upstream.url, '    drop_params: true\n'),
      route('old-gpt-4o', 'openai/gpt-4o', fx.upstream.url, '    additional_drop_params: ["temperature"]\n'),
    ].join('\n');
    const report = await runEngine({ configPath: fx.config(yaml, 'fixed.yaml'), provided: { VLLM_KEY: KEY }, tempRoot: fx.dir });
    assert.equal(report.result, 'pass', JSON.stringify(report.aliases, null, 2));
  });

  it('with drop_params alone, a swapped backend still fails and the fix says drop_params is not enough', async () => {
    const yaml = `model_list:\n${route('old-gpt-4o', 'openai/gpt-4o', fx.upstream.url, '    drop_params: true\n')}`;
    const report = await runEngine({ configPath: fx.config(yaml, 'drop-only.yaml'), provided: { VLLM_KEY: KEY }, tempRoot: fx.dir });
    const alias = byAlias(report, 'old-gpt-4o');
    assert.equal(alias.diagnosis?.code, 'temperature-rejected-by-upstream');
    assert.match(alias.diagnosis?.fix ?? '', /drop_params is on but LiteLLM still forwards temperature/);
  });

  it('never lets a stray OPENAI_API_KEY reach the proxy or a custom api_base', async () => {
    const stray = 'sk-stray-runner-secret-123456';
    // No api_key at all: LiteLLM would fall back to OPENAI_API_KEY from its environment if it had one.
    const yaml = `model_list:\n- model_name: keyless\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_base: ${fx.upstream.url}\n${route('seed', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url)}`;
    const seenBefore = fx.upstream.seen.length;
    let proxyEnv = '';
    const report = await runEngine(
      {
        configPath: fx.config(yaml, 'keyless.yaml'),
        provided: { VLLM_KEY: KEY },
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          OPENAI_API_KEY: stray,
          ANTHROPIC_API_KEY: stray,
          AWS_SECRET_ACCESS_KEY: stray,
          AZURE_API_KEY: stray,
        },
        tempRoot: fx.dir,
      },
      { proxyStarted: ({ pid }) => (proxyEnv = fs.existsSync(`/proc/${pid}/environ`) ? fs.readFileSync(`/proc/${pid}/environ`, 'utf8') : '') },
    );
    if (process.platform === 'linux') {
      const names = proxyEnv.split('\0').map((kv) => kv.split('=')[0]);
      assert.ok(names.includes('VLLM_KEY'), 'the referenced variable is passed');
      for (const name of ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AZURE_API_KEY'])
        assert.ok(!names.includes(name), `${name} reached the proxy`);
    }
    const seen = fx.upstream.seen.slice(seenBefore).filter((r) => r.path === '/v1/chat/completions');
    assert.ok(seen.length >= 1, 'the probes reached the upstream');
    for (const request of seen) assert.ok(!String(request.authorization).includes(stray), `upstream saw ${request.authorization}`);
    assert.equal(byAlias(report, 'seed').status, 'pass');
    assert.equal(byAlias(report, 'keyless').status, 'fail');
    assert.equal(byAlias(report, 'keyless').diagnosis?.code, 'auth');
  });
});
