// Probing one alias: the request(s) the real client would send, retries for transient failures only,
// the streaming check, the latency threshold, and the diagnosis of whatever failed.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import {
  connectedYetBroken,
  diagnose,
  messageCore,
  outboundUnreachable,
  possibleConnectionCauses,
  proxyUnresponsive,
  unreachableBecause,
  type DiagnoseContext,
  type Diagnosis,
  upstreamModelOf,
} from '../diagnose/diagnose.ts';
import { diagnoseTools } from '../diagnose/tools.ts';
import { type ChatProbe } from '../probe/chat.ts';
import { probeEmbeddings } from '../probe/embeddings.ts';
import { failureText, type ProbeOutcome, type ProbeTarget } from '../probe/outcome.ts';
import { outboundFor } from '../probe/outbound.ts';
import { proxyAnswers, runnerConnectionCheck } from '../probe/reachability.ts';
import { probeStream } from '../probe/stream.ts';
import { probeSurface, type Surface } from '../probe/surfaces.ts';
import { firstListedModel, isSwap, servedModel } from '../probe/upstream.ts';
import type { AliasReport, Attempt, RequestVerdict, SurfaceReport } from '../report/report.ts';
import { emptyAliasReport } from './alias-report.ts';
import { probeClient } from './client-probe.ts';
import { findRejectedParam } from './refused-param.ts';
import { bridgeNoted, throughBridge } from './messages-bridge.ts';
import { withAttempts } from './retry.ts';
import { setting } from '../options/settings.ts';
import type { ClientProfile } from '../probe/clients/profile.ts';
import { isBackgroundAlias } from '../probe/clients/run.ts';

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
  /** The runner's environment: its HTTP(S)_PROXY / NO_PROXY (which the LiteLLM proxy follows) route our direct requests to upstreams. */
  outboundEnv?: NodeJS.ProcessEnv;
  /** When set, asks OpenAI-compatible upstreams directly which model serves the alias (backend swap check). */
  upstreamEnv?: (name: string) => string | undefined;
}

