// `npm run bench`: the "Fast verdicts" figures, measured side by side in one run, written to
// bench/results/latest.{json,md} and printed as a table. Knobs (environment):
//   BENCH_REPS       warm repetitions (default 3)
//   BENCH_COLD_REPS  cold repetitions, action and naive pip each (default 1; 0 skips the cold figure)
//   BENCH_REQUESTS   requests for the proxy-overhead figure (default 200)
//   BENCH_FRESH_REPS fresh-runner repetitions (Actions cache payload restored into an empty tool cache; default 2, 0 skips)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureLiteLLM, findPython } from '../src/litellm/install.ts';
import { DEFAULT_LITELLM_VERSION } from '../src/litellm/lock.ts';
import { startStandin, type Standin } from '../src/standin/server.ts';
import { runCommand } from '../src/util/process.ts';
import { freshRun, venvPayload, wheelsPayload, type FreshRun, type Payload } from './fresh.ts';
import { chat, configYaml, cpuMs, median, naiveRun, percentile, ROOT, runAction, running, startBareProxy, type ActionRun } from './lib.ts';

const REPS = count('BENCH_REPS', 3, 1);
const COLD_REPS = count('BENCH_COLD_REPS', 1, 0);
const REQUESTS = count('BENCH_REQUESTS', 200, 10);
const FRESH_REPS = count('BENCH_FRESH_REPS', 2, 0);
const MANY = 50;
const TOOL_CACHE = path.join(ROOT, '.cache', 'bench', 'toolcache'); // warm: prepared once, kept between bench runs
const RESULTS = path.join(ROOT, 'bench', 'results');
const KEY = `vk-bench-${crypto.randomBytes(12).toString('hex')}`;

interface Figure {
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

interface BenchResult {
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

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-litellm-bench-'));
let upstream: Standin | undefined;
const cleanup = async () => {
  await Promise.all([...running].map((stop) => stop()));
  await upstream?.close();
  fs.rmSync(scratch, { recursive: true, force: true });
};
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    void cleanup().then(() => process.exit(130));
  });
}

try {
  await main();
} catch (error) {
  if (!interrupted) throw error; // an interrupted run fails in whatever it was waiting for: not worth a trace
} finally {
  await cleanup();
}

