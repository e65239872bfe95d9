// Verifying with a proxy of our own: lint the config, install LiteLLM, start the proxy from a private copy
// (LiteLLM's own answers about the config arrive while it starts), probe each alias, stop or keep it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config/load.ts';
import { selectDeployments } from '../config/select.ts';
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { lintConfig } from '../config/lint.ts';
import { applyAnswer } from '../config/rules/litellm.ts';
import { readOnlyAsName } from '../config/secret-refs.ts';
import { credentialPlan } from '../litellm/credentials.ts';
import { isDenied, proxyEnvironment } from '../litellm/environment.ts';
import { startPrecompile, type Precompile } from '../litellm/bytecode.ts';
import { ensureLiteLLM } from '../litellm/install.ts';
import { extrasFor, missingExtras } from '../litellm/extras.ts';
import { PROXY_MEMORY_BYTES } from '../litellm/isolation.ts';
import type { OracleAnswer } from '../litellm/oracle.ts';
import { newMasterKey, startProxy, type RunningProxy } from '../litellm/proxy.ts';
import { verdictOf, type AliasReport, type Report } from '../report/report.ts';
import { errorMessage } from '../util/errors.ts';
import { askLiteLLM } from './lint.ts';
import { privateCopy, privateFolder } from './private-copy.ts';
import { emptyAliasReport } from './alias-report.ts';
import { probePlan } from './probe-plan.ts';
import type { Run } from './run.ts';
import type { KeptProxy } from './verify.ts';

/** What the run has reached so far: the report is made from it, and the caller stops what is not kept. */
export interface OwnProxyState {
  config: LiteLLMConfig | null;
  aliases: AliasReport[];
  litellmVersion: string | null;
  litellmLock: Report['litellmLock'];
  proxy: RunningProxy | null;
  workDir: string | null;
  kept: KeptProxy | null;
  /** Workers compiling the proxy's modules beside its first start; stopped with the proxy. */
  bytecode?: Precompile | null;
}

