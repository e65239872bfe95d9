// Plain-text rendering of the report for terminals (the CLI and the demo).
import { excerpt } from '../probe/outcome.ts';
import { oneLine, safeLines } from '../util/sanitize.ts';
import { extrasNote, type AliasReport, type Report, type RequestVerdict } from './report.ts';

export interface Style {
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

export const plain: Style = { green: (s) => s, red: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };
export const ansi: Style = {
  green: (s) => `\x1b[32m${s}\x1b[39m`,
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};

/** Every report field is outside text (config strings, upstream replies): one clean line each, before any styling. */
const t = (text: string | null | undefined) => oneLine(text ?? '');

/** One log line per alias (the action's log): every field is outside text, made one clean line. */
export function aliasLogLine(a: AliasReport): string {
  const latency = a.latencyMs !== null ? ` ${a.latencyMs} ms` : '';
  const [alias, model] = [t(a.alias), t(a.model)];
  if (a.status === 'pass') return `PASS ${alias} -> ${model}${latency}: ${t(a.reply)}`;
  if (a.status === 'skipped') return `SKIP ${alias}: ${t(a.skippedReason)}`;
  return `FAIL ${alias} -> ${model}${latency}: ${t(a.diagnosis?.summary)} Fix: ${t(a.diagnosis?.fix)}`;
}

export function aliasLine(a: AliasReport, style: Style = plain): string {
  const mark = a.status === 'pass' ? style.green('PASS') : a.status === 'fail' ? style.red('FAIL') : style.yellow('SKIP');
  const latency = a.latencyMs !== null ? style.dim(` ${a.latencyMs} ms`) : '';
  const head = `  ${mark} ${style.bold(t(a.alias))}${a.deploymentId ? style.dim(` [id ${t(a.deploymentId)}]`) : ''} -> ${t(a.model)}${a.apiBaseHost ? ` @ ${t(a.apiBaseHost)}` : ''}${latency}`;
  const extra = [
    ...a.surfaces.map((sfc) => `       ${verdictMark(sfc.status, style)} ${sfc.api}: ${verdictDetail(sfc, style)}`),
    ...a.clients.map((c) => `       ${verdictMark(c.status, style)} as ${t(c.client)} (${c.step}): ${verdictDetail(c, style)}`),
    ...(a.backendSwap ? [`       ${style.yellow('backend swap')}: configured ${t(a.backendSwap.configured)}, served ${t(a.backendSwap.served)}`] : []),
  ];
  if (a.status === 'pass') return [`${head}\n       ${style.dim(t(a.reply))}`, ...extra].join('\n');
  if (a.status === 'skipped') return `${head}\n       ${t(a.skippedReason)}`;
  const lines = [head, `       ${t(a.diagnosis?.summary ?? 'failed')}`];
  if (a.diagnosis?.fix) lines.push(`       fix: ${t(a.diagnosis.fix)}`);
  // The first line of the proxy's message, at most a terminal screen of it (an upstream's error can be one line of MBs; the report file keeps it all).
  if (a.error) lines.push(`       ${style.dim(`proxy said: ${t(excerpt(safeLines(a.error).split('\n')[0] ?? '', 500))}`)}`);
  return [...lines, ...extra].join('\n');
}

const verdictMark = (status: RequestVerdict['status'], style: Style) =>
  status === 'pass' ? style.green('pass') : status === 'fail' ? style.red('fail') : style.yellow('skip');
const verdictDetail = (v: RequestVerdict, style: Style) =>
  v.status === 'pass' ? style.dim(t(v.reply)) : v.status === 'skipped' ? style.dim(t(v.skippedReason)) : t(v.diagnosis?.summary ?? 'failed');

export function renderText(report: Report, style: Style = plain): string {
  const out: string[] = [];
  for (const f of report.findings) {
    const tag = f.severity === 'error' ? style.red('error') : f.severity === 'warning' ? style.yellow('warning') : style.dim('notice');
    out.push(`${tag} ${t(f.file)}:${f.line}:${f.column} ${t(f.message)}${f.fix ? `\n       fix: ${t(f.fix)}` : ''}`);
  }
  if (report.error) {
    out.push(style.red(`Stopped at ${t(report.error.stage)}: ${safeLines(report.error.message)}`));
    if (report.error.fix) out.push(`fix: ${t(report.error.fix)}`);
  }
  for (const n of report.notes) out.push(style.yellow(`note: ${t(n)}`));
  const { pass, fail, skipped } = report.counts;
  const verdict = report.result === 'pass' ? style.green('PASS') : report.result === 'fail' ? style.red('FAIL') : style.yellow('SKIPPED');
  out.push(
    `${verdict}: ${pass} passed, ${fail} failed, ${skipped} skipped (LiteLLM ${t(report.litellmVersion ?? '-')}${t(extrasNote(report))}${report.litellmLock && !report.litellmLock.reviewed ? ', lock resolved at run time, not reviewed' : ''}, ${(report.durationMs / 1000).toFixed(1)}s)`,
  );
  return out.join('\n');
}
