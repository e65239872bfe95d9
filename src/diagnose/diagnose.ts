// Turns what the real proxy answered into a one-line diagnosis and the fix.
// Each matcher is keyed on the text LiteLLM really produces (fixtures in test/fixtures/proxy-errors/).
import { isIP } from 'node:net';
import type { Deployment, LiteLLMConfig } from '../config/load.ts';
import { dropsTemperature } from '../config/lint.ts';
import { excerpt, type ProbeOutcome } from '../probe/outcome.ts';
import { azureNotFound, cloudCredentials } from './provider.ts';
import { paramName } from '../util/sanitize.ts';
import { diagnoseContext } from './context.ts';
import { setting } from '../options/settings.ts';

export type DiagnosisCode =
  | 'temperature-rejected-by-litellm'
  | 'temperature-rejected-by-upstream'
  | 'unsupported-param'
  | 'auth'
  | 'unknown-alias'
  | 'no-deployment'
  | 'upstream-model-not-found'
  | 'connection'
  | 'timeout'
  | 'rate-limit'
  | 'upstream-error'
  | 'invalid-response'
  | 'empty-reply'
  | 'bad-request'
  | 'stream-broken'
  | 'slow'
  | 'tools-unsupported'
  | 'context-window'
  | 'unknown';

export interface Diagnosis {
  code: DiagnosisCode;
  /** One line: what is wrong. */
  summary: string;
  /** What to change. */
  fix: string;
}

export interface DiagnoseContext {
  config: LiteLLMConfig;
  deployment: Deployment;
  temperature: number | null;
  timeoutMs: number;
}

type Matcher = (o: ProbeOutcome, ctx: DiagnoseContext) => Diagnosis | null;

const msg = (o: ProbeOutcome) => o.error?.message ?? '';
const where = (ctx: DiagnoseContext) => `${ctx.config.displayPath}:${ctx.deployment.position.line}`;
const host = (d: Deployment) => {
  try {
    return d.apiBase ? new URL(d.apiBase).host : 'the provider';
  } catch {
    return d.apiBase ?? 'the provider';
  }
};
const paramAt = (ctx: DiagnoseContext, param: string) => `${ctx.deployment.file}:${(ctx.deployment.paramPositions[param] ?? ctx.deployment.position).line}`;

/**
 * The part of a proxy message that says what happened: without LiteLLM's class prefixes
 * (`litellm.APIError: APIError: OpenAIException - `) and its trailer (`LiteLLM: model group ... failed`).
 */
export function messageCore(message: string, max = 200): string {
  const head = message.split(/\n\n(?:LiteLLM: model group|Deployment Info:)|\nstack trace:/)[0] ?? message;
  const core = head
    .replace(/^litellm\.\w+: /, '')
    .replace(/^\w+(?:Error|Exception): /, '')
    .replace(/^\w+Exception - /, '');
  return excerpt(core || message, max);
}
const withCore = (o: ProbeOutcome) => (msg(o) ? `: ${messageCore(msg(o)).replace(/\.$/, '')}` : '');

const temperatureByLiteLLM: Matcher = (o, ctx) => {
  if (!/UnsupportedParamsError/.test(msg(o)) || !/temperature/i.test(msg(o))) return null;
  return {
    code: 'temperature-rejected-by-litellm',
    summary: `LiteLLM rejects temperature=${ctx.temperature ?? '?'} for \`${ctx.deployment.model}\` (it only accepts temperature=1), before anything reaches the upstream.`,
    fix: `Set \`drop_params: true\` in the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}), or \`litellm_settings: {drop_params: true}\` for every alias.`,
  };
};

