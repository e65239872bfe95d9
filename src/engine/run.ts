// One run's shared state: its options and hooks, the masker every string passes through, the findings, the
// timings, and the one way aliases are probed. Both ways to verify (a proxy of our own, someone else's) use it.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import type { Finding } from '../config/finding.ts';
import type { ProbeTarget } from '../probe/outcome.ts';
import type { AliasReport, Report } from '../report/report.ts';
import { mapBounded } from '../util/map-bounded.ts';
import { Masker } from '../util/mask.ts';
import { secretVariables } from '../config/secret-refs.ts';
import { outboundProxySecrets } from '../probe/outbound.ts';
import { VerifyError } from '../util/errors.ts';
import { isDenied } from '../litellm/environment.ts';
import { setting } from '../options/settings.ts';
import { checkAllowedHosts } from './allowed-hosts.ts';
import { probeAlias } from './probe-alias.ts';
import type { ProbePlan } from './probe-plan.ts';
import type { VerifyHooks, VerifyOptions } from './verify.ts';

const DEFAULT_MAX_REPLY_BYTES = 1024 * 1024;
/** Most routes one run probes: each costs requests, a slot in the summary and a share of run-timeout. */
export const MAX_ALIASES = 500;

export class Run {
  readonly started = Date.now();
  readonly masker: Masker;
  readonly findings: Finding[] = [];
  readonly timings: Report['timings'] = { installMs: null, startMs: null, probeMs: null };
  /** When the whole run must be over (run-timeout); Infinity without a bound. */
  readonly deadline: number;
  /** The deadline passed: the proxy was stopped under the probes. */
  expired = false;

  constructor(
    readonly options: VerifyOptions,
    readonly hooks: VerifyHooks,
  ) {
    this.masker = hooks.masker ?? new Masker();
    for (const value of Object.values(options.provided)) this.masker.add(value);
    // An outbound proxy URL may carry a user and password (http://user:pass@proxy:3128): never shown.
    for (const value of outboundProxySecrets(options.env)) this.masker.add(value);
    this.deadline = options.runTimeoutMs ? this.started + options.runTimeoutMs : Infinity;
  }

  /** A stage's own bound, cut to what is left of the run's. */
  left(bound: number): number {
    return Math.max(1, Math.min(bound, this.deadline - Date.now()));
  }

  expiredError(): NonNullable<Report['error']> {
    return {
      stage: 'internal',
      message: `The whole run took longer than ${setting('run-timeout')} (${Math.round((this.options.runTimeoutMs ?? 0) / 1000)}s) and was stopped.`,
      fix: `Raise ${setting('run-timeout')}, or probe fewer aliases at once (${setting('models')}, ${setting('concurrency')}).`,
    };
  }

  /** What the proxy's environment holds for NAME (never a denied variable): what a route's `os.environ/NAME` resolves to. */
  proxyReads(): (name: string) => string | undefined {
    return (name) => (isDenied(name) ? undefined : this.envLookup(name));
  }

  /** Before anything is installed or started: not too many routes, and no key to a host the workflow did not allow. */
  admit(config: LiteLLMConfig | null, deployments: readonly Deployment[]): void {
    if (deployments.length > MAX_ALIASES)
      throw new VerifyError(`${deployments.length} routes to probe; one run probes at most ${MAX_ALIASES}.`, 'config', {
        fix: `Name the aliases to probe with ${setting('models')}, or split the config.`,
      });
    if (config && this.options.allowedHosts) checkAllowedHosts(config, deployments, this.options.allowedHosts, this.proxyReads(), this.options.litellmVersion);
  }

  readonly log = (line: string): void => this.hooks.log?.(this.masker.mask(line));

  /** What `os.environ/NAME` reads: the inputs that stand for variables first, then the environment. */
  readonly envLookup = (name: string): string | undefined => this.options.provided[name] ?? this.options.env[name];

  addFinding(f: Finding): void {
    this.findings.push(f);
    this.hooks.finding?.(this.masker.maskDeep(f));
  }

  /** Every value a referenced variable holds is treated as a secret, whatever its name, but for a name (config/secret-refs.ts). */
  maskReferenced(config: LiteLLMConfig): void {
    for (const name of secretVariables(config)) this.masker.add(this.envLookup(name));
  }

  target(baseUrl: string, key: string): ProbeTarget {
    return { baseUrl, masterKey: key, timeoutMs: this.options.timeoutMs, maxBytes: this.options.maxReplyBytes ?? DEFAULT_MAX_REPLY_BYTES };
  }

  /** Probes the plan `concurrency` at a time; `upstreamEnv` is what the served-model request reads, exactly what the proxy reads. */
  async probeAll(
    config: LiteLLMConfig,
    plan: readonly ProbePlan[],
    target: ProbeTarget,
    upstreamEnv: (name: string) => string | undefined,
  ): Promise<AliasReport[]> {
    const probeStarted = Date.now();
    const { options } = this;
    const results = await mapBounded(plan, options.concurrency, async ({ deployment: d, deploymentId }) => {
      // Direct requests to upstreams follow the runner's HTTP(S)_PROXY / NO_PROXY, as the proxy does (never a config's).
      const probeOptions = { ...options, routeEnv: upstreamEnv, upstreamEnv: options.checkServedModel ? upstreamEnv : undefined, outboundEnv: options.env };
      const result = this.masker.maskDeep(await probeAlias(config, d, target, probeOptions, deploymentId));
      this.hooks.alias?.(result);
      return result;
    });
    this.timings.probeMs = Date.now() - probeStarted;
    return results;
  }
}
