// Probing one alias: the request(s) the real client would send, retries for transient failures only,
// the streaming check, the latency threshold, and the diagnosis of whatever failed.
import type { Deployment, LiteLLMConfig } from '../config/load.ts';
import { diagnose, isTemperatureDiagnosis, possibleConnectionCauses, type DiagnoseContext, type Diagnosis } from '../diagnose/diagnose.ts';
import { diagnoseTools } from '../diagnose/tools.ts';
import { sentParams, withoutParam, type ChatProbe } from '../probe/chat.ts';
import { probeEmbeddings } from '../probe/embeddings.ts';
import type { ProbeOutcome, ProbeTarget } from '../probe/outcome.ts';
import { runnerConnectionCheck } from '../probe/reachability.ts';
import { probeStream } from '../probe/stream.ts';
import { probeSurface, type Surface } from '../probe/surfaces.ts';
import { firstListedModel, isSwap, servedModel } from '../probe/upstream.ts';
import type { AliasReport, Attempt, ClientReport, SurfaceReport } from '../report/report.ts';
import type { ClientProfile } from '../probe/clients/profile.ts';
import { runClient, type ClientRun } from '../probe/clients/run.ts';
import { diagnoseContext } from '../diagnose/context.ts';
import { sleep } from '../util/process.ts';

export interface AliasProbeOptions {
  prompt: string;
  temperature: number | null;
  maxTokens: number;
  timeoutMs: number;
  /** Tries per request for transient failures (connection, timeout, 408, 429, 5xx); 1 = no retry. */
  attempts: number;
  /** Base of the exponential backoff between tries. */
  backoffMs: number;
  /** Also probe chat aliases with `stream: true`. */
  stream: boolean;
  /** A passing alias slower than this fails (or warns, with latencyPolicy 'warn'). */
  maxLatencyMs: number | null;
  latencyPolicy: 'fail' | 'warn';
  /** API surfaces to probe each chat alias through (the first is the main probe); default chat only. */
  apis?: readonly Surface[];
  /** Also require a tool call on each probed surface (one ordinary function, tool_choice auto as agents send it). */
  tools?: boolean;
  /** Parameters the real client sends, merged into every probe (`request-params`). */
  requestParams?: Readonly<Record<string, unknown>>;
  /** Client profiles (`client`): each alias also gets the requests these clients really send. */
  clients?: readonly ClientProfile[];
  /** What `os.environ/NAME` reads for the proxy: lets a wildcard route ask its upstream for a concrete model. */
  routeEnv?: (name: string) => string | undefined;
  /** When set, asks OpenAI-compatible upstreams directly which model serves the alias (backend swap check). */
  upstreamEnv?: (name: string) => string | undefined;
}

const PROBED_MODES = new Set(['chat', 'embedding', 'responses']);
const MAX_BACKOFF_MS = 30_000;

export function emptyAliasReport(d: Deployment): AliasReport {
  return {
    alias: d.alias,
    model: d.model,
    apiBaseHost: apiBaseHost(d.apiBase),
    endpoint: null,
    status: 'skipped',
    httpStatus: null,
    latencyMs: null,
    reply: null,
    diagnosis: null,
    error: null,
    skippedReason: null,
    withoutTemperature: null,
    stream: null,
    attempts: [],
    latencyExceeded: false,
    surfaces: [],
    rejectedParam: null,
    servedModel: null,
    backendSwap: null,
    deploymentId: null,
    line: d.position.line,
    clients: [],
  };
}

export function apiBaseHost(apiBase: string | null): string | null {
  if (!apiBase || apiBase.startsWith('os.environ/')) return apiBase ? '(from environment)' : null;
  try {
    return new URL(apiBase).host;
  } catch {
    return apiBase;
  }
}

/** A failure worth another try: the route may be fine and the server busy or restarting. Never a 4xx config error. */
export function isTransient(o: ProbeOutcome): boolean {
  if (o.ok) return false;
  if (o.transport) return true;
  return o.status === 408 || o.status === 429 || (o.status !== null && o.status >= 500);
}

/** Delay before try `n` (1-based, n >= 2): exponential, or the server's retry-after when it gives one. */
export function backoffDelay(n: number, baseMs: number, retryAfter?: string): number {
  const seconds = retryAfter !== undefined ? Number(retryAfter) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, MAX_BACKOFF_MS);
  return Math.min(baseMs * 2 ** (n - 2), MAX_BACKOFF_MS);
}