const PROBED_MODES = new Set(['chat', 'embedding', 'responses']);
/** A 1-token request: enough for a model that is loaded; a cold one is not worth holding the verdict for. */
const SERVED_MODEL_TIMEOUT_MS = 15_000;

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
    const unknown = d.litellm?.modeKnown === false ? ', a mode LiteLLM has no call for (see the unknown-mode finding)' : '';
    return { ...base, skippedReason: `not probed: mode '${d.mode}' (${source}${unknown}); verify-litellm probes chat and embedding routes.` };
  }
  // A wildcard alias is no model name: ask for a concrete one that matches it, or say why not.
  let requested = deploymentId ?? d.alias;
  if (deploymentId === null && d.alias.includes('*')) {
    const env = options.routeEnv ?? options.upstreamEnv;
    const id = env ? await firstListedModel(d, { env, timeoutMs: Math.min(options.timeoutMs, 15_000), outboundEnv: options.outboundEnv }) : null;
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
  const context: DiagnoseContext = { config, deployment: d, temperature: options.temperature, timeoutMs: options.timeoutMs, maxTokens: options.maxTokens };
  const explain = (o: ProbeOutcome) => bridgeNoted(diagnoseTools(o, context) ?? diagnose(o, context), o);
  const apis = d.mode === 'embedding' ? [] : [...new Set(options.apis?.length ? options.apis : (['chat'] as Surface[]))];
  const primary = apis[0] ?? 'chat';
  const send = async (api: Surface | SurfaceReport['api'], p: ChatProbe) =>
    throughBridge(await probeSurface(api === 'tools' ? 'tools' : api, target, p), d, (surface) => probeSurface(surface, target, p));

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
  // What fails after a working chat completion is not the api_base or the model (diagnose/responses-api.ts).
  if (outcome.ok && primary === 'chat' && d.mode !== 'embedding') context.chatWorks = true;
  let report: AliasReport = {
    ...base,
    endpoint: outcome.endpoint,
    status: outcome.ok ? 'pass' : 'fail',
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
    reply: outcome.ok ? (outcome.reply ?? null) : null,
    attempts,
  };

  // Set when the main probe shows the route unreachable: the other surfaces and clients are then reported as not
  // run, with its diagnosis, instead of each waiting out LiteLLM's retries to the same dead api_base.
  let notRun: RequestVerdict | null = null;
  let seen: string | null = null;
  if (!outcome.ok) {
    let diagnosis = explain(outcome);
    // LiteLLM relays some refusals without their words ("Error code: 422": TGI's string `error`), but the same
    // refusal of the streamed request arrives as an SSE event with them: explain the failure with those.
    if (streaming && /^Error code: \d+$/.test(messageCore(outcome.error?.message ?? '').trim())) {
      const streamed = await streaming;
      if (!streamed.ok && streamed.error?.message && !/^Error code: \d+$/.test(messageCore(streamed.error.message).trim())) {
        const worded = explain({ ...streamed, endpoint: outcome.endpoint });
        if (worded.code !== 'unknown')
          diagnosis = { ...worded, summary: `${worded.summary} (the reason as the streamed request got it; the plain one came back without it)` };
      }
    }
    if (diagnosis.code === 'connection' && d.apiBase) {
      // LiteLLM 1.108.7 says only "Connection error." for refused, DNS and TLS alike: ask the runner why.
      // Through the outbound proxy the LiteLLM proxy uses, when HTTP(S)_PROXY covers api_base.
      const via = outboundFor(d.apiBase, options.outboundEnv);
      seen = await runnerConnectionCheck(d.apiBase, Math.min(options.timeoutMs, 5000), options.outboundEnv);
      const error = outcome.error ?? { message: '', type: null, param: null, code: null };
      // ...and the same words for a server that answered with a body its client could not read.
      if (seen === 'connected') diagnosis = connectedYetBroken(outcome, context, via) ?? diagnosis;
      else if (seen && via) diagnosis = outboundUnreachable(context, via, seen);
      else if (seen && possibleConnectionCauses(d.apiBase).length > 1)
        diagnosis = explain({ ...outcome, error: { ...error, message: `${error.message}\n${seen} (seen from the runner)` } });
    }
    // Our own bound ran out: a proxy that no longer answers at all is the finding, not this route's upstream.
    if (diagnosis.code === 'timeout' && outcome.transport?.kind === 'timeout' && !(await proxyAnswers(target.baseUrl, Math.min(options.timeoutMs, 5000))))
      diagnosis = proxyUnresponsive(context);
    await streaming; // settled before the alias's verdict: no request outlives it
    const found = await findRejectedParam(outcome, diagnosis, probe, (p) => send(primary, p));
    report = { ...report, ...found, error: failureText(outcome) };
    const because = unreachableBecause(outcome, report.diagnosis ?? diagnosis, seen);
    if (because) notRun = notRunVerdict(primary, because, report.diagnosis ?? diagnosis);
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
    if (!streamed.ok) report = { ...report, status: 'fail', diagnosis: streamDiagnosis(diagnose(streamed, context)), error: failureText(streamed) };
  }

  // The other surfaces the real clients use, each with its own verdict; the first failure explains the alias.
  const toolProbes: SurfaceReport['api'][] = options.tools && d.mode !== 'embedding' ? apis.map((a) => (a === 'chat' ? 'tools' : (`${a}-tools` as const))) : [];
  for (const api of [...apis.slice(1), ...toolProbes]) {
    if (notRun) {
      report.surfaces.push({ api, ...notRun });
      continue;
    }
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
    if (notRun) {
      report.clients.push({ client: profile.client, step: isBackgroundAlias(profile, requested) ? 'background request' : 'first turn', ...notRun });
      continue;
    }
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
          summary: `'${d.alias}' answered in ${report.latencyMs} ms; ${setting('max-latency-ms')} is ${options.maxLatencyMs}.`,
          fix: `Check the server's load and the model size, or raise ${setting('max-latency-ms')}; with ${setting('latency')} set to warn, a slow answer is reported without failing.`,
        },
      };
    }
  }

  // Only worth asking an upstream that answered: after a connection failure or a timeout the direct request
  // would just wait out the same bound again.
  const unreachable = report.diagnosis?.code === 'connection' || report.diagnosis?.code === 'timeout' || report.diagnosis?.code === 'proxy-unresponsive';
  if (options.upstreamEnv && d.mode !== 'embedding' && !unreachable) {
    report.servedModel = await servedModel(d, {
      env: options.upstreamEnv,
      timeoutMs: Math.min(options.timeoutMs, SERVED_MODEL_TIMEOUT_MS),
      outboundEnv: options.outboundEnv,
    });
    const configured = upstreamModelOf(d);
    if (report.servedModel && isSwap(configured, report.servedModel)) report.backendSwap = { configured, served: report.servedModel };
  }
  return report;
}

/** A stream that broke where the plain request worked is stream-broken (diagnose's own matcher); anything else is named as the streaming request's. */
function streamDiagnosis(d: Diagnosis): Diagnosis {
  return d.code === 'stream-broken' ? d : { ...d, summary: `streaming: ${d.summary}` };
}

/** A request not sent because the main probe showed the route unreachable: no other surface can fare differently. */
function notRunVerdict(primary: Surface, because: string, diagnosis: Diagnosis): RequestVerdict {
  return {
    status: 'skipped',
    httpStatus: null,
    latencyMs: null,
    reply: null,
    diagnosis,
    error: null,
    skippedReason: `not run: the ${primary} request showed the route unreachable (${because}), and this one goes to the same upstream.`,
  };
}
