// Probing the way agents talk, through the real proxy: Anthropic-format Messages, the Responses API, tool
// calls, the backend swap LiteLLM hides, and finding which request parameter an upstream refuses.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-surfaces-2718281828';
const byAlias = (report: Report, alias: string): AliasReport => report.aliases.find((a) => a.alias === alias)!;

describe('API surfaces, tool calls and backend swaps through the real proxy', { timeout: 900_000 }, () => {
  const fx = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'Qwen/Qwen3-0.6B', reasoning: true },
        { id: 'no-tools', tools: 'no-parser' },
        { id: 'plain-text', tools: 'ignore' },
        // An old alias whose backend was swapped to GPT-5: it refuses temperature, and says so in `model`.
        { id: 'gpt-4o', servedAs: 'gpt-5-2025-08-07', temperature: 'reject-value' },
        { id: 'picky', rejectParams: ['frequency_penalty'] },
      ],
    },
    'vl-surfaces-',
  );

  it('probes chat, messages and responses with a tool call, and flags a swapped backend', async () => {
    const yaml = [
      'model_list:',
      route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('no-tools', 'openai/no-tools', fx.upstream.url),
      route('plain-text', 'openai/plain-text', fx.upstream.url),
      route('gpt-4o', 'openai/gpt-4o', fx.upstream.url),
    ].join('\n');
    const report = await runEngine({
      configPath: fx.config(yaml, 'surfaces.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: false,
      apis: ['chat', 'messages', 'responses'],
      tools: true,
      checkServedModel: true,
    });

    const seed = byAlias(report, 'claude-opus-4-5-20251101');
    assert.equal(seed.status, 'pass', JSON.stringify(seed));
    assert.deepEqual(
      seed.surfaces.map((s) => [s.api, s.status]),
      [
        ['messages', 'pass'],
        ['responses', 'pass'],
        ['tools', 'pass'],
        ['messages-tools', 'pass'],
        ['responses-tools', 'pass'],
      ],
    );
    assert.match(seed.surfaces.find((s) => s.api === 'messages')?.reply ?? '', /Hello/);
    for (const api of ['tools', 'messages-tools', 'responses-tools'])
      assert.match(seed.surfaces.find((s) => s.api === api)?.reply ?? '', /^get_current_time\(\{/, api);
    assert.equal(seed.servedModel, 'Qwen/Qwen3-0.6B');
    assert.equal(seed.backendSwap, null);
    // Through the proxy each surface arrived at the upstream in its own shape (messages via LiteLLM's Responses bridge),
    // and every tool request with tool_choice auto, as agents send it.
    assert.ok(fx.upstream.seen.some((r) => r.path === '/v1/responses' && r.body?.model === 'Qwen/Qwen3-0.6B'));
    const toolRequests = fx.upstream.seen.filter((r) => r.body?.model === 'Qwen/Qwen3-0.6B' && Array.isArray(r.body?.tools));
    assert.deepEqual(
      toolRequests.map((r) => [r.path, r.body?.tool_choice]),
      [
        ['/v1/chat/completions', 'auto'],
        ['/v1/responses', 'auto'],
        ['/v1/responses', 'auto'],
      ],
    );

    // A vLLM without a tool parser: chat refuses auto; /v1/responses answers the call as text. All three fail with the flags.
    const noTools = byAlias(report, 'no-tools');
    assert.equal(noTools.status, 'fail');
    assert.equal(noTools.diagnosis?.code, 'tools-unsupported');
    assert.match(noTools.diagnosis?.summary ?? '', /^tools: /);
    assert.deepEqual(
      noTools.surfaces.map((s) => [s.api, s.status, s.diagnosis?.code ?? null]),
      [
        ['messages', 'pass', null],
        ['responses', 'pass', null],
        ['tools', 'fail', 'tools-unsupported'],
        ['messages-tools', 'fail', 'tools-unsupported'],
        ['responses-tools', 'fail', 'tools-unsupported'],
      ],
      'plain messages and responses still work',
    );
    for (const s of noTools.surfaces.slice(2)) assert.match(s.diagnosis?.fix ?? '', /--enable-auto-tool-choice --tool-call-parser/);
    assert.equal(noTools.surfaces[2]?.httpStatus, 400);
    assert.match(noTools.surfaces[2]?.error ?? '', /"auto" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set/);
    assert.match(noTools.surfaces[4]?.diagnosis?.summary ?? '', /only looks like a tool call/);

    const plain = byAlias(report, 'plain-text');
    assert.equal(plain.diagnosis?.code, 'tools-unsupported');
    assert.match(plain.diagnosis?.summary ?? '', /only looks like a tool call/);

    const swapped = byAlias(report, 'gpt-4o');
    assert.equal(swapped.status, 'fail');
    assert.equal(swapped.diagnosis?.code, 'temperature-rejected-by-upstream');
    assert.equal(swapped.rejectedParam, 'temperature');
    assert.deepEqual(swapped.backendSwap, { configured: 'gpt-4o', served: 'gpt-5-2025-08-07' });
    assert.match(renderSummary(report), /Backend swap[\s\S]*`gpt-4o`: configured `gpt-4o`, served `gpt-5-2025-08-07`/);
    assert.match(renderSummary(report), /\| ↳ `no-tools` tools \|/);
    assert.equal(JSON.stringify(report).includes(KEY), false);
    assert.deepEqual(proxyProcesses(fx.dir), []);
  });

  it('names the one request parameter the upstream refuses', async () => {
    const yaml = `model_list:\n${route('picky', 'openai/picky', fx.upstream.url)}`;
    const report = await runEngine({
      configPath: fx.config(yaml, 'picky.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: false,
      requestParams: { top_p: 0.9, frequency_penalty: 0.5 },
    });
    const picky = byAlias(report, 'picky');
    assert.equal(picky.status, 'fail');
    assert.equal(picky.rejectedParam, 'frequency_penalty');
    assert.match(picky.diagnosis?.summary ?? '', /^route works without frequency_penalty/);
    assert.match(picky.diagnosis?.fix ?? '', /additional_drop_params: \["frequency_penalty"\]/);
    const sent = fx.upstream.seen
      .filter((r) => r.body?.model === 'picky')
      .map((r) =>
        Object.keys(r.body ?? {})
          .filter((k) => ['temperature', 'top_p', 'frequency_penalty'].includes(k))
          .sort()
          .join(','),
      );
    assert.deepEqual(
      sent,
      ['frequency_penalty,temperature,top_p', 'frequency_penalty,top_p', 'frequency_penalty,temperature', 'temperature,top_p'],
      'dropped one at a time, in the order sent, temperature first',
    );
  });

  it('probes each deployment of a load-balanced alias on its own, so a broken one cannot hide behind a healthy one', async () => {
    const yaml = [
      'model_list:',
      route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('claude-opus-4-5-20251101', 'openai/Qwen/Qwen9-404B', fx.upstream.url), // a second replica with a typo
      route('single', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
    ].join('\n');
    const config = fx.config(yaml, 'balanced.yaml');
    const report = await runEngine({ configPath: config, provided: { VLLM_KEY: KEY }, tempRoot: fx.dir, stream: false });
    assert.deepEqual(
      report.aliases.map((a) => [a.alias, a.deploymentId, a.status, a.line]),
      [
        ['claude-opus-4-5-20251101', 'verify-litellm-1', 'pass', 2],
        ['claude-opus-4-5-20251101', 'verify-litellm-2', 'fail', 8],
        ['single', null, 'pass', 14],
      ],
    );
    assert.equal(report.aliases[1]?.diagnosis?.code, 'upstream-model-not-found');
    assert.equal(report.result, 'fail');
    assert.equal(fs.readFileSync(config, 'utf8'), yaml, 'the config itself is untouched (ids go into the private copy only)');
  });
});