export async function withAttempts<T extends ProbeOutcome>(attempts: number, backoffMs: number, send: () => Promise<T>, log: Attempt[]): Promise<T> {
  let outcome: T | undefined;
  for (let n = 1; n <= Math.max(1, attempts); n++) {
    if (n > 1) await sleep(backoffDelay(n, backoffMs, outcome?.retryAfter));
    outcome = await send();
    log.push({
      httpStatus: outcome.status,
      latencyMs: outcome.latencyMs,
      error: outcome.ok ? null : (outcome.error?.message ?? outcome.transport?.message ?? outcome.problem ?? null),
    });
    if (!isTransient(outcome)) break;
  }
  return outcome!;
}

/**
 * `deploymentId`: for an alias defined more than once, the model_info.id of the one deployment to probe
 * (LiteLLM routes a request for that id to that deployment only); otherwise requests name the alias.
 */
export async function probeAlias(
  config: LiteLLMConfig,
  d: Deployment,
  target: ProbeTarget,
  options: AliasProbeOptions,
  deploymentId: string | null = null,
): Promise<AliasReport> {
  const base = { ...emptyAliasReport(d), deploymentId };
  if (d.mode !== null && !PROBED_MODES.has(d.mode)) {
    const source = d.litellm?.modeSource === 'model_map' ? "LiteLLM's model map" : 'model_info.mode';
    return { ...base, skippedReason: `not probed: mode '${d.mode}' (${source}); verify-litellm probes chat and embedding routes.` };
  }
  // A wildcard alias is no model name: ask for a concrete one that matches it, or say why not.
  let requested = deploymentId ?? d.alias;
  if (deploymentId === null && d.alias.includes('*')) {
    const env = options.routeEnv ?? options.upstreamEnv;
    const id = env ? await firstListedModel(d, env, Math.min(options.timeoutMs, 15_000)) : null;
    if (!id)
      return {
        ...base,
        skippedReason: `not probed: '${d.alias}' is a wildcard route and no concrete model for it is known (only an OpenAI-compatible upstream's /v1/models is asked).`,
      };
    requested = d.alias.replace('*', id); // `openai/*` -> `openai/<id>`: LiteLLM puts the same text in place of the deployment's `*`
  }
  const attempts: Attempt[] = [];
  const probe: ChatProbe = {
    alias: requested,
    prompt: options.prompt,
    temperature: options.temperature,
    maxTokens: options.maxTokens,
    params: options.requestParams,
  };
  const context = { config, deployment: d, temperature: options.temperature, timeoutMs: options.timeoutMs };
  const explain = (o: ProbeOutcome) => diagnoseTools(o, context) ?? diagnose(o, context);
  const apis = d.mode === 'embedding' ? [] : [...new Set(options.apis?.length ? options.apis : (['chat'] as Surface[]))];
  const primary = apis[0] ?? 'chat';
  const send = (api: Surface | SurfaceReport['api'], p: ChatProbe) => probeSurface(api === 'tools' ? 'tools' : api, target, p);

  // The streaming probe goes out beside the chat probe (the verdict waits for the slower, not the sum); its
  // result counts only when chat passed, as before.
  const streamAttempts: Attempt[] = [];
  const streaming =
    options.stream && primary === 'chat' && d.mode !== 'embedding'
      ? withAttempts(options.attempts, options.backoffMs, () => probeStream(target, probe), streamAttempts)
      : null;
  const outcome =
    d.mode === 'embedding'
      ? await withAttempts(options.attempts, options.backoffMs, () => probeEmbeddings(target, requested, options.prompt), attempts)
      : await withAttempts(options.attempts, options.backoffMs, () => send(primary, probe), attempts);
  let report: AliasReport = {
    ...base,
    endpoint: outcome.endpoint,
    status: outcome.ok ? 'pass' : 'fail',
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
    reply: outcome.ok ? (outcome.reply ?? null) : null,
    attempts,
  };

  if (!outcome.ok) {
    let diagnosis = explain(outcome);
    if (diagnosis.code === 'connection' && d.apiBase && possibleConnectionCauses(d.apiBase).length > 1) {
      // LiteLLM 1.108.7 says only "Connection error." for refused, DNS and TLS alike: ask the runner why.
      const seen = await runnerConnectionCheck(d.apiBase, Math.min(options.timeoutMs, 5000));
      const error = outcome.error ?? { message: '', type: null, param: null, code: null };
      if (seen) diagnosis = explain({ ...outcome, error: { ...error, message: `${error.message}\n${seen} (seen from the runner)` } });
    }
    await streaming; // settled before the alias's verdict: no request outlives it
    const found = await findRejectedParam(outcome, diagnosis, probe, (p) => send(primary, p));
    report = { ...report, ...found, error: failureText(outcome) };
  } else if (streaming) {
    const streamed = await streaming;
    attempts.push(...streamAttempts);
    report.stream = {
      status: streamed.ok ? 'pass' : 'fail',
      httpStatus: streamed.status,
      latencyMs: streamed.latencyMs,
      firstTokenMs: streamed.firstTokenMs ?? null,
      error: streamed.ok ? null : failureText(streamed),
    };
    if (!streamed.ok) report = { ...report, status: 'fail', diagnosis: streamDiagnosis(diagnose(streamed, context), streamed), error: failureText(streamed) };
  }

  // The other surfaces the real clients use, each with its own verdict; the first failure explains the alias.
  const toolProbes: SurfaceReport['api'][] = options.tools && d.mode !== 'embedding' ? apis.map((a) => (a === 'chat' ? 'tools' : (`${a}-tools` as const))) : [];
  for (const api of [...apis.slice(1), ...toolProbes]) {
    const surfaceAttempts: Attempt[] = [];
    const o = await withAttempts(options.attempts, options.backoffMs, () => send(api, probe), surfaceAttempts);
    attempts.push(...surfaceAttempts);
    const diagnosis = o.ok ? null : explain(o);
    report.surfaces.push({
      api,
      status: o.ok ? 'pass' : 'fail',
      httpStatus: o.status,
      latencyMs: o.latencyMs,
      reply: o.reply ?? null,
      diagnosis,
      error: o.ok ? null : failureText(o),
    });
    if (!o.ok && report.status === 'pass')
      report = { ...report, status: 'fail', diagnosis: { ...diagnosis!, summary: `${api}: ${diagnosis!.summary}` }, error: failureText(o) };
  }

  for (const profile of d.mode === 'embedding' ? [] : (options.clients ?? [])) {
    const client = await probeClient(profile, target, requested, options, context, attempts);
    report.clients.push(client);
    if (client.status === 'fail' && report.status === 'pass')
      report = {
        ...report,
        status: 'fail',
        httpStatus: client.httpStatus,
        diagnosis: { ...client.diagnosis!, summary: `${profile.client}: FAIL on the ${client.step}: ${client.diagnosis!.summary}` },
        error: client.error,
      };
  }

  if (report.status === 'pass' && options.maxLatencyMs !== null && report.latencyMs !== null && report.latencyMs > options.maxLatencyMs) {
    report.latencyExceeded = true;
    if (options.latencyPolicy === 'fail') {
      report = {
        ...report,
        status: 'fail',
        diagnosis: {
          code: 'slow',
          summary: `'${d.alias}' answered in ${report.latencyMs} ms, over max-latency-ms ${options.maxLatencyMs}.`,
          fix: "Check the server's load and the model size, or raise max-latency-ms (latency: warn reports without failing).",
        },
      };
    }
  }

  // Only worth asking an upstream that answered: after a connection failure or a timeout the direct request
  // would just wait out the same bound again.
  const unreachable = report.diagnosis?.code === 'connection' || report.diagnosis?.code === 'timeout';
  if (options.upstreamEnv && d.mode !== 'embedding' && !unreachable) {
    report.servedModel = await servedModel(d, options.upstreamEnv, Math.min(options.timeoutMs, SERVED_MODEL_TIMEOUT_MS));
    const configured = d.litellm?.upstreamModel ?? (d.provider && d.model.startsWith(`${d.provider}/`) ? d.model.slice(d.provider.length + 1) : d.model);
    if (report.servedModel && isSwap(configured, report.servedModel)) report.backendSwap = { configured, served: report.servedModel };
  }
  return report;
}

