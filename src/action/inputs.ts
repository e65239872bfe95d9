// The action's inputs, parsed once into a typed object. Every bad value fails here with the input's name.
import os from 'node:os';
import path from 'node:path';
import { checkVersion, DEFAULT_LITELLM_VERSION } from '../litellm/lock.ts';
import { parse as parseYaml } from 'yaml';
import { SURFACES, type Surface } from '../probe/surfaces.ts';
import { VerifyError } from '../util/errors.ts';

export const DEFAULT_CONFIG = 'example_configs/test-local/config-litellm.yaml';
export const DEFAULT_PROMPT = 'Say hello in one short sentence.';

export type OnMissingKey = 'fail' | 'skip' | 'warn';

export interface ActionInputs {
  configPath: string; // absolute
  configDisplayPath: string; // relative to the workspace, for annotations
  vllmKey: string;
  models: string[] | 'all';
  prompt: string;
  temperature: number | null;
  maxTokens: number;
  timeoutMs: number;
  litellmVersion: string;
  installTimeoutMs: number;
  startTimeoutMs: number;
  concurrency: number;
  python: string | undefined;
  onMissingKey: OnMissingKey;
  reportFile: string | undefined;
  cache: boolean;
  cacheRoot: string;
  tempRoot: string;
  stream: boolean;
  attempts: number;
  maxLatencyMs: number | null;
  latencyPolicy: 'fail' | 'warn';
  proxyUrl: string | undefined;
  proxyKey: string;
  keepRunning: boolean;
  apis: Surface[];
  tools: boolean;
  requestParams: Record<string, unknown>;
  checkServedModel: boolean;
}

/** `get` is core.getInput in the action; tests pass a plain lookup. */
export function parseInputs(get: (name: string) => string, env: NodeJS.ProcessEnv): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const config = get('config') || DEFAULT_CONFIG;
  const configPath = path.resolve(workspace, config);
  const relative = path.relative(workspace, configPath);
  const litellmVersion = get('litellm-version') || DEFAULT_LITELLM_VERSION;
  checkVersion(litellmVersion); // refused releases fail here, before anything is read or downloaded
  const configDisplayPath = (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : configPath).split(path.sep).join('/');
  return {
    configPath,
    configDisplayPath,
    vllmKey: get('VLLM_KEY'),
    models: parseList(get('models')),
    prompt: get('prompt') || DEFAULT_PROMPT,
    temperature: parseTemperature(get('temperature')),
    maxTokens: parseNumber('max-tokens', get('max-tokens'), 512, 1, 1_000_000),
    timeoutMs: parseNumber('timeout', get('timeout'), 60, 1, 3600) * 1000,
    litellmVersion,
    installTimeoutMs: parseNumber('install-timeout', get('install-timeout'), 600, 10, 7200) * 1000,
    startTimeoutMs: parseNumber('start-timeout', get('start-timeout'), 120, 5, 1800) * 1000,
    concurrency: parseNumber('concurrency', get('concurrency'), 4, 1, 64),
    python: get('python') || undefined,
    onMissingKey: parseChoice('on-missing-key', get('on-missing-key'), ['fail', 'skip', 'warn'] as const, 'fail'),
    reportFile: get('report-file') ? path.resolve(workspace, get('report-file')) : undefined,
    cache: parseBoolean('cache', get('cache'), true),
    cacheRoot: path.join(env.RUNNER_TOOL_CACHE || path.join(os.homedir(), '.cache'), 'verify-litellm'),
    tempRoot: env.RUNNER_TEMP || os.tmpdir(),
    stream: parseBoolean('stream', get('stream'), true),
    attempts: parseNumber('attempts', get('attempts'), 1, 1, 10),
    maxLatencyMs: get('max-latency-ms').trim() ? parseNumber('max-latency-ms', get('max-latency-ms'), 0, 1, 3_600_000) : null,
    latencyPolicy: parseChoice('latency', get('latency'), ['fail', 'warn'] as const, 'fail'),
    proxyUrl: parseUrl('proxy-url', get('proxy-url')),
    proxyKey: get('proxy-key'),
    keepRunning: parseBoolean('keep-running', get('keep-running'), false),
    apis: parseApis(get('api')),
    tools: parseBoolean('tools', get('tools'), false),
    requestParams: parseRequestParams(get('request-params')),
    checkServedModel: parseBoolean('check-served-model', get('check-served-model'), true),
  };
}

