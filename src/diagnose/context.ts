// A context-window refusal: vLLM started with `--max-model-len N` refuses a request whose prompt plus
// max_tokens passes N (agents ask for tens of thousands of output tokens). LiteLLM 1.108.7 relays it as
// `litellm.ContextWindowExceededError: ... OpenAIException - <vLLM's words>`
// (test/fixtures/proxy-errors/litellm-1.108.7-clients.json). vLLM's wordings, from its source:
//   current  "'max_tokens' or 'max_completion_tokens' is too large: 32000. This model's maximum context length
//            is 8192 tokens and your request has 14 input tokens (32000 > 8192 - 14)."   (engine/serving.py)
//   older    "This model's maximum context length is 8192 tokens. However, you requested 32014 tokens
//            (14 in the messages, 32000 in the completion). ..."                           (serving_engine.py)
//   prompt   "... However, your request has 9000 input tokens." / "... you requested 9000 tokens in the messages"
//            / "The engine prompt length 9000 exceeds the max_model_len 8192." (/v1/responses)
// Other servers' wordings (each cited in src/standin/<server>.ts; captured through the proxy in
// test/fixtures/proxy-errors/litellm-1.108.7-servers.json):
//   llama.cpp "request (9000 tokens) exceeds the available context size (8192 tokens), try increasing it" (prompt only)
//   SGLang    "The input (9000 tokens) is longer than the model's context length (8192 tokens)." /
//             "Requested token count exceeds the model's maximum context length of 8192 tokens. You requested a
//             total of 32014 tokens: 14 tokens from the input messages and 32000 tokens for the completion."
//   TGI       "`inputs` tokens + `max_new_tokens` must be <= 8192. Given: 14 `inputs` tokens and 32000 `max_new_tokens`"
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';
import { SERVER_NAME, serverOf, type ServerKind } from './servers.ts';

export interface ContextRefusal {
  /** The served context window (vLLM's --max-model-len). */
  window: number | null;
  /** The output the request asked for (max_tokens), when the message says. */
  asked: number | null;
  /** Prompt tokens, when the message says. */
  input: number | null;
}

const num = (s: string | undefined) => (s === undefined ? null : Number(s));

export function readContextRefusal(message: string): ContextRefusal | null {
  let m = /is too large: (\d+)\. This model's maximum context length is (\d+) tokens and your request has (\d+) input tokens/.exec(message);
  if (m) return { asked: num(m[1]), window: num(m[2]), input: num(m[3]) };
  m = /maximum context length is (\d+) tokens\. However, you requested \d+ tokens \((\d+) in the messages, (\d+) in the completion\)/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  m = /maximum context length is (\d+) tokens\. However, (?:your request has (\d+) input tokens|you requested (\d+) tokens in the messages)/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2] ?? m[3]), asked: null };
  m = /engine prompt length (\d+) exceeds the max_model_len (\d+)/.exec(message);
  if (m) return { window: num(m[2]), input: num(m[1]), asked: null };
  m =
    /request \((\d+) tokens\) exceeds the available context size \((\d+) tokens\)|input \((\d+) tokens\) is larger than the max context size \((\d+) tokens\)/.exec(
      message,
    );
  if (m) return { window: num(m[2] ?? m[4]), input: num(m[1] ?? m[3]), asked: null };
  m = /The input \((\d+) tokens\) is longer than the model's context length \((\d+) tokens\)/.exec(message);
  if (m) return { window: num(m[2]), input: num(m[1]), asked: null };
  m =
    /maximum context length of (\d+) tokens\. You requested a total of \d+ tokens: (\d+) tokens from the input messages and (\d+) tokens for the completion/.exec(
      message,
    );
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  m = /`inputs` tokens \+ `max_new_tokens` must be <= (\d+)\. Given: (\d+) `inputs` tokens and (\d+) `max_new_tokens`/.exec(message);
  if (m) return { window: num(m[1]), input: num(m[2]), asked: num(m[3]) };
  // llama.cpp's older wording names no numbers.
  if (/exceeds the available context size|exceed_context_size_error/.test(message)) return { window: null, asked: null, input: null };
  if (/ContextWindowExceededError|maximum context length|context length exceeded|context_length_exceeded/i.test(message))
    return { window: null, asked: null, input: null };
  return null;
}

