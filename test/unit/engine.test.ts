// Engine decisions that need no proxy: bounded concurrency in config order, the private config copy,
// and which failures are retried and after how long.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.ts';
import { backoffDelay, isTransient } from '../../src/engine/retry.ts';
import { privateCopy } from '../../src/engine/private-copy.ts';
import { probePlan } from '../../src/engine/probe-plan.ts';
import { mapBounded } from '../../src/util/map-bounded.ts';
import type { ProbeOutcome } from '../../src/probe/outcome.ts';

describe('mapBounded', () => {
  it('never runs more than the limit at once and keeps the input order', async () => {
    let running = 0;
    let peak = 0;
    const delays = [30, 5, 20, 1, 15, 2, 25, 3, 10];
    const out = await mapBounded(delays, 3, async (ms) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    assert.deepEqual(
      out,
      delays.map((d) => d * 2),
    );
    assert.equal(peak, 3);
  });

  it('handles an empty list and a limit larger than the list', async () => {
    assert.deepEqual(await mapBounded([], 4, async (x: number) => x), []);
    assert.deepEqual(await mapBounded([1, 2], 64, async (x) => x + 1), [2, 3]);
  });
});

describe('privateCopy', () => {
  it('a key written twice: the copy keeps only the last, which is what PyYAML (LiteLLM) reads', () => {
    const text =
      'model_list: []\nmodel_list:\n- model_name: a\n  litellm_params: {model: openai/x}\ngeneral_settings:\n  master_key: sk-1\n  master_key: sk-2\n';
    const doc = parse(privateCopy(parseConfig(text, '/w/c.yaml', 'c.yaml')).text);
    assert.equal(doc.model_list.length, 1);
    assert.deepEqual(doc.general_settings, {});
  });

  it('turns LiteLLM observability integrations off, keeps custom modules, detaches Redis, and pins api_key where asked', () => {
    const text =
      'model_list:\n- model_name: a\n  litellm_params: {model: openai/x, api_base: "http://h/v1"}\n' +
      'litellm_settings:\n  callbacks: ["prometheus", "custom_callbacks.handler"]\n  success_callback: langfuse\n  cache: true\n  cache_params: {type: redis}\n' +
      'router_settings:\n  redis_host: os.environ/REDIS_HOST\n  num_retries: 1\n';
    const config = parseConfig(text, '/w/c.yaml', 'c.yaml');
    const copy = privateCopy(config, { pins: [config.deployments[0]!] });
    const doc = parse(copy.text);
    assert.deepEqual(doc.litellm_settings, { callbacks: ['custom_callbacks.handler'] });
    assert.deepEqual(doc.router_settings, { num_retries: 1, disable_cooldowns: true });
    assert.equal(doc.model_list[0].litellm_params.api_key, 'verify-litellm-no-key');
    assert.deepEqual(copy.callbacksOff, ['prometheus', 'langfuse']);
    assert.deepEqual(copy.detached, ['litellm_settings.cache', 'litellm_settings.cache_params', 'router_settings.redis_host']);
  });

  it('keeps a cache that is not true: LiteLLM sets it as it is and fails every request, so the run must meet it too (NLNtv)', () => {
    const text = 'model_list:\n- model_name: a\n  litellm_params: {model: openai/x}\nlitellm_settings:\n  cache:\n    type: redis\n    host: litellm-redis\n';
    const copy = privateCopy(parseConfig(text, '/w/c.yaml', 'c.yaml'));
    assert.deepEqual(parse(copy.text).litellm_settings, { cache: { type: 'redis', host: 'litellm-redis' } });
    assert.deepEqual(copy.detached, []);
  });

  const seed = 'model_list:\n- model_name: a # the alias\n  litellm_params:\n    model: openai/Qwen/Qwen3-0.6B\n    api_key: os.environ/VLLM_KEY\n';

  it('drops the config master key and database, turns cooldowns off, and keeps the rest (comments included)', () => {
    const text = `${seed}general_settings:\n  master_key: sk-1234\n  database_url: postgres://x\n  alerting: [slack]\n`;
    const copy = privateCopy(parseConfig(text, '/w/c.yaml', 'c.yaml')).text;
    const doc = parse(copy);
    assert.deepEqual(doc.general_settings, { alerting: ['slack'] });
    assert.deepEqual(doc.router_settings, { disable_cooldowns: true });
    assert.equal(doc.model_list[0].litellm_params.api_key, 'os.environ/VLLM_KEY');
    assert.match(copy, /# the alias/);
  });

  it("keeps the user's own cooldown setting and adds to an existing router_settings", () => {
    assert.equal(
      parse(privateCopy(parseConfig(`${seed}router_settings:\n  disable_cooldowns: false\n`, '/w/c.yaml', 'c.yaml')).text).router_settings.disable_cooldowns,
      false,
    );
    assert.deepEqual(parse(privateCopy(parseConfig(`${seed}router_settings:\n  num_retries: 0\n`, '/w/c.yaml', 'c.yaml')).text).router_settings, {
      num_retries: 0,
      disable_cooldowns: true,
    });
  });
});

describe('retry policy', () => {
  const outcome = (o: Partial<ProbeOutcome>): ProbeOutcome => ({ endpoint: 'chat', ok: false, status: null, latencyMs: 1, ...o });

  it('retries what a busy or restarting server produces, never a configuration error', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) assert.equal(isTransient(outcome({ status })), true, String(status));
    assert.equal(isTransient(outcome({ transport: { kind: 'connection', message: 'ECONNREFUSED' } })), true);
    assert.equal(isTransient(outcome({ transport: { kind: 'timeout', message: 'timeout' } })), true);
    for (const status of [400, 401, 403, 404, 422]) assert.equal(isTransient(outcome({ status })), false, String(status));
    assert.equal(isTransient(outcome({ ok: true, status: 200 })), false);
  });

  it("backs off exponentially from the base, honours the server's retry-after, and caps both at 30 s", () => {
    assert.deepEqual(
      [2, 3, 4, 5].map((n) => backoffDelay(n, 500)),
      [500, 1000, 2000, 4000],
    );
    assert.equal(backoffDelay(2, 500, '7'), 7000);
    assert.equal(backoffDelay(2, 500, '0'), 0);
    assert.equal(backoffDelay(2, 500, 'soon'), 500, 'an unreadable retry-after falls back to the backoff');
    assert.equal(backoffDelay(12, 500), 30_000);
    assert.equal(backoffDelay(2, 500, '3600'), 30_000);
  });
});

