// One bounded HTTP exchange with the proxy: a deadline for the whole exchange and a cap on the body,
// so neither a silent upstream nor an endless reply can hold the run.
import { request } from 'undici';
import { DIRECT } from '../util/direct-agent.ts';
import { outboundAgent, type Outbound } from './outbound.ts';

export interface HttpReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** True when the body was cut at `maxBytes`. */
  truncated: boolean;
  latencyMs: number;
}

export class HttpFailure extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'connection' | 'body',
    readonly latencyMs: number,
    /** What had arrived when the deadline struck after the headers: a stream that stalls is still a reply. */
    readonly partial?: { status: number; text: string },
  ) {
    super(message);
  }
}

export interface HttpOptions {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs: number;
  maxBytes: number;
  /** Streaming consumers see each chunk as it arrives; return false to stop reading. */
  onChunk?: (chunk: string) => boolean | void;
  /** Through this outbound proxy (a direct request to an upstream); unset: straight there (our own proxy). */
  outbound?: Outbound | null;
}

export async function httpRequest(url: string, options: HttpOptions): Promise<HttpReply> {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  let status: number | undefined;
  const chunks: Buffer[] = [];
  const dispatcher = options.outbound ? outboundAgent(options.outbound) : undefined;
  try {
    const res = await request(url, {
      dispatcher: dispatcher ?? DIRECT,
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: { ...(options.body === undefined ? {} : { 'content-type': 'application/json' }), ...options.headers },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
    status = res.statusCode;
    let size = 0;
    let truncated = false;
    for await (const chunk of res.body as AsyncIterable<Buffer>) {
      const room = options.maxBytes - size;
      if (chunk.length > room) {
        chunks.push(chunk.subarray(0, Math.max(room, 0)));
        truncated = true;
        break;
      }
      chunks.push(chunk);
      size += chunk.length;
      if (options.onChunk && options.onChunk(chunk.toString('utf8')) === false) break;
    }
    res.body.destroy(); // stop reading whatever is left
    return {
      status: res.statusCode,
      headers: withUpstreamRetryAfter(res.headers),
      text: Buffer.concat(chunks).toString('utf8'),
      truncated,
      latencyMs: elapsed(),
    };
  } catch (error) {
    if (signal.aborted || (error as { code?: string }).code === 'UND_ERR_HEADERS_TIMEOUT' || (error as { code?: string }).code === 'UND_ERR_BODY_TIMEOUT') {
      const partial = status === undefined ? undefined : { status, text: Buffer.concat(chunks).toString('utf8') };
      throw new HttpFailure(`no complete answer within ${Math.round(options.timeoutMs / 1000)}s`, 'timeout', elapsed(), partial);
    }
    const code = (error as { code?: string }).code;
    throw new HttpFailure(`${code ? `${code}: ` : ''}${(error as Error).message}`, code === 'UND_ERR_SOCKET' ? 'body' : 'connection', elapsed());
  } finally {
    // One agent per request: its sockets go with it, so no connection to the outbound proxy outlives the check.
    void dispatcher?.destroy().catch(() => undefined);
  }
}

/**
 * LiteLLM's proxy passes the upstream's response headers on with an `llm_provider-` prefix and sends no
 * `retry-after` of its own (1.108.7: a 429 carries `llm_provider-retry-after: 7`). The upstream's value is the
 * one that matters, so it fills `retry-after` when the proxy gave none.
 */
export function withUpstreamRetryAfter(headers: HttpReply['headers']): HttpReply['headers'] {
  const upstream = headers['llm_provider-retry-after'];
  return headers['retry-after'] === undefined && upstream !== undefined ? { ...headers, 'retry-after': upstream } : headers;
}
