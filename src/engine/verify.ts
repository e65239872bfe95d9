// The pipeline: load + lint the config -> install LiteLLM -> start the proxy -> probe each alias -> report.
// It knows nothing of GitHub: front doors pass options and hooks in, and render the report that comes out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, selectDeployments, type Deployment, type LiteLLMConfig } from '../config/load.ts';
import { lintConfig, type Finding } from '../config/lint.ts';
import { ensureLiteLLM, type Installation, type RemoteCache } from '../litellm/install.ts';
import { asTheProxyReads, isDenied, proxyEnvironment } from '../litellm/environment.ts';
import { credentialPlan } from '../litellm/credentials.ts';
import type { OracleAnswer } from '../litellm/oracle.ts';
import { applyAnswer } from '../config/litellm-lint.ts';
import { askLiteLLM } from './lint.ts';
import { privateCopy, privateFolder, probePlan, type ProbePlan } from './private-copy.ts';
import { newMasterKey, startProxy, type RunningProxy } from '../litellm/proxy.ts';
import { PROXY_MEMORY_BYTES } from '../litellm/isolation.ts';
import type { ProbeTarget } from '../probe/outcome.ts';
import { countAliases, REPORT_SCHEMA, verdictOf, type AliasReport, type Report } from '../report/report.ts';
import { clientNotes, emptyAliasReport, probeAlias, type AliasProbeOptions } from './probe-alias.ts';
import { remoteDeployments } from './remote.ts';

export { privateCopy, probePlan, type ProbePlan } from './private-copy.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import { Masker } from '../util/mask.ts';

export interface VerifyOptions extends AliasProbeOptions {
  /** Path to the LiteLLM config as shown to the user, and where to read it. */
  configPath: string;
  configDisplayPath?: string;
  /** Aliases to probe, or every alias. */
  models: readonly string[] | 'all';
  litellmVersion: string;
  /** Where the version came from when it was not given (e.g. read from the repository), for the log. */
  litellmVersionNote?: string;
  /** Values that stand for environment variables of the same name (the VLLM_KEY input). All are secrets. */
  provided: Readonly<Record<string, string>>;
  /** The environment other `os.environ/NAME` references are read from. */
  env: NodeJS.ProcessEnv;
  /** Where the LiteLLM venv is kept between runs. */
  cacheRoot: string;
  /** Where the private config copy and proxy log go (removed afterwards). */
  tempRoot?: string;
  python?: string;
  installTimeoutMs: number;
  startTimeoutMs: number;
  concurrency: number;
  /** Largest reply body read from the proxy. */
  maxReplyBytes?: number;
  /**
   * When a `provided` secret is empty (a fork pull request gets no secrets): `fail` (default) or `skip`
   * the run with every alias reported as skipped. Never starts a proxy with an empty key.
   */
  onMissingSecret?: 'fail' | 'skip';
  /** Leave the verified proxy running (the front door stops it later); its address comes back in the result. */
  keepRunning?: boolean;
  /**
   * Probe an already-deployed proxy instead of installing and starting one. Aliases come from the config
   * when it exists, else from the proxy's /v1/models.
   */
  existingProxy?: { url: string; key: string };
  /** Ask OpenAI-compatible upstreams directly which model answers (LiteLLM hides it), to flag backend swaps. */
  checkServedModel?: boolean;
}

/** A proxy left running for later steps (keepRunning). */
export interface KeptProxy {
  pid: number;
  baseUrl: string;
  masterKey: string;
  workDir: string;
}

export interface VerifyResult {
  report: Report;
  kept: KeptProxy | null;
}

export interface VerifyHooks {
  log?: (line: string) => void;
  /** Lines the front door may show folded (a collapsed log group): a hash lock resolved at run time. */
  group?: (title: string, lines: string[]) => void;
  /** Each lint finding, as it is found (the action turns them into annotations). */
  finding?: (finding: Finding) => void;
  /** Each alias as its verdict is known. */
  alias?: (result: AliasReport) => void;
  /**
   * The proxy's pid as soon as it exists, and the private folder holding its config copy and log, so a
   * front door cut short (a cancelled job) can stop it and remove the folder.
   */
  proxyStarted?: (proxy: { pid: number; workDir: string }) => void;
  remoteCache?: RemoteCache;
  /** LiteLLM is ready to use (from a cache or freshly installed): the action records a fresh venv for its post step to save. */
  installed?: (installation: Installation) => void;
  /** Secrets the front door knows of besides `provided` (they are masked everywhere too). */
  masker?: Masker;
}

