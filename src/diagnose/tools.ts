// Diagnosis of the tool-call probe. vLLM returns structured tool calls for `tool_choice: auto` (what agents
// send) only when started with `--enable-auto-tool-choice --tool-call-parser`; without them chat refuses
// with a 400 and /v1/responses answers the call as unparsed text, and agents break either way. Other servers
// fail their own way (src/standin/<server>.ts): llama-server without `--jinja` refuses any tools with a 500,
// Ollama refuses tools for a model whose template has none (400), SGLang without `--tool-call-parser` answers text.
import type { ProbeOutcome } from '../probe/outcome.ts';
import { looksLikeToolCall } from '../probe/tools.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';
import { serverOf, type ServerKind } from './servers.ts';

const NO_PARSER =
  /enable-auto-tool-choice|tool-call-parser|tool[ _]choice.*(not supported|requires)|does not support (tools|tool calling|function calling)|tools? (is|are) not supported|tools param requires --jinja/i;
/** llama.cpp's refusal is a 500 (a std::runtime_error in its request parser, src/standin/llamacpp.ts): its words say what it is. */
const NO_TOOLS_5XX = /tools param requires --jinja/;

const VLLM_FIX = 'start vLLM with `--enable-auto-tool-choice --tool-call-parser <parser>` (e.g. `hermes` for Qwen3, `llama3_json` for Llama 3.1+)';
const SGLANG_FIX = 'start SGLang with `--tool-call-parser <parser>` (e.g. `qwen25` for Qwen, `llama3` for Llama 3.1+)';
/** What turns tool calling on, per server; a server whose words and route say nothing gets the ways of the usual ones. */
const FIXES: Record<ServerKind, string> = {
  vllm: `${capital(VLLM_FIX)}, or route this alias to a server with tool calling.`,
  llamacpp:
    "Start llama-server with `--jinja` (it renders the tools with the model's own chat template; recent builds turn it on by default and `--no-jinja` turns it off), and with a template that supports tools (`--chat-template-file` if the GGUF's own does not), or route this alias to a server with tool calling.",
  ollama:
    "This Ollama model's template has no tool support: use a model Ollama lists with the `tools` capability (`ollama show <model>` prints its capabilities; e.g. qwen3, llama3.1, mistral-nemo), or route this alias to a server with tool calling.",
  sglang: `${capital(SGLANG_FIX)}, or route this alias to a server with tool calling.`,
  tgi: "TGI serves tools by grammar: check that the alias really reaches TGI's /v1/chat/completions and that the client sends `tools`, or route this alias to a server with tool calling.",
};
const ANY_FIX = `Turn on the server's tool-call parser: ${VLLM_FIX}; ${SGLANG_FIX}; llama.cpp: start llama-server with \`--jinja\`; or route this alias to a server with tool calling.`;

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const TOOL_ENDPOINTS = new Set(['tools', 'messages-tools', 'responses-tools']);

export function diagnoseTools(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  if (!TOOL_ENDPOINTS.has(o.endpoint)) return null;
  const message = o.error?.message ?? '';
  const kind = serverOf(message, ctx.deployment);
  const FIX = kind ? FIXES[kind] : ANY_FIX;
  const refused = o.status !== null && o.status >= 400 && (o.status < 500 ? NO_PARSER.test(message) : NO_TOOLS_5XX.test(message));
  if (refused) {
    return {
      code: 'tools-unsupported',
      summary:
        kind === 'ollama'
          ? `Ollama refuses tools for the model behind '${ctx.deployment.alias}': the model has no tool support, and every agent sends tools.`
          : kind === 'llamacpp'
            ? `llama-server behind '${ctx.deployment.alias}' refuses any request with tools (HTTP ${o.status}): it was started without \`--jinja\`, and every agent sends tools.`
            : `the upstream behind '${ctx.deployment.alias}' refuses \`tool_choice: auto\`, which every agent sends: the server was started without tool calling enabled.`,
      fix: FIX,
    };
  }
  if (o.problem === 'no-tool-call') {
    const reply = o.reply ?? '';
    return {
      code: 'tools-unsupported',
      summary: looksLikeToolCall(reply)
        ? `'${ctx.deployment.alias}' answered with text that only looks like a tool call (${reply}): no tool-call parser turned it into a structured call, so an agent sees text.`
        : `'${ctx.deployment.alias}' answered a request whose natural answer is a tool call with plain text (no tool parser, or a model without tool use).`,
      fix: FIX,
    };
  }
  if (o.problem === 'bad-tool-arguments') {
    return {
      code: 'tools-unsupported',
      summary: `'${ctx.deployment.alias}' returned a tool call whose arguments are not a JSON object with the tool's required fields: ${o.reply ?? ''}${
        // LiteLLM's Messages adapter "repairs" arguments it cannot parse (see missingRequired in probe/tools.ts).
        o.endpoint === 'messages-tools'
          ? " (LiteLLM's Messages API turns arguments it cannot parse into a repaired object, often {}: the call was cut or malformed upstream)"
          : ''
      }`,
      fix: "Use the tool-call parser that matches the model's chat template (vLLM and SGLang: `--tool-call-parser`).",
    };
  }
  return null;
}
