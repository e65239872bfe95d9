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
import { benchResult, markdown, seconds, table } from './figures.ts';
import { chat, configYaml, cpuMs, naiveRun, ROOT, runAction, running, startBareProxy, type ActionRun } from './lib.ts';

const REPS = count('BENCH_REPS', 3, 1);
const COLD_REPS = count('BENCH_COLD_REPS', 1, 0);
const REQUESTS = count('BENCH_REQUESTS', 200, 10);
const FRESH_REPS = count('BENCH_FRESH_REPS', 2, 0);
const MANY = 50;
const TOOL_CACHE = path.join(ROOT, '.cache', 'bench', 'toolcache'); // warm: prepared once, kept between bench runs
const RESULTS = path.join(ROOT, 'bench', 'results');
const KEY = `vk-bench-${crypto.randomBytes(12).toString('hex')}`;

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

  const result = benchResult(
    { action1, action50, floor, overhead, cold, naive, fresh, wheels, venvAlt },
    {
      started,
      loadBefore,
      python: python.version,
      settings: { reps: REPS, coldReps: COLD_REPS, freshReps: FRESH_REPS, requests: REQUESTS, litellm: DEFAULT_LITELLM_VERSION },
      many: MANY,
    },
  );

  fs.mkdirSync(RESULTS, { recursive: true });
  const round = (_: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
  writeAtomically(path.join(RESULTS, 'latest.json'), JSON.stringify(result, round, 2) + '\n');
  writeAtomically(path.join(RESULTS, 'latest.md'), markdown(result, MANY));
  console.log(`\n${table(result.figures)}\n`);
  console.log(
    `Written: bench/results/latest.json, bench/results/latest.md (${result.durationS}s; load average ${result.machine.loadavgBefore.join(' ')} before, ${result.machine.loadavgAfter.join(' ')} after)`,
  );
}

function keep<T>(list: T[], item: T): T {
  list.push(item);
  return item;
}

function writeAtomically(file: string, text: string): void {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

function count(name: string, fallback: number, min: number): number {
  const value = Number(process.env[name] || fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number >= ${min}`);
  return value;
}

function log(line: string): void {
  console.log(`# ${line}`);
}
