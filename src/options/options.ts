// Settings -> the engine's options, the same way for every front door. A door supplies `get` (the raw text the
// user gave for a setting, '' when unset) and where it keeps files; everything else is decided here, once.
import path from 'node:path';
import type { VerifyOptions } from '../engine/verify.ts';
import { checkVersion, DEFAULT_LITELLM_VERSION, type Extra } from '../litellm/lock.ts';
import { autoVersion } from '../litellm/version-from-repo.ts';
import { VerifyError } from '../util/errors.ts';
import { setting } from './settings.ts';
import type { Surface } from '../probe/surfaces.ts';
import { DEFAULTS, BACKOFF_MS, type SettingName } from './defaults.ts';
import { clientProfile, type ClientName } from '../probe/clients/profile.ts';
import {
  parseApis,
  parseBoolean,
  parseHosts,
  parseClientList,
  parseExtras,
  parseChoice,
  parseList,
  parseNumber,
  parseRequestParams,
  parseTemperature,
  parseUrl,
} from './parse.ts';

export type OnMissingKey = 'fail' | 'skip' | 'warn';

/** Every setting, parsed and checked. */
export interface Options {
  /** `verify` (probe every route through a real proxy) or `lint` (the config checks alone: no key, no proxy). */
  mode: 'verify' | 'lint';
  configPath: string; // absolute
  configDisplayPath: string; // relative to the workspace when inside it, for annotations
  vllmKey: string;
  models: string[] | 'all';
  prompt: string;
  temperature: number | null;
  maxTokens: number;
  timeoutMs: number;
  litellmVersion: string;
  /** Every release to verify: one, or several for an upgrade rehearsal (`1.108.7, 1.106.12`). */
  litellmVersions: string[];
  /** Where `auto` found the version, for the log; null when the version was given. */
  litellmVersionNote: string | null;
  /** LiteLLM extras beside `[proxy]`, or `auto` (the probed routes' providers decide). */
  litellmExtras: 'auto' | Extra[];
  installTimeoutMs: number;
  startTimeoutMs: number;
  runTimeoutMs: number;
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
  allowedHosts: string[] | null;
  keepRunning: boolean;
  apis: Surface[];
  tools: boolean;
  clients: ClientName[];
  requestParams: Record<string, unknown>;
  checkServedModel: boolean;
}

/** Where a door runs: relative paths resolve against `workspace`; the LiteLLM venv lives under `cacheRoot`. */
export interface DoorContext {
  workspace: string;
  cacheRoot: string;
  tempRoot: string;
}

export function parseOptions(get: (name: SettingName) => string, ctx: DoorContext): Options {
  // An unset setting takes the table's default; `raw` is what the parsers see.
  const raw = (name: SettingName): string => {
    const given = get(name);
    return given.trim() === '' ? DEFAULTS[name] : given;
  };
  const configPath = path.resolve(ctx.workspace, raw('config'));
  const relative = path.relative(ctx.workspace, configPath);
  const { versions: litellmVersions, note: litellmVersionNote } = parseLiteLLMVersions(raw('litellm-version'), ctx.workspace);
  const litellmVersion = litellmVersions[0]!;
  if (litellmVersions.length > 1 && (raw('keep-running').trim().toLowerCase() === 'true' || raw('proxy-url').trim()))
    throw new VerifyError(
      `${setting('litellm-version')} lists several releases (an upgrade rehearsal); it installs and starts each in turn, so ${setting('keep-running')} and ${setting('proxy-url')} do not apply.`,
      'input',
    );
  const reportFile = raw('report-file');
  const maxLatency = raw('max-latency-ms');
  return {
    mode: parseChoice('mode', raw('mode'), ['verify', 'lint'] as const, 'verify'),
    configPath,
    configDisplayPath: (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : configPath).split(path.sep).join('/'),
    vllmKey: get('VLLM_KEY'),
    models: parseList(raw('models')),
    prompt: raw('prompt'),
    temperature: parseTemperature(raw('temperature')),
    maxTokens: parseNumber('max-tokens', raw('max-tokens'), 0, 1, 1_000_000),
    timeoutMs: parseNumber('timeout', raw('timeout'), 0, 1, 3600) * 1000,
    litellmVersion,
    litellmVersions,
    litellmVersionNote,
    litellmExtras: parseExtras(raw('litellm-extras')),
    installTimeoutMs: parseNumber('install-timeout', raw('install-timeout'), 0, 10, 7200) * 1000,
    startTimeoutMs: parseNumber('start-timeout', raw('start-timeout'), 0, 5, 1800) * 1000,
    runTimeoutMs: parseNumber('run-timeout', raw('run-timeout'), 0, 10, 6 * 3600) * 1000,
    concurrency: parseNumber('concurrency', raw('concurrency'), 0, 1, 64),
    python: raw('python') || undefined,
    onMissingKey: parseChoice('on-missing-key', raw('on-missing-key'), ['fail', 'skip', 'warn'] as const, 'fail'),
    reportFile: reportFile ? path.resolve(ctx.workspace, reportFile) : undefined,
    cache: parseBoolean('cache', raw('cache'), true),
    cacheRoot: ctx.cacheRoot,
    tempRoot: ctx.tempRoot,
    stream: parseBoolean('stream', raw('stream'), true),
    attempts: parseNumber('attempts', raw('attempts'), 0, 1, 10),
    maxLatencyMs: maxLatency.trim() ? parseNumber('max-latency-ms', maxLatency, 0, 1, 3_600_000) : null,
    latencyPolicy: parseChoice('latency', raw('latency'), ['fail', 'warn'] as const, 'fail'),
    proxyUrl: parseUrl('proxy-url', raw('proxy-url')),
    proxyKey: get('proxy-key'),
    allowedHosts: parseHosts(raw('allowed-hosts')),
    keepRunning: parseBoolean('keep-running', raw('keep-running'), false),
    apis: parseApis(raw('api')),
    tools: parseBoolean('tools', raw('tools'), false),
    clients: parseClientList(raw('client')),
    requestParams: parseRequestParams(raw('request-params')),
    checkServedModel: parseBoolean('check-served-model', raw('check-served-model'), true),
  };
}

