// Retries for transient failures only (connection, timeout, 408, 429, 5xx), with backoff or the server's retry-after.
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { Attempt } from '../report/report.ts';
import { sleep } from '../util/process.ts';

const MAX_BACKOFF_MS = 30_000;

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
