// What the action publishes for a report, as data: outputs, annotations and the step's verdict. The action's
// front door applies it with @actions/core (and masks and sanitizes every string at that sink); keeping the
// decisions here makes them unit-testable without the toolkit.
import type { Finding } from '../config/finding.ts';
import { setting } from '../options/settings.ts';
import { oneLine } from '../util/sanitize.ts';
import type { Report } from './report.ts';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export type Verdict = { kind: 'failed'; message: string } | { kind: 'skipped'; level: 'notice' | 'warning'; message: string } | null;

export interface Publication {
  outputs: { result: string; 'litellm-version': string; passed: string; failed: string };
  annotations: Annotation[];
  verdict: Verdict;
}

export interface PublishSettings {
  maxLatencyMs: number | null;
  /** `warn`: a skipped run is a warning rather than a notice. */
  onMissingKey: 'fail' | 'skip' | 'warn';
}

export function publication(report: Report, settings: PublishSettings): Publication {
  const annotations: Annotation[] = [];
  for (const a of report.aliases) {
    const at = { file: report.config, startLine: a.line || undefined };
    if (a.latencyExceeded && a.status === 'pass')
      annotations.push({
        level: 'warning',
        title: 'verify-litellm: slow route',
        message: `'${oneLine(a.alias)}' answered in ${a.latencyMs} ms, over ${setting('max-latency-ms')} (${settings.maxLatencyMs} ms).`,
        ...at,
      });
    if (a.backendSwap)
      annotations.push({
        level: 'warning',
        title: 'verify-litellm: backend swap',
        message: `'${oneLine(a.alias)}' is configured as ${oneLine(a.backendSwap.configured)} but the upstream answers as ${oneLine(a.backendSwap.served)}: a backend swap. Parameters the old model took (temperature) may be refused.`,
        ...at,
      });
    if (a.status === 'fail' && a.diagnosis)
      annotations.push({
        level: 'error',
        title: `verify-litellm: '${oneLine(a.alias)}' failed`,
        message: `${a.diagnosis.summary}\nFix: ${a.diagnosis.fix}`,
        file: a.line ? report.config : undefined,
        startLine: a.line || undefined,
      });
  }
  return {
    outputs: {
      result: report.result,
      'litellm-version': report.litellmVersion ?? '',
      passed: String(report.counts.pass),
      failed: String(report.counts.fail),
    },
    annotations,
    verdict: verdict(report, settings),
  };
}

function verdict(report: Report, settings: PublishSettings): Verdict {
  if (report.result === 'fail') {
    const failed = report.aliases.filter((a) => a.status === 'fail');
    const message = report.error
      ? `${report.error.message}${report.error.fix ? `\nFix: ${report.error.fix}` : ''}`
      : `${failed.length} of ${report.aliases.length} LiteLLM route${report.aliases.length === 1 ? '' : 's'} failed: ${failed.map((a) => `'${oneLine(a.alias)}' (${oneLine(a.diagnosis?.summary ?? 'failed')})`).join('; ')}`;
    return { kind: 'failed', message };
  }
  if (report.result === 'skipped')
    return {
      kind: 'skipped',
      level: settings.onMissingKey === 'warn' ? 'warning' : 'notice',
      message: `verify-litellm skipped: ${report.aliases[0]?.skippedReason ?? 'nothing to probe'}`,
    };
  return null;
}

/** A lint finding as an annotation on its file and line. */
export function findingAnnotation(f: Finding): Annotation {
  return {
    level: f.severity,
    title: `verify-litellm: ${oneLine(f.rule)}`,
    message: f.fix ? `${f.message}\nFix: ${f.fix}` : f.message,
    file: oneLine(f.file),
    startLine: f.line || undefined,
    startColumn: f.column || undefined,
  };
}