describe('a load-balanced alias', () => {
  const dep = (alias: string, model: string, info = '') => `- model_name: ${alias}\n  litellm_params:\n    model: ${model}\n${info}`;
  const text = `model_list:\n${dep('dup', 'openai/a')}${dep('one', 'openai/b')}${dep('dup', 'openai/c', '  model_info:\n    id: mine\n')}${dep('dup', 'openai/d', '  model_info:\n    mode: chat\n')}`;
  const config = parseConfig(text, '/w/c.yaml', 'c.yaml');

  it("is probed once per deployment, by model_info.id, on our own proxy; once by name on someone else's", () => {
    const own = probePlan(config.deployments, true).map((p) => [p.deployment.alias, p.deployment.model, p.deploymentId]);
    assert.deepEqual(own, [
      ['dup', 'openai/a', 'verify-litellm-1'],
      ['one', 'openai/b', null],
      ['dup', 'openai/c', 'mine'],
      ['dup', 'openai/d', 'verify-litellm-4'],
    ]);
    assert.deepEqual(
      probePlan(config.deployments, false).map((p) => [p.deployment.alias, p.deploymentId]),
      [
        ['dup', null],
        ['one', null],
        ['dup', 'mine'],
      ],
      'by name once, plus each deployment whose id the remote proxy told us',
    );
  });

  it('gets those ids in the private copy, keeping model_info it already had', () => {
    const list = parse(privateCopy(config).text).model_list;
    assert.deepEqual(
      list.map((e: { model_info?: unknown }) => e.model_info ?? null),
      [{ id: 'verify-litellm-1' }, null, { id: 'mine' }, { mode: 'chat', id: 'verify-litellm-4' }],
    );
  });
});

describe('parseModelInfo (an existing proxy)', () => {
  it("reads each deployment's alias, routed model, api_base, mode and LiteLLM's id", async () => {
    const { parseModelInfo } = await import('../../src/engine/remote.ts');
    const body = {
      data: [
        { model_name: 'dup', litellm_params: { model: 'openai/a', api_base: 'http://h/v1' }, model_info: { id: 'h1', mode: 'chat' } },
        { model_name: 'dup', litellm_params: { model: 'openai/b' }, model_info: { id: 'h2' } },
      ],
    };
    assert.deepEqual(parseModelInfo(body), [
      { alias: 'dup', model: 'openai/a', apiBase: 'http://h/v1', modelId: 'h1', mode: 'chat' },
      { alias: 'dup', model: 'openai/b', apiBase: null, modelId: 'h2', mode: null },
    ]);
    assert.equal(parseModelInfo({ detail: 'Not Found' }), null);
  });
});

describe('within', () => {
  // No stopwatch (this machine is noisy): a `within` that waited for the never-settling promise would hang until the test's own timeout.
  it('gives the value when it comes in time, and "timeout" at the bound without waiting for the rest', { timeout: 30_000 }, async () => {
    const { within } = await import('../../src/util/bound.ts');
    assert.equal(await within(Promise.resolve(7), 1000), 7);
    assert.equal(await within(new Promise(() => {}), 50), 'timeout');
  });
});
