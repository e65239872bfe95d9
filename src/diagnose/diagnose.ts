// Turns what the real proxy answered into a one-line diagnosis and the fix.
// Each matcher is keyed on the text LiteLLM really produces (fixtures in test/fixtures/proxy-errors/).
import type { Deployment, LiteLLMConfig } from '../config/load.ts';
import { dropsTemperature } from '../config/lint.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';

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
  const named = /Unsupported (?:parameter|value): '([^']+)'/.exec(m)?.[1] ?? /doesn't support ([a-z_]+)=/.exec(m)?.[1] ?? (o.error?.param && /unsupported|not supported/i.test(m) ? o.error.param : undefined);
  if (!named && !/UnsupportedParamsError/.test(m)) return null;
  const param = named ?? 'a parameter';
  return {
    code: 'unsupported-param',
    summary: `'${ctx.deployment.alias}' rejects the request parameter ${param}.`,
    fix: `Add \`additional_drop_params: ["${param}"]\` (or \`drop_params: true\`) to the litellm_params of '${ctx.deployment.alias}' (${where(ctx)}), or stop sending ${param}.`,
  };
};

const unknownAlias: Matcher = (o, ctx) =>
  /Invalid model name passed in model=/.test(msg(o))
    ? { code: 'unknown-alias', summary: `the proxy does not know the alias '${ctx.deployment.alias}'.`, fix: `Check model_name at ${where(ctx)}; the proxy lists its aliases at /v1/models.` }
    : null;

const noDeployment: Matcher = (o, ctx) =>
  /no healthy deployments|LLM Provider NOT provided/i.test(msg(o))
    ? {
        code: 'no-deployment',
        summary: `LiteLLM cannot route '${ctx.deployment.alias}' to \`${ctx.deployment.model}\`: no provider it knows.`,
        fix: `Prefix the model with its provider at ${ctx.config.displayPath}:${(ctx.deployment.paramPositions.model ?? ctx.deployment.position).line}: for an OpenAI-compatible server (vLLM) write \`openai/${ctx.deployment.model.replace(/^[^/]+\/(?=.*\/)/, '')}\`.`,
      }
    : null;

const auth: Matcher = (o, ctx) => {
  if (!(o.status === 401 || o.status === 403 || /AuthenticationError|PermissionDeniedError|api_key client option must be set|Missing credentials/.test(msg(o)))) return null;
  const key = ctx.deployment.envRefs.find((r) => r.param === 'api_key');
  return {
    code: 'auth',
    summary: /Missing credentials/.test(msg(o)) && !key
      ? `LiteLLM has no API key for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}): the deployment sets no api_key.`
      : `the upstream at ${host(ctx.deployment)} refused the key for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}).`,
    fix: key ? `Check the value of ${key.name} (the secret must be the upstream's API key, e.g. vLLM's --api-key).` : `Set api_key for '${ctx.deployment.alias}' (${where(ctx)}) to \`os.environ/VLLM_KEY\` and pass the key as a secret.`,
  };
};

const modelNotFound: Matcher = (o, ctx) =>
  o.status === 404 || /NotFoundError|does not exist|model_not_found/.test(msg(o))
    ? {
        code: 'upstream-model-not-found',
        summary: `the upstream at ${host(ctx.deployment)} does not serve \`${ctx.deployment.model.replace(/^[a-z_]+\//, '')}\`.`,
        fix: `Make litellm_params.model at ${ctx.config.displayPath}:${(ctx.deployment.paramPositions.model ?? ctx.deployment.position).line} match a model id the server lists at ${ctx.deployment.apiBase ?? 'its'}/models (vLLM: the --served-model-name).`,
      }
    : null;

const timeout: Matcher = (o, ctx) =>
  o.transport?.kind === 'timeout' || o.status === 408 || /litellm\.Timeout|APITimeoutError|timed out/i.test(msg(o))
    ? {
        code: 'timeout',
        summary: o.transport ? `no answer through the proxy within ${Math.round(ctx.timeoutMs / 1000)}s.` : `the upstream at ${host(ctx.deployment)} did not answer in time.`,
        fix: 'Check the server is up and not overloaded; for a slow first token raise `timeout` (the input) and litellm_params.timeout.',
      }
    : null;

const connection: Matcher = (o, ctx) =>
  /Connection error|APIConnectionError|ConnectError|Cannot connect|Name or service not known|nodename nor servname/i.test(msg(o))
    ? {
        code: 'connection',
        summary: `LiteLLM cannot connect to the api_base of '${ctx.deployment.alias}' (${ctx.deployment.apiBase ?? 'provider default'}).`,
        fix: `Check api_base at ${ctx.config.displayPath}:${(ctx.deployment.paramPositions.api_base ?? ctx.deployment.position).line}: host, port, scheme, and that the server is running and reachable from the runner.`,
      }
    : null;

const rateLimit: Matcher = (o, ctx) =>
  o.status === 429 || /RateLimitError/.test(msg(o))
    ? {
        code: 'rate-limit',
        summary: `the upstream at ${host(ctx.deployment)} is rate-limiting '${ctx.deployment.alias}'${o.retryAfter ? ` (retry after ${o.retryAfter}s)` : ''}.`,
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
        fix: 'Raise max-tokens (a thinking model may spend them all thinking), or check the server\'s chat template and reasoning parser.',
      }
    : null;

const upstreamError: Matcher = (o, ctx) =>
  (o.status !== null && o.status >= 500) || o.transport
    ? {
        code: 'upstream-error',
        summary: o.transport ? `the exchange with the proxy broke: ${o.transport.message}.` : `the upstream at ${host(ctx.deployment)} failed with HTTP ${o.status}.`,
        fix: 'Check the model server\'s logs; this is a server-side failure, not a config mistake.',
      }
    : null;

const badRequest: Matcher = (o, ctx) =>
  o.status === 400
    ? { code: 'bad-request', summary: `the request for '${ctx.deployment.alias}' was rejected as invalid.`, fix: 'Read the error message; it names what the upstream did not accept.' }
    : null;

/** Order matters: the most specific explanation wins. */
const MATCHERS: readonly Matcher[] = [
  temperatureByLiteLLM,
  temperatureByUpstream,
  unsupportedParam,
  unknownAlias,
  noDeployment,
  auth,
  timeout,
  rateLimit,
  invalidResponse,
  connection,
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
    summary: `'${ctx.deployment.alias}' failed${outcome.status ? ` with HTTP ${outcome.status}` : ''}; see the proxy's message.`,
    fix: 'The proxy\'s message is shown verbatim; if it names a setting, change it in the config.',
  };
}

export function isTemperatureDiagnosis(d: Diagnosis): boolean {
  return d.code === 'temperature-rejected-by-litellm' || d.code === 'temperature-rejected-by-upstream';
}
