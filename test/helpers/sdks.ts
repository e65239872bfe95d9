// The real OpenAI and Anthropic Python SDKs for the e2e tests that judge the action by them: installed once
// from test/sdk-requirements.txt (every file pinned by sha256, --require-hashes) into a venv under .cache/,
// through the engine's own lock installer (hash-locked uv, pip as the fallback), and run through
// test/sdk-driver.py, which prints one JSON line with each call's outcome.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { installLock, MARKER } from '../../src/litellm/installer.ts';
import { findPython, venvPython } from '../../src/litellm/python.ts';
import { runCommand } from '../../src/util/process.ts';
import { ROOT, TEST_CACHE_ROOT } from './litellm.ts';

export const SDK_LOCK = path.join(ROOT, 'test', 'sdk-requirements.txt');
const DRIVER = path.join(ROOT, 'test', 'sdk-driver.py');

/** One SDK call as the driver saw it. */
export interface SdkCall {
  ok: boolean;
  /** A structured tool call came back (tool_calls / function_call item / tool_use block) with object arguments. */
  toolCall: boolean;
  /** The tool call, `name(arguments)`, or the text the model answered instead. */
  reply?: string;
  /** On an exception: its class (e.g. BadRequestError), HTTP status and message. */
  errorClass?: string;
  status?: number | null;
  message?: string;
}

export type SdkName = 'openai.chat' | 'openai.responses' | 'anthropic.messages';
export type SdkOutcome = Record<SdkName, SdkCall> & { versions: { openai: string; anthropic: string } };

let installing: Promise<string> | undefined;

/** The venv's Python; the first call installs the lock (bounded), later calls reuse it. */
export function sdkPython(): Promise<string> {
  installing ??= install();
  return installing;
}

async function install(): Promise<string> {
  const lockHash = createHash('sha256').update(fs.readFileSync(SDK_LOCK)).digest('hex').slice(0, 12);
  const venv = path.join(TEST_CACHE_ROOT, `sdks-${lockHash}`);
  const python = venvPython(venv);
  if (fs.existsSync(path.join(venv, MARKER)) && fs.existsSync(python)) return python;
  fs.rmSync(venv, { recursive: true, force: true });
  const deadline = Date.now() + 600_000;
  await installLock({
    lockFile: SDK_LOCK,
    what: 'the OpenAI and Anthropic SDKs (test/sdk-requirements.txt)',
    venvDir: venv,
    python: await findPython(),
    platform: process.platform,
    cacheRoot: TEST_CACHE_ROOT,
    remaining: () => Math.max(1000, deadline - Date.now()),
    log: (l) => console.log(`# ${l}`),
  });
  fs.writeFileSync(path.join(venv, MARKER), `${lockHash}\n`);
  return python;
}

/**
 * Makes an agent's first tool turn through `baseUrl` (the kept proxy) with each SDK. The key goes in the
 * environment, never the command line; nothing else of this process's environment (no proxy variables, no
 * provider keys) reaches the SDKs.
 */
export async function runSdks(baseUrl: string, apiKey: string, model: string): Promise<SdkOutcome> {
  const python = await sdkPython();
  const result = await runCommand(python, ['-I', DRIVER, baseUrl, model], {
    timeoutMs: 240_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SDK_API_KEY: apiKey, NO_PROXY: '*', PYTHONUTF8: '1' },
  });
  const line = result.stdout.trim().split('\n').pop() ?? '';
  if (result.code !== 0 || !line.startsWith('{'))
    throw new Error(`the SDK driver failed (exit ${result.code}, timed out: ${result.timedOut}):\n${result.stderr}`);
  return JSON.parse(line) as SdkOutcome;
}