async function main(): Promise<void> {
  const loadBefore = os.loadavg();
  const started = Date.now();
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) {
    log('dist/ is missing: bundling');
    const r = await runCommand(process.execPath, [path.join(ROOT, 'scripts', 'bundle.mjs')], { timeoutMs: 120_000, cwd: ROOT });
    if (r.code !== 0) throw new Error(`bundling failed: ${r.stderr}`);
  }
  log(`Preparing the warm cache ${path.relative(ROOT, TOOL_CACHE)} with the engine's own installer...`);
  const installation = await ensureLiteLLM({ version: DEFAULT_LITELLM_VERSION, cacheRoot: path.join(TOOL_CACHE, 'verify-litellm'), timeoutMs: 900_000, log });
  const python = await findPython();
  upstream = await startStandin({ apiKey: KEY, models: Array.from({ length: MANY }, (_, i) => ({ id: `model-${String(i + 1).padStart(2, '0')}` })) });
  const one = configYaml(upstream.url, 1);
  const many = configYaml(upstream.url, MANY);
  const oneFile = path.join(scratch, 'one.yaml');
  fs.writeFileSync(oneFile, one);
  const direct = () => chat(`${upstream!.url}/chat/completions`, KEY, 'model-01');
  const bare = () =>
    startBareProxy({
      command: installation.python,
      args: ['-m', 'litellm.proxy.proxy_cli'],
      configFile: oneFile,
      vllmKey: KEY,
      alias: 'alias-01',
      logFile: path.join(scratch, 'floor.log'),
    });
  const warmAction = (config: string) => runAction({ scratch, toolCache: TOOL_CACHE, config, vllmKey: KEY });

  log('Warm-up run, not counted (the first start of a fresh venv writes .pyc files)...');
  await warmAction(one);

  const action1: ActionRun[] = [];
  const action50: ActionRun[] = [];
  const floor: Array<{ ms: number; proxyMs: number; directMs: number }> = [];
  const jobs: Array<[string, () => Promise<number>]> = [
    ['action, 1 alias', async () => keep(action1, await warmAction(one)).ms],
    [`action, ${MANY} aliases`, async () => keep(action50, await warmAction(many)).ms],
    [
      'floor',
      async () => {
        const proxy = await bare();
        try {
          const directMs = await direct();
          return keep(floor, { ms: proxy.firstCompletionMs + directMs, proxyMs: proxy.firstCompletionMs, directMs }).ms;
        } finally {
          await proxy.stop();
        }
      },
    ],
  ];
  for (let rep = 0; rep < REPS; rep++) {
    // Rotated each repetition, so no kind always follows the same neighbour.
    for (const [name, job] of [...jobs.slice(rep % jobs.length), ...jobs.slice(0, rep % jobs.length)]) {
      log(`warm ${rep + 1}/${REPS}: ${name} ${seconds(await job())}`);
    }
  }

  log(`Proxy overhead: ${REQUESTS} chat requests through a bare proxy and ${REQUESTS} direct, alternating...`);
  const overhead = { proxy: [] as number[], direct: [] as number[], proxyCpuMsPerRequest: NaN };
  const proxy = await bare();
  try {
    const through = () => chat(`${proxy.baseUrl}/v1/chat/completions`, proxy.masterKey, 'alias-01');
    for (let i = 0; i < 20; i++) await Promise.all([through(), direct()]); // warm-up: connections, caches
    const cpuBefore = cpuMs(proxy.pid);
    for (let i = 0; i < REQUESTS; i++) {
      overhead.proxy.push(await through());
      overhead.direct.push(await direct());
    }
    overhead.proxyCpuMsPerRequest = (cpuMs(proxy.pid) - cpuBefore) / REQUESTS;
  } finally {
    await proxy.stop();
  }

  const cold: ActionRun[] = [];
  const naive: Array<{ ms: number; installMs: number }> = [];
  for (let rep = 0; rep < COLD_REPS; rep++) {
    const dir = fs.mkdtempSync(path.join(scratch, 'cold-'));
    const empty = (name: string) => (fs.mkdirSync(path.join(dir, name)), path.join(dir, name));
    const coldJobs: Array<[string, () => Promise<number>]> = [
      [
        'action, empty tool cache and uv/pip caches',
        async () =>
          keep(
            cold,
            await runAction({
              scratch,
              toolCache: empty('toolcache'),
              config: one,
              vllmKey: KEY,
              env: { UV_CACHE_DIR: empty('uv'), XDG_CACHE_HOME: empty('xdg-action') },
            }),
          ).ms,
      ],
      [
        'naive: venv + pip install --no-cache-dir + start + poll + request',
        async () =>
          keep(
            naive,
            await naiveRun({
              scratch: dir,
              version: DEFAULT_LITELLM_VERSION,
              configFile: oneFile,
              vllmKey: KEY,
              alias: 'alias-01',
              env: { XDG_CACHE_HOME: empty('xdg-naive') },
            }),
          ).ms,
      ],
    ];
    for (const [name, job] of rep % 2 ? [...coldJobs].reverse() : coldJobs) log(`cold ${rep + 1}/${COLD_REPS}: ${name} ${seconds(await job())}`);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  // The fresh-runner path: the Actions cache payload (hash-checked wheels) restored into an empty tool cache.
  const fresh: FreshRun[] = [];
  let wheels: Payload | null = null;
  let venvAlt: { payload: Payload; run: FreshRun } | null = null;
  if (FRESH_REPS > 0) {
    const keepDir = path.join(ROOT, '.cache', 'bench', 'payloads');
    fs.mkdirSync(keepDir, { recursive: true });
    log('Preparing the Actions cache payloads (not counted): the hash-checked wheels post uploads, and the venv for comparison...');
    wheels = await wheelsPayload(installation, python, keepDir);
    const venv = await venvPayload(installation, keepDir);
    for (let rep = 0; rep < FRESH_REPS; rep++) {
      const run = keep(fresh, await freshRun({ scratch, payload: wheels, config: one, vllmKey: KEY }));
      log(`fresh ${rep + 1}/${FRESH_REPS}: restore ${seconds(run.restoreMs)} + action ${seconds(run.ms)} = ${seconds(run.totalMs)}`);
    }
    venvAlt = { payload: venv, run: await freshRun({ scratch, payload: venv, config: one, vllmKey: KEY }) };
    log(`fresh with the venv as payload (comparison): restore ${seconds(venvAlt.run.restoreMs)} + action ${seconds(venvAlt.run.ms)}`);
  }

  // The figures.
  const ms = (runs: Array<{ ms: number }>) => median(runs.map((r) => r.ms));
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
  const figures: Figure[] = [
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
          : `${fixed(coldRatio)} (action ${seconds(ms(cold))} / naive ${seconds(ms(naive))}; ${COLD_REPS} rep${COLD_REPS > 1 ? 's' : ''})`,
    },
    {
      figure: `3. Scale: ${MANY} aliases vs 1`,
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

  const breakdown = (runs: ActionRun[]): Breakdown => ({
    installMs: median(runs.map((r) => r.timings.installMs ?? 0)),
    startMs: median(runs.map((r) => r.timings.startMs ?? 0)),
    probeMs: median(runs.map((r) => r.timings.probeMs ?? 0)),
    otherMs: median(runs.map((r) => r.ms - (r.timings.installMs ?? 0) - (r.timings.startMs ?? 0) - (r.timings.probeMs ?? 0))),
  });
  const cpus = os.cpus();
  const result: BenchResult = {
    date: new Date(started).toISOString(),
    command: 'npm run bench',
    durationS: Math.round((Date.now() - started) / 1000),
    machine: {
      cpu: `${cpus.length} x ${cpus[0]?.model ?? 'unknown'}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      python: python.version,
      loadavgBefore: loadBefore.map(fixed),
      loadavgAfter: os.loadavg().map(fixed),
    },
    settings: { reps: REPS, coldReps: COLD_REPS, freshReps: FRESH_REPS, requests: REQUESTS, litellm: DEFAULT_LITELLM_VERSION },
    figures,
    medians: {
      action1Ms: ms(action1),
      action50Ms: ms(action50),
      floorMs: ms(floor),
      floorProxyMs: median(floor.map((f) => f.proxyMs)),
      floorDirectMs: median(floor.map((f) => f.directMs)),
      coldActionMs: cold.length ? ms(cold) : null,
      naiveMs: naive.length ? ms(naive) : null,
      naiveInstallMs: naive.length ? median(naive.map((n) => n.installMs)) : null,
      freshMs,
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
    raw: { action1, action50, floor, cold, naive, overhead, fresh, venvAlt: venvAlt?.run ?? null },
  };

  fs.mkdirSync(RESULTS, { recursive: true });
  const round = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
  writeAtomically(path.join(RESULTS, 'latest.json'), JSON.stringify(result, round, 2) + '\n');
  writeAtomically(path.join(RESULTS, 'latest.md'), markdown(result));
  console.log(`\n${table(figures)}\n`);
  console.log(
    `Written: bench/results/latest.json, bench/results/latest.md (${result.durationS}s; load average ${result.machine.loadavgBefore.join(' ')} before, ${result.machine.loadavgAfter.join(' ')} after)`,
  );
}

function markdown(r: BenchResult): string {
  const m = r.machine;
  const rows: Array<[string, Breakdown | null]> = [
    ['warm, 1 alias', r.breakdown.action1],
    [`warm, ${MANY} aliases`, r.breakdown.action50],
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

function table(figures: Figure[]): string {
  const rows = [['Figure', 'Measured', 'Target', 'Result'], ...figures.map((f) => [f.figure, f.measured, f.target, f.result])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function keep<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}

function writeAtomically(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

function maxMb(kbs: Array<number | null>): number | null {
  const known = kbs.filter((k): k is number => k !== null);
  return known.length ? Math.round(Math.max(...known) / 1024) : null;
}

function count(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number >= ${min}`);
  return value;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function fixed(x: number): string {
  return x.toFixed(2);
}

function log(line: string): void {
  console.log(`# ${line}`);
}
