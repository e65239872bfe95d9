import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitOutput, OUTPUT_LIMIT_UNITS, type Trimmed } from '../../src/report/output-fit.ts';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { failing, report } from '../helpers/reports.ts';

// The shape of a real run's alias (the CLI on 1.108.7, 28 Nov 2026: an api_base that refuses connections, with
// `--attempts 3 --api chat,messages,responses --tools --client claude-code,codex,openai`): 27 attempts, 5 surfaces
// and 3 clients, each with LiteLLM's ~300-character connection error; about 16 KB of JSON per alias.
const refused =
  "litellm.APIConnectionError: APIConnectionError: OpenAIException - Cannot connect to host 127.0.0.1:9 ssl:<ssl.SSLContext object at 0x7fc2ffabdb50> [Connect call failed ('127.0.0.1', 9)]. Received Model Group=alias Available Model Group Fallbacks=None";
const verdict = { status: 'fail' as const, httpStatus: null, latencyMs: 4, reply: null, diagnosis: failing().diagnosis, error: refused };
const deadAlias = (i: number): AliasReport =>
  failing({
    alias: `alias-${i}-claude-opus-4-5-20251101`,
    error: refused,
    attempts: Array.from({ length: 27 }, () => ({ httpStatus: null, latencyMs: 3, error: refused })),
    surfaces: (['messages', 'responses', 'tools', 'messages-tools', 'responses-tools'] as const).map((api) => ({ api, ...verdict })),
    clients: (['claude-code', 'codex', 'openai'] as const).map((client) => ({ client, step: 'first turn' as const, ...verdict })),
  });

const parse = (json: string) => JSON.parse(json) as Report & { trimmed?: Trimmed };

describe('the report output within GitHub’s 1 MB limit for outputs', () => {
  it('is the whole report, unchanged, when it fits', () => {
    const r = report([deadAlias(1), deadAlias(2)]);
    assert.equal(fitOutput(r, 'in report.json'), JSON.stringify(r));
  });

  it('cuts long strings, then the details of each alias, before any alias: every verdict and the counts stay', () => {
    const aliases = Array.from({ length: 60 }, (_, i) => deadAlias(i));
    const r = report(aliases);
    assert.ok(JSON.stringify(r).length > OUTPUT_LIMIT_UNITS, 'the real shape at 60 aliases is over the limit');
    const json = fitOutput(r, 'in report.json');
    assert.ok(json.length <= OUTPUT_LIMIT_UNITS);
    const out = parse(json);
    assert.equal(out.schema, r.schema);
    assert.deepEqual(out.counts, r.counts);
    assert.deepEqual(
      out.aliases.map((a) => [a.alias, a.status, a.diagnosis?.code]),
      aliases.map((a) => [a.alias, 'fail', 'temperature-rejected-by-upstream']),
    );
    assert.equal(out.trimmed?.whole, 'in report.json');
    assert.equal(out.trimmed?.maxEntries, null, 'no alias left out');
    const details = out.trimmed?.maxDetailEntries;
    assert.ok(typeof details === 'number' && details >= 5 && details < 27, `details kept: ${details}`);
    assert.deepEqual([out.aliases[0]!.attempts.length, out.aliases[0]!.surfaces.length, out.aliases[0]!.clients.length], [details, Math.min(5, details), 3]);
    const cap = out.trimmed?.maxStringLength ?? 0;
    assert.ok(out.aliases[0]!.error!.length === cap && out.aliases[0]!.error!.endsWith('…'), `cut to ${cap}: ${out.aliases[0]!.error}`);
    const fewer = parse(fitOutput(report(aliases.slice(0, 40)), 'x'));
    assert.deepEqual([fewer.trimmed?.maxDetailEntries, fewer.aliases[39]?.attempts.length], [null, 27], 'fewer aliases: strings cut, every attempt kept');
  });

  it('leaves out the last entries only when even bare entries do not fit (thousands of aliases), and still parses', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => failing({ alias: `a${i}` }));
    const findings = Array.from({ length: 5000 }, (_, i) => ({
      severity: 'warning' as const,
      rule: 'unknown-key',
      message: `m${i}`,
      file: 'c.yaml',
      line: i,
      column: 1,
    }));
    const r = report(many, { findings });
    const json = fitOutput(r, 'nowhere');
    assert.ok(json.length <= OUTPUT_LIMIT_UNITS);
    const out = parse(json);
    const kept = out.trimmed?.maxEntries;
    assert.ok(typeof kept === 'number' && kept > 0 && kept < many.length, `kept ${kept}`);
    assert.equal(out.trimmed?.maxDetailEntries, 0);
    assert.equal(out.aliases.length, kept);
    assert.equal(out.aliases[0]!.alias, 'a0', 'the first entries are the ones kept');
    assert.deepEqual(out.counts, r.counts, 'the counts are of every alias');
  });

  it('fits a hostile config’s one huge alias name, and never splits a character in two', () => {
    const name = '😀'.repeat(400_000); // 800,000 UTF-16 units, one alias
    const json = fitOutput(report([failing({ alias: name })], { notes: [name] }), 'nowhere');
    assert.ok(json.length <= OUTPUT_LIMIT_UNITS);
    const out = parse(json);
    assert.ok(out.aliases[0]!.alias.length < 5000);
    assert.doesNotMatch(
      out.aliases[0]!.alias,
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
      'no lone surrogate where the string was cut',
    );
    assert.ok(out.notes[0]!.startsWith('😀😀') && out.notes[0]!.endsWith('…'));
  });

  it('holds to any limit down to the bare report', () => {
    const r = report(Array.from({ length: 50 }, (_, i) => deadAlias(i)));
    for (const limit of [200_000, 20_000, 4000]) assert.ok(fitOutput(r, 'nowhere', limit).length <= limit, `limit ${limit}`);
  });
});
