// Diagnosis of the tool-call probe. vLLM returns structured tool calls for `tool_choice: auto` (what agents
// send) only when started with `--enable-auto-tool-choice --tool-call-parser`; without them chat refuses
// with a 400 and /v1/responses answers the call as unparsed text, and agents break either way.
import type { ProbeOutcome } from '../probe/outcome.ts';
import { looksLikeToolCall } from '../probe/tools.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';

const NO_PARSER =
  /enable-auto-tool-choice|tool-call-parser|tool[ _]choice.*(not supported|requires)|does not support (tools|tool calling|function calling)|tools? (is|are) not supported/i;

const FIX =
  'Start vLLM with `--enable-auto-tool-choice --tool-call-parser <parser>` (e.g. `hermes` for Qwen3, `llama3_json` for Llama 3.1+), or route this alias to a server with tool calling.';

const TOOL_ENDPOINTS = new Set(['tools', 'messages-tools', 'responses-tools']);

export function diagnoseTools(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  if (!TOOL_ENDPOINTS.has(o.endpoint)) return null;
  const message = o.error?.message ?? '';
  if (o.status !== null && o.status >= 400 && o.status < 500 && NO_PARSER.test(message)) {
    return {
      code: 'tools-unsupported',
      summary: `the upstream behind '${ctx.deployment.alias}' refuses \`tool_choice: auto\`, which every agent sends: the server was started without tool calling enabled.`,
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
      fix: "Use the tool-call parser that matches the model's chat template (`--tool-call-parser`).",
    };
  }
  return null;
}
