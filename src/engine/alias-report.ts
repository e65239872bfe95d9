// An alias's report before anything is known about it: what the config says, nothing probed yet.
import type { Deployment } from '../config/types.ts';
import type { AliasReport } from '../report/report.ts';

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
