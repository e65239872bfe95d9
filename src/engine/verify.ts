// The pipeline: load + lint the config -> install LiteLLM -> start the proxy -> probe each alias -> report.
// It knows nothing of GitHub: front doors pass options and hooks in, and render the report that comes out.
import fs from 'node:fs';
import type { Finding } from '../config/finding.ts';
import type { Installation, RemoteCache } from '../litellm/install.ts';
import type { Extra } from '../litellm/lock.ts';
import { countAliases, REPORT_SCHEMA, verdictOf, type AliasReport, type Report } from '../report/report.ts';
import { errorMessage, VerifyError } from '../util/errors.ts';
import type { Masker } from '../util/mask.ts';
import { folderError } from './folders.ts';
import { probeExistingProxy } from './existing-proxy.ts';
import { verifyWithOwnProxy, type OwnProxyState } from './own-proxy.ts';
import { clientNotes } from './client-probe.ts';
import type { AliasProbeOptions } from './probe-alias.ts';
import { Run } from './run.ts';

export interface VerifyOptions extends AliasProbeOptions {
  /** Path to the LiteLLM config as shown to the user, and where to read it. */
  configPath: string;
  configDisplayPath?: string;
  /** Aliases to probe, or every alias. */
  models: readonly string[] | 'all';
  litellmVersion: string;
  /** Where the version came from when it was not given (e.g. read from the repository), for the log. */
  litellmVersionNote?: string;
  /** LiteLLM extras beside `[proxy]`; `auto` (or absent): what the probed routes' providers need (litellm/extras.ts). */
  litellmExtras?: 'auto' | readonly Extra[];
  /** Values that stand for environment variables of the same name (the VLLM_KEY setting). All are secrets. */
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
  /** Bound for the whole run; past it the proxy is stopped and the run fails (default: none). */
  runTimeoutMs?: number;
  /** Hosts a key may be sent to; a probed route outside them fails before anything starts (null: any). */
  allowedHosts?: readonly string[] | null;
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
  /** false: leave a fresh venv's bytecode to the proxy's own first start (scripts/module-list.ts records what it imports). */
  precompile?: boolean;
  /** Secrets the front door knows of besides `provided` (they are masked everywhere too). */
  masker?: Masker;
}

export async function verify(options: VerifyOptions, hooks: VerifyHooks = {}): Promise<Report> {
  return (await verifyRoutes(options, hooks)).report;
}

/** The one entry point: a proxy of our own (the usual case) or someone else's (existingProxy). */
export async function verifyRoutes(options: VerifyOptions, hooks: VerifyHooks = {}): Promise<VerifyResult> {
  const run = new Run(options, hooks);
  const state: OwnProxyState = { config: null, aliases: [], litellmVersion: null, litellmLock: null, proxy: null, workDir: null, kept: null };
  const finish = (error: Report['error']): VerifyResult => ({
    kept: state.kept,
    report: run.masker.maskDeep({
      schema: REPORT_SCHEMA,
      result: verdictOf(state.aliases, error),
      config: state.config?.displayPath ?? options.configDisplayPath ?? options.configPath,
      litellmVersion: state.litellmVersion,
      litellmLock: state.litellmLock,
      startedAt: new Date(run.started).toISOString(),
      durationMs: Date.now() - run.started,
      timings: run.timings,
      error,
      findings: run.findings,
      notes: clientNotes(options.clients ?? [], state.config?.deployments.map((d) => d.alias) ?? []),
      aliases: state.aliases,
      counts: countAliases(state.aliases),
    } satisfies Report),
  });

  // The whole-run bound: at the deadline the proxy is stopped, so probes in flight end at once, and the run fails saying so.
  const deadlineTimer = Number.isFinite(run.deadline)
    ? setTimeout(() => {
        run.expired = true;
        void state.proxy?.stop(0);
      }, run.deadline - run.started)
    : undefined;
  try {
    if (options.existingProxy) {
      const { config, aliases } = await probeExistingProxy(run, options.existingProxy);
      Object.assign(state, { config, aliases });
      return finish(run.expired ? run.expiredError() : null);
    }
    const error = await verifyWithOwnProxy(run, state);
    return finish(run.expired ? run.expiredError() : error);
  } catch (error) {
    if (run.expired || Date.now() >= run.deadline) return finish(run.expiredError());
    const e = error instanceof VerifyError ? error : (folderError(error, options) ?? new VerifyError(errorMessage(error), 'internal'));
    return finish({ stage: e.stage, message: run.masker.mask(e.message), fix: e.detail?.fix ?? null });
  } finally {
    clearTimeout(deadlineTimer);
    await state.bytecode?.stop(); // what is left is what this run never imported; a later run finishes it
    if (!state.kept) {
      // A probe-only proxy holds no state worth a graceful shutdown (no database, no spend logs to flush): the
      // verdict is known, so it is killed at once rather than given uvicorn's shutdown.
      if (state.proxy) await state.proxy.stop(0);
      if (state.workDir) fs.rmSync(state.workDir, { recursive: true, force: true });
    }
  }
}
