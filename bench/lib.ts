// The measuring tools of bench/run.ts: run the bundled action as the runner does, start a bare proxy
// (the floor), run the naive pip workflow, time requests, and a little statistics.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { request } from 'undici';
import { STATE_PROXY_PID } from '../src/action/state.ts';
import { proxyEnvironment } from '../src/litellm/environment.ts';
import { newMasterKey } from '../src/litellm/proxy.ts';
import { readLogTail } from '../src/litellm/proxy-log.ts';
import { freePort } from '../src/util/port.ts';
import { runCommand, sleep, spawnDetached, stopProcessTree } from '../src/util/process.ts';
import { Runner } from '../test/helpers/runner.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RSS_HOOK = pathToFileURL(path.join(ROOT, 'bench', 'rss-hook.mjs')).href;

/** Processes started here and still running, so an interrupted benchmark can stop them. */
export const running = new Set<() => Promise<unknown>>();

/** A LiteLLM config routing `count` aliases (alias-01...) to the stand-in's model-01... */
export function configYaml(upstreamUrl: string, count: number): string {
  const routes = Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(2, '0');
    return `  - model_name: alias-${n}\n    litellm_params:\n      model: openai/model-${n}\n      api_key: os.environ/VLLM_KEY\n      api_base: ${upstreamUrl}\n`;
  });
  return `model_list:\n${routes.join('')}`;
}

export interface ActionRun {
  ms: number; // spawn of `node dist/index.js` to its exit: what the runner waits for
  timings: { installMs: number | null; startMs: number | null; probeMs: number | null };
  nodeRssKb: number | null; // the action's own node process (VmHWM)
  proxyRssKb: number | null; // the proxy it started (VmHWM of the main pid, polled)
}

/** Runs dist/index.js as the runner does (test/helpers/runner.ts), in a private folder under `scratch`. */
export async function runAction(o: { scratch: string; toolCache: string; config: string; vllmKey: string; env?: Record<string, string> }): Promise<ActionRun> {
  const dir = fs.mkdtempSync(path.join(o.scratch, 'action-'));
  const runner = new Runner(dir, {
    env: machineEnvironment(), // as on a runner: its TLS, proxy and index settings reach the action
    toolCache: o.toolCache, // the action keeps its venv in <tool cache>/verify-litellm
    nodeArgs: ['--import', RSS_HOOK],
    timeoutMs: 3_600_000,
  });
  runner.writeConfig(o.config, 'litellm.yaml');
  const rssFile = path.join(dir, 'rss');
  try {
    let exited = false;
    let proxyRssKb: Promise<number | null> = Promise.resolve(null);
    let cancel: (() => Promise<unknown>) | undefined;
    const started = performance.now();
    const run = await runner.main(
      // report-file inside the workspace, as the action requires; no @actions/cache service here: stated so a cold run is cold
      { config: 'litellm.yaml', vllm_key: o.vllmKey, 'report-file': 'report.json', cache: 'false' },
      { BENCH_RSS_FILE: rssFile, ...o.env },
      (child) => {
        const closed = new Promise((resolve) => child.once('close', () => ((exited = true), resolve(undefined))));
        cancel = async () => (child.kill('SIGTERM'), await closed); // the action stops its proxy on SIGTERM
        running.add(cancel);
        proxyRssKb = watchProxyRss(runner.files.state, () => exited);
      },
    );
    const ms = performance.now() - started;
    if (cancel) running.delete(cancel);
    const reportFile = path.join(runner.workspace, 'report.json');
    const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : null;
    const out = run.stdout + run.stderr;
    if (report?.result !== 'pass') throw new Error(`the action did not pass (result ${report?.result ?? 'none'}):\n${out.split('\n').slice(-30).join('\n')}`);
    return { ms, timings: report.timings, nodeRssKb: kb(fs.readFileSync(rssFile, 'utf8')), proxyRssKb: await proxyRssKb };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** This machine's environment without anything a runner sets per step (a bench run inside a workflow must not leak its own). */
function machineEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(INPUT_|STATE_|GITHUB_|RUNNER_|ACTIONS_)/.test(name)));
}

/** Peak RSS of the proxy the action started: its pid comes from the saved state, VmHWM from /proc. */
async function watchProxyRss(stateFile: string, done: () => boolean): Promise<number | null> {
  let pid: number | null = null;
  let peak: number | null = null;
  while (!done()) {
    pid ??= Number(new RegExp(`^${STATE_PROXY_PID}<<(.+)\\n(\\d+)`, 'm').exec(fs.readFileSync(stateFile, 'utf8'))?.[2]) || null;
    if (pid) peak = Math.max(peak ?? 0, vmHwmKb(pid) ?? 0) || peak;
    await sleep(100);
  }
  return peak;
}

