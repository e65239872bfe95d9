// What every matcher shares: the diagnosis it returns, what it knows of the route, and how it quotes the proxy.
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import { excerpt, type ProbeOutcome } from '../probe/outcome.ts';

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
  | 'proxy-unresponsive'
  | 'proxy-error'
  | 'upstream-blocked'
  | 'upstream-redirect'
  | 'rate-limit'
  | 'upstream-error'
  | 'invalid-response'
  | 'empty-reply'
  | 'bad-request'
  | 'stream-broken'
  | 'slow'
  | 'tools-unsupported'
  | 'context-window'
  | 'routed-alias-failed'
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
  /** The probe's max_tokens (what a reply may not run past). */
  maxTokens?: number;
  /** The alias answered a plain chat completion through the same route (so its api_base and model are right). */
  chatWorks?: boolean;
}

export type Matcher = (o: ProbeOutcome, ctx: DiagnoseContext) => Diagnosis | null;

export const msg = (o: ProbeOutcome) => o.error?.message ?? '';
export const where = (ctx: DiagnoseContext) => `${ctx.config.displayPath}:${ctx.deployment.position.line}`;
export const host = (d: Deployment) => {
  try {
    return d.apiBase ? new URL(d.apiBase).host : 'the provider';
  } catch {
    return d.apiBase ?? 'the provider';
  }
};
/** The model name LiteLLM sends upstream: its own answer (the oracle's upstreamModel), else the model without its provider prefix. */
export function upstreamModelOf(d: Deployment): string {
  if (d.litellm?.upstreamModel) return d.litellm.upstreamModel;
  if (d.provider && d.model.startsWith(`${d.provider}/`)) return d.model.slice(d.provider.length + 1);
  return d.model.replace(/^[a-z_]+\//, '');
}

/** A message that names a model (vLLM's and OpenAI's "does not exist", Ollama's "model 'x' not found"): about the model, not the path. */
export const NAMES_A_MODEL = /does not exist|model_not_found|model\b.*not found|not found.*model/i;

/** An http(s) api_base that does not end in /v1, where OpenAI-style servers serve their API. */
export const lacksV1 = (d: Deployment): boolean => d.apiBase !== null && /^https?:\/\//.test(d.apiBase) && !/\/v1\/?$/.test(d.apiBase);

export const paramAt = (ctx: DiagnoseContext, param: string) =>
  `${ctx.deployment.file}:${(ctx.deployment.paramPositions[param] ?? ctx.deployment.position).line}`;

/**
 * The part of a proxy message that says what happened: without LiteLLM's class prefixes
 * (`litellm.APIError: APIError: OpenAIException - `) and its trailer (`LiteLLM: model group ... failed`).
 */
export function messageCore(message: string, max = 200): string {
  const head = message.split(/\n\n(?:LiteLLM: model group|Deployment Info:)|\nstack trace:/)[0] ?? message;
  const core = head
    .replace(/^litellm\.\w+: /, '')
    .replace(/^\w+(?:Error|Exception): /, '')
    .replace(/^\w+Exception - /, '')
    // aiohttp names the SSL context it used by its repr, a memory address that differs on every run (`Cannot connect to
    // host api.deepseek.com:443 ssl:<ssl.SSLContext object at 0x7fe7c5f95d00> [Name or service not known]`).
    .replace(/ ssl:<ssl\.SSLContext object at 0x[0-9a-f]+>/gi, '');
  return excerpt(core || message, max);
}
export const withCore = (o: ProbeOutcome) => (msg(o) ? `: ${messageCore(msg(o)).replace(/\.$/, '')}` : '');
