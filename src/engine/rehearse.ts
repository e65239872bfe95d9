// Upgrade rehearsal: the same probes against several LiteLLM releases, one after the other (each its own
// install, proxy and probes through the engine's verify), and per alias where the releases differ
// ("passes on 1.106.12, fails on 1.108.7: ..."). The report is the first release's, with the verdict of all.
import { countAliases, type AliasReport, type Rehearsal, type Report } from '../report/report.ts';
import { verifyRoutes, type VerifyHooks, type VerifyOptions, type VerifyResult } from './verify.ts';

const key = (a: AliasReport) => (a.deploymentId ? `${a.alias} (${a.deploymentId})` : a.alias);

export function compareReleases(versions: string[], reports: Report[]): Rehearsal {
  const names = [...new Set(reports.flatMap((r) => r.aliases.map(key)))];
  const differences: string[] = [];
  const aliases = names.map((name) => {
    const found = reports.map((r) => r.aliases.find((a) => key(a) === name));
    const statuses = found.map((a) => a?.status ?? ('not run' as const));
    const outcome = (a: AliasReport | undefined, i: number) => {
      if (!a) return `not run on ${versions[i]}${reports[i]?.error ? ` (${reports[i]!.error!.stage} failed)` : ''}`;
      if (a.status !== 'fail') return `${a.status === 'pass' ? 'passes' : 'skipped'} on ${versions[i]}`;
      return `fails on ${versions[i]}: ${a.diagnosis?.summary ?? 'failed'}`;
    };
    const codes = found.map((a) => (a ? `${a.status}:${a.status === 'fail' ? (a.diagnosis?.code ?? '') : ''}` : 'not run'));
    if (new Set(codes).size > 1) differences.push(`'${name}' ${found.map(outcome).join('; ')}`);
    return { alias: name, statuses };
  });
  return {
    versions: versions.map((version, i) => ({
      version,
      result: reports[i]!.result,
      reviewedLock: reports[i]!.litellmLock?.reviewed ?? null,
      error: reports[i]!.error?.message.split('\n')[0] ?? null,
    })),
    aliases,
    differences,
  };
}

export async function rehearse(options: VerifyOptions, versions: string[], hooks: VerifyHooks = {}): Promise<VerifyResult> {
  const reports: Report[] = [];
  for (const [i, version] of versions.entries()) {
    hooks.log?.(`Upgrade rehearsal ${i + 1}/${versions.length}: LiteLLM ${version}`);
    // A rehearsal leaves nothing running: each release's proxy is stopped before the next starts.
    reports.push((await verifyRoutes({ ...options, litellmVersion: version, keepRunning: false }, hooks)).report);
  }
  const rehearsal = compareReleases(versions, reports);
  hooks.log?.(
    rehearsal.differences.length
      ? `Where the releases differ:\n${rehearsal.differences.map((d) => `  ${d}`).join('\n')}`
      : `Every alias has the same outcome on ${versions.join(', ')}.`,
  );
  const first = reports[0]!;
  // Each alias as its worst release saw it, so the verdict, annotations and headline name the failing release.
  const aliases = first.aliases.map((a) => {
    const i = reports.findIndex((r) => r.aliases.some((x) => key(x) === key(a) && x.status === 'fail'));
    const failing = i < 0 ? undefined : reports[i]!.aliases.find((x) => key(x) === key(a) && x.status === 'fail');
    if (!failing || i === 0) return a;
    return { ...failing, diagnosis: failing.diagnosis ? { ...failing.diagnosis, summary: `on LiteLLM ${versions[i]}: ${failing.diagnosis.summary}` } : null };
  });
  const e = reports.findIndex((r) => r.error);
  const error = e < 0 ? null : { ...reports[e]!.error!, message: `LiteLLM ${versions[e]}: ${reports[e]!.error!.message}` };
  const result = error || aliases.some((a) => a.status === 'fail') || reports.some((r) => r.result === 'fail') ? 'fail' : first.result;
  const report: Report = { ...first, result, error, aliases, counts: countAliases(aliases), litellmVersion: versions.join(', '), rehearsal };
  return { report, kept: null };
}
