// The figures of `npm run bench`, from the runs bench/run.ts measured: each figure against its target,
// where the action's time goes, and the result as bench/results/latest.json and latest.md hold it.
import os from 'node:os';
import type { FreshRun, Payload } from './fresh.ts';
import { median, percentile, type ActionRun } from './lib.ts';

export interface Figure {
  figure: string;
  measured: string;
  value: number | null;
  target: string;
  result: 'PASS' | 'MISS' | 'report only' | 'not run';
}

interface Breakdown {
  installMs: number;
  startMs: number;
  probeMs: number;
  otherMs: number; // Node start, config, Python discovery, stopping the proxy, reporting
}

export interface BenchResult {
  date: string;
  command: string;
  durationS: number;
  machine: { cpu: string; memoryGb: number; os: string; node: string; python: string; loadavgBefore: string[]; loadavgAfter: string[] };
  settings: { reps: number; coldReps: number; freshReps: number; requests: number; litellm: string };
  figures: Figure[];
  medians: Record<string, number | null>;
  breakdown: { action1: Breakdown; action50: Breakdown; cold: Breakdown | null; fresh: Breakdown | null };
  payloads: { wheels: { bytes: number; restoreMs: number } | null; venv: { bytes: number; restoreMs: number; totalMs: number } | null };
  raw: unknown;
}

/** Everything one run measured (bench/run.ts). */
export interface Measurements {
  action1: ActionRun[];
  action50: ActionRun[];
  floor: Array<{ ms: number; proxyMs: number; directMs: number }>;
  overhead: { proxy: number[]; direct: number[]; proxyCpuMsPerRequest: number };
  cold: ActionRun[];
  naive: Array<{ ms: number; installMs: number }>;
  fresh: FreshRun[];
  wheels: Payload | null;
  venvAlt: { payload: Payload; run: FreshRun } | null;
}

