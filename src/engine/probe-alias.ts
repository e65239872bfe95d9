// Probing one alias: the request(s) the real client would send, retries for transient failures only,
// the streaming check, the latency threshold, and the diagnosis of whatever failed.
import type { Deployment, LiteLLMConfig } from '../config/load.ts';
import { diagnose, isTemperatureDiagnosis, type Diagnosis } from '../diagnose/diagnose.ts';
import { probeChat, type ChatProbe } from '../probe/chat.ts';
import { probeEmbeddings } from '../probe/embeddings.ts';
import type { ProbeOutcome, ProbeTarget } from '../probe/outcome.ts';
import { probeStream } from '../probe/stream.ts';
import type { AliasReport, Attempt } from '../report/report.ts';
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
    line: d.position.line,
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

export async function withAttempts(attempts: number, backoffMs: number, send: () => Promise<ProbeOutcome>, log: Attempt[]): Promise<ProbeOutcome> {
  let outcome: ProbeOutcome | undefined;
  for (let n = 1; n <= Math.max(1, attempts); n++) {
    if (n > 1) await sleep(backoffDelay(n, backoffMs, outcome?.retryAfter));
    outcome = await send();
    log.push({ httpStatus: outcome.status, latencyMs: outcome.latencyMs, error: outcome.ok ? null : (outcome.error?.message ?? outcome.transport?.message ?? outcome.problem ?? null) });
    if (!isTransient(outcome)) break;
  }
  return outcome!;
}

export async function probeAlias(config: LiteLLMConfig, d: Deployment, target: ProbeTarget, options: AliasProbeOptions): Promise<AliasReport> {
  const base = emptyAliasReport(d);
  if (d.mode !== null && !PROBED_MODES.has(d.mode)) {
    return { ...base, skippedReason: `model_info.mode is '${d.mode}'; verify-litellm probes chat and embedding aliases.` };
  }
  const attempts: Attempt[] = [];
  const request = (temperature: number | null): ChatProbe => ({ alias: d.alias, prompt: options.prompt, temperature, maxTokens: options.maxTokens });
  const outcome =
    d.mode === 'embedding'
      ? await withAttempts(options.attempts, options.backoffMs, () => probeEmbeddings(target, d.alias, options.prompt), attempts)
      : await withAttempts(options.attempts, options.backoffMs, () => probeChat(target, request(options.temperature)), attempts);
  const report: AliasReport = {
    ...base,
    endpoint: outcome.endpoint,
    status: outcome.ok ? 'pass' : 'fail',
    httpStatus: outcome.status,
    latencyMs: outcome.latencyMs,
    reply: outcome.ok ? (outcome.reply ?? null) : null,
    attempts,
  };
  const context = { config, deployment: d, temperature: options.temperature, timeoutMs: options.timeoutMs };

  if (!outcome.ok) {
    let diagnosis = diagnose(outcome, context);
    let withoutTemperature: AliasReport['withoutTemperature'] = null;
    if (isTemperatureDiagnosis(diagnosis) && options.temperature !== null) {
      // Same request without temperature: tells "the route works, only temperature is refused" from a broken route.
      const again = await probeChat(target, request(null));
      withoutTemperature = { status: again.ok ? 'pass' : 'fail', httpStatus: again.status };
      const prefix = again.ok ? 'route works without temperature; ' : `the route also fails without temperature (HTTP ${again.status ?? '-'}); `;
      diagnosis = { ...diagnosis, summary: prefix + diagnosis.summary };
    }
    return { ...report, diagnosis, withoutTemperature, error: failureText(outcome) };
  }

  if (options.stream && d.mode !== 'embedding') {
    const streamAttempts: Attempt[] = [];
    const streamed = await withAttempts(options.attempts, options.backoffMs, () => probeStream(target, request(options.temperature)), streamAttempts);
    attempts.push(...streamAttempts);
    report.stream = { status: streamed.ok ? 'pass' : 'fail', httpStatus: streamed.status, latencyMs: streamed.latencyMs, firstTokenMs: (streamed as { firstTokenMs?: number | null }).firstTokenMs ?? null, error: streamed.ok ? null : failureText(streamed) };
    if (!streamed.ok) {
      return { ...report, status: 'fail', diagnosis: streamDiagnosis(diagnose(streamed, context), streamed), error: failureText(streamed) };
    }
  }

  if (options.maxLatencyMs !== null && report.latencyMs !== null && report.latencyMs > options.maxLatencyMs) {
    report.latencyExceeded = true;
    if (options.latencyPolicy === 'fail') {
      return {
        ...report,
        status: 'fail',
        diagnosis: { code: 'slow', summary: `'${d.alias}' answered in ${report.latencyMs} ms, over max-latency-ms ${options.maxLatencyMs}.`, fix: 'Check the server\'s load and the model size, or raise max-latency-ms (latency: warn reports without failing).' },
      };
    }
  }
  return report;
}

function failureText(o: ProbeOutcome): string | null {
  return o.error?.message ?? o.transport?.message ?? o.reply ?? o.problem ?? null;
}

function streamDiagnosis(d: Diagnosis, o: ProbeOutcome): Diagnosis {
  if (o.problem === 'unterminated-stream' || o.problem === 'empty-reply' || (o.status === 200 && o.error)) {
    return {
      code: 'stream-broken',
      summary: o.error ? `the streamed reply carried an error event: ${o.error.message.split('\n')[0]}` : o.problem === 'empty-reply' ? 'the streamed reply had no content.' : 'the stream ended without [DONE].',
      fix: 'Non-streaming requests work, so the route is right; check the model server\'s streaming (vLLM logs) and any reverse proxy buffering SSE.',
    };
  }
  return { ...d, summary: `streaming: ${d.summary}` };
}
