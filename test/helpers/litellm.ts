// Shared set-up for the suites that run the real LiteLLM proxy: the venv comes from the engine's own
// install path (hash lock, uv), kept in .cache/ so only the first suite of a fresh clone pays for it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verify, type VerifyHooks, type VerifyOptions } from '../../src/engine/verify.ts';
import { ensureLiteLLM, type Installation } from '../../src/litellm/install.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import type { Report } from '../../src/report/report.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Stands in for the runner's RUNNER_TOOL_CACHE; the action keeps its venvs in <tool cache>/verify-litellm. */
export const TOOL_CACHE = process.env.VERIFY_LITELLM_TOOL_CACHE || path.join(ROOT, '.cache', 'toolcache');
/** The cache folder the tests (and `npm run demo`) install LiteLLM into: the same one the action uses. */
export const TEST_CACHE_ROOT = path.join(TOOL_CACHE, 'verify-litellm');

let installing: Promise<Installation> | undefined;

export function testLiteLLM(): Promise<Installation> {
  installing ??= ensureLiteLLM({ version: DEFAULT_LITELLM_VERSION, cacheRoot: TEST_CACHE_ROOT, timeoutMs: 900_000, log: (l) => console.log(`# ${l}`) });
  return installing;
}

export function tempDir(prefix = 'vl-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeConfig(dir: string, yaml: string, name = 'config.yaml'): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, yaml);
  return file;
}

/** One deployment in YAML, routed to the stand-in. */
export function route(alias: string, model: string, apiBase: string, extra = ''): string {
  return `- model_name: "${alias}"\n  litellm_params:\n    model: "${model}"\n    api_key: os.environ/VLLM_KEY\n    api_base: ${apiBase}\n${extra}`;
}

export async function runEngine(overrides: Partial<VerifyOptions> & Pick<VerifyOptions, 'configPath' | 'provided'>, hooks: VerifyHooks = {}): Promise<Report> {
  const options: VerifyOptions = {
    models: 'all',
    prompt: 'Say hello.',
    temperature: 0.7,
    maxTokens: 64,
    timeoutMs: 30_000,
    litellmVersion: DEFAULT_LITELLM_VERSION,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    cacheRoot: TEST_CACHE_ROOT,
    installTimeoutMs: 900_000,
    startTimeoutMs: 120_000,
    concurrency: 4,
    attempts: 1,
    backoffMs: 500,
    stream: true,
    maxLatencyMs: null,
    latencyPolicy: 'fail',
    ...overrides,
  };
  return verify(options, hooks);
}

/** LiteLLM proxy processes whose command line mentions `marker` (a test's private temp folder). */
export function proxyProcesses(marker: string): number[] {
  if (process.platform !== 'linux') return [];
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmdline.includes('litellm') && cmdline.includes(marker)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}

/** Live processes (not zombies) whose command line mentions `marker`; Linux only (/proc). */
export function processesMentioning(marker: string): number[] {
  if (process.platform !== 'linux') return [];
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (/^[ZX]$/.test(stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3))) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(marker)) pids.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return pids;
}