export function vmHwmKb(pid: number | 'self'): number | null {
  try {
    return kb(/VmHWM:\s+(\d+)\s*kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '');
  } catch {
    return null; // gone, or no /proc
  }
}

/** CPU time (user + system) a process has used so far, in ms: far less noisy than latency on a busy machine. */
export function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime in clock ticks of 10 ms (USER_HZ 100)
}

const kb = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

export interface BareProxy {
  baseUrl: string;
  masterKey: string;
  pid: number;
  /** Spawn to the first 200 from /v1/chat/completions (retried back to back from spawn on). */
  firstCompletionMs: number;
  stop(): Promise<void>;
}

/**
 * The floor: `<venv>/bin/python -m litellm.proxy.proxy_cli` (or any command) with the environment the
 * action gives it, a chat request sent every 25 ms until one succeeds (or every `pollMs` on
 * /health/liveliness first, for the naive workflow).
 */
export async function startBareProxy(o: {
  command: string;
  args: string[];
  configFile: string;
  vllmKey: string;
  alias: string;
  logFile: string;
  livenessPollMs?: number;
}): Promise<BareProxy> {
  const masterKey = newMasterKey();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env = proxyEnvironment({ source: process.env, referenced: ['VLLM_KEY'], provided: { VLLM_KEY: o.vllmKey }, masterKey });
  const log = fs.openSync(o.logFile, 'w');
  const started = performance.now();
  const child = spawnDetached(o.command, [...o.args, '--config', o.configFile, '--host', '127.0.0.1', '--port', String(port), '--num_workers', '1'], {
    env,
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const pid = child.pid!;
  const stop = async () => {
    running.delete(stop);
    await stopProcessTree(pid);
  };
  running.add(stop);
  try {
    const deadline = Date.now() + 180_000;
    if (o.livenessPollMs) {
      while (!(await ok(`${baseUrl}/health/liveliness`)) && !exited && Date.now() < deadline) await sleep(o.livenessPollMs);
    }
    for (;;) {
      if (exited || Date.now() > deadline) throw new Error(`the proxy did not answer (${exited ? 'it exited' : 'timeout'}):\n${readLogTail(o.logFile, 20)}`);
      try {
        await chat(`${baseUrl}/v1/chat/completions`, masterKey, o.alias);
        break;
      } catch {
        await sleep(25);
      }
    }
    return { baseUrl, masterKey, pid, firstCompletionMs: performance.now() - started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function ok(url: string): Promise<boolean> {
  try {
    const res = await request(url, { signal: AbortSignal.timeout(2000) });
    await res.body.dump();
    return res.statusCode === 200;
  } catch {
    return false;
  }
}

/** One non-streaming chat completion; throws unless it is a 200 with a choice. Returns its latency. */
export async function chat(url: string, key: string, model: string): Promise<number> {
  const started = performance.now();
  const res = await request(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Say hello.' }], max_tokens: 64 }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.body.json()) as { choices?: unknown[] };
  if (res.statusCode !== 200 || !body.choices?.length) throw new Error(`HTTP ${res.statusCode}: ${JSON.stringify(body).slice(0, 300)}`);
  return performance.now() - started;
}

/** The naive workflow, timed end to end: venv + pip install + start + poll liveness every second + one request. */
export async function naiveRun(o: {
  scratch: string;
  version: string;
  configFile: string;
  vllmKey: string;
  alias: string;
  env: Record<string, string>;
}): Promise<{ ms: number; installMs: number }> {
  const venv = path.join(o.scratch, 'naive-venv');
  const env = { ...process.env, ...o.env };
  const started = performance.now();
  try {
    for (const [command, args] of [
      ['python3', ['-m', 'venv', venv]],
      [path.join(venv, 'bin', 'pip'), ['install', '--no-cache-dir', '-q', `litellm[proxy]==${o.version}`]],
    ] as const) {
      const r = await runCommand(command, args, { timeoutMs: 1_200_000, env });
      if (r.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.code ?? r.signal}): ${r.stderr.slice(-2000)}`);
    }
    const installMs = performance.now() - started;
    const proxy = await startBareProxy({
      command: path.join(venv, 'bin', 'litellm'),
      args: [],
      configFile: o.configFile,
      vllmKey: o.vllmKey,
      alias: o.alias,
      logFile: path.join(o.scratch, 'naive-proxy.log'),
      livenessPollMs: 1000,
    });
    const ms = performance.now() - started; // a workflow leaves the proxy to the end of the job: no stop counted
    await proxy.stop();
    return { ms, installMs };
  } finally {
    fs.rmSync(venv, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}