const DEFAULT_MAX_REPLY_BYTES = 1024 * 1024;

export async function verify(options: VerifyOptions, hooks: VerifyHooks = {}): Promise<Report> {
  return (await verifyRoutes(options, hooks)).report;
}

export async function verifyRoutes(options: VerifyOptions, hooks: VerifyHooks = {}): Promise<VerifyResult> {
  const started = Date.now();
  const masker = hooks.masker ?? new Masker();
  for (const value of Object.values(options.provided)) masker.add(value);
  const log = (line: string) => hooks.log?.(masker.mask(line));
  /** What `os.environ/NAME` reads: the inputs that stand for variables first, then the environment. */
  const envLookup = (name: string) => options.provided[name] ?? options.env[name];
  const timings: Report['timings'] = { installMs: null, startMs: null, probeMs: null };
  const findings: Finding[] = [];
  let aliases: AliasReport[] = [];
  let litellmVersion: string | null = null;
  let litellmLock: Report['litellmLock'] = null;
  let config: LiteLLMConfig | null = null;
  let proxy: RunningProxy | null = null;
  let workDir: string | null = null;
  let kept: KeptProxy | null = null;
  let servedModelEnv: (name: string) => string | undefined = () => undefined;

  const finish = (error: Report['error']): VerifyResult => ({
    kept,
    report: masker.maskDeep({
      schema: REPORT_SCHEMA,
      result: verdictOf(aliases, error),
      config: config?.displayPath ?? options.configDisplayPath ?? options.configPath,
      litellmVersion,
      litellmLock,
      startedAt: new Date(started).toISOString(),
      durationMs: Date.now() - started,
      timings,
      error,
      findings,
      notes: clientNotes(options.clients ?? [], config?.deployments.map((d) => d.alias) ?? []),
      aliases,
      counts: countAliases(aliases),
    } satisfies Report),
  });

  try {
    if (options.existingProxy) {
      masker.add(options.existingProxy.key);
      const remote = fs.existsSync(options.configPath) ? loadConfig(options.configPath, options.configDisplayPath ?? options.configPath) : null;
      config = remote;
      const target: ProbeTarget = {
        baseUrl: options.existingProxy.url.replace(/\/+$/, '').replace(/\/v1$/, ''),
        masterKey: options.existingProxy.key,
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES,
      };
      const { config: probed, deployments } = remote
        ? { config: remote, deployments: selectDeployments(remote, options.models) }
        : await remoteDeployments(target, options.models);
      log(
        `Probing the existing proxy at ${target.baseUrl}: ${deployments.length} alias${deployments.length === 1 ? '' : 'es'} (${remote ? `from ${remote.displayPath}` : 'from its /v1/models'}).`,
      );
      aliases = await probeAll(probed, probePlan(deployments, false), target, (name) => (isDenied(name) ? undefined : envLookup(name)));
      return finish(null);
    }
    config = loadConfig(options.configPath, options.configDisplayPath ?? options.configPath);
    const deployments = selectDeployments(config, options.models);
    // Every value a referenced variable holds is treated as a secret, whatever its name.
    for (const d of config.deployments) for (const ref of d.envRefs) masker.add(envLookup(ref.name));

    for (const f of lintConfig(config, { deployments, env: envLookup, temperature: options.temperature, inputVariables: Object.keys(options.provided) })) {
      findings.push(f);
      hooks.finding?.(masker.maskDeep(f));
    }
    const errors = findings.filter((f) => f.severity === 'error');
    const missingSecrets = errors.filter((f) => f.variable !== undefined && f.variable in options.provided);
    // With skip|warn an empty secret means "this run may have no secrets" (a fork's pull request): nothing that
    // runs config code (callbacks, custom auth) is started then, even when the config does not read that secret.
    // The static lint above still ran, and any other error still fails the run.
    const emptySecrets = Object.entries(options.provided)
      .filter(([, value]) => !value)
      .map(([name]) => name);
    if (emptySecrets.length && missingSecrets.length === errors.length && options.onMissingSecret === 'skip') {
      const reason = `${emptySecrets.length > 1 ? 'secrets' : 'the secret'} ${emptySecrets.join(', ')} ${emptySecrets.length > 1 ? 'are' : 'is'} empty (e.g. a pull request from a fork, which gets no secrets); not verified, and nothing from the config was run.`;
      aliases = probePlan(deployments, true).map(({ deployment: d, deploymentId }) => ({ ...emptyAliasReport(d), deploymentId, skippedReason: reason }));
      log(`Skipping: ${reason}`);
      // No key, so no probe: the lint LiteLLM backs still runs (a fork's pull request gets its findings, not nothing).
      try {
        for (const f of await askLiteLLM(config, { ...options, log, remoteCache: hooks.remoteCache, installed: hooks.installed })) {
          findings.push(f);
          hooks.finding?.(masker.maskDeep(f));
        }
      } catch (error) {
        log(`LiteLLM's checks did not run: ${errorMessage(error)}`);
      }
      return finish(null);
    }
    if (errors.length) {
      const first = errors[0]!;
      return finish({
        stage: 'config',
        message: `${errors.length} error${errors.length > 1 ? 's' : ''} in ${config.displayPath}; first: line ${first.line}: ${first.message}`,
        fix: first.fix ?? null,
      });
    }
    log(
      `Config ${config.displayPath}: ${deployments.length} alias${deployments.length === 1 ? '' : 'es'} to probe (${deployments.map((d) => d.alias).join(', ')}).`,
    );

    if (options.litellmVersionNote) log(options.litellmVersionNote);
    const installStarted = Date.now();
    const installation = await ensureLiteLLM({
      version: options.litellmVersion,
      cacheRoot: options.cacheRoot,
      python: options.python,
      timeoutMs: options.installTimeoutMs,
      log,
      group: hooks.group
        ? (title, lines) =>
            hooks.group?.(
              masker.mask(title),
              lines.map((l) => masker.mask(l)),
            )
        : undefined,
      remoteCache: hooks.remoteCache,
    });
    timings.installMs = Date.now() - installStarted;
    litellmVersion = installation.version;
    litellmLock = { reviewed: installation.lock.reviewed, excludeNewer: installation.lock.excludeNewer };
    hooks.installed?.(installation);

    const tempRoot = options.tempRoot ?? os.tmpdir();
    fs.mkdirSync(tempRoot, { recursive: true });
    workDir = fs.mkdtempSync(path.join(tempRoot, 'verify-litellm-'));
    const configFile = privateFolder(config, workDir, log);
    const loaded = config;
    const writeCopy = (pins: readonly Deployment[] = []) => {
      const copy = privateCopy(loaded, { pins });
      fs.writeFileSync(configFile, copy.text, { mode: 0o600 });
      return copy;
    };
    const first = writeCopy();
    if (first.callbacksOff.length)
      log(
        `Observability callbacks turned off in the private copy (a probe run must not report to your ${first.callbacksOff.join(', ')}, and needs neither their packages nor their credentials); custom callback modules stay on.`,
      );
    const masterKey = newMasterKey();
    masker.add(masterKey);
    // The variables the config names where LiteLLM resolves them (settings sections too), except those only
    // deployments that are not probed read; never one on the deny-list (proxyEnvironment applies it last).
    const probedRefs = new Set(deployments.flatMap((d) => d.envRefs.map((r) => r.name)));
    const otherRefs = new Set(config.deployments.filter((d) => !deployments.includes(d)).flatMap((d) => d.envRefs.map((r) => r.name)));
    const referenced = [...new Set(config.envRefs.map((r) => r.name))].filter((n) => (probedRefs.has(n) || !otherRefs.has(n)) && !isDenied(n));
    const proxyEnv = proxyEnvironment({ source: options.env, referenced, provided: options.provided, masterKey });
    servedModelEnv = asTheProxyReads(proxyEnv, config.environmentVariables);
    let stoppedBy: Report['error'] = null;
    let decided: Record<string, string> | null | undefined;
    log('Starting the LiteLLM proxy on 127.0.0.1...');
    proxy = await startProxy({
      python: installation.python,
      configFile,
      env: proxyEnv,
      masterKey,
      logFile: path.join(workDir, 'proxy.log'),
      cwd: fs.mkdtempSync(path.join(workDir, 'cwd-')), // never the workspace: Python imports what it finds there
      moduleDir: path.dirname(config.absolutePath),
      memoryBytes: PROXY_MEMORY_BYTES,
      readyTimeoutMs: options.startTimeoutMs,
      onSpawn: (pid) => hooks.proxyStarted?.({ pid, workDir: workDir! }),
      oracle: {
        request: { config: configFile, temperature: options.temperature },
        decide: async (answer) => {
          if (decided !== undefined) return decided; // a retried start (port taken) asks again: same answer, findings once
          decided = await decideOnce(answer);
          return decided;
        },
      },
    }).catch((error: unknown) => {
      if (stoppedBy) return null;
      throw error;
    });
    async function decideOnce(answer: OracleAnswer): Promise<Record<string, string> | null> {
      const outcome = applyAnswer(loaded, answer, deployments, options.temperature);
      for (const f of outcome.findings) {
        findings.push(f);
        hooks.finding?.(masker.maskDeep(f));
      }
      if (outcome.error) {
        stoppedBy = outcome.error;
        return null;
      }
      const plan = credentialPlan({
        answer,
        deployments: loaded.deployments,
        probed: deployments,
        staticRefs: referenced,
        lookup: (name) => (isDenied(name) || (otherRefs.has(name) && !probedRefs.has(name)) ? undefined : envLookup(name)),
        source: options.env,
      });
      // A variable read only as a name (`model_name: os.environ/X`, `model: os.environ/Y`) is no secret: masking it would hide the alias.
      const nameOnly = (name: string) => answer.envRefs.filter((r) => r.name === name).every((r) => /(^|\.)(model_name|litellm_params\.model)$/.test(r.path));
      for (const [name, value] of Object.entries(plan.env)) {
        if (!nameOnly(name)) masker.add(value);
        proxyEnv[name] = value; // what the served-model check reads is what the proxy reads
      }
      log(`Variables passed to the proxy: ${plan.reasons.join('; ') || 'none'}.`);
      if (plan.pinned.length) {
        writeCopy(plan.pinned);
        log(
          `api_key pinned to a placeholder in the private copy for ${plan.pinned.map((d) => `'${d.alias}'`).join(', ')}: a route to your own api_base with no api_key must not pick up a provider key passed for another route.`,
        );
      }
      return plan.env;
    }
    if (!proxy) return finish(stoppedBy);
    timings.startMs = proxy.startupMs;
    log(`Proxy ready on ${proxy.baseUrl} in ${(proxy.startupMs / 1000).toFixed(1)}s.`);

    const target: ProbeTarget = { baseUrl: proxy.baseUrl, masterKey, timeoutMs: options.timeoutMs, maxBytes: options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES };
    aliases = await probeAll(config, probePlan(deployments, true), target, servedModelEnv);
    if (options.keepRunning && verdictOf(aliases, null) !== 'fail') {
      kept = { pid: proxy.pid, baseUrl: proxy.baseUrl, masterKey, workDir };
      log(`Leaving the proxy running on ${proxy.baseUrl} for the rest of the job.`);
    }
    return finish(null);
  } catch (error) {
    const e = error instanceof VerifyError ? error : new VerifyError(errorMessage(error), 'internal');
    return finish({ stage: e.stage, message: masker.mask(e.message), fix: e.detail?.fix ?? null });
  } finally {
    if (!kept) {
      if (proxy) await proxy.stop();
      if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
    }
  }

  /** `upstreamEnv`: what the served-model request reads for `os.environ/NAME`, exactly what the proxy reads. */
  async function probeAll(
    loaded: LiteLLMConfig,
    plan: readonly ProbePlan[],
    target: ProbeTarget,
    upstreamEnv: (name: string) => string | undefined,
  ): Promise<AliasReport[]> {
    const probeStarted = Date.now();
    const results = await mapBounded(plan, options.concurrency, async ({ deployment: d, deploymentId }) => {
      const result = masker.maskDeep(
        await probeAlias(
          loaded,
          d,
          target,
          { ...options, routeEnv: upstreamEnv, upstreamEnv: options.checkServedModel ? upstreamEnv : undefined },
          deploymentId,
        ),
      );
      hooks.alias?.(result);
      return result;
    });
    timings.probeMs = Date.now() - probeStarted;
    return results;
  }
}

/** Runs `fn` over items with at most `limit` at once, keeping the input order in the result. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
