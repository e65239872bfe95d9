// Connection failures: refused, DNS, TLS, told apart as far as LiteLLM's words (and the runner's own check) allow.
import { isIP } from 'node:net';
import { excerpt } from '../probe/outcome.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { Outbound } from '../probe/outbound.ts';
import { host, messageCore, msg, paramAt, withCore, type DiagnoseContext, type Diagnosis, type Matcher } from './matcher.ts';

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

export const connection: Matcher = (o, ctx) => {
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
  // A failed lookup where api_base's host is an address (127.0.0.1, localhost), which needs none: the name that did not
  // resolve is another host LiteLLM calls for the route. huggingface/ embedding routes ask https://huggingface.co for the
  // model's pipeline task before they call api_base, whatever api_base says (llms/huggingface/embedding/handler.py
  // get_hf_task_embedding_for_model, LiteLLM 1.108.7; cee-mnitin/gpu-inference-stack's TEI route, through the real proxy).
  if (named === 'dns' && hostname && !possible.includes('dns')) {
    const hf = (d.litellm?.provider ?? d.provider) === 'huggingface';
    return {
      code: 'connection',
      summary: `a DNS lookup failed for '${d.alias}'${said}, but api_base's host \`${hostname}\` is an address that needs none: the name that did not resolve is another host LiteLLM calls for this route${hf ? " (for huggingface/, https://huggingface.co, which it asks for the model's task before it calls api_base)" : ''}.`,
      fix: hf
        ? `Let the proxy reach huggingface.co (DNS, HTTPS_PROXY / NO_PROXY, the runner's egress allow-list), or, for a text-embeddings-inference server, route it as \`openai/<model>\` with api_base ending in /v1 (TEI serves the OpenAI-style /v1/embeddings), which calls only api_base (${at}).`
        : `api_base (${at}) needs no lookup: check the runner's DNS and outbound proxy (HTTPS_PROXY / NO_PROXY) for the other hosts this route's provider calls.`,
    };
  }
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

/**
 * LiteLLM said only "Connection error." yet the runner connects (and handshakes) to api_base: a server is there,
 * and the exchange itself broke. httpx raises the same connection error for a reply it cannot read (a
 * Content-Encoding the body is not in, a body shorter or longer than its Content-Length) and for a connection
 * closed mid-reply. Null when the message names a cause of its own, and for https: the runner's trust store (Node's,
 * NODE_EXTRA_CA_CERTS) is not the proxy's (Python's), so a handshake that works here may still fail there.
 */
export function connectedYetBroken(o: ProbeOutcome, ctx: DiagnoseContext, via: Outbound | null = null): Diagnosis | null {
  const base = ctx.deployment.params.api_base === undefined ? null : ctx.deployment.apiBase;
  if (connectionCauseIn(msg(o)) || !base || !/^http:\/\//i.test(base)) return null;
  const target = host(ctx.deployment);
  return {
    code: 'connection',
    summary: `the runner connects to ${target}${via ? ` through the outbound proxy ${via.shown}` : ''}, yet LiteLLM's exchange with it for '${ctx.deployment.alias}' failed ("Connection error."): the server accepted the connection, then closed it mid-reply or sent a reply LiteLLM's client could not read (a Content-Encoding or Content-Length that does not match the body).`,
    fix: `A server is listening at api_base (${paramAt(ctx, 'api_base')}): check its logs and any reverse proxy in front of it (compression, a body cut short), and HTTPS_PROXY / NO_PROXY if the proxy's traffic goes through another host.`,
  };
}

/**
 * LiteLLM said "Connection error." and the runner, going the same way (through the outbound proxy that
 * HTTP(S)_PROXY names, which LiteLLM follows too), could not get through either: the proxy is the first suspect.
 * `seen` is the runner's finding, already naming the proxy (src/probe/reachability.ts).
 */
export function outboundUnreachable(ctx: DiagnoseContext, via: Outbound, seen: string): Diagnosis {
  const target = host(ctx.deployment);
  return {
    code: 'connection',
    summary: `LiteLLM could not connect to ${target} for '${ctx.deployment.alias}' ("Connection error."), and the runner could not either, ${excerpt(seen, 300)}.`,
    fix: `Requests to api_base (${paramAt(ctx, 'api_base')}) go through the outbound proxy ${via.shown} (HTTPS_PROXY / HTTP_PROXY in the step's environment, which the LiteLLM proxy follows): check that this proxy is up and lets ${target} through, or list the host in NO_PROXY if it is to be reached directly.`,
  };
}

/**
 * Why a failed request shows its route unreachable, in words for the report, or null when it does not. Every
 * surface and client of an alias goes to the same api_base through the same proxy, so once nothing listens
 * there, the host does not resolve or the TLS handshake fails, none of them can fare differently. Established
 * by the runner failing to connect too (`seen`, src/probe/reachability.ts: through the same outbound proxy, if
 * any), or by LiteLLM's message naming the cause. Not when the runner connects: a server is there, and what
 * broke may be this one exchange (connectedYetBroken), which another surface may not meet.
 */
export function unreachableBecause(o: ProbeOutcome, d: Diagnosis, seen: string | null): string | null {
  if (d.code !== 'connection' || seen === 'connected') return null;
  const cause = connectionCauseIn(`${msg(o)}\n${seen ?? ''}`);
  if (seen === null && cause === null) return null;
  const because: Record<ConnectionCause, string> = {
    dns: 'its host name does not resolve',
    refused: 'nothing accepts connections there',
    tls: 'the TLS handshake with it fails',
  };
  return cause ? because[cause] : 'the runner cannot reach it either';
}
