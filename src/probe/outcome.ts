import type { ProxyError } from './replies.ts';

export type Endpoint = 'chat' | 'embeddings' | 'stream' | 'messages' | 'responses' | 'tools' | 'messages-tools' | 'responses-tools';

/** What one probe request through the proxy produced, before any interpretation. */
export interface ProbeOutcome {
  endpoint: Endpoint;
  ok: boolean;
  /** HTTP status, or null when no answer came (timeout, connection). */
  status: number | null;
  latencyMs: number;
  /** An excerpt of the reply (content, else reasoning; or the vector size). */
  reply?: string;
  servedModel?: string | null;
  error?: ProxyError;
  transport?: { kind: 'timeout' | 'connection' | 'body'; message: string };
  /** A 200 that is still unusable. */
  problem?:
    | 'empty-reply'
    | 'no-choices'
    | 'not-json'
    | 'no-vector'
    | 'truncated'
    | 'unterminated-stream'
    | 'stalled-stream'
    // A stream still sending past max_tokens when the bound struck (`deltas` says how many it sent).
    | 'endless-stream'
    | 'no-tool-call'
    | 'bad-tool-arguments'
    // A Responses API reply with status "failed" (its `error`, if any, is in `error`).
    | 'failed-response';
  /** Content deltas a stream carried (with `endless-stream`). */
  deltas?: number;
  /** With an empty reply: why the server says it stopped (`length`, `content_filter`, ...), as it said it. */
  finishReason?: string | null;
  retryAfter?: string;
  /** A browser check answered instead of the server (Cloudflare's `cf-mitigated: challenge`): in front of the upstream, or of the proxy itself. */
  challenge?: 'upstream' | 'proxy';
  /** The scheme an upstream's 401 asks for (WWW-Authenticate, relayed by LiteLLM as llm_provider-www-authenticate). */
  authScheme?: string;
  /** Where an upstream's redirect points (LiteLLM forwards its headers as `llm_provider-*`). */
  location?: string;
  /** A Messages reply LiteLLM emptied: this outcome is what the Responses API said for it (engine/messages-bridge.ts). */
  bridged?: 'responses';
}

export interface ProbeTarget {
  baseUrl: string;
  masterKey: string;
  timeoutMs: number;
  maxBytes: number;
}

export const excerpt = (text: string, max = 120): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The proxy's own words for a failure (kept verbatim in the report, masked): its error, the transport's, or the problem. */
export function failureText(o: ProbeOutcome): string | null {
  return o.error?.message ?? o.transport?.message ?? o.reply ?? o.problem ?? null;
}