/**
 * One client's requests through the proxy. A refused first turn is sent again without each of the client's
 * optional fields in turn, to name the one the upstream refuses (a Responses-only field LiteLLM forwards).
 */
async function probeClient(
  profile: ClientProfile,
  target: ProbeTarget,
  alias: string,
  options: AliasProbeOptions,
  context: DiagnoseContext,
  log: Attempt[],
): Promise<ClientReport> {
  let run: ClientRun | undefined;
  await withAttempts(options.attempts, options.backoffMs, async () => (run = await runClient(profile, target, alias)).outcome, log);
  const { step, outcome, askedTokens } = run!;
  const base = {
    client: profile.client,
    step,
    status: outcome.ok ? ('pass' as const) : ('fail' as const),
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
  };
  if (outcome.ok) return { ...base, reply: outcome.reply ?? null, diagnosis: null, error: null };
  let diagnosis = diagnoseTools(outcome, context) ?? diagnoseContext(outcome, context, askedTokens) ?? diagnose(outcome, context);
  if (step === 'first turn' && (outcome.status === 400 || outcome.status === 422) && !NOT_ABOUT_A_PARAM.has(diagnosis.code)) {
    for (const name of profile.optionalParams.slice(0, MAX_PARAM_TRIES)) {
      const again = await runClient(profile, target, alias, name);
      if (again.step === 'first turn' && again.outcome.ok) {
        const culprit = diagnosis.code === 'unsupported-param' ? diagnosis : paramDiagnosis(name, diagnosis);
        diagnosis = { ...culprit, summary: `the request works without \`${name}\`; ${culprit.summary}` };
        break;
      }
    }
  }
  return { ...base, reply: null, diagnosis, error: failureText(outcome) };
}

