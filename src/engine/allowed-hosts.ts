// `allowed-hosts`: the hosts a key may be sent to. A config from a pull request could point a route's
// api_base (or an `os.environ/` it reads, or a base-URL variable it sets) at any host and have the route's key
// sent there by the proxy and by the served-model check. Checked before anything is installed or started.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { asTheProxyReads } from '../litellm/environment.ts';
import { DEFAULT_LITELLM_VERSION } from '../litellm/lock.ts';
import { shippedProviderHosts } from '../litellm/provider-hosts.ts';
import { setting } from '../options/settings.ts';
import { VerifyError } from '../util/errors.ts';
import { agreedHost } from '../util/url-host.ts';

/**
 * Providers whose default host LiteLLM's get_api_base and get_llm_provider do not give (so the recorded answer,
 * locks/litellm-<version>.hosts.json, leaves them out), as LiteLLM 1.108.7 hard-codes it in litellm/main.py.
 */
const HARD_CODED: Readonly<Record<string, readonly string[]>> = {
  anthropic: ['api.anthropic.com'], // `or "https://api.anthropic.com/v1/messages"` (and /v1/complete)
  cohere: ['api.cohere.com', 'api.cohere.ai'], // v2 chat `or "https://api.cohere.com/v2/chat"`, v1 `or "https://api.cohere.ai/v1/chat"`
  cohere_chat: ['api.cohere.com', 'api.cohere.ai'],
  openrouter: ['openrouter.ai'], // `or "https://openrouter.ai/api/v1"`
};

/**
 * Variables that move where LiteLLM sends a route with no api_base (OPENAI_BASE_URL, OPENAI_API_BASE,
 * ANTHROPIC_API_BASE, AZURE_API_BASE, ...: litellm/main.py reads `get_secret("<PROVIDER>_API_BASE")` before
 * the default). A config sets them in `environment_variables`; the runner's own never reach the proxy unless
 * the config names them.
 */
const BASE_VARIABLE = /(_API_BASE|_BASE_URL|_API_URL|_ENDPOINT)$/i;
/**
 * Other names LiteLLM 1.108.7 sends requests or credentials to: llms/databricks/agent/transformation.py
 * (DATABRICKS_HOST), llms/watsonx/common_utils.py (WATSONX_URL, WML_URL, WX_URL, and WATSONX_IAM_URL, which gets
 * the API key for a token), llms/azure/common_utils.py (AZURE_AUTHORITY_HOST, the Entra ID sign-in),
 * llms/gigachat/authenticator.py (GIGACHAT_AUTH_URL), llms/bedrock/search/transformation.py (AGENTCORE_GATEWAY_URL).
 */
const DESTINATION_VARIABLES = new Set([
  'DATABRICKS_HOST',
  'WATSONX_URL',
  'WML_URL',
  'WX_URL',
  'WATSONX_IAM_URL',
  'AZURE_AUTHORITY_HOST',
  'GIGACHAT_AUTH_URL',
  'AGENTCORE_GATEWAY_URL',
]);

/**
 * The host of a URL, or of a bare host name (DATABRICKS_HOST may be written without a scheme); null when it has
 * none, or when Node and LiteLLM's Python clients would read two different hosts (`https://ok.example\@other/`).
 */
function hostOf(url: string): string | null {
  const agreed = agreedHost(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`);
  return agreed && 'host' in agreed ? agreed.host : null;
}

/**
 * The hosts a route sends its key to: its api_base's (resolved as the proxy reads it), else the ones LiteLLM
 * sends its provider's routes to (its own answer for `version`, recorded next to the lock); null when unknown.
 */
export function routeHosts(d: Deployment, read: (name: string) => string | undefined, version = DEFAULT_LITELLM_VERSION): string[] | null {
  const raw = d.params.api_base;
  const base = typeof raw === 'string' ? (raw.startsWith('os.environ/') ? read(raw.slice('os.environ/'.length)) : raw) : undefined;
  if (base) {
    const host = hostOf(base);
    return host ? [host] : null;
  }
  if (!d.provider) return null;
  const known = shippedProviderHosts(version)?.hosts[d.provider] ?? HARD_CODED[d.provider];
  return known?.length ? [...known] : null;
}

/** `: ...` naming both hosts when the route's api_base reads as two (Node's, then LiteLLM's), else ''. */
function twoHosts(d: Deployment, read: (name: string) => string | undefined): string {
  const raw = d.params.api_base;
  const base = typeof raw === 'string' ? (raw.startsWith('os.environ/') ? read(raw.slice('os.environ/'.length)) : raw) : undefined;
  const agreed = base ? agreedHost(base) : null;
  return agreed && 'disagree' in agreed ? `: it reads as ${agreed.disagree[0]} here but LiteLLM's HTTP client connects to ${agreed.disagree[1]}` : '';
}

export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a.replace(/^\[|\]$/g, '')));
}

/**
 * Throws (stage config) naming every probed route, and every base URL the config sets, that would send a key outside
 * `allowed`. `read` is the proxy's environment: a route's `os.environ/` is resolved from it alone, since LiteLLM
 * resolves the model list before it applies `environment_variables` (proxy_server.py get_config, then load_config's
 * _load_environment_variables, 1.108.7); a route whose api_base resolves to nothing goes to its provider's host. The
 * base-URL variables the config sets are read as they hold once applied.
 */
export function checkAllowedHosts(
  config: Pick<LiteLLMConfig, 'environmentVariables' | 'litellmSettings'>,
  deployments: readonly Deployment[],
  allowed: readonly string[],
  read: (name: string) => string | undefined,
  version = DEFAULT_LITELLM_VERSION,
): void {
  const applied = asTheProxyReads(read, config.environmentVariables);
  const outside: string[] = [];
  for (const d of deployments) {
    const hosts = routeHosts(d, read, version);
    if (hosts === null)
      outside.push(
        d.params.api_base
          ? `'${d.alias}' (its api_base has no host this check can read${twoHosts(d, read)})`
          : `'${d.alias}' (${d.provider ?? 'unknown provider'}: no api_base, and LiteLLM names no default host for it)`,
      );
    else for (const host of hosts.filter((h) => !hostAllowed(h, allowed))) outside.push(`'${d.alias}' -> ${host}`);
  }
  // A base URL the config sets for every route: any route without an api_base may send its key there.
  const bases: Array<[string, string | undefined]> = Object.keys(config.environmentVariables)
    .filter((name) => BASE_VARIABLE.test(name) || DESTINATION_VARIABLES.has(name.toUpperCase()))
    .map((name) => [`environment_variables.${name}`, applied(name)]);
  const global = config.litellmSettings.api_base;
  if (typeof global === 'string')
    bases.push(['litellm_settings.api_base', global.startsWith('os.environ/') ? applied(global.slice('os.environ/'.length)) : global]);
  for (const [where, value] of bases) {
    if (!value) continue;
    const host = hostOf(value);
    if (host === null || !hostAllowed(host, allowed)) outside.push(`${where} -> ${host ?? 'no host'}`);
  }
  if (!outside.length) return;
  throw new VerifyError(
    `${outside.length} route${outside.length > 1 ? 's or settings' : ' or setting'} would send a key outside ${setting('allowed-hosts')} (${allowed.join(', ')}): ${outside.join('; ')}. Nothing was started.`,
    'config',
    {
      fix: `Add the host to ${setting('allowed-hosts')} if it is yours, give the route an explicit api_base, or leave the route out with ${setting('models')}.`,
    },
  );
}
