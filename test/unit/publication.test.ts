// What the action publishes for a report (outputs, annotations, the step's verdict), decided without the toolkit.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findingAnnotation, publication } from '../../src/report/publication.ts';
import { alias, failing, report, skipped } from '../helpers/reports.ts';

const settings = { maxLatencyMs: 500, onMissingKey: 'fail' as const };

describe('publication', () => {
  it('a passing run: the counts as outputs, no annotation, no verdict to set', () => {
    const p = publication(report([alias()]), settings);
    assert.deepEqual(p.outputs, { result: 'pass', 'litellm-version': '1.108.7', passed: '1', failed: '0' });
    assert.deepEqual(p.annotations, []);
    assert.equal(p.verdict, null);
  });

  it('a failed alias: an error annotation on its line with the fix, and a headline naming it', () => {
    const p = publication(report([alias(), failing()]), settings);
    assert.equal(p.outputs.result, 'fail');
    assert.deepEqual(p.annotations, [
      {
        level: 'error',
        title: "verify-litellm: 'gpt-4o' failed",
        message:
          'the upstream model accepts only the default temperature (1).\nFix: Add `additional_drop_params: ["temperature"]` (or litellm_settings.drop_params: true) to this alias.',
        file: 'example_configs/test-local/config-litellm.yaml',
        startLine: 7,
      },
    ]);
    assert.deepEqual(p.verdict, {
      kind: 'failed',
      message: "1 of 2 LiteLLM routes failed: 'gpt-4o' (the upstream model accepts only the default temperature (1).)",
    });
  });

  it('a run stopped before the probes: the error and its fix are the headline', () => {
    const p = publication(report([], { error: { stage: 'config', message: 'c.yaml: model_list is empty', fix: 'Add a route.' } }), settings);
    assert.deepEqual(p.verdict, { kind: 'failed', message: 'c.yaml: model_list is empty\nFix: Add a route.' });
  });

  it('slow and swapped routes warn on their line even when they pass', () => {
    const p = publication(
      report([alias({ latencyExceeded: true, latencyMs: 900, backendSwap: { configured: 'gpt-4o', served: 'gpt-5-2025-08-07' } })]),
      settings,
    );
    assert.deepEqual(
      p.annotations.map((a) => [a.level, a.title, a.startLine]),
      [
        ['warning', 'verify-litellm: slow route', 2],
        ['warning', 'verify-litellm: backend swap', 2],
      ],
    );
    assert.match(p.annotations[0]!.message, /answered in 900 ms, over ⟦max-latency-ms⟧ \(500 ms\)/);
    assert.match(p.annotations[1]!.message, /configured as gpt-4o but the upstream answers as gpt-5-2025-08-07/);
  });

  it('a skipped run: a notice, or a warning with on-missing-key warn', () => {
    const r = report([skipped()]);
    assert.deepEqual(publication(r, settings).verdict, {
      kind: 'skipped',
      level: 'notice',
      message: 'verify-litellm skipped: the secret VLLM_KEY is empty; not verified.',
    });
    assert.equal((publication(r, { ...settings, onMissingKey: 'warn' }).verdict as { level: string }).level, 'warning');
  });

  it('alias names from the config are one line in titles and headlines', () => {
    const p = publication(report([failing({ alias: 'evil\n::error::forged' })]), settings);
    assert.equal(p.annotations[0]!.title.includes('\n'), false);
    assert.equal(p.verdict?.message.includes('\n'), false);
  });

  it('a lint finding becomes an annotation at its file, line and column', () => {
    assert.deepEqual(findingAnnotation({ severity: 'warning', rule: 'api-base-url', message: 'm', fix: 'f', file: 'c.yaml', line: 3, column: 5 }), {
      level: 'warning',
      title: 'verify-litellm: api-base-url',
      message: 'm\nFix: f',
      file: 'c.yaml',
      startLine: 3,
      startColumn: 5,
    });
  });
});