const temperatureByUpstream: Matcher = (o, ctx) => {
  const m = msg(o);
  const aboutTemperature = o.error?.param === 'temperature' || /'temperature'|temperature.*(not supported|does not support|unsupported)/i.test(m);
  if (!aboutTemperature || o.status === null || o.status >= 500) return null;
  const already = dropsTemperature(ctx.config, ctx.deployment);
  return {
    code: 'temperature-rejected-by-upstream',
    summary: `the upstream at ${host(ctx.deployment)} rejects temperature=${ctx.temperature ?? '?'} for '${ctx.deployment.alias}' (a reasoning model such as GPT-5 behind \`${ctx.deployment.model}\`?).`,
    // drop_params only drops what LiteLLM believes the model cannot take; behind a name like gpt-4o it keeps temperature.
    fix: already
      ? `drop_params is on but LiteLLM still forwards temperature for \`${ctx.deployment.model}\`: add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}).`
      : `Add \`additional_drop_params: ["temperature"]\` to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}); \`drop_params: true\` drops it only when the model name says it is a reasoning model (e.g. \`openai/gpt-5\`).`,
  };
};

const unsupportedParam: Matcher = (o, ctx) => {
  const m = msg(o);
  const listed = /does not support parameters: \[([^\]\n\r]+)\]/.exec(m)?.[1]; // LiteLLM: "openai does not support parameters: ['top_p'], for model=gpt-5"
  // Names are quoted from upstream text: only what a parameter name can hold ([\w.-]) is taken, never a line break.
  const one =
    /Unsupported (?:parameter|value): '([\w.-]+)'/.exec(m)?.[1] ??
    /doesn't support ([\w.-]+)=/.exec(m)?.[1] ??
    /Unrecognized request arguments? supplied: ([\w.-]+)/.exec(m)?.[1] ?? // OpenAI, for a parameter it does not know
    (o.error?.param && /unsupported|not supported/i.test(m) ? (paramName(o.error.param) ?? undefined) : undefined);
  const names = listed
    ? listed
        .split(',')
        .map((n) => paramName(n.trim().replace(/^['"]|['"]$/g, '')))
        .filter((n): n is string => n !== null)
    : one
      ? [one]
      : [];
  const byLiteLLM = /UnsupportedParamsError/.test(m);
  if (!names.length && !byLiteLLM) return null;
  const d = ctx.deployment;
  const named = names.map((n) => `\`${n}\``).join(', ');
  const drop = `\`additional_drop_params: [${names.map((n) => `"${n}"`).join(', ')}]\``;
  if (!names.length) {
    return {
      code: 'unsupported-param',
      summary: `LiteLLM rejects a request parameter for \`${d.model}\`${withCore(o)}.`,
      fix: `Set \`drop_params: true\` in the litellm_params of '${d.alias}' (${where(ctx)}).`,
    };
  }
  return {
    code: 'unsupported-param',
    summary: byLiteLLM
      ? `LiteLLM rejects the request parameter${names.length > 1 ? 's' : ''} ${named} for \`${d.model}\`, before anything reaches the upstream.`
      : `the upstream at ${host(d)} rejects the request parameter${names.length > 1 ? 's' : ''} ${named} for '${d.alias}'.`,
    fix: byLiteLLM
      ? `Set \`drop_params: true\` (or ${drop}) in the litellm_params of '${d.alias}' (${where(ctx)}), or stop sending ${named}.`
      : `Add ${drop} to the litellm_params of '${d.alias}' (${where(ctx)}) (\`drop_params: true\` drops only what LiteLLM knows the model cannot take), or stop sending ${named}.`,
  };
};

const unknownAlias: Matcher = (o, ctx) =>
  /Invalid model name passed in model=/.test(msg(o))
    ? {
        code: 'unknown-alias',
        summary: `the proxy does not know the alias '${ctx.deployment.alias}'.`,
        fix: `Check model_name at ${where(ctx)}; the proxy lists its aliases at /v1/models.`,
      }
    : null;

const noDeployment: Matcher = (o, ctx) =>
  /no healthy deployments|LLM Provider NOT provided/i.test(msg(o))
    ? {
        code: 'no-deployment',
        summary: `LiteLLM cannot route '${ctx.deployment.alias}' to \`${ctx.deployment.model}\`: no provider it knows.`,
        fix: `Prefix the model with its provider at ${ctx.config.displayPath}:${(ctx.deployment.paramPositions.model ?? ctx.deployment.position).line}: for an OpenAI-compatible server (vLLM) write \`openai/${ctx.deployment.model.replace(/^[^/]+\/(?=.*\/)/, '')}\`.`,
      }
    : null;

/** The proxy itself refused the key it was called with (only possible against an existing proxy). */
const PROXY_KEY_REFUSED =
  /No connected db\.|Invalid proxy server token|LiteLLM Virtual Key expected|Malformed API Key passed|Authentication Error, No api key passed/;

const auth: Matcher = (o, ctx) => {
  if (PROXY_KEY_REFUSED.test(msg(o))) {
    return {
      code: 'auth',
      summary: `the proxy refused the key verify-litellm called it with (HTTP ${o.status ?? '?'}${withCore(o)}), so '${ctx.deployment.alias}' was never tried.`,
      fix: "Pass the proxy's master key (or a virtual key; virtual keys need the proxy's database) as the proxy key.",
    };
  }
  if (!(o.status === 401 || o.status === 403 || /AuthenticationError|PermissionDeniedError|api_key client option must be set|Missing credentials/.test(msg(o))))
    return null;
  const key = ctx.deployment.envRefs.find((r) => r.param === 'api_key');
  return {
    code: 'auth',
    summary:
      /Missing credentials/.test(msg(o)) && !key
        ? `LiteLLM has no API key for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}): the deployment sets no api_key.`
        : `the upstream at ${host(ctx.deployment)} refused the key for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}).`,
    fix: key
      ? `Check the value of ${key.name} (the secret must be the upstream's API key, e.g. vLLM's --api-key).`
      : `Set api_key for '${ctx.deployment.alias}' (${where(ctx)}) to \`os.environ/VLLM_KEY\` and pass the key as a secret.`,
  };
};

const modelNotFound: Matcher = (o, ctx) => {
  if (!(o.status === 404 || /NotFoundError|does not exist|model_not_found/.test(msg(o)))) return null;
  const model = ctx.deployment.model.replace(/^[a-z_]+\//, '');
  const fixModel = `Make litellm_params.model at ${paramAt(ctx, 'model')} match a model id the server lists at ${ctx.deployment.apiBase ?? 'its'}/models (vLLM: the --served-model-name).`;
  // vLLM and OpenAI name the model they do not know; a bare 404 ("Error code: 404", {"detail":"Not Found"}) is a wrong path.
  if (!/does not exist|model_not_found|model\b.*not found|not found.*model/i.test(messageCore(msg(o), 1000))) {
    const noV1 = ctx.deployment.apiBase !== null && /^https?:\/\//.test(ctx.deployment.apiBase) && !/\/v1\/?$/.test(ctx.deployment.apiBase);
    // Advice about api_base only where there is one (and about /v1 only for plain OpenAI-style servers).
    const base = ctx.deployment.apiBase !== null;
    const openaiStyle = ctx.deployment.litellm?.openaiCompatible ?? true;
    return {
      code: 'upstream-model-not-found',
      summary: `the upstream at ${host(ctx.deployment)} answered 404 without naming a model: the path${noV1 && openaiStyle ? ` (api_base \`${ctx.deployment.apiBase}\` does not end in /v1)` : ''} or the model id \`${model}\` is wrong.`,
      fix: `${!base ? '' : noV1 && openaiStyle ? `If the server serves under /v1 (vLLM does; llama.cpp serves both), end api_base at ${paramAt(ctx, 'api_base')} with /v1 (LiteLLM appends /chat/completions to it). ` : `Check that api_base at ${paramAt(ctx, 'api_base')} is the server's API root. `}${fixModel}`,
    };
  }
  return { code: 'upstream-model-not-found', summary: `the upstream at ${host(ctx.deployment)} does not serve \`${model}\`.`, fix: fixModel };
};

const timeout: Matcher = (o, ctx) => {
  if (!(o.transport?.kind === 'timeout' || o.status === 408 || /litellm\.Timeout|APITimeoutError|timed out/i.test(msg(o)))) return null;
  // LiteLLM says which timeout it applied: "timeout value=3.0, time taken=3.0 seconds".
  const limit = /timeout value=([\d.]+)/.exec(msg(o))?.[1];
  return {
    code: 'timeout',
    summary: o.transport
      ? `no answer through the proxy within ${Math.round(ctx.timeoutMs / 1000)}s.`
      : `the upstream at ${host(ctx.deployment)} did not answer '${ctx.deployment.alias}' ${limit ? `within LiteLLM's timeout of ${Number(limit)}s` : 'in time'}.`,
    fix: `Check the server is up and not overloaded; for a slow first token raise ${setting('timeout')} and litellm_params.timeout${ctx.deployment.paramPositions.timeout ? ` at ${paramAt(ctx, 'timeout')}` : ''}.`,
  };
};

export type ConnectionCause = 'dns' | 'refused' | 'tls';

/**
 * Connection failures as their cause is worded by Python (the proxy's log, `/health`, LiteLLM releases that
 * keep the cause in the message) and by Node. LiteLLM 1.108.7's answer itself says only "Connection error."
 * for all three (test/fixtures/proxy-errors/litellm-1.108.7-faults.json).
 */
const CAUSES: ReadonlyArray<readonly [ConnectionCause, RegExp]> = [
  [
    'tls',
    /CERTIFICATE_VERIFY_FAILED|certificate verify failed|SSLCertVerificationError|SSLError|\[SSL[:\]]|WRONG_VERSION_NUMBER|self[- ]signed certificate|unable to (?:get local issuer|verify the first) certificate|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_/i,
  ],
  [
    'dns',
    /Name or service not known|nodename nor servname|Temporary failure in name resolution|No address associated with hostname|Name does not resolve|gaierror|getaddrinfo|ENOTFOUND|EAI_AGAIN|Could not resolve host/i,
  ],
  ['refused', /Connection refused|ECONNREFUSED|Errno 111\]|Errno 61\]|Connect call failed|actively refused/i],
];

export function connectionCauseIn(text: string): ConnectionCause | null {
  return CAUSES.find(([, re]) => re.test(text))?.[0] ?? null;
}

/** Host names reserved never to resolve (RFC 2606, RFC 6761). */
const NEVER_RESOLVES = /\.(?:invalid|test|example)\.?$/i;

/** Which failures an api_base allows: an IP literal cannot fail DNS, plain http cannot fail TLS. */
export function possibleConnectionCauses(apiBase: string | null): ConnectionCause[] {
  let url: URL;
  try {
    url = new URL(apiBase ?? 'https://provider.default');
  } catch {
    return ['dns', 'refused', 'tls'];
  }
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (NEVER_RESOLVES.test(hostname)) return ['dns'];
  const literal = isIP(hostname) !== 0 || hostname === 'localhost' || hostname.endsWith('.localhost');
  return [...(literal ? [] : ['dns' as const]), 'refused', ...(url.protocol === 'https:' ? ['tls' as const] : [])];
}

/** The line that names the cause, without its exception class: "[Errno -2] Name or service not known". */
function causeLine(message: string, cause: ConnectionCause): string {
  const re = CAUSES.find(([c]) => c === cause)![1];
  const line = message.split('\n').find((l) => re.test(l)) ?? message;
  return excerpt(messageCore(line, 1000).replace(/^[\w.]+(?:Error|Exception|gaierror): /, ''), 100);
}

const connection: Matcher = (o, ctx) => {
  const m = msg(o);
  const named = connectionCauseIn(m);
  if (!named && !/Connection error|APIConnectionError|ConnectError|Cannot connect/i.test(m)) return null;
  const d = ctx.deployment;
  if (d.params.api_base === undefined || d.params.api_base === null)
    // No api_base to fix: LiteLLM called the provider's own endpoint.
    return {
      code: 'connection',
      summary: `LiteLLM could not connect to ${d.litellm?.provider ?? d.provider ?? 'the provider'}'s endpoint for '${d.alias}'${withCore(o)}.`,
      fix: "The route has no api_base, so LiteLLM used the provider's own endpoint: check the runner's network access to it (HTTPS_PROXY / NO_PROXY, firewall), or set api_base if the route should go elsewhere.",
    };
  const at = paramAt(ctx, 'api_base');
  let url: URL | null = null;
  try {
    url = d.apiBase ? new URL(d.apiBase) : null;
  } catch {
    url = null;
  }
  const target = url ? url.host : (d.apiBase ?? "the provider's default endpoint");
  const hostname = url?.hostname ?? '';
  const possible = possibleConnectionCauses(d.apiBase);
  const cause = named ?? (possible.length === 1 ? possible[0]! : null);
  const serviceName = hostname !== '' && !hostname.includes('.') && hostname !== 'localhost' && isIP(hostname) === 0;
  const fixFor: Record<ConnectionCause, string> = {
    dns: `${hostname ? `the host name \`${hostname}\`` : "the provider's host name"} must resolve from the runner${serviceName ? ` (\`${hostname}\` looks like a Docker Compose or Kubernetes service name, which resolves only inside that network; from the runner use 127.0.0.1 and the published port)` : ''}`,
    refused: `the model server must be running and listening on ${target} before this step (check host, port and http/https)`,
    tls: /WRONG_VERSION_NUMBER/i.test(m)
      ? 'the server does not speak TLS on that port: use http:// in api_base'
      : "the server's certificate must be one the proxy trusts: for a self-signed or private-CA certificate set SSL_CERT_FILE to its CA bundle in the step's env (the proxy inherits it), or as a last resort `litellm_settings: {ssl_verify: false}`; for a plain-HTTP server use http://",
  };
  const said = named ? ` (${named === 'tls' ? 'TLS' : named === 'dns' ? 'DNS' : 'connection refused'}: ${causeLine(m, named)})` : '';
  if (cause === 'dns') {
    return {
      code: 'connection',
      summary: `LiteLLM cannot resolve ${hostname ? `the host name \`${hostname}\`` : "the provider's host name"} for '${d.alias}'${said || (NEVER_RESOLVES.test(hostname) ? ' (a reserved name that never resolves)' : ' (DNS)')}.`,
      fix: `Fix the host in api_base at ${at}: ${fixFor.dns}.`,
    };
  }
  if (cause === 'refused') {
    return {
      code: 'connection',
      summary: named
        ? `nothing accepted LiteLLM's connection to ${target} for '${d.alias}'${said}.`
        : `LiteLLM's connection to ${target} for '${d.alias}' was refused, or closed before an answer ("Connection error.").`,
      fix: `Check api_base at ${at}: ${fixFor.refused}.`,
    };
  }
  if (cause === 'tls') {
    return {
      code: 'connection',
      summary: `LiteLLM's TLS handshake with ${target} failed for '${d.alias}'${said}.`,
      fix: `Check api_base at ${at}: ${fixFor.tls}.`,
    };
  }
  const reasons: Record<ConnectionCause, string> = {
    dns: 'the host name does not resolve from the runner',
    refused: 'nothing accepts connections on that port',
    tls: 'the TLS handshake fails (an untrusted or self-signed certificate, or https:// to a plain-HTTP port)',
  };
  return {
    code: 'connection',
    summary: `LiteLLM cannot connect to ${target} for '${d.alias}': ${possible.map((c) => reasons[c]).join(', or ')} (LiteLLM says only "Connection error.").`,
    fix: `Check api_base at ${at}: ${possible.map((c) => fixFor[c]).join('; ')}.`,
  };
};

