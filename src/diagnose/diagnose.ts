// Turns what the real proxy answered into a one-line diagnosis and the fix.
// Each matcher is keyed on the text LiteLLM really produces (fixtures in test/fixtures/proxy-errors/).
import { type ProbeOutcome } from '../probe/outcome.ts';
import { azureNotFound, cloudCredentials, credentialsUnusable, packageMissing, providerMissing } from './provider.ts';
import { diagnoseContext } from './context.ts';
import { setting } from '../options/settings.ts';
import { connection } from './connection.ts';
import {
  host,
  lacksV1,
  messageCore,
  msg,
  NAMES_A_MODEL,
  paramAt,
  upstreamModelOf,
  where,
  withCore,
  type DiagnoseContext,
  type Diagnosis,
  type Matcher,
} from './matcher.ts';
import { temperatureByLiteLLM, temperatureByUpstream, unsupportedParam } from './params.ts';
import { serverOf } from './servers.ts';
import { errorIn200, modelRefused } from './model-refusals.ts';
import { noResponsesApi } from './responses-api.ts';
import { basicAuthAsked, challenged, credentialsInApiBase } from './gateways.ts';
import {
  emptyReply,
  failedMidStream,
  failedResponse,
  invalidResponse,
  noChoices,
  notACompletion,
  oversized,
  oversizedHeaders,
  proxyFailed,
  streamBroken,
  unreadableReply,
} from './reply-shape.ts';

export type { Diagnosis, DiagnosisCode, DiagnoseContext } from './matcher.ts';
export { messageCore, upstreamModelOf } from './matcher.ts';
export {
  connectedYetBroken,
  connectionCauseIn,
  outboundUnreachable,
  possibleConnectionCauses,
  unreachableBecause,
  type ConnectionCause,
} from './connection.ts';

const unknownAlias: Matcher = (o, ctx) =>
  /Invalid model name passed in model=/.test(msg(o))
    ? {
        code: 'unknown-alias',
        summary: `the proxy does not know the alias '${ctx.deployment.alias}'.`,
        fix: `Check model_name at ${where(ctx)}; the proxy lists its aliases at /v1/models.`,
      }
    : null;

const noDeployment: Matcher = (o, ctx) => {
  if (!/no healthy deployments|LLM Provider NOT provided/i.test(msg(o))) return null;
  const d = ctx.deployment;
  const at = `${ctx.config.displayPath}:${(d.paramPositions.model ?? d.position).line}`;
  // As the lint says it (config/rules/litellm.ts): `openai/` is the fix for a server of one's own (an api_base), not
  // for a bare cloud id such as `chat-bison` (andrewginns/google-cloud-litellm-proxy), and a provider LiteLLM knows
  // but cannot set up (chatgpt/, github_copilot/ without a login) needs what LiteLLM's own error names.
  if (d.litellm?.providerKnown && d.litellm.providerError)
    return {
      code: 'no-deployment',
      summary: `LiteLLM knows the provider of '${d.alias}' (\`${d.model}\`) but cannot set the route up: ${messageCore(d.litellm.providerError)}`,
      fix: `Do what LiteLLM's message asks; if the route needs a login a CI runner cannot do, leave '${d.alias}' out of ${setting('models')} to verify the other routes.`,
    };
  return {
    code: 'no-deployment',
    summary: `LiteLLM cannot route '${d.alias}' to \`${d.model}\`: no provider it knows.`,
    fix: d.apiBase
      ? `Prefix the model with its provider at ${at}: for an OpenAI-compatible server (vLLM) write \`openai/${d.model.replace(/^[^/]+\/(?=.*\/)/, '')}\`.`
      : `Prefix the model with its provider at ${at} (\`vertex_ai/\`, \`openai/\`, \`anthropic/\`, ...; see litellm.provider_list).`,
  };
};

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
  // "Missing credentials" is the OpenAI SDK refusing to build a client without a key (openai/lib/_client_auth.py),
  // before any request: no upstream refused anything. After "All fallback attempts failed" (LiteLLM's
  // litellm_core_utils/fallback_utils.py) it is the last fallback's error, not the route's own: a per-deployment
  // `fallbacks: [{model: openai/..., api_key: ""}]` (choukalos/homelab-ai-harness) ends that way.
  const missing = /Missing credentials/.test(msg(o));
  if (missing && /All fallback attempts failed/.test(msg(o)))
    return {
      code: 'auth',
      summary: `'${ctx.deployment.alias}' failed, and so did the fallback LiteLLM tried after it, which had no API key to send (HTTP ${o.status ?? '?'}: LiteLLM's OpenAI client refuses to call without one).`,
      fix: `Give the deployment '${ctx.deployment.alias}' falls back to an api_key (its litellm_params.fallbacks, or the fallbacks in router_settings / litellm_settings); the proxy log says why '${ctx.deployment.alias}' itself failed.`,
    };
  return {
    code: 'auth',
    summary: missing
      ? `LiteLLM had no API key to send for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}): ${key ? `${key.name} reached the proxy empty` : 'the deployment sets no api_key'}.`
      : `the upstream at ${host(ctx.deployment)} refused the key for '${ctx.deployment.alias}' (HTTP ${o.status ?? '?'}).`,
    fix: key
      ? `Check the value of ${key.name} (the secret must be the key the upstream was started with: \`--api-key\` for vLLM, llama-server, SGLang and TGI alike).`
      : `Set api_key for '${ctx.deployment.alias}' (${where(ctx)}) to \`os.environ/VLLM_KEY\` and pass the key as a secret.`,
  };
};

