// Upgrade rehearsal: the comparison of several releases' reports, alias by alias.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareReleases } from '../../src/engine/rehearse.ts';
import { countAliases, REPORT_SCHEMA, verdictOf, type AliasReport, type Report } from '../../src/report/report.ts';
import { renderSummary } from '../../src/report/summary.ts';

function alias(name: string, status: AliasReport['status'], summary?: string, code = 'bad-request'): AliasReport {
  return {
    alias: name,
    model: 'openai/Qwen/Qwen3-0.6B',
    apiBaseHost: '127.0.0.1:8000',
    status,
    httpStatus: status === 'pass' ? 200 : 400,
    latencyMs: 10,
    reply: status === 'pass' ? 'Hello.' : null,
    endpoint: '/v1/chat/completions',
    attempts: [],
    skippedReason: null,
    diagnosis: summary ? ({ code, summary, fix: 'fix it', evidence: [] } as never) : null,
    error: null,
    stream: null,
    surfaces: [],
    clients: [],
    latencyExceeded: false,
    rejectedParam: null,
    servedModel: null,
    backendSwap: null,
    deploymentId: null,
    line: 2,
  } as unknown as AliasReport;
}

function report(version: string, aliases: AliasReport[], reviewed = true): Report {
  return {
    schema: REPORT_SCHEMA,
    result: verdictOf(aliases, null),
    config: 'c.yaml',
    litellmVersion: version,
    litellmLock: { reviewed, excludeNewer: null, extras: [] },
    startedAt: '2026-11-27T10:00:00.000Z',
    durationMs: 1,
    timings: { installMs: 1, startMs: 1, probeMs: 1 },
    error: null,
    findings: [],
    aliases,
    counts: countAliases(aliases),
    notes: [],
  };
}

describe('compareReleases', () => {
  it('names the aliases whose outcome differs, with the failing release and its diagnosis', () => {
    const r = compareReleases(
      ['1.106.12', '1.108.7'],
      [
        report('1.106.12', [alias('gpt-5', 'pass'), alias('qwen', 'pass')]),
        report('1.108.7', [alias('gpt-5', 'fail', 'the model refuses temperature 0.7; LiteLLM forwards it'), alias('qwen', 'pass')], false),
      ],
    );
    assert.deepEqual(r.differences, ["'gpt-5' passes on 1.106.12; fails on 1.108.7: the model refuses temperature 0.7; LiteLLM forwards it"]);
    assert.deepEqual(r.aliases, [
      { alias: 'gpt-5', statuses: ['pass', 'fail'] },
      { alias: 'qwen', statuses: ['pass', 'pass'] },
    ]);
    assert.deepEqual(
      r.versions.map((v) => [v.version, v.result, v.reviewedLock]),
      [
        ['1.106.12', 'pass', true],
        ['1.108.7', 'fail', false],
      ],
    );
    const md = renderSummary({ ...report('1.106.12, 1.108.7', []), rehearsal: r });
    assert.match(md, /### Upgrade rehearsal/);
    assert.match(md, /\| `gpt-5` \| ✅ pass \| ❌ fail \|/);
    assert.match(md, /LiteLLM 1\.108\.7 \(lock not reviewed\)/);
  });

  it('failing the same way on both is no difference; failing differently is', () => {
    const same = compareReleases(['a', 'b'], [report('a', [alias('x', 'fail', 's', 'auth')]), report('b', [alias('x', 'fail', 's', 'auth')])]);
    assert.deepEqual(same.differences, []);
    const other = compareReleases(
      ['a', 'b'],
      [report('a', [alias('x', 'fail', 'auth fails', 'auth')]), report('b', [alias('x', 'fail', 'timeout', 'timeout')])],
    );
    assert.equal(other.differences.length, 1);
  });
});