const rateLimit: Matcher = (o, ctx) =>
  o.status === 429 || /RateLimitError/.test(msg(o))
    ? {
        code: 'rate-limit',
        // retry-after is seconds or an HTTP date; LiteLLM forwards the upstream's (see withUpstreamRetryAfter).
        summary: `the upstream at ${host(ctx.deployment)} is rate-limiting '${ctx.deployment.alias}'${o.retryAfter ? ` (retry after ${/^\d+(?:\.\d+)?$/.test(o.retryAfter.trim()) ? `${o.retryAfter.trim()}s` : o.retryAfter.trim()})` : ''}.`,
        fix: 'Probe less often, raise the quota, or add `rpm`/`tpm` limits so LiteLLM paces requests.',
      }
    : null;

const invalidResponse: Matcher = (o, ctx) =>
  o.problem === 'not-json' || /Empty or invalid response|JSONDecodeError|Expecting value/i.test(msg(o))
    ? {
        code: 'invalid-response',
        summary: `the server at ${host(ctx.deployment)} answered with something that is not an OpenAI-compatible JSON reply.`,
        fix: `Check that api_base points at the model server's API (ending in /v1), not at a web page or a reverse proxy's error page.`,
      }
    : null;

const emptyReply: Matcher = (o, ctx) =>
  o.problem === 'empty-reply' || o.problem === 'no-vector'
    ? {
        code: 'empty-reply',
        summary: `'${ctx.deployment.alias}' answered 200 with no content${o.endpoint === 'embeddings' ? ' (no vector)' : ''}.`,
        fix: "Raise max-tokens (a thinking model may spend them all thinking), or check the server's chat template and reasoning parser.",
      }
    : null;