const modelNotFound: Matcher = (o, ctx) => {
  if (!(o.status === 404 || /NotFoundError|does not exist|model_not_found/.test(msg(o)))) return null;
  const model = upstreamModelOf(ctx.deployment);
  const fixModel = `Make litellm_params.model at ${paramAt(ctx, 'model')} match a model id the server lists at ${ctx.deployment.apiBase ?? 'its'}/models (vLLM and SGLang: its --served-model-name; llama-server in router mode: its models dir or preset).`;
  // vLLM and OpenAI name the model they do not know; a bare 404 ("Error code: 404", {"detail":"Not Found"}) is a wrong path.
  if (!NAMES_A_MODEL.test(messageCore(msg(o), 1000))) {
    const noV1 = lacksV1(ctx.deployment);
    // Advice about api_base only where there is one (and about /v1 only for plain OpenAI-style servers).
    const base = ctx.deployment.apiBase !== null;
    const openaiStyle = ctx.deployment.litellm?.openaiCompatible ?? true;
    return {
      code: 'upstream-model-not-found',
      summary: `the upstream at ${host(ctx.deployment)} answered 404 without naming a model: the path${noV1 && openaiStyle ? ` (api_base \`${ctx.deployment.apiBase}\` does not end in /v1)` : ''} or the model id \`${model}\` is wrong.`,
      fix: `${!base ? '' : noV1 && openaiStyle ? `If the server serves under /v1 (vLLM does; llama.cpp serves both), end api_base at ${paramAt(ctx, 'api_base')} with /v1 (LiteLLM appends /chat/completions to it). ` : `Check that api_base at ${paramAt(ctx, 'api_base')} is the server's API root. `}${fixModel}`,
    };
  }
  // Ollama serves what was pulled onto it: "model 'x' not found" (server/routes.go, see src/standin/ollama.ts).
  const ollama = serverOf(msg(o), ctx.deployment) === 'ollama';
  const pull = `\`ollama pull ${model}\``;
  return {
    code: 'upstream-model-not-found',
    summary: `the upstream at ${host(ctx.deployment)}${ollama ? ' (Ollama)' : ''} does not serve \`${model}\`${ollama ? ': it is not pulled there' : ''}.`,
    fix: ollama
      ? `Pull it on the Ollama server (${pull}), or make litellm_params.model at ${paramAt(ctx, 'model')} name a model \`ollama list\` shows, with its tag (no tag means \`:latest\`).`
      : `${fixModel}${/model '[^'\n]*' not found/.test(msg(o)) ? ` On Ollama, pull it: ${pull}.` : ''}`,
  };
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

const rateLimit: Matcher = (o, ctx) =>
  o.status === 429 || /RateLimitError/.test(msg(o))
    ? {
        code: 'rate-limit',
        // retry-after is seconds or an HTTP date; LiteLLM forwards the upstream's (see withUpstreamRetryAfter).
        summary: `the upstream at ${host(ctx.deployment)} is rate-limiting '${ctx.deployment.alias}'${o.retryAfter ? ` (retry after ${/^\d+(?:\.\d+)?$/.test(o.retryAfter.trim()) ? `${o.retryAfter.trim()}s` : o.retryAfter.trim()})` : ''}.`,
        fix: 'Probe less often, raise the quota, or add `rpm`/`tpm` limits so LiteLLM paces requests.',
      }
    : null;

/**
 * The upstream answered a redirect. The openai client raises it as an error and LiteLLM relays a 500 "Error code:
 * 307"; the proxy verify-litellm starts follows no redirect (a redirect could carry the key to another host, see
 * the allowed-hosts policy), so the fix is an api_base that needs none.
 */
const redirect: Matcher = (o, ctx) =>
  /Error code: 30[12378]\b/.test(msg(o)) || (o.status !== null && [301, 302, 303, 307, 308].includes(o.status))
    ? {
        code: 'upstream-redirect',
        summary: `the upstream at ${host(ctx.deployment)} answered '${ctx.deployment.alias}' with a redirect (HTTP ${/Error code: (30\d)/.exec(msg(o))?.[1] ?? o.status})${o.location ? ` to ${o.location}` : ''}; the proxy does not follow redirects, so a key never goes to a host the config does not name.`,
        fix: `Set api_base${ctx.deployment.paramPositions.api_base ? ` at ${paramAt(ctx, 'api_base')}` : ''} to the address the server answers at${o.location ? ` (the redirect points at ${o.location})` : ''}: often https:// instead of http://, or another host or path.`,
      }
    : null;

/**
 * A 4xx whose reason LiteLLM lost: the OpenAI client it calls upstreams with reads `error.message` of an
 * OpenAI-style body, and keeps only "Error code: 422" when `error` is a string. TGI answers every input
 * validation error so (`{"error": "Input validation error: ...", "error_type": "validation"}`, see
 * src/standin/tgi.ts); its streamed refusal does keep the words (probe-alias.ts reads them from the stream probe).
 */
const reasonLost: Matcher = (o, ctx) => {
  if (o.status === null || o.status < 400 || o.status >= 500 || !/^Error code: \d+$/.test(messageCore(msg(o)).trim())) return null;
  const tgi = o.status === 422;
  return {
    code: 'bad-request',
    summary: `the upstream at ${host(ctx.deployment)} refused the request for '${ctx.deployment.alias}' with HTTP ${o.status} and LiteLLM relayed no reason (the server's error was not an OpenAI-style object${tgi ? '; TGI answers its input validation errors so, most often prompt + max_tokens past its --max-total-tokens' : ''}).`,
    fix: `Read the reason in the model server's log, or send it the same request directly${tgi ? '; on TGI, start it with a larger `--max-total-tokens` or have the client ask for fewer max_tokens' : ''}.`,
  };
};

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

/**
 * An `auto_router/...` deployment (Fast-Editor/Lynkr's `auto_router/complexity_router` with tiers) answers nothing
 * itself: LiteLLM's router sends each request on to one of the aliases its router config names
 * (litellm/router_strategy/complexity_router, 1.108.7), so its error is that alias's, not a model id of its own.
 */
const routedAliasFailed: Matcher = (o, ctx) =>
  ctx.deployment.litellm?.provider === 'auto_router' && (o.status !== null || o.error)
    ? {
        code: 'routed-alias-failed',
        summary: `'${ctx.deployment.alias}' is a LiteLLM auto router: it sent the request on to one of the aliases it routes to, and that one failed${withCore(o)}.`,
        fix: `The aliases '${ctx.deployment.alias}' routes to (its router config at ${where(ctx)}) have rows of their own in this report: fix the failing one.`,
      }
    : null;

/** Order matters: the most specific explanation wins. */
const MATCHERS: readonly Matcher[] = [
  streamBroken,
  failedResponse,
  routedAliasFailed,
  diagnoseContext,
  temperatureByLiteLLM,
  temperatureByUpstream,
  unsupportedParam,
  unknownAlias,
  providerMissing,
  noDeployment,
  credentialsUnusable,
  packageMissing,
  cloudCredentials,
  challenged,
  credentialsInApiBase,
  basicAuthAsked,
  auth,
  timeout,
  rateLimit,
  unreadableReply,
  invalidResponse,
  noChoices,
  notACompletion,
  oversized,
  oversizedHeaders,
  connection,
  azureNotFound,
  noResponsesApi,
  modelRefused,
  modelNotFound,
  emptyReply,
  redirect,
  errorIn200,
  reasonLost,
  proxyFailed,
  failedMidStream,
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

/** A probe timed out and the proxy itself no longer answers its liveness check: not this route's fault as far as anyone can tell. */
export function proxyUnresponsive(ctx: DiagnoseContext): Diagnosis {
  return {
    code: 'proxy-unresponsive',
    summary: `no answer for '${ctx.deployment.alias}' within ${Math.round(ctx.timeoutMs / 1000)}s, and the LiteLLM proxy itself stopped answering (its /health/liveliness too): something blocked the whole proxy, so this route is not shown to be at fault.`,
    fix: "Look for the route whose upstream misbehaves (an error body of several MB, even gzip-compressed, keeps LiteLLM's single worker busy for seconds per MB), in the proxy log or by probing the aliases one at a time; then fix or remove that route.",
  };
}

export function isTemperatureDiagnosis(d: Diagnosis): boolean {
  return d.code === 'temperature-rejected-by-litellm' || d.code === 'temperature-rejected-by-upstream';
}
