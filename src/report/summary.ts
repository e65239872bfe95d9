// The job summary: a verdict line, the table (alias | routed to | result | latency | reply or diagnosis), findings.
import { safeLines } from '../util/sanitize.ts';
import { cell, code } from './markdown.ts';
import type { Finding } from '../config/finding.ts';
import { extrasNote, type Report } from './report.ts';

const ms = (latency: number | null) => (latency !== null ? `${latency} ms` : '–');
const ICON = { pass: '✅ pass', fail: '❌ fail', skipped: '⏭️ skipped' } as const;

export function renderSummary(report: Report): string {
  const lines: string[] = [];
  const { pass, fail, skipped } = report.counts;
  lines.push(`## verify-litellm: ${ICON[report.result]}`);
  lines.push('');
  lines.push(
    `Config ${code(report.config)} · LiteLLM ${cell(report.litellmVersion ?? 'not started')}${cell(extrasNote(report))}${report.litellmLock && !report.litellmLock.reviewed ? ' (lock resolved at run time, not reviewed)' : ''} · ${pass} passed, ${fail} failed, ${skipped} skipped · ${(report.durationMs / 1000).toFixed(1)}s`,
  );
  lines.push('');
  if (report.error) {
    lines.push(`> [!CAUTION]`);
    lines.push(`> **Stopped at ${cell(report.error.stage)}:** ${cell(safeLines(report.error.message).split('\n')[0] ?? '')}`);
    if (report.error.fix) lines.push(`> **Fix:** ${cell(report.error.fix)}`);
    const rest = safeLines(report.error.message).split('\n').slice(1).join('\n').trim();
    if (rest) lines.push('', '<details><summary>Details</summary>', '', '```text', rest.replace(/`{3,}|~{3,}/g, "'''"), '```', '', '</details>');
    lines.push('');
  }
  if (report.rehearsal) lines.push(...rehearsalSection(report.rehearsal));
  if (report.aliases.length) {
    lines.push('| Alias | Routed to | Result | Latency | Reply or diagnosis |');
    lines.push('| --- | --- | --- | ---: | --- |');
    for (const a of report.aliases) {
      const routed = `${code(a.model)}${a.apiBaseHost ? ` @ ${cell(a.apiBaseHost)}` : ''}`;
      const result = `${ICON[a.status]}${a.httpStatus !== null && a.status === 'fail' ? ` (${a.httpStatus})` : ''}`;
      const latency = a.latencyMs !== null ? `${a.latencyMs} ms` : '–';
      const detail =
        a.status === 'pass'
          ? cell(a.reply ?? '')
          : a.status === 'skipped'
            ? cell(a.skippedReason ?? '')
            : `**${cell(a.diagnosis?.summary ?? 'failed')}**<br>Fix: ${cell(a.diagnosis?.fix ?? '')}${a.error ? `<br><sub>${cell(a.error.slice(0, 300))}</sub>` : ''}`;
      // A load-balanced alias gets a row per deployment, told apart by the model_info.id it was probed by.
      const name = `${code(a.alias)}${a.deploymentId ? ` <sub>id ${cell(a.deploymentId)}</sub>` : ''}`;
      lines.push(`| ${name} | ${routed} | ${result} | ${latency} | ${detail} |`);
      // Each other API surface (messages, responses, tools) gets its own row under the alias.
      for (const sfc of a.surfaces) {
        const sResult = `${ICON[sfc.status]}${sfc.httpStatus !== null && sfc.status === 'fail' ? ` (${sfc.httpStatus})` : ''}`;
        const sDetail =
          sfc.status === 'pass'
            ? cell(sfc.reply ?? '')
            : sfc.status === 'skipped'
              ? cell(sfc.skippedReason ?? '')
              : `**${cell(sfc.diagnosis?.summary ?? 'failed')}**<br>Fix: ${cell(sfc.diagnosis?.fix ?? '')}`;
        lines.push(`| ↳ ${code(a.alias)} ${sfc.api} | ${routed} | ${sResult} | ${ms(sfc.latencyMs)} | ${sDetail} |`);
      }
      // Each client profile (`client`) gets a row: the step it reached, and why it failed there.
      for (const c of a.clients) {
        const cResult = `${ICON[c.status]}${c.httpStatus !== null && c.status === 'fail' ? ` (${c.httpStatus})` : ''}`;
        const cDetail =
          c.status === 'pass'
            ? `${cell(c.step)}: ${cell(c.reply ?? '')}`
            : c.status === 'skipped'
              ? cell(c.skippedReason ?? '')
              : `**${cell(`${c.client}: FAIL on the ${c.step}: ${c.diagnosis?.summary ?? 'failed'}`)}**<br>Fix: ${cell(c.diagnosis?.fix ?? '')}`;
        lines.push(`| ↳ ${code(a.alias)} as ${cell(c.client)} | ${routed} | ${cResult} | ${ms(c.latencyMs)} | ${cDetail} |`);
      }
    }
    lines.push('');
  }
  if (report.notes.length) {
    lines.push('> [!NOTE]');
    for (const n of report.notes) lines.push(`> ${cell(n)}`);
    lines.push('');
  }
  const swaps = report.aliases.filter((a) => a.backendSwap);
  if (swaps.length) {
    lines.push('> [!WARNING]');
    lines.push(
      '> **Backend swap:** the upstream serves a different model than the config names. Parameters the old model took (temperature) may now be refused.',
    );
    for (const a of swaps) lines.push(`> - ${code(a.alias)}: configured ${code(a.backendSwap!.configured)}, served ${code(a.backendSwap!.served)}`);
    lines.push('');
  }
  if (report.findings.length) {
    lines.push('### Config findings');
    lines.push('');
    for (const f of report.findings)
      lines.push(`- **${f.severity}** ${code(`${f.file}:${f.line}`)} (${cell(f.rule)}): ${cell(f.message)}${f.fix ? ` — ${cell(f.fix)}` : ''}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** An upgrade rehearsal: each release's verdict per alias, then where they differ. */
function rehearsalSection(r: NonNullable<Report['rehearsal']>): string[] {
  const head = r.versions.map((v) => `LiteLLM ${cell(v.version)}${v.reviewedLock === false ? ' (lock not reviewed)' : ''}`);
  const out = ['### Upgrade rehearsal', '', `| Alias | ${head.join(' | ')} |`, `| --- | ${head.map(() => '---').join(' | ')} |`];
  for (const a of r.aliases) out.push(`| ${code(a.alias)} | ${a.statuses.map((s) => (s === 'not run' ? 'not run' : ICON[s])).join(' | ')} |`);
  out.push('', r.differences.length ? '**Where the releases differ:**' : 'Every alias has the same outcome on each release.', '');
  for (const d of r.differences) out.push(`- ${cell(d)}`);
  if (r.differences.length) out.push('');
  return out;
}

/** The summary of a lint-only run (`mode: lint`): every finding in one table, escaped as every other cell is. */
export function renderLintSummary(findings: readonly Finding[], file: string): string {
  const rows = findings.map((f) => `| ${f.severity} | ${code(f.rule)} | ${cell(f.file)}:${f.line} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`);
  return `## verify-litellm lint: ${cell(file)}\n\n${rows.length ? `| Severity | Rule | Where | Finding | Fix |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}` : 'No findings.'}\n`;
}