const upstreamError: Matcher = (o, ctx) =>
  (o.status !== null && o.status >= 500) || o.transport
    ? {
        code: 'upstream-error',
        summary: o.transport
          ? `the exchange with the proxy broke: ${o.transport.message}.`
          : `the upstream at ${host(ctx.deployment)} failed with HTTP ${o.status}${withCore(o)}.`,
        fix: "Check the model server's logs; this is a server-side failure, not a config mistake.",
      }
    : null;

const badRequest: Matcher = (o, ctx) =>
  o.status === 400
    ? {
        code: 'bad-request',
        summary: `the request for '${ctx.deployment.alias}' was rejected as invalid${withCore(o)}.`,
        fix: 'Read the error message; it names what the upstream did not accept.',
      }
    : null;

/** A 200 stream that carried an error event or stopped before [DONE]: the route itself answered. */
const streamBroken: Matcher = (o) =>
  o.endpoint === 'stream' && ((o.status === 200 && o.error) || o.problem === 'unterminated-stream')
    ? {
        code: 'stream-broken',
        summary: o.error ? `the streamed reply carried an error event: ${messageCore(o.error.message)}` : 'the stream ended without [DONE].',
        fix: "Non-streaming requests work, so the route is right; check the model server's streaming (vLLM logs) and any reverse proxy buffering SSE.",
      }
    : null;

