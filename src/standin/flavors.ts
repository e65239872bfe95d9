// Which OpenAI-compatible server the stand-in imitates. Servers differ in what they refuse and in the words
// and shape of the refusal: the key check, a model id they do not serve, tools they cannot take, the context
// window. vLLM's rules are in vllm.ts; the others each have a file citing their own source.
import type { StandinModel } from './server.ts';
import { chatContextRefusal, chatToolRefusal, responsesContextRefusal, vllmError } from './vllm.ts';
import { LLAMACPP, LLAMACPP_ROUTER } from './llamacpp.ts';
import { lmStudio } from './lmstudio.ts';
import { OLLAMA } from './ollama.ts';
import { SGLANG } from './sglang.ts';
import { TGI } from './tgi.ts';

/** `llamacpp-router`: llama-server started on a models dir or preset (router mode), which checks `model`. */
export type FlavorName = 'vllm' | 'llamacpp' | 'llamacpp-router' | 'ollama' | 'sglang' | 'tgi' | 'lmstudio';
export const FLAVOR_NAMES: readonly FlavorName[] = ['vllm', 'llamacpp', 'llamacpp-router', 'ollama', 'sglang', 'tgi', 'lmstudio'];

/** An HTTP refusal; `event` is what the server sends instead, as one SSE event on a 200, when the request streamed. */
export interface Refusal {
  status: number;
  /** The JSON body; undefined for an empty body (TGI's 401). */
  body: unknown;
  event?: unknown;
}

export interface Flavor {
  /** `owned_by` in /v1/models. */
  ownedBy: (id: string) => string;
  /** The answer to a caller without the right Bearer key; null: the server has no keys (Ollama). */
  unauthorized: Refusal | null;
  /** The answer for a model id the server does not serve; null: it serves its one model whatever the request names. */
  unknownModel: (name: string) => Refusal | null;
  /** The refusal of a request the model or server cannot take (tools, then the window, in the server's order). */
  refuse: (body: Record<string, unknown> | undefined, model: StandinModel, responses: boolean) => Refusal | null;
  /** True when a tool call this server is offered comes back as text (no parser extracts it). */
  toolsAsText: (model: StandinModel) => boolean;
  /** The answer for a path the server does not serve; default FastAPI's 404 `{"detail":"Not Found"}`. */
  unknownPath?: (method: string, path: string) => Refusal;
  /** Which of the stand-in's POST paths the server has (default all: chat, embeddings, responses). */
  serves?: (path: string) => boolean;
}

/** vLLM's OpenAI-compatible server: the rules of vllm.ts. */
const VLLM: Flavor = {
  ownedBy: () => 'vllm',
  // vLLM's auth middleware answers exactly this.
  unauthorized: { status: 401, body: { error: 'Unauthorized' } },
  // vLLM's `_check_model` (engine/serving.py, see vllm.ts).
  unknownModel: (name) => vllmError(`The model \`${name}\` does not exist.`, 'NotFoundError', 404, 'model'),
  refuse(body, model, responses) {
    // vLLM checks tool_choice before it renders the prompt, then the window (serving_chat.py order).
    const tools = responses ? null : chatToolRefusal(body, model.tools !== 'no-parser');
    if (tools || model.maxModelLen === undefined) return tools;
    return responses ? responsesContextRefusal(body, model.maxModelLen) : chatContextRefusal(body, model.maxModelLen);
  },
  toolsAsText: (model) => model.tools === 'ignore',
};

const FLAVORS: Record<Exclude<FlavorName, 'lmstudio'>, Flavor> = {
  vllm: VLLM,
  llamacpp: LLAMACPP,
  'llamacpp-router': LLAMACPP_ROUTER,
  ollama: OLLAMA,
  sglang: SGLANG,
  tgi: TGI,
};

/** `ids`: the models the server serves (LM Studio's answers depend on how many are loaded). */
export function flavorOf(name: FlavorName | undefined, ids: readonly string[]): Flavor {
  return name === 'lmstudio' ? lmStudio(ids) : FLAVORS[name ?? 'vllm'];
}