/**
 * `litellm-version`: empty (the shipped default), an exact release, `auto` (read from the repository), or a
 * comma-separated list of those for an upgrade rehearsal. Refused releases fail here, before anything is read
 * or downloaded.
 */
export function parseLiteLLMVersions(value: string, workspace: string): { versions: string[]; note: string | null } {
  const notes: string[] = [];
  const versions = (value.trim() ? value.split(',') : ['']).map((item) => {
    const v = item.trim();
    if (!v) return DEFAULT_LITELLM_VERSION;
    if (v.toLowerCase() !== 'auto') return v;
    const found = autoVersion(workspace, DEFAULT_LITELLM_VERSION);
    if (!found)
      throw new VerifyError(
        `${setting('litellm-version')} is 'auto', but no LiteLLM version is pinned in ${workspace} (looked for berriai/litellm image tags in Dockerfiles and compose files, litellm in uv.lock/poetry.lock, litellm== in requirements files and pyproject.toml).`,
        'input',
        { fix: `Pin LiteLLM in the repository, or set ${setting('litellm-version')} to a release such as ${DEFAULT_LITELLM_VERSION}.` },
      );
    notes.push(found.note);
    return found.version;
  });
  for (const v of versions) checkVersion(v);
  const unique = [...new Set(versions)];
  if (unique.length > 4) throw new VerifyError(`${setting('litellm-version')} lists ${unique.length} releases; a rehearsal takes at most 4.`, 'input');
  return { versions: unique, note: notes.length ? notes.join(' ') : null };
}

/** The engine's options: what is probed and how is decided by the settings alone, never by the door. */
export function toVerifyOptions(options: Options, env: NodeJS.ProcessEnv): VerifyOptions {
  return {
    configPath: options.configPath,
    configDisplayPath: options.configDisplayPath,
    models: options.models,
    prompt: options.prompt,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    timeoutMs: options.timeoutMs,
    litellmVersion: options.litellmVersion,
    litellmVersionNote: options.litellmVersionNote ?? undefined,
    litellmExtras: options.litellmExtras,
    provided: { VLLM_KEY: options.vllmKey },
    env,
    cacheRoot: options.cacheRoot,
    tempRoot: options.tempRoot,
    python: options.python,
    installTimeoutMs: options.installTimeoutMs,
    startTimeoutMs: options.startTimeoutMs,
    runTimeoutMs: options.runTimeoutMs,
    allowedHosts: options.allowedHosts,
    concurrency: options.concurrency,
    onMissingSecret: options.onMissingKey === 'fail' ? 'fail' : 'skip',
    stream: options.stream,
    attempts: options.attempts,
    backoffMs: BACKOFF_MS,
    maxLatencyMs: options.maxLatencyMs,
    latencyPolicy: options.latencyPolicy,
    keepRunning: options.keepRunning,
    existingProxy: options.proxyUrl ? { url: options.proxyUrl, key: options.proxyKey } : undefined,
    apis: options.apis,
    tools: options.tools,
    clients: options.clients.map(clientProfile),
    requestParams: options.requestParams,
    checkServedModel: options.checkServedModel,
  };
}