/** The run as written to latest.json; `started` and `loadBefore` were taken before the first measurement. */
export function benchResult(
  m: Measurements,
  run: { started: number; loadBefore: number[]; python: string; settings: BenchResult['settings']; many: number },
): BenchResult {
  const { action1, action50, floor, cold, naive, fresh, wheels, venvAlt } = m;
  const cpus = os.cpus();
  return {
    date: new Date(run.started).toISOString(),
    command: 'npm run bench',
    durationS: Math.round((Date.now() - run.started) / 1000),
    machine: {
      cpu: `${cpus.length} x ${cpus[0]?.model ?? 'unknown'}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      python: run.python,
      loadavgBefore: run.loadBefore.map(fixed),
      loadavgAfter: os.loadavg().map(fixed),
    },
    settings: run.settings,
    figures: figures(m, run.many, run.settings.coldReps),
    medians: {
      action1Ms: ms(action1),
      action50Ms: ms(action50),
      floorMs: ms(floor),
      floorProxyMs: median(floor.map((f) => f.proxyMs)),
      floorDirectMs: median(floor.map((f) => f.directMs)),
      coldActionMs: cold.length ? ms(cold) : null,
      naiveMs: naive.length ? ms(naive) : null,
      naiveInstallMs: naive.length ? median(naive.map((n) => n.installMs)) : null,
      freshMs: fresh.length ? median(fresh.map((f) => f.totalMs)) : null,
    },
    breakdown: {
      action1: breakdown(action1),
      action50: breakdown(action50),
      cold: cold.length ? breakdown(cold) : null,
      fresh: fresh.length ? breakdown(fresh) : null,
    },
    payloads: {
      wheels: wheels ? { bytes: wheels.bytes, restoreMs: median(fresh.map((f) => f.restoreMs)) } : null,
      venv: venvAlt ? { bytes: venvAlt.payload.bytes, restoreMs: venvAlt.run.restoreMs, totalMs: venvAlt.run.totalMs } : null,
    },
    raw: { action1, action50, floor, cold, naive, overhead: m.overhead, fresh, venvAlt: venvAlt?.run ?? null },
  };
}

function figures(m: Measurements, many: number, coldReps: number): Figure[] {
  const { action1, action50, floor, overhead, cold, naive, fresh, wheels, venvAlt } = m;
  const ratio = (a: number, b: number) => a / b;
  const warmRatio = ratio(ms(action1), ms(floor));
  const coldRatio = cold.length ? ratio(ms(cold), ms(naive)) : null;
  const freshMs = fresh.length ? median(fresh.map((f) => f.totalMs)) : null;
  const freshRatio = freshMs === null ? null : ratio(freshMs, ms(floor));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  const scaleRatio = ratio(ms(action50), ms(action1));
  const p = (xs: number[], q: number) => percentile(xs, q);
  const overheadP50 = p(overhead.proxy, 50) - p(overhead.direct, 50);
  const all = [...action1, ...action50, ...cold];
  const nodePeakMb = maxMb(all.map((r) => r.nodeRssKb));
  const proxyPeakMb = maxMb(all.map((r) => r.proxyRssKb));
  const verdict = (ok: boolean): Figure['result'] => (ok ? 'PASS' : 'MISS');
  return [
    {
      figure: '1. Warm verdict vs floor',
      value: warmRatio,
      target: '<= 1.10',
      result: verdict(warmRatio <= 1.1),
      measured: `${fixed(warmRatio)} (action ${seconds(ms(action1))} / floor ${seconds(ms(floor))})`,
    },
    {
      figure: '2. Cold install vs naive pip',
      value: coldRatio,
      target: '<= 0.2',
      result: coldRatio === null ? 'not run' : verdict(coldRatio <= 0.2),
      measured:
        coldRatio === null
          ? 'BENCH_COLD_REPS=0'
          : `${fixed(coldRatio)} (action ${seconds(ms(cold))} / naive ${seconds(ms(naive))}; ${coldReps} rep${coldReps > 1 ? 's' : ''})`,
    },
    {
      figure: `3. Scale: ${many} aliases vs 1`,
      value: scaleRatio,
      target: '<= 2.0',
      result: verdict(scaleRatio <= 2),
      measured: `${fixed(scaleRatio)} (${seconds(ms(action50))} / ${seconds(ms(action1))})`,
    },
    {
      figure: '4. Proxy overhead, p50',
      value: overheadP50,
      target: '<= 25 ms',
      result: verdict(overheadP50 <= 25),
      measured: `+${overheadP50.toFixed(1)} ms (proxy p50/p95 ${p(overhead.proxy, 50).toFixed(1)}/${p(overhead.proxy, 95).toFixed(1)} ms, direct ${p(overhead.direct, 50).toFixed(1)}/${p(overhead.direct, 95).toFixed(1)} ms; proxy CPU ${overhead.proxyCpuMsPerRequest.toFixed(1)} ms/request)`,
    },
    {
      figure: '5. Footprint: action node peak RSS (max of runs)',
      value: nodePeakMb,
      target: '<= 80 MB',
      result: nodePeakMb === null ? 'not run' : verdict(nodePeakMb <= 80),
      measured: `${nodePeakMb ?? '-'} MB`,
    },
    { figure: '5b. Footprint: proxy peak RSS (max of runs)', value: proxyPeakMb, target: '-', result: 'report only', measured: `${proxyPeakMb ?? '-'} MB` },
    {
      figure: '6. Fresh runner (cache restore + install + start + probes) vs floor',
      value: freshRatio,
      target: '<= 1.4',
      result: freshRatio === null ? 'not run' : verdict(freshRatio <= 1.4),
      measured:
        freshRatio === null || !wheels
          ? 'BENCH_FRESH_REPS=0'
          : `${fixed(freshRatio)} (${seconds(freshMs!)} = restore ${seconds(median(fresh.map((f) => f.restoreMs)))} + action ${seconds(ms(fresh))} / floor ${seconds(ms(floor))}); payload ${mb(wheels.bytes)} of hash-checked wheels`,
    },
    {
      figure: '6b. Same with the venv as payload (not verifiable; comparison)',
      value: venvAlt ? ratio(venvAlt.run.totalMs, ms(floor)) : null,
      target: '-',
      result: venvAlt ? 'report only' : 'not run',
      measured: venvAlt
        ? `${fixed(ratio(venvAlt.run.totalMs, ms(floor)))} (${seconds(venvAlt.run.totalMs)} = restore ${seconds(venvAlt.run.restoreMs)} + action ${seconds(venvAlt.run.ms)}); payload ${mb(venvAlt.payload.bytes)}`
        : '-',
    },
  ];
}

function breakdown(runs: ActionRun[]): Breakdown {
  return {
    installMs: median(runs.map((r) => r.timings.installMs ?? 0)),
    startMs: median(runs.map((r) => r.timings.startMs ?? 0)),
    probeMs: median(runs.map((r) => r.timings.probeMs ?? 0)),
    otherMs: median(runs.map((r) => r.ms - (r.timings.installMs ?? 0) - (r.timings.startMs ?? 0) - (r.timings.probeMs ?? 0))),
  };
}

/** latest.md: the figures, the breakdown and how each figure is taken. */
export function markdown(r: BenchResult, many: number): string {
  const m = r.machine;
  const rows: Array<[string, Breakdown | null]> = [
    ['warm, 1 alias', r.breakdown.action1],
    [`warm, ${many} aliases`, r.breakdown.action50],
    ['cold, 1 alias', r.breakdown.cold],
    ['fresh runner, 1 alias (after the restore)', r.breakdown.fresh],
  ];
  return [
    '# verify-litellm benchmark (`npm run bench`)',
    '',
    `${r.date}, ${r.durationS}s. Machine: ${m.cpu}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}, Python ${m.python}; load average ${m.loadavgBefore.join(' ')} before, ${m.loadavgAfter.join(' ')} after.`,
    `LiteLLM ${r.settings.litellm}; ${r.settings.reps} warm repetitions (medians), ${r.settings.coldReps} cold, ${r.settings.freshReps} fresh-runner, ${r.settings.requests} requests for the overhead.`,
    '',
    '| Figure | Measured | Target | Result |',
    '| --- | --- | --- | --- |',
    ...r.figures.map((f) => `| ${f.figure} | ${f.measured} | ${f.target} | ${f.result} |`),
    '',
    "Where the action's time goes (medians; `other` = Node start, config, Python discovery, stopping the proxy, reporting):",
    '',
    '| Run | install | proxy start | probes | other |',
    '| --- | --- | --- | --- | --- |',
    ...rows
      .filter(([, b]) => b)
      .map(([name, b]) => `| ${name} | ${seconds(b!.installMs)} | ${seconds(b!.startMs)} | ${seconds(b!.probeMs)} | ${seconds(b!.otherMs)} |`),
    '',
    'How each figure is taken:',
    '',
    '- **action**: `node dist/index.js` run as the runner runs it (INPUT_* variables, GITHUB_OUTPUT/STATE/STEP_SUMMARY files, RUNNER_TEMP, `cache: false`), timed from spawn to exit, with its defaults (chat + streaming probe per alias, concurrency 4), against the stand-in upstream on loopback.',
    "- **warm**: RUNNER_TOOL_CACHE holds the venv (installed by the engine's `ensureLiteLLM` into `.cache/bench/toolcache`, then one uncounted run so the `.pyc` files exist).",
    "- **floor**: the same venv's `python -m litellm.proxy.proxy_cli --config X --host 127.0.0.1 --port P --num_workers 1`, with the environment the action gives the proxy, a chat request retried every 25 ms from spawn until the first 200, plus one direct request to the stand-in. Stopping it is not counted.",
    "- **cold**: an empty tool cache, UV_CACHE_DIR and XDG_CACHE_HOME (pip's cache): the uv bootstrap and every wheel are downloaded, and the proxy's first start compiles its `.pyc` files.",
    "- **naive**: `python3 -m venv`, `pip install --no-cache-dir 'litellm[proxy]==VERSION'` (this machine's pip configuration, no lock), `litellm --config X ...` with the same environment as the action's proxy, `/health/liveliness` polled every second, one chat request. Stopping it is not counted.",
    "- **fresh runner** (a GitHub-hosted job with a cache hit): an empty tool cache, UV_CACHE_DIR and XDG_CACHE_HOME; the Actions cache payload is exactly what post uploads (the lock's wheels for this platform, each sha256 checked against the lock; `tar --zstd` like @actions/cache) and is extracted into the tool cache (the restore, timed; the download from the cache service is not, hence the payload size); then the action installs offline from it with `--require-hashes`, starts (compiling `.pyc` files) and probes. 6b is the same with the venv as the payload, the design this replaced: it cannot be verified against the lock.",
    "- **overhead**: sequential non-streaming chat requests, alternating through a bare proxy and direct, after 20 warm-up pairs; CPU is the proxy's user + system time divided by the requests.",
    "- **footprint**: VmHWM of the action's node process (`bench/rss-hook.mjs`) and of the proxy (its pid from the saved state, `/proc/<pid>/status` polled every 100 ms), the largest over all action runs.",
    '- The machine is shared (2 cores; other test suites may run at the same time): compare figures taken in the same run, and look at the load average.',
    '',
  ].join('\n');
}

/** The figures as a plain-text table for the terminal. */
export function table(figures: Figure[]): string {
  const rows = [['Figure', 'Measured', 'Target', 'Result'], ...figures.map((f) => [f.figure, f.measured, f.target, f.result])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function ms(runs: Array<{ ms: number }>): number {
  return median(runs.map((r) => r.ms));
}

function maxMb(kbs: Array<number | null>): number | null {
  const known = kbs.filter((k): k is number => k !== null);
  return known.length ? Math.round(Math.max(...known) / 1024) : null;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function fixed(x: number): string {
  return x.toFixed(2);
}
