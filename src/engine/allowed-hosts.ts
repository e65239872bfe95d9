// `allowed-hosts`: the hosts a key may be sent to. A config from a pull request could point a route's
// api_base (or an `os.environ/` it reads) at any host and have the route's key sent there by the proxy and by
// the served-model check. Checked before anything is installed or started.
import type { Deployment } from '../config/types.ts';
import { setting } from '../options/settings.ts';
import { VerifyError } from '../util/errors.ts';

/**
 * The provider's own endpoint when a route sets no api_base, for the providers whose default LiteLLM 1.108.7
 * hard-codes (litellm/llms/openai/common_utils.py "https://api.openai.com/v1", llms/anthropic/common_utils.py
 * "https://api.anthropic.com", llms/gemini/... "https://generativelanguage.googleapis.com", and the base
 * `get_llm_provider` returns for groq, mistral, xai, deepseek, together_ai). Others (azure, bedrock, vertex_ai:
 * a host built from the account or region) are unknown here: such a route needs an explicit api_base.
 */
const DEFAULT_HOSTS: Readonly<Record<string, string>> = {
  openai: 'api.openai.com',
  text_completion_openai: 'api.openai.com',
  anthropic: 'api.anthropic.com',
  gemini: 'generativelanguage.googleapis.com',
  groq: 'api.groq.com',
  mistral: 'api.mistral.ai',
  xai: 'api.x.ai',
  deepseek: 'api.deepseek.com',
  together_ai: 'api.together.ai',
  openrouter: 'openrouter.ai',
  cohere: 'api.cohere.ai',
};

/** The host a route sends its key to: its api_base's (resolved as the proxy reads it), else its provider's default. */
export function routeHost(d: Deployment, read: (name: string) => string | undefined): string | null {
  const raw = d.params.api_base;
  const base = typeof raw === 'string' ? (raw.startsWith('os.environ/') ? read(raw.slice('os.environ/'.length)) : raw) : undefined;
  if (base) {
    try {
      return new URL(base).hostname.toLowerCase().replace(/^\[|\]$/g, '');
    } catch {
      return null;
    }
  }
  return d.provider ? (DEFAULT_HOSTS[d.provider] ?? null) : null;
}

export function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.startsWith('*.') ? host.endsWith(a.slice(1)) : host === a.replace(/^\[|\]$/g, '')));
}

/** Throws (stage config) naming every probed route whose key would go to a host outside `allowed`. */
export function checkAllowedHosts(deployments: readonly Deployment[], allowed: readonly string[], read: (name: string) => string | undefined): void {
  const outside: string[] = [];
  for (const d of deployments) {
    const host = routeHost(d, read);
    if (host === null) outside.push(`'${d.alias}' (${d.provider ?? 'unknown provider'}: no api_base, and its default host is not known before it runs)`);
    else if (!hostAllowed(host, allowed)) outside.push(`'${d.alias}' -> ${host}`);
  }
  if (!outside.length) return;
  throw new VerifyError(
    `${outside.length} probed route${outside.length > 1 ? 's' : ''} would send a key outside ${setting('allowed-hosts')} (${allowed.join(', ')}): ${outside.join('; ')}. Nothing was started.`,
    'config',
    {
      fix: `Add the host to ${setting('allowed-hosts')} if it is yours, give the route an explicit api_base, or leave the route out with ${setting('models')}.`,
    },
  );
}
