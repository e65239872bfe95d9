// The outbound proxy a request from the runner goes through: the one LiteLLM's proxy uses for the same URL, so
// our direct checks of an upstream take the road the route takes. LiteLLM 1.108.7's default async transport
// picks it per request (litellm/llms/custom_httpx/aiohttp_transport.py, `_get_proxy_settings` / `_proxy_from_env`,
// on unless DISABLE_AIOHTTP_TRUST_ENV): `urllib.request.getproxies()` then `proxies.get(url.scheme) or
// proxies.get("all")`, skipped when `urllib.request.proxy_bypass(url.host)` (NO_PROXY). The rules below are
// CPython 3.11's `getproxies_environment` and `proxy_bypass_environment` (Lib/urllib/request.py).
// Requests to our own proxy on 127.0.0.1 never use this: they get undici's plain agent.
import { ProxyAgent } from 'undici';

export interface Outbound {
  /** The proxy URL as configured, credentials included: for the agent only, never for output. */
  url: string;
  /** What may be printed: scheme, host and port, credentials replaced by `***`. */
  shown: string;
}

/** `<scheme>_proxy`: the lowercase variable wins when set at all, an empty one turns the scheme off (CPython). */
function proxyVariable(env: NodeJS.ProcessEnv, scheme: string): string | undefined {
  const lower = env[`${scheme}_proxy`];
  if (lower !== undefined) return lower || undefined;
  return env[`${scheme.toUpperCase()}_PROXY`] || undefined;
}

/**
 * NO_PROXY as CPython reads it for LiteLLM: exactly `*` bypasses everything; an entry (leading dots dropped)
 * matches the host or any name under it. LiteLLM hands `proxy_bypass` the host without its port (`url.host`), so
 * an entry with a port (`upstream.corp:8000`) never matches there, and a CIDR range is a name like any other:
 * measured with 1.108.7 on Python 3.11, `no_proxy='127.0.0.1:8000'` sent a request to 127.0.0.1:8000 through
 * ALL_PROXY. (httpx, Node's undici and curl read ports and ranges; LiteLLM's road is the one that counts here.)
 */
function bypassed(hostname: string, noProxy: string | undefined): boolean {
  if (!noProxy) return false;
  if (noProxy === '*') return true;
  const host = hostname.toLowerCase();
  return noProxy
    .split(',')
    .map((name) => name.trim().replace(/^\.+/, '').toLowerCase())
    .filter(Boolean)
    .some((name) => host === name || host.endsWith(`.${name}`));
}

/**
 * The proxy variables' values as URLs, for the masker: it masks a URL whole and registers the user, password
 * and query values it carries as secrets of their own (src/util/mask.ts).
 */
export function outboundProxySecrets(env: NodeJS.ProcessEnv): string[] {
  return Object.entries(env)
    .filter(([name, value]) => /^(?:https?|all)_proxy$/i.test(name) && value)
    .map(([, value]) => (value!.includes('://') ? value! : `http://${value!}`));
}

/** The proxy URL with any user and password replaced, for messages. */
export function shownProxy(proxyUrl: string): string {
  try {
    const url = new URL(proxyUrl);
    return `${url.protocol}//${url.username || url.password ? '***@' : ''}${url.host}`;
  } catch {
    return 'the outbound proxy (an unreadable URL)';
  }
}

/** The outbound proxy a request to `target` goes through under `env`, or null when it goes direct. */
export function outboundFor(target: string, env: NodeJS.ProcessEnv | undefined): Outbound | null {
  if (!env) return null;
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  const scheme = url.protocol.replace(/:$/, '');
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const noProxy = env.no_proxy !== undefined ? env.no_proxy : env.NO_PROXY;
  if (bypassed(hostname, noProxy)) return null;
  const configured = proxyVariable(env, scheme) ?? proxyVariable(env, 'all');
  if (!configured) return null;
  const proxyUrl = configured.includes('://') ? configured : `http://${configured}`;
  return { url: proxyUrl, shown: shownProxy(proxyUrl) };
}

/**
 * An agent for requests through `outbound`: https is tunnelled with CONNECT, plain http is sent in absolute
 * form to the proxy, as aiohttp does. Credentials in the URL become a Proxy-Authorization header.
 */
export function outboundAgent(outbound: Outbound): ProxyAgent {
  return new ProxyAgent({ uri: outbound.url, proxyTunnel: false });
}