export async function verifyWithOwnProxy(run: Run, state: OwnProxyState): Promise<Report['error']> {
  const { options, hooks, log } = run;
  const config = loadConfig(options.configPath, options.configDisplayPath ?? options.configPath);
  state.config = config;
  const deployments = selectDeployments(config, options.models);
  run.maskReferenced(config);

  const gate = await lintGate(run, state, config, deployments);
  if (gate !== 'go') return gate === 'skipped' ? null : gate;
  run.admit(config, deployments);
  log(
    `Config ${config.displayPath}: ${deployments.length} alias${deployments.length === 1 ? '' : 'es'} to probe (${deployments.map((d) => d.alias).join(', ')}).`,
  );

  if (options.litellmVersionNote) log(options.litellmVersionNote);
  const given = options.litellmExtras ?? 'auto';
  const extras = given === 'auto' ? extrasFor(deployments) : given;
  if (given === 'auto' && extras.length)
    log(`Vertex AI routes to probe: installing LiteLLM's ${extras.map((e) => `\`${e}\``).join(', ')} extra beside [proxy], as LiteLLM asks for them.`);
  const installStarted = Date.now();
  const installation = await ensureLiteLLM({
    version: options.litellmVersion,
    extras,
    cacheRoot: options.cacheRoot,
    python: options.python,
    timeoutMs: run.left(options.installTimeoutMs),
    log,
    group: hooks.group
      ? (title, lines) =>
          hooks.group?.(
            run.masker.mask(title),
            lines.map((l) => run.masker.mask(l)),
          )
      : undefined,
    remoteCache: hooks.remoteCache,
  });
  run.timings.installMs = Date.now() - installStarted;
  state.litellmVersion = installation.version;
  state.litellmLock = { reviewed: installation.lock.reviewed, excludeNewer: installation.lock.excludeNewer, extras: [...installation.lock.extras] };
  hooks.installed?.(installation);
  // A venv without bytecode (fresh from the wheels): compile what the proxy imports beside its start.
  if (hooks.precompile !== false) {
    state.bytecode = startPrecompile({ venvDir: installation.venvDir, python: installation.python, version: installation.version });
    if (state.bytecode) log('Compiling the modules the proxy imports, beside its first start...');
  }

  const tempRoot = options.tempRoot ?? os.tmpdir();
  fs.mkdirSync(tempRoot, { recursive: true });
  const workDir = fs.mkdtempSync(path.join(tempRoot, 'verify-litellm-'));
  state.workDir = workDir;
  const configFile = privateFolder(config, workDir, log);
  const writeCopy = (pins: readonly Deployment[] = []) => {
    const copy = privateCopy(config, { pins });
    fs.writeFileSync(configFile, copy.text, { mode: 0o600 });
    return copy;
  };
  const first = writeCopy();
  if (first.detached.length) {
    log(`Shared Redis state detached in the private copy (${first.detached.join(', ')}): the runner has no such server, and a probe needs none.`);
    // Said in the report too: a pass says nothing about this part of the config. The real proxy connects at
    // start-up and exits when it cannot; with `cache: true` and no host or url in cache_params it reads
    // REDIS_URL, else REDIS_HOST and REDIS_PORT (litellm/proxy/proxy_server.py load_config, litellm/_redis.py, 1.108.7).
    const at = config.settingPositions[first.detached[0]!] ?? { line: 1, column: 1 };
    run.addFinding({
      severity: 'notice',
      rule: 'not-verified-shared-state',
      message: `Not verified by this run: ${first.detached.map((k) => `\`${k}\``).join(', ')} (detached, as the runner has no Redis). The real proxy connects to that Redis at start-up and exits when it cannot${first.detached.includes('litellm_settings.cache') ? '; a `cache: true` with no host or url in `cache_params` reads REDIS_URL, else REDIS_HOST and REDIS_PORT, from its environment' : ''}.`,
      fix: 'Check that the deployment that runs this config has that Redis and its variables.',
      file: config.displayPath,
      line: at.line,
      column: at.column,
    });
  }
  if (first.callbacksOff.length)
    log(
      `Observability callbacks turned off in the private copy (a probe run must not report to your ${first.callbacksOff.join(', ')}, and needs neither their packages nor their credentials); custom callback modules stay on.`,
    );
  const masterKey = newMasterKey();
  run.masker.add(masterKey);
  // The variables the config names where LiteLLM resolves them (settings sections too), except those only
  // deployments that are not probed read; never one on the deny-list (proxyEnvironment applies it last).
  const probedRefs = new Set(deployments.flatMap((d) => d.envRefs.map((r) => r.name)));
  const otherRefs = new Set(config.deployments.filter((d) => !deployments.includes(d)).flatMap((d) => d.envRefs.map((r) => r.name)));
  const referenced = [...new Set(config.envRefs.map((r) => r.name))].filter((n) => (probedRefs.has(n) || !otherRefs.has(n)) && !isDenied(n));
  const proxyEnv = proxyEnvironment({ source: options.env, referenced, provided: options.provided, masterKey });
  // A route's os.environ/ as the proxy resolves it: from its environment, before environment_variables are applied
  // (proxy_server.py get_config, then load_config, 1.108.7).
  const servedModelEnv = (name: string): string | undefined => proxyEnv[name];
  let stoppedBy: Report['error'] = null;
  let decided: Record<string, string> | null | undefined;

  /** LiteLLM's answer about the config, given while the proxy starts: its findings, then the variables each probed route gets. */
  const decide = (answer: OracleAnswer): Record<string, string> | null => {
    const outcome = applyAnswer(config, answer, deployments, options.temperature);
    for (const f of [...outcome.findings, ...missingExtras(config, answer, deployments, installation.lock.extras)]) run.addFinding(f);
    if (outcome.error) {
      stoppedBy = outcome.error;
      return null;
    }
    const plan = credentialPlan({
      answer,
      deployments: config.deployments,
      probed: deployments,
      staticRefs: referenced,
      lookup: (name) => (isDenied(name) || (otherRefs.has(name) && !probedRefs.has(name)) ? undefined : run.envLookup(name)),
      source: options.env,
    });
    // A variable read only as a name (`model_name: os.environ/X`, `model: os.environ/Y`) is no secret: masking it would hide the alias.
    for (const [name, value] of Object.entries(plan.env)) {
      if (!readOnlyAsName(name, answer.envRefs)) run.masker.add(value);
      proxyEnv[name] = value; // what the served-model check reads is what the proxy reads
    }
    log(
      `LiteLLM ${answer.litellmVersion ?? ''} described ${answer.deployments.length} deployment(s) in ${answer.computeMs ?? '?'} ms after its import.`.replace(
        '  ',
        ' ',
      ),
    );
    log(`Variables passed to the proxy: ${plan.reasons.join('; ') || 'none'}.`);
    if (plan.pinned.length) {
      writeCopy(plan.pinned);
      log(
        `api_key pinned to a placeholder in the private copy for ${plan.pinned.map((d) => `'${d.alias}'`).join(', ')}: a route to your own api_base with no api_key must not pick up a provider key passed for another route.`,
      );
    }
    return plan.env;
  };

  log('Starting the LiteLLM proxy on 127.0.0.1...');
  const proxy = await startProxy({
    python: installation.python,
    configFile,
    env: proxyEnv,
    masterKey,
    logFile: path.join(workDir, 'proxy.log'),
    cwd: fs.mkdtempSync(path.join(workDir, 'cwd-')), // never the workspace: Python imports what it finds there
    moduleDir: path.dirname(config.absolutePath),
    memoryBytes: PROXY_MEMORY_BYTES,
    readyTimeoutMs: run.left(options.startTimeoutMs),
    onSpawn: (pid) => hooks.proxyStarted?.({ pid, workDir }),
    oracle: {
      request: { config: configFile, temperature: options.temperature },
      // A retried start (port taken) asks again: the same answer, its findings once.
      decide: (answer) => Promise.resolve(decided !== undefined ? decided : (decided = decide(answer))),
      // Never silent: without LiteLLM's answer the findings rest on the static reading, and a route's implicit
      // variables (validate_environment) are not passed, so the verdict may differ from the real proxy's.
      unanswered: () =>
        run.addFinding({
          severity: 'warning',
          rule: 'oracle-unanswered',
          message:
            'LiteLLM gave no description of the config before serving (src/litellm/oracle.py said nothing usable); the checks rest on the static reading of the file, and variables LiteLLM reads without the config naming them were not passed to the proxy.',
          fix: 'Look at the proxy log for an error raised while LiteLLM read the config; report it if the config is valid.',
          file: config.displayPath,
          line: 1,
          column: 1,
        }),
    },
  }).catch((error: unknown) => {
    if (stoppedBy) return null;
    throw error;
  });
  if (!proxy) return stoppedBy;
  state.proxy = proxy;
  run.timings.startMs = proxy.startupMs;
  log(`Proxy ready on ${proxy.baseUrl} in ${(proxy.startupMs / 1000).toFixed(1)}s.`);

  state.aliases = await run.probeAll(config, probePlan(deployments, true), run.target(proxy.baseUrl, masterKey), servedModelEnv);
  if (options.keepRunning && verdictOf(state.aliases, null) !== 'fail') {
    state.kept = { pid: proxy.pid, baseUrl: proxy.baseUrl, masterKey, workDir };
    log(`Leaving the proxy running on ${proxy.baseUrl} for the rest of the job.`);
  }
  return null;
}

/**
 * The static lint decides whether anything starts: 'go'; 'skipped' when the only errors are empty secrets and
 * the run may skip (a fork's pull request: nothing that runs config code starts, LiteLLM's own lint still
 * runs); or the config error that stops the run.
 */
async function lintGate(
  run: Run,
  state: OwnProxyState,
  config: LiteLLMConfig,
  deployments: readonly Deployment[],
): Promise<'go' | 'skipped' | Report['error']> {
  const { options, log } = run;
  for (const f of lintConfig(config, { deployments, env: run.envLookup, temperature: options.temperature, inputVariables: Object.keys(options.provided) }))
    run.addFinding(f);
  const errors = run.findings.filter((f) => f.severity === 'error');
  const missingSecrets = errors.filter((f) => f.variable !== undefined && f.variable in options.provided);
  const stopped = (found: typeof errors): Report['error'] => {
    const first = found[0]!;
    return {
      stage: 'config',
      message: `${found.length} error${found.length > 1 ? 's' : ''} in ${config.displayPath}; first: line ${first.line}: ${first.message}`,
      fix: first.fix ?? null,
    };
  };
  const emptySecrets = Object.entries(options.provided)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (emptySecrets.length && missingSecrets.length === errors.length && options.onMissingSecret === 'skip') {
    const reason = `${emptySecrets.length > 1 ? 'secrets' : 'the secret'} ${emptySecrets.join(', ')} ${emptySecrets.length > 1 ? 'are' : 'is'} empty (e.g. a pull request from a fork, which gets no secrets); not verified, and nothing from the config was run.`;
    state.aliases = probePlan(deployments, true).map(({ deployment: d, deploymentId }) => ({ ...emptyAliasReport(d), deploymentId, skippedReason: reason }));
    log(`Skipping: ${reason}`);
    let found: typeof errors = [];
    try {
      found = await askLiteLLM(config, { ...options, log, remoteCache: run.hooks.remoteCache, installed: run.hooks.installed });
      for (const f of found) run.addFinding(f);
    } catch (error) {
      log(`LiteLLM's checks did not run: ${errorMessage(error)}`);
    }
    // A broken route (an unknown provider, a missing openai/ prefix) fails the run without a key too: that is
    // what a fork's pull request most needs to hear.
    const broken = found.filter((f) => f.severity === 'error');
    if (broken.length) {
      return stopped(broken);
    }
    return 'skipped';
  }
  return errors.length ? stopped(errors) : 'go';
}