function lineOf(config: LiteLLMConfig, d: Deployment): string {
  return `${config.displayPath}:${d.position.line}`;
}

/** Where each server sets its context window (the server's own flag or parameter). */
const WINDOW_SETTING: Record<ServerKind, string> = {
  vllm: "start vLLM with a larger `--max-model-len` (the model's own limit allows more for most models)",
  // llama.cpp: `-c` is shared by the `--parallel` slots; the error names the slot's share (server-context.cpp).
  llamacpp:
    "start llama-server with a larger `-c` / `--ctx-size` (with `--parallel N` each request gets a slot of ctx-size / N; `-c 0` takes the model's own length)",
  sglang: "start SGLang with a larger `--context-length` (up to the model's own limit)",
  tgi: 'start TGI with a larger `--max-total-tokens` (and `--max-input-tokens` for the prompt alone)',
  ollama:
    "raise num_ctx: `OLLAMA_CONTEXT_LENGTH` for the Ollama server, or `PARAMETER num_ctx` in the model's Modelfile (Ollama cuts a longer prompt from the front instead of refusing it)",
};
const ANY_SERVER =
  "raise the server's context window (vLLM `--max-model-len`, llama.cpp `-c`, SGLang `--context-length`, TGI `--max-total-tokens`, Ollama `num_ctx`)";

export function diagnoseContext(o: ProbeOutcome, ctx: DiagnoseContext, asked: number | null = null): Diagnosis | null {
  if (o.status === null) return null;
  const message = o.error?.message ?? '';
  const found = readContextRefusal(message);
  // A 5xx is a window refusal only when the server's own numbers are in it: SGLang's refusal of a streamed
  // request reaches LiteLLM after the 200, and LiteLLM 1.108.7 relays it as a 500 APIConnectionError.
  if (!found || (o.status >= 500 && found.window === null)) return null;
  const d = ctx.deployment;
  const kind = serverOf(message, d);
  const server = kind ? SERVER_NAME[kind] : 'the server';
  const raise = kind ? WINDOW_SETTING[kind] : ANY_SERVER;
  const output = found.asked ?? asked;
  const window = found.window !== null ? `${found.window} tokens` : 'a context window';
  const promptOnly = found.asked === null && found.input !== null && found.window !== null && found.input >= found.window;
  if (promptOnly) {
    return {
      code: 'context-window',
      summary: `the upstream behind '${d.alias}'${kind ? ` (${server})` : ''} serves ${window} of context, and the prompt alone (${found.input} tokens) fills it.`,
      fix: `${capital(raise)}, or route '${d.alias}' to a server with a longer context; agents send long system prompts and tool lists.`,
    };
  }
  const room = found.window !== null && found.input !== null ? found.window - found.input : null;
  const cap = found.window !== null ? Math.max(1, Math.floor((room ?? found.window) * 0.5)) : '<N>';
  return {
    code: 'context-window',
    summary: `the upstream behind '${d.alias}' serves ${window} of context${found.input !== null ? ` (${found.input} taken by the prompt)` : ''}, and the client asked for ${output !== null ? `max_tokens ${output}` : 'more output than fits'}: ${server} refuses instead of shortening the answer.`,
    fix:
      `Either ${raise}, so that it holds prompt + ${output ?? 'max_tokens'} (${kind === 'vllm' || kind === null ? 'vLLM refuses rather than clamps on chat' : `${server} refuses rather than clamps`}); ` +
      `or cap the output in the config: \`model_info: {max_output_tokens: ${cap}}\` on '${d.alias}' (${lineOf(ctx.config, d)}) together with \`litellm_settings: {modify_params: true}\` ` +
      "(LiteLLM 1.108.7 lowers max_tokens only with both; `litellm_params.max_tokens` does not cap, the client's own max_tokens wins), or make the client ask for less (Claude Code: `CLAUDE_CODE_MAX_OUTPUT_TOKENS`).",
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
