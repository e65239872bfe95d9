// Which model server answered, and what its setting for a thing is called. LiteLLM's `openai/` prefix says
// nothing about the server behind api_base, so the server is read from its own words in the error (each
// wording below is cited in src/standin/<server>.ts, which reproduces it), else from the route: LiteLLM's
// `ollama/` / `ollama_chat/` / `hosted_vllm/` providers, or a server's default port in api_base.
import type { Deployment } from '../config/types.ts';

export type ServerKind = 'vllm' | 'llamacpp' | 'ollama' | 'sglang' | 'tgi';

export const SERVER_NAME: Record<ServerKind, string> = {
  vllm: 'vLLM',
  llamacpp: 'llama.cpp (llama-server)',
  ollama: 'Ollama',
  sglang: 'SGLang',
  tgi: 'TGI',
};

/** Wordings only one server uses. */
const WORDS: ReadonlyArray<[ServerKind, RegExp]> = [
  // llama.cpp tools/server: exceed_context_size_error, the --jinja tools refusal, its key refusal.
  ['llamacpp', /exceeds the available context size|exceed_context_size_error|requires --jinja|\binput \(\d+ tokens\) is larger than the max context size/],
  // Ollama server/routes.go and server/images.go.
  ['ollama', /not found, try pulling it first|registry\.ollama\.ai\/|\bdoes not support (?:tools|thinking|chat)\b/],
  // SGLang managers/tokenizer_manager.py `_validate_one_request`.
  ['sglang', /is longer than the model's context length \(\d+ tokens\)|Requested token count exceeds the model's maximum context length of \d+/],
  // TGI router/src/validation.rs.
  ['tgi', /`inputs` tokens \+ `max_new_tokens` must be <=|`inputs` must have less than \d+ tokens|Input validation error: /],
  // vLLM's engine/serving.py and --enable-auto-tool-choice refusal.
  ['vllm', /--enable-auto-tool-choice|max_model_len|'max_tokens' or 'max_completion_tokens' is too large/],
];

/** Default ports, only used when the words say nothing (a port can be anything; these are what the servers start on). */
const PORTS: ReadonlyArray<[string, ServerKind]> = [
  ['11434', 'ollama'],
  ['30000', 'sglang'],
];

export function serverFromMessage(message: string): ServerKind | null {
  return WORDS.find(([, re]) => re.test(message))?.[0] ?? null;
}

export function serverFromRoute(d: Deployment): ServerKind | null {
  const provider = d.litellm?.provider ?? d.provider;
  if (provider === 'ollama' || provider === 'ollama_chat') return 'ollama';
  if (provider === 'hosted_vllm') return 'vllm';
  try {
    const port = d.apiBase ? new URL(d.apiBase).port : '';
    return PORTS.find(([p]) => p === port)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The server behind a failure: its own words first, then the route. */
export function serverOf(message: string, d: Deployment): ServerKind | null {
  return serverFromMessage(message) ?? serverFromRoute(d);
}