export function parseUrl(name: string, raw: string): string | undefined {
  const text = raw.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new VerifyError(`${label(name)} must be an absolute http(s) URL like https://litellm.example.com; found '${raw}'.`, 'input');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new VerifyError(`${label(name)} must use http:// or https://; found '${url.protocol}'.`, 'input');
  return text;
}

/** Comma- or newline-separated; empty or `all` means every alias. */
export function parseList(raw: string): string[] | 'all' {
  const items = raw
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length === 0 || (items.length === 1 && items[0] === 'all') ? 'all' : [...new Set(items)];
}

export function parseTemperature(raw: string, name = 'temperature'): number | null {
  const text = raw.trim();
  if (text === '') return 0.7;
  if (/^(none|null|omit)$/i.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 2) {
    throw new VerifyError(`${label(name)} must be a number from 0 to 2, or 'none' to omit it; found '${raw}'.`, 'input');
  }
  return value;
}

/** How an error names what was wrong: action inputs are `input 'x'`, CLI flags (`--x`) are `option '--x'`. */
const label = (name: string) => (name.startsWith('--') ? `option '${name}'` : `input '${name}'`);

/** A whole number within bounds (every numeric input counts something: tokens, seconds, tries, ms). */
export function parseNumber(name: string, raw: string, fallback: number, min: number, max: number): number {
  if (raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new VerifyError(`${label(name)} must be a whole number from ${min} to ${max}; found '${raw}'.`, 'input');
  }
  return value;
}

/** `api`: which proxy endpoints each alias is probed through, e.g. `chat,messages`. */
export function parseApis(raw: string, name = 'api'): Surface[] {
  const items = raw
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.length === 0) return ['chat'];
  const unknown = items.filter((i) => !(SURFACES as readonly string[]).includes(i));
  if (unknown.length) throw new VerifyError(`${label(name)} takes ${SURFACES.join(', ')} (comma-separated); found '${unknown.join(', ')}'.`, 'input');
  return [...new Set(items)] as Surface[];
}

/** Keys a probe sets itself; a request-params value for them would make the probe something else. */
const RESERVED_PARAMS = ['model', 'messages', 'input', 'stream', 'tools', 'tool_choice'];

/** `request-params`: a JSON or YAML mapping merged into every probe request, e.g. `{"top_p": 0.9}`. */
export function parseRequestParams(raw: string, name = 'request-params'): Record<string, unknown> {
  if (!raw.trim()) return {};
  let value: unknown;
  try {
    value = parseYaml(raw, { maxAliasCount: 0 });
  } catch (error) {
    throw new VerifyError(
      `${label(name)} must be a JSON or YAML mapping like {"top_p": 0.9}; it does not parse: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      'input',
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new VerifyError(
      `${label(name)} must be a mapping of parameter names to values, like {"top_p": 0.9, "reasoning_effort": "low"}; found ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'nothing' : `a ${typeof value}`}.`,
      'input',
    );
  }
  const reserved = Object.keys(value).filter((k) => RESERVED_PARAMS.includes(k));
  if (reserved.length)
    throw new VerifyError(
      `${label(name)} may not set ${reserved.join(', ')}: the probe sets ${reserved.length > 1 ? 'them' : 'it'} (use 'models', 'prompt', 'stream', 'tools').`,
      'input',
    );
  if ('temperature' in value)
    throw new VerifyError(`${label(name)} may not set temperature: use ${name.startsWith('--') ? '--temperature' : "the 'temperature' input"}.`, 'input');
  return value as Record<string, unknown>;
}

export function parseBoolean(name: string, raw: string, fallback: boolean): boolean {
  const text = raw.trim().toLowerCase();
  if (text === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(text)) return true;
  if (['false', 'no', 'off', '0'].includes(text)) return false;
  throw new VerifyError(`${label(name)} must be true or false; found '${raw}'.`, 'input');
}

export function parseChoice<T extends string>(name: string, raw: string, choices: readonly T[], fallback: T): T {
  const text = raw.trim().toLowerCase();
  if (text === '') return fallback;
  if ((choices as readonly string[]).includes(text)) return text as T;
  throw new VerifyError(`${label(name)} must be one of ${choices.join(', ')}; found '${raw}'.`, 'input');
}
