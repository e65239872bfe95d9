// One run's shared state: its options and hooks, the masker every string passes through, the findings, the
// timings, and the one way aliases are probed. Both ways to verify (a proxy of our own, someone else's) use it.
import type { Deployment, LiteLLMConfig } from '../config/load.ts';
import type { Finding } from '../config/lint.ts';
import type { ProbeTarget } from '../probe/outcome.ts';
import type { AliasReport, Report } from '../report/report.ts';
import { mapBounded } from '../util/map-bounded.ts';
import { Masker } from '../util/mask.ts';
import { probeAlias } from './probe-alias.ts';
import type { ProbePlan } from './probe-plan.ts';
import type { VerifyHooks, VerifyOptions } from './verify.ts';

const DEFAULT_MAX_REPLY_BYTES = 1024 * 1024;

export class Run {
  readonly started = Date.now();
  readonly masker: Masker;
  readonly findings: Finding[] = [];
  readonly timings: Report['timings'] = { installMs: null, startMs: null, probeMs: null };

  constructor(
    readonly options: VerifyOptions,
    readonly hooks: VerifyHooks,
  ) {
    this.masker = hooks.masker ?? new Masker();
    for (const value of Object.values(options.provided)) this.masker.add(value);
  }

  readonly log = (line: string): void => this.hooks.log?.(this.masker.mask(line));

  /** What `os.environ/NAME` reads: the inputs that stand for variables first, then the environment. */
  readonly envLookup = (name: string): string | undefined => this.options.provided[name] ?? this.options.env[name];

  addFinding(f: Finding): void {
    this.findings.push(f);
    this.hooks.finding?.(this.masker.maskDeep(f));
  }

  /** Every value a referenced variable holds is treated as a secret, whatever its name. */
  maskReferenced(deployments: readonly Deployment[]): void {
    for (const d of deployments) for (const ref of d.envRefs) this.masker.add(this.envLookup(ref.name));
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
      const probeOptions = { ...options, routeEnv: upstreamEnv, upstreamEnv: options.checkServedModel ? upstreamEnv : undefined };
      const result = this.masker.maskDeep(await probeAlias(config, d, target, probeOptions, deploymentId));
      this.hooks.alias?.(result);
      return result;
    });
    this.timings.probeMs = Date.now() - probeStarted;
    return results;
  }
}
