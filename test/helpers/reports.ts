// Report builders shared by the report and publication tests: one passing, one failing, one skipped alias.
import { countAliases, REPORT_SCHEMA, verdictOf, type AliasReport, type Report } from '../../src/report/report.ts';

export function alias(overrides: Partial<AliasReport> = {}): AliasReport {
  return {
    alias: 'claude-opus-4-5-20251101',
    model: 'openai/Qwen/Qwen3-0.6B',
    apiBaseHost: 'vllm.example.com:8000',
    endpoint: 'chat',
    status: 'pass',
    httpStatus: 200,
    latencyMs: 612,
    reply: 'Hello! How can I help you today?',
    diagnosis: null,
    error: null,
    skippedReason: null,
    withoutTemperature: null,
    stream: null,
    attempts: [{ httpStatus: 200, latencyMs: 612, error: null }],
    latencyExceeded: false,
    surfaces: [],
    rejectedParam: null,
    servedModel: null,
    backendSwap: null,
    deploymentId: null,
    line: 2,
    clients: [],
    ...overrides,
  };
}

export const failing = (overrides: Partial<AliasReport> = {}): AliasReport =>
  alias({
    alias: 'gpt-4o',
    model: 'openai/gpt-5',
    status: 'fail',
    httpStatus: 400,
    latencyMs: 85,
    reply: null,
    diagnosis: {
      code: 'temperature-rejected-by-upstream',
      summary: 'the upstream model accepts only the default temperature (1).',
      fix: 'Add `additional_drop_params: ["temperature"]` (or litellm_settings.drop_params: true) to this alias.',
    },
    error: "litellm.BadRequestError: OpenAIException - Unsupported value: 'temperature' does not support 0.7 with this model.",
    withoutTemperature: { status: 'pass', httpStatus: 200 },
    line: 7,
    ...overrides,
  });

export const skipped = (overrides: Partial<AliasReport> = {}): AliasReport =>
  alias({
    alias: 'embed',
    status: 'skipped',
    httpStatus: null,
    latencyMs: null,
    reply: null,
    endpoint: null,
    attempts: [],
    skippedReason: 'the secret VLLM_KEY is empty; not verified.',
    line: 12,
    ...overrides,
  });

export function report(aliases: AliasReport[], overrides: Partial<Report> = {}): Report {
  const error = overrides.error ?? null;
  return {
    schema: REPORT_SCHEMA,
    result: verdictOf(aliases, error),
    config: 'example_configs/test-local/config-litellm.yaml',
    litellmVersion: '1.108.7',
    litellmLock: { reviewed: true, excludeNewer: null, extras: [] },
    startedAt: '2026-11-25T06:00:00.000Z',
    durationMs: 17_700,
    timings: { installMs: 40, startMs: 8300, probeMs: 1500 },
    error,
    findings: [],
    notes: [],
    aliases,
    counts: countAliases(aliases),
    ...overrides,
  };
}
