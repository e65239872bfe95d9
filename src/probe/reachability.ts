// When LiteLLM says only "Connection error.", the runner (where the proxy runs) can tell why: resolve the
// host, open a TCP connection, then a TLS handshake for https. Each step is bounded; the first failure is
// returned in Node's words (getaddrinfo ENOTFOUND, connect ECONNREFUSED, a certificate error), which the
// diagnosis reads like any other message.
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import tls from 'node:tls';
import { within } from '../util/bound.ts';
import { HttpFailure, httpRequest } from './http.ts';
import { outboundFor, type Outbound } from './outbound.ts';

const errorText = (error: unknown) => {
  // OpenSSL errors carry a long routine prefix in `message` and the plain words in `reason`.
  const e = error as NodeJS.ErrnoException & { reason?: string };
  const text = e.reason ?? String(e.message ?? error);
  return e.code && !text.includes(e.code) ? `${text} (${e.code})` : text;
};

/** Resolves null on success, Node's words on failure, 'timeout' past the bound; the socket is destroyed either way. */
function connect(open: () => net.Socket, ready: 'connect' | 'secureConnect', timeoutMs: number): Promise<null | string | 'timeout'> {
  return new Promise((resolve) => {
    const socket = open();
    const done = (result: null | string | 'timeout') => (socket.destroy(), resolve(result));
    socket.setTimeout(timeoutMs, () => done('timeout'));
    socket.once(ready, () => done(null));
    socket.once('error', (error) => done(errorText(error)));
  });
}

/**
 * The first failure the runner sees reaching api_base, 'connected' when every step succeeds, null when unknown
 * (an attempt timed out). Under HTTP(S)_PROXY (from `outboundEnv`, the runner's environment) the runner goes
 * where the LiteLLM proxy goes: through that outbound proxy, and the failure says so.
 */
export async function runnerConnectionCheck(apiBase: string, timeoutMs: number, outboundEnv?: NodeJS.ProcessEnv): Promise<string | 'connected' | null> {
  let url: URL;
  try {
    url = new URL(apiBase);
  } catch {
    return null;
  }
  const outbound = outboundFor(apiBase, outboundEnv);
  if (outbound) return throughOutbound(url, outbound, timeoutMs);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  if (net.isIP(host) === 0) {
    const resolved = await within(
      lookup(host).then(
        () => null,
        (error: unknown) => `getaddrinfo: ${errorText(error)}`,
      ),
      timeoutMs,
    );
    if (resolved !== null) return resolved === 'timeout' ? null : resolved;
  }
  const tcp = await connect(() => net.connect({ host, port }), 'connect', timeoutMs);
  if (tcp !== null) return tcp === 'timeout' ? null : tcp;
  if (url.protocol !== 'https:') return 'connected';
  const handshake = await connect(() => tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }), 'secureConnect', timeoutMs);
  return handshake === 'timeout' ? null : (handshake ?? 'connected');
}

/** One GET through the outbound proxy: a tunnel (CONNECT) for https, the request in absolute form for http. */
async function throughOutbound(url: URL, outbound: Outbound, timeoutMs: number): Promise<string | 'connected' | null> {
  const via = `through the outbound proxy ${outbound.shown}`;
  try {
    const reply = await httpRequest(url.href, { timeoutMs, maxBytes: 1024, outbound });
    // Plain http is relayed: 502/504 is what a forwarding proxy answers when it cannot reach the server.
    if (url.protocol === 'http:' && (reply.status === 502 || reply.status === 504))
      return `${via}: the proxy answered ${reply.status} for ${url.host} (it could not reach it, or the server itself answered so)`;
    return 'connected';
  } catch (error) {
    if (!(error instanceof HttpFailure) || error.kind === 'timeout') return null;
    // undici 6 (lib/dispatcher/proxy-agent.js): "Proxy response (403) !== 200 when HTTP Tunneling".
    const refused = /Proxy response \((\d{3})\)/.exec(error.message);
    if (refused) return `${via}: the proxy answered ${refused[1]} to CONNECT ${url.hostname}:${url.port || 443}`;
    return `${via}: ${error.message.replace(/^[A-Z_]+: /, '')}`;
  }
}

/**
 * Whether the proxy itself still answers (`GET /health/liveliness`, no auth) after a probe got no answer in
 * time. LiteLLM runs one worker; an upstream's error body of a few MB blocks its event loop for seconds per MB
 * (1.108.7: litellm_core_utils/secret_redaction.py, `python_redact_string`, one large regex run over the message
 * many times per failure; measured 5 s of CPU for a 1 MB body), and then every route times out at once.
 */
export async function proxyAnswers(baseUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    return (await httpRequest(`${baseUrl}/health/liveliness`, { timeoutMs, maxBytes: 4096 })).status === 200;
  } catch {
    return false;
  }
}