/** Said in the report when a client uses models the config has no alias for (Claude Code's background model). */
export function clientNotes(profiles: readonly ClientProfile[], aliases: readonly string[]): string[] {
  const notes: string[] = [];
  for (const p of profiles) {
    if (!p.background) continue;
    const pattern = new RegExp(p.background.aliasPattern, 'i');
    const found = aliases.filter((a) => pattern.test(a));
    notes.push(
      found.length
        ? `${p.client}: ${found.map((a) => `'${a}'`).join(', ')} probed as ${p.client}'s small/fast background model (its background request, no tools).`
        : `${p.client}: the config has no alias for ${p.client}'s small/fast background model (a name with '${p.background.aliasPattern}'); ${p.client} sends background work to it (ANTHROPIC_DEFAULT_HAIKU_MODEL / ANTHROPIC_SMALL_FAST_MODEL), so point that setting at an alias the config has, or add one.`,
    );
  }
  return [...new Set(notes)];
}

const MAX_PARAM_TRIES = 6;
/** Refusals whose cause is known and is not one optional parameter: no point re-sending without each. */
const NOT_ABOUT_A_PARAM = new Set(['unknown-alias', 'context-window', 'tools-unsupported']);
/** A 1-token request: enough for a model that is loaded; a cold one is not worth holding the verdict for. */
const SERVED_MODEL_TIMEOUT_MS = 15_000;

/**
 * After a refused request, sends it again without one parameter at a time (temperature first, then each
 * request-params key) and names the first whose removal makes it pass: "which parameter is the one rejected".
 */
async function findRejectedParam(
  outcome: ProbeOutcome,
  diagnosis: Diagnosis,
  probe: ChatProbe,
  send: (p: ChatProbe) => Promise<ProbeOutcome>,
): Promise<Pick<AliasReport, 'diagnosis' | 'withoutTemperature' | 'rejectedParam'>> {
  // Only a request the server calls invalid (400, 422) can be about a parameter; auth, 404, 409, 429 are not.
  const refused = outcome.status === 400 || outcome.status === 422;
  const candidates = isTemperatureDiagnosis(diagnosis) ? ['temperature'] : refused && !NOT_ABOUT_A_PARAM.has(diagnosis.code) ? sentParams(probe) : [];
  let withoutTemperature: AliasReport['withoutTemperature'] = null;
  for (const name of candidates.slice(0, MAX_PARAM_TRIES)) {
    const again = await send(withoutParam(probe, name));
    if (name === 'temperature') withoutTemperature = { status: again.ok ? 'pass' : 'fail', httpStatus: again.status };
    if (again.ok) {
      const culprit = isTemperatureDiagnosis(diagnosis) || diagnosis.code === 'unsupported-param' ? diagnosis : paramDiagnosis(name, diagnosis);
      return { diagnosis: { ...culprit, summary: `route works without ${name}; ${culprit.summary}` }, withoutTemperature, rejectedParam: name };
    }
  }
  if (withoutTemperature)
    return {
      diagnosis: { ...diagnosis, summary: `the route also fails without temperature (HTTP ${withoutTemperature.httpStatus ?? '-'}); ${diagnosis.summary}` },
      withoutTemperature,
      rejectedParam: null,
    };
  return { diagnosis, withoutTemperature, rejectedParam: null };
}

function paramDiagnosis(name: string, d: Diagnosis): Diagnosis {
  return {
    code: 'unsupported-param',
    summary: `the request is refused because of \`${name}\` (${d.summary})`,
    fix: `Add \`additional_drop_params: ["${name}"]\` to the alias's litellm_params, or stop the client sending it.`,
  };
}

function failureText(o: ProbeOutcome): string | null {
  return o.error?.message ?? o.transport?.message ?? o.reply ?? o.problem ?? null;
}

function streamDiagnosis(d: Diagnosis, o: ProbeOutcome): Diagnosis {
  if (o.problem === 'unterminated-stream' || o.problem === 'empty-reply' || (o.status === 200 && o.error)) {
    return {
      code: 'stream-broken',
      summary: o.error
        ? `the streamed reply carried an error event: ${o.error.message.split('\n')[0]}`
        : o.problem === 'empty-reply'
          ? 'the streamed reply had no content.'
          : 'the stream ended without [DONE].',
      fix: "Non-streaming requests work, so the route is right; check the model server's streaming (vLLM logs) and any reverse proxy buffering SSE.",
    };
  }
  return { ...d, summary: `streaming: ${d.summary}` };
}
