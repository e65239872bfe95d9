// One request straight to an OpenAI-compatible upstream, bypassing the proxy, to learn which model really
// answers. Needed because LiteLLM (since 1.81.7) rewrites the `model` of every reply to the alias the client
// asked for, which hides a backend swapped behind an old alias (BerriAI/litellm#22709).
import type { Deployment } from '../config/types.ts';
import { httpRequest } from './http.ts';
import { outboundFor } from './outbound.ts';
import { parseJson } from './replies.ts';

/** The value a config param resolves to: `os.environ/NAME` through the environment, else the literal. */
function resolve(value: unknown, env: (name: string) => string | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.startsWith('os.environ/') ? env(value.slice('os.environ/'.length)) || undefined : value;
}

/** Longer than any real model id (vLLM's served names are paths like `Qwen/Qwen3-0.6B`). */
const MAX_MODEL_ID = 200;

/** How to reach a route's upstream directly. */
export interface UpstreamAccess {
  /** Reads the `os.environ/` names of the route's api_base and api_key. */
  env: (name: string) => string | undefined;
  timeoutMs: number;
  /** The runner's environment, whose HTTP(S)_PROXY / NO_PROXY the LiteLLM proxy follows too (./outbound.ts). */
  outboundEnv?: NodeJS.ProcessEnv;
}

/**
 * One request to an OpenAI-compatible upstream at `path` below its api_base, with its key, bypassing the proxy;
 * null when the route has no http(s) api_base or the request fails.
 */
async function askUpstream(
  d: Deployment,
  access: UpstreamAccess,
  request: { path: string; body?: unknown; maxBytes: number },
): Promise<{ status: number; text: string } | null> {
  const base = resolve(d.params.api_base, access.env);
  if (!base || !/^https?:\/\//.test(base)) return null;
  const key = resolve(d.params.api_key, access.env);
  const url = `${base.replace(/\/+$/, '')}${request.path}`;
  try {
    return await httpRequest(url, {
      outbound: outboundFor(url, access.outboundEnv),
      body: request.body,
      headers: key ? { authorization: `Bearer ${key}` } : {},
      timeoutMs: access.timeoutMs,
      maxBytes: request.maxBytes,
    });
  } catch {
    return null;
  }
}

/** The model id the upstream reports for a tiny request, or null when it cannot be asked (or does not say). */
export async function servedModel(d: Deployment, access: UpstreamAccess): Promise<string | null> {
  // Only plain OpenAI-style servers, as LiteLLM classes them (src/litellm/oracle.py); it sends them upstreamModel.
  const upstreamModel = d.litellm?.openaiCompatible ? d.litellm.upstreamModel : null;
  if (!upstreamModel) return null;
  const body = { model: upstreamModel, messages: [{ role: 'user', content: 'Say OK.' }], max_tokens: 1 };
  const reply = await askUpstream(d, access, { path: '/chat/completions', body, maxBytes: 256 * 1024 });
  const model = reply && (parseJson(reply.text) as { model?: unknown } | undefined)?.model;
  if (reply?.status !== 200 || typeof model !== 'string') return null;
  // The upstream's own text, shown in the log, the summary and an annotation: a model id, not a page of text.
  return model.length > MAX_MODEL_ID ? `${model.slice(0, MAX_MODEL_ID - 1)}…` : model;
}

/** `gpt-5-2025-08-07` -> `gpt-5`; `Qwen/Qwen3-0.6B` -> `qwen3-0.6b`: the name without provider, org and date. */
export function modelFamily(name: string): string {
  return name
    .toLowerCase()
    .replace(/^.*\//, '')
    .replace(/[-_@](\d{4}-\d{2}-\d{2}|\d{8}|\d{4})$/, '');
}

/** True when the served model is not the configured one nor a dated/suffixed version of it. */
export function isSwap(configured: string, served: string): boolean {
  const a = modelFamily(configured);
  const b = modelFamily(served);
  return !(a === b || b.startsWith(`${a}-`) || a.startsWith(`${b}-`));
}

/** An id a request can name: no control, format or space characters (the list is the upstream's text; hostile by design). */
const NAMEABLE = /^[^\s\p{Cc}\p{Cf}]+$/u;
/**
 * Ids of models that answer no chat request, by the names their servers give them: OpenAI's /v1/models lists
 * embedding, speech, image and moderation models beside chat ones (https://platform.openai.com/docs/models), and
 * Ollama's lists every pulled model, embedding ones too (https://github.com/ollama/ollama/blob/main/docs/openai.md).
 */
const NOT_CHAT = /embed|rerank|whisper|tts|transcribe|dall-e|gpt-image|moderation/i;

/**
 * A concrete model for a wildcard route (`model_name: "*"` or `openai/*`): the first id an OpenAI-compatible
 * upstream lists at /v1/models, or null when it cannot be asked. LiteLLM routes a request for `openai/<id>`
 * (or `<id>` for `*`) to the wildcard deployment with `*` replaced by the same text.
 */
export async function firstListedModel(d: Deployment, access: UpstreamAccess): Promise<string | null> {
  if (!d.litellm?.openaiCompatible) return null;
  const reply = await askUpstream(d, access, { path: '/models', maxBytes: 1024 * 1024 });
  const data = reply?.status === 200 ? (parseJson(reply.text) as { data?: unknown } | undefined)?.data : undefined;
  const ids = (Array.isArray(data) ? (data as Array<{ id?: unknown } | null>) : [])
    .map((m) => m?.id)
    .filter((id): id is string => typeof id === 'string' && id.length <= MAX_MODEL_ID && NAMEABLE.test(id));
  // The first chat model listed; the first nameable id when every one looks like another kind (the probe then says why).
  return ids.find((id) => !NOT_CHAT.test(id)) ?? ids[0] ?? null;
}
