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
import type { Deployment, LiteLLMConfig } from '../config/types.ts';
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';

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
  if (/ContextWindowExceededError|maximum context length|context length exceeded|context_length_exceeded/i.test(message))
    return { window: null, asked: null, input: null };
  return null;
}

function lineOf(config: LiteLLMConfig, d: Deployment): string {
  return `${config.displayPath}:${d.position.line}`;
}

export function diagnoseContext(o: ProbeOutcome, ctx: DiagnoseContext, asked: number | null = null): Diagnosis | null {
  if (o.status === null || o.status >= 500) return null;
  const found = readContextRefusal(o.error?.message ?? '');
  if (!found) return null;
  const d = ctx.deployment;
  const output = found.asked ?? asked;
  const window = found.window !== null ? `${found.window} tokens` : 'a context window';
  const promptOnly = found.asked === null && found.input !== null && found.window !== null && found.input >= found.window;
  if (promptOnly) {
    return {
      code: 'context-window',
      summary: `the upstream behind '${d.alias}' serves ${window} of context, and the prompt alone (${found.input} tokens) fills it.`,
      fix: `Start vLLM with a larger \`--max-model-len\` (the model's own limit allows more for most models), or route '${d.alias}' to a server with a longer context; agents send long system prompts and tool lists.`,
    };
  }
  const room = found.window !== null && found.input !== null ? found.window - found.input : null;
  const cap = found.window !== null ? Math.max(1, Math.floor((room ?? found.window) * 0.5)) : '<N>';
  return {
    code: 'context-window',
    summary: `the upstream behind '${d.alias}' serves ${window} of context${found.input !== null ? ` (${found.input} taken by the prompt)` : ''}, and the client asked for ${output !== null ? `max_tokens ${output}` : 'more output than fits'}: vLLM refuses instead of shortening the answer.`,
    fix:
      `Either start vLLM with \`--max-model-len\` of at least prompt + ${output ?? 'max_tokens'} (it refuses rather than clamps on chat), ` +
      `or cap the output in the config: \`model_info: {max_output_tokens: ${cap}}\` on '${d.alias}' (${lineOf(ctx.config, d)}) together with \`litellm_settings: {modify_params: true}\` ` +
      "(LiteLLM 1.108.7 lowers max_tokens only with both; `litellm_params.max_tokens` does not cap, the client's own max_tokens wins), or make the client ask for less (Claude Code: `CLAUDE_CODE_MAX_OUTPUT_TOKENS`).",
  };
}
