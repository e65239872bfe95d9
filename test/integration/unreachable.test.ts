// A route shown unreachable by its first request (nothing listening, a host that does not resolve, a failed TLS
// handshake) through the real proxy, with every probe option on: the other surfaces and clients are reported as
// not run, with the alias's diagnosis, instead of each waiting out LiteLLM's retries to the same dead api_base.
// Failures that belong to one request (a refused parameter, a tool call refused by one surface) keep probing the rest.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientProfile, CLIENT_NAMES } from '../../src/probe/clients/profile.ts';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { aliasLine } from '../../src/report/text.ts';
import { freePort } from '../../src/util/port.ts';
import { route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-deadends-14142135';
const byAlias = (report: Report, alias: string): AliasReport => report.aliases.find((a) => a.alias === alias)!;
const OTHER_SURFACES = ['messages', 'responses', 'tools', 'messages-tools', 'responses-tools'];

describe('an unreachable route stops its own probing, through the real proxy', { timeout: 900_000 }, () => {
  const fx = withStandin(
    { apiKey: KEY, models: [{ id: 'ok' }, { id: 'no-parser', tools: 'no-parser' }, { id: 'strict', temperature: 'reject-value' }] },
    'vl-unreachable-',
  );

  it('reports the other surfaces and clients of a dead route as not run, with its diagnosis; keeps probing surface-specific failures', async () => {
    const closed = await freePort();
    const plainPort = new URL(fx.upstream.url).port;
    const yaml = [
      'model_list:',
      route('refused', 'openai/ok', `http://127.0.0.1:${closed}/v1`),
      route('dns', 'openai/ok', 'http://no-such-host.invalid:8000/v1'),
      // https:// to a plain-HTTP port: the handshake fails (the runner's check names it).
      route('tls', 'openai/ok', `https://127.0.0.1:${plainPort}/v1`),
      route('no-tools', 'openai/no-parser', fx.upstream.url),
      route('strict', 'openai/strict', fx.upstream.url),
    ].join('\n');
    const report = await runEngine({
      configPath: fx.config(yaml, 'unreachable.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: true,
      attempts: 2,
      apis: ['chat', 'messages', 'responses'],
      tools: true,
      clients: CLIENT_NAMES.map(clientProfile),
    });

    for (const [alias, because] of [
      ['refused', /nothing accepts connections there/],
      ['dns', /its host name does not resolve/],
      ['tls', /the TLS handshake with it fails/],
    ] as const) {
      const a = byAlias(report, alias);
      assert.equal(a.status, 'fail', alias);
      assert.equal(a.diagnosis?.code, 'connection', alias);
      // The main probe keeps its tries (`attempts`): a server that is restarting may come back. Nothing else was sent.
      assert.equal(a.attempts.length, 2, `${alias}: ${JSON.stringify(a.attempts)}`);
      assert.deepEqual(
        a.surfaces.map((s) => [s.api, s.status, s.httpStatus, s.latencyMs]),
        OTHER_SURFACES.map((api) => [api, 'skipped', null, null]),
        alias,
      );
      assert.deepEqual(
        a.clients.map((c) => [c.client, c.step, c.status, c.httpStatus, c.latencyMs]),
        CLIENT_NAMES.map((c) => [c, 'first turn', 'skipped', null, null]),
        alias,
      );
      for (const v of [...a.surfaces, ...a.clients]) {
        assert.deepEqual(v.diagnosis, a.diagnosis, `${alias}: the same diagnosis and fix`);
        assert.match(v.skippedReason ?? '', /^not run: the chat request showed the route unreachable \(/, alias);
        assert.match(v.skippedReason ?? '', because, alias);
      }
      assert.match(aliasLine(a), /skip messages: not run: /);
      assert.match(aliasLine(a), /skip as codex \(first turn\): not run: /);
    }
    assert.match(renderSummary(report), /\| ↳ `refused` responses-tools \| .* \| ⏭️ skipped \| – \| not run: the chat request showed the route unreachable/);

    // A tool call refused by one surface is that surface's failure: the others and the clients still run.
    const noTools = byAlias(report, 'no-tools');
    assert.equal(noTools.status, 'fail');
    assert.ok(
      [...noTools.surfaces, ...noTools.clients].every((v) => v.status !== 'skipped' && v.latencyMs !== null),
      JSON.stringify(noTools.surfaces),
    );
    assert.equal(noTools.surfaces.find((s) => s.api === 'tools')?.diagnosis?.code, 'tools-unsupported');
    // A chat request the upstream refuses (temperature) fails the alias, yet says nothing of the other requests.
    const strict = byAlias(report, 'strict');
    assert.equal(strict.status, 'fail');
    assert.equal(strict.diagnosis?.code, 'temperature-rejected-by-upstream');
    assert.equal(strict.surfaces.length, OTHER_SURFACES.length);
    assert.equal(strict.clients.length, CLIENT_NAMES.length);
    assert.ok(
      [...strict.surfaces, ...strict.clients].every((v) => v.status !== 'skipped' && v.httpStatus !== null),
      JSON.stringify([...strict.surfaces, ...strict.clients]),
    );
  });
});