/** Order matters: the most specific explanation wins. */
const MATCHERS: readonly Matcher[] = [
  streamBroken,
  diagnoseContext,
  temperatureByLiteLLM,
  temperatureByUpstream,
  unsupportedParam,
  unknownAlias,
  noDeployment,
  cloudCredentials,
  auth,
  timeout,
  rateLimit,
  invalidResponse,
  connection,
  azureNotFound,
  modelNotFound,
  emptyReply,
  upstreamError,
  badRequest,
];

export function diagnose(outcome: ProbeOutcome, ctx: DiagnoseContext): Diagnosis {
  for (const matcher of MATCHERS) {
    const found = matcher(outcome, ctx);
    if (found) return found;
  }
  return {
    code: 'unknown',
    // No guess: the proxy's own words (the report also keeps the whole message verbatim, masked).
    summary: `'${ctx.deployment.alias}' failed${outcome.status ? ` with HTTP ${outcome.status}` : ''}${withCore(outcome) || "; see the proxy's message"}.`,
    fix: "The proxy's message is shown verbatim; if it names a setting, change it in the config.",
  };
}

export function isTemperatureDiagnosis(d: Diagnosis): boolean {
  return d.code === 'temperature-rejected-by-litellm' || d.code === 'temperature-rejected-by-upstream';
}
