// The report: one plain object every front door renders (job summary, outputs, CLI, JSON file).
// Its shape is documented in the README ("Report schema"); bump REPORT_SCHEMA on any breaking change.
import type { Finding } from '../config/finding.ts';
import type { Diagnosis } from '../diagnose/diagnose.ts';
import type { Endpoint } from '../probe/outcome.ts';
import type { Stage } from '../util/errors.ts';

export const REPORT_SCHEMA = 'verify-litellm/report@1';

export type Verdict = 'pass' | 'fail' | 'skipped';

/** One request as tried (retries for transient failures add more). */
export interface Attempt {
  httpStatus: number | null;
  latencyMs: number;
  error: string | null;
}

export interface AliasReport {
  alias: string;
  /** litellm_params.model, e.g. openai/Qwen/Qwen3-0.6B. */
  model: string;
  /** Host (and port) of api_base; null when the provider's default is used. */
  apiBaseHost: string | null;
  endpoint: Endpoint | null;
  status: Verdict;
  httpStatus: number | null;
  latencyMs: number | null;
  /** An excerpt of the reply on success. */
  reply: string | null;
  diagnosis: Diagnosis | null;
  /** The proxy's own error message, verbatim (masked). */
  error: string | null;
  /** Why the alias was not probed. */
  skippedReason: string | null;
  /** After a temperature rejection: the same request without temperature. */
  withoutTemperature: { status: 'pass' | 'fail'; httpStatus: number | null } | null;
  /** The streaming probe (stream: true), when it ran. */
  stream: { status: 'pass' | 'fail'; httpStatus: number | null; latencyMs: number; firstTokenMs: number | null; error: string | null } | null;
  /** Every request tried for this alias, in order. */
  attempts: Attempt[];
  /** The alias answered, but slower than max-latency-ms. */
  latencyExceeded: boolean;
  /** The other API surfaces probed (`api`, `tools`), each with its own verdict. */
  surfaces: SurfaceReport[];
  /** After a 4xx: the one request parameter whose removal makes the request pass (temperature, or a request-params key). */
  rejectedParam: string | null;
  /** The model the upstream itself says served the request (asked directly: LiteLLM rewrites `model` to the alias). */
  servedModel: string | null;
  /** The upstream serves a different model family than the config names: the silent swap behind temperature failures. */
  backendSwap: { configured: string; served: string } | null;
  /** For an alias defined more than once: the model_info.id each of its deployments was probed by (one row each). */
  deploymentId: string | null;
  /** Line of the alias's model_name in the config. */
  line: number;
  /** The client profiles probed (`client`), each with the step it failed on, if any. */
  clients: ClientReport[];
}

/** One client's requests (first turn, tool round trip; or Claude Code's background request) for one alias. */
/** The verdict of one request beyond the main probe (a surface, a client's step). */
export interface RequestVerdict {
  /** `skipped`: not sent, because the main probe showed the route unreachable (see `skippedReason`). */
  status: 'pass' | 'fail' | 'skipped';
  httpStatus: number | null;
  /** Null when not sent. */
  latencyMs: number | null;
  reply: string | null;
  /** For a skipped request: the alias's own diagnosis (the unreachable route), which is its cause too. */
  diagnosis: Diagnosis | null;
  error: string | null;
  /** Only on a skipped request: why it was not sent. */
  skippedReason?: string;
}

export interface ClientReport extends RequestVerdict {
  client: string;
  /** The last step sent: where it failed, or `tool round trip` / `background request` when all passed. */
  step: 'first turn' | 'tool round trip' | 'background request';
}

export interface SurfaceReport extends RequestVerdict {
  /** `tools` is the tool-call probe on chat; `messages-tools` / `responses-tools` the same on those surfaces. */
  api: 'chat' | 'messages' | 'responses' | 'tools' | 'messages-tools' | 'responses-tools';
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  result: Verdict;
  config: string;
  litellmVersion: string | null;
  /** Where the hash lock came from: shipped and reviewed, or resolved at run time (not reviewed) with its dependency cut-off. */
  /** extras: LiteLLM extras installed beside `[proxy]` (`google` for Vertex AI routes). */
  litellmLock: { reviewed: boolean; excludeNewer: string | null; extras: string[] } | null;
  startedAt: string;
  durationMs: number;
  timings: { installMs: number | null; startMs: number | null; probeMs: number | null };
  /** A failure that stopped the run before or outside the probes (config, install, start). */
  error: { stage: Stage; message: string; fix: string | null } | null;
  findings: Finding[];
  /** Things worth knowing that are not a verdict, e.g. a client profile with nothing to probe for part of it. */
  notes: string[];
  aliases: AliasReport[];
  counts: { pass: number; fail: number; skipped: number };
  /** Only for an upgrade rehearsal (several releases): each release's verdict and where aliases differ. */
  rehearsal?: Rehearsal;
}

export interface Rehearsal {
  versions: Array<{ version: string; result: Verdict; reviewedLock: boolean | null; error: string | null }>;
  /** One row per alias: its status on each release, in the order of `versions`. */
  aliases: Array<{ alias: string; statuses: Array<AliasReport['status'] | 'not run'> }>;
  /** Plain sentences, one per alias whose outcome differs between releases. */
  differences: string[];
}

export function countAliases(aliases: readonly AliasReport[]): Report['counts'] {
  return {
    pass: aliases.filter((a) => a.status === 'pass').length,
    fail: aliases.filter((a) => a.status === 'fail').length,
    skipped: aliases.filter((a) => a.status === 'skipped').length,
  };
}

/** ` + google` after the LiteLLM version when extras were installed beside [proxy]; '' otherwise. */
export const extrasNote = (report: Pick<Report, 'litellmLock'>): string => (report.litellmLock?.extras ?? []).map((e) => ` + ${e}`).join('');

/** The overall verdict: any failure (or a run-stopping error) fails; nothing probed and nothing failed is `skipped`. */
export function verdictOf(aliases: readonly AliasReport[], error: Report['error']): Verdict {
  if (error || aliases.some((a) => a.status === 'fail')) return 'fail';
  return aliases.some((a) => a.status === 'pass') ? 'pass' : 'skipped';
}
