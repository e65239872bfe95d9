// Features for PR checks and monitoring, through the real proxy: streaming, retries, latency thresholds,
// keep-running, and probing an already-deployed proxy.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { verifyRoutes } from '../../src/engine/verify.ts';
import { httpRequest } from '../../src/probe/http.ts';
import { stopProcessTree } from '../../src/util/process.ts';
import { setting } from '../../src/options/settings.ts';
import { proxyProcesses, route, runEngine, TEST_CACHE_ROOT } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-features-31415926';

describe('monitoring and PR-check features through the real proxy', { timeout: 900_000 }, () => {
  const fx = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'Qwen/Qwen3-0.6B', reasoning: true },
        { id: 'crashy-stream', fault: 'stream-error' },
        { id: 'flaky', fault: 'flaky', failFirst: 2 },
        { id: 'slow', delayMs: 4000 },
        { id: 'bad-request', temperature: 'reject-parameter' },
      ],
    },
    'vl-features-',
  );

  it('streams, retries transient failures only, and applies the latency threshold, in one run', async () => {
    const yaml = [
      'model_list:',
      route('seed', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('crashy', 'openai/crashy-stream', fx.upstream.url),
      route('flaky', 'openai/flaky', fx.upstream.url),
      route('slow', 'openai/slow', fx.upstream.url),
      route('config-error', 'openai/bad-request', fx.upstream.url),
      // LiteLLM's own retries would hide the flaky upstream; switch them off to see ours.
      'router_settings:\n  num_retries: 0\n',
      // A production Redis cache: the real proxy exits at start-up without that Redis, so the run detaches it and says so.
      'litellm_settings:\n  cache: true\n',
    ].join('\n');
    const report = await runEngine({
      configPath: fx.config(yaml, 'features.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      attempts: 3,
      backoffMs: 100,
      maxLatencyMs: 3000,
      latencyPolicy: 'fail',
    });
    const alias = (name: string) => report.aliases.find((a) => a.alias === name)!;
    const notVerified = report.findings.filter((f) => f.rule === 'not-verified-shared-state');
    assert.equal(notVerified.length, 1, JSON.stringify(report.findings));
    assert.equal(notVerified[0]!.severity, 'notice');
    assert.equal(notVerified[0]!.line, yaml.split('\n').indexOf('  cache: true') + 1, 'points at the cache line');
    assert.match(notVerified[0]!.message, /`litellm_settings\.cache`.*reads REDIS_URL, else REDIS_HOST and REDIS_PORT/);

    assert.equal(alias('seed').status, 'pass', JSON.stringify(alias('seed')));
    assert.equal(alias('seed').stream?.status, 'pass', 'streaming probe passed');
    assert.ok((alias('seed').stream?.firstTokenMs ?? -1) >= 0);

    assert.equal(alias('crashy').status, 'fail', 'an error event inside a 200 stream fails');
    assert.equal(alias('crashy').stream?.httpStatus, 200);
    assert.equal(alias('crashy').diagnosis?.code, 'stream-broken');
    assert.match(alias('crashy').diagnosis?.summary ?? '', /model crashed mid-stream/);

    assert.equal(alias('flaky').status, 'pass', JSON.stringify(alias('flaky')));
    // The chat and stream probes go out side by side, so the two 503s the upstream gives are shared between them;
    // each probe that got one was retried until it was answered.
    const codes = alias('flaky').attempts.map((a) => a.httpStatus);
    assert.equal(codes.filter((c) => c === 503).length, 2, `both 503s were seen and retried: ${codes.join(', ')}`);
    assert.equal(codes[codes.length - 1], 200, `the last try was answered: ${codes.join(', ')}`);
    assert.equal(alias('flaky').stream?.status, 'pass');

    assert.equal(alias('slow').status, 'fail');
    assert.equal(alias('slow').latencyExceeded, true);
    assert.equal(alias('slow').diagnosis?.code, 'slow');

    // A configuration error (a 400) is never retried.
    assert.equal(alias('config-error').status, 'fail');
    assert.equal(alias('config-error').attempts.length, 1);
  });

  it('latency: warn reports a slow alias without failing it', async () => {
    const yaml = `model_list:\n${route('slow', 'openai/slow', fx.upstream.url)}`;
    const report = await runEngine({
      configPath: fx.config(yaml, 'slow.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: false,
      maxLatencyMs: 100,
      latencyPolicy: 'warn',
    });
    assert.equal(report.result, 'pass');
    assert.equal(report.aliases[0]?.latencyExceeded, true);
  });

  it('keeps a verified proxy running, and probes it as an existing proxy (from its model list and from the config)', async () => {
    const configPath = fx.config(
      `model_list:\n${route('seed', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url)}${route('other', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url)}`,
      'kept.yaml',
    );
    const base = {
      configPath,
      provided: { VLLM_KEY: KEY },
      models: 'all' as const,
      prompt: 'hi',
      temperature: 0.7,
      maxTokens: 32,
      timeoutMs: 30_000,
      litellmVersion: '1.108.7',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      cacheRoot: TEST_CACHE_ROOT,
      tempRoot: fx.dir,
      installTimeoutMs: 900_000,
      startTimeoutMs: 120_000,
      concurrency: 2,
      attempts: 1,
      backoffMs: 100,
      stream: false,
      maxLatencyMs: null,
      latencyPolicy: 'fail' as const,
    };
    const { report, kept } = await verifyRoutes({ ...base, keepRunning: true });
    assert.equal(report.result, 'pass');
    assert.ok(kept, 'the proxy was kept');
    try {
      const live = await httpRequest(`${kept.baseUrl}/v1/chat/completions`, {
        body: { model: 'seed', messages: [{ role: 'user', content: 'hi' }] },
        headers: { authorization: `Bearer ${kept.masterKey}` },
        timeoutMs: 30_000,
        maxBytes: 65536,
      });
      assert.equal(live.status, 200, 'a later step can use the kept proxy');

      const fromList = await verifyRoutes({
        ...base,
        configPath: path.join(fx.dir, 'does-not-exist.yaml'),
        existingProxy: { url: `${kept.baseUrl}/v1`, key: kept.masterKey },
      });
      assert.equal(fromList.report.result, 'pass', JSON.stringify(fromList.report, null, 2));
      assert.deepEqual(fromList.report.aliases.map((a) => a.alias).sort(), ['other', 'seed']);
      assert.equal(fromList.report.aliases[0]?.model, 'openai/Qwen/Qwen3-0.6B', 'routed model read from /model/info');
      assert.equal(fromList.report.litellmVersion, null, 'nothing was installed');
      assert.equal(JSON.stringify(fromList.report).includes(kept.masterKey), false, 'the proxy key is masked');

      const fromConfig = await verifyRoutes({ ...base, models: ['other'], existingProxy: { url: kept.baseUrl, key: kept.masterKey } });
      assert.deepEqual(
        fromConfig.report.aliases.map((a) => a.alias),
        ['other'],
      );
      assert.equal(fromConfig.report.result, 'pass');

      const wrongKey = await verifyRoutes({
        ...base,
        configPath: path.join(fx.dir, 'does-not-exist.yaml'),
        existingProxy: { url: kept.baseUrl, key: 'sk-wrong' },
      });
      assert.equal(wrongKey.report.result, 'fail');
      const refused = wrongKey.report.error?.message ?? '';
      assert.ok(/did not list its models/.test(refused) || refused.includes(`refused the key in ${setting('proxy-key')}`), refused);
    } finally {
      await stopProcessTree(kept.pid);
      fs.rmSync(kept.workDir, { recursive: true, force: true });
    }
    assert.deepEqual(proxyProcesses(fx.dir), []);
  });
});
