// Diagnosis of the tool-call probe. vLLM only returns tool calls when started with tool calling enabled and
// a parser for the model's format; without them it answers 400 or plain text, and agents break silently.
import type { ProbeOutcome } from '../probe/outcome.ts';
import type { DiagnoseContext, Diagnosis } from './diagnose.ts';

const NO_PARSER =
  /enable-auto-tool-choice|tool-call-parser|tool[ _]choice.*(not supported|requires)|does not support (tools|tool calling|function calling)|tools? (is|are) not supported/i;

const FIX =
  'Start vLLM with `--enable-auto-tool-choice --tool-call-parser <parser>` (e.g. `hermes` for Qwen3, `llama3_json` for Llama 3.1+), or route this alias to a server with tool calling.';

export function diagnoseTools(o: ProbeOutcome, ctx: DiagnoseContext): Diagnosis | null {
  if (o.endpoint !== 'tools') return null;
  const message = o.error?.message ?? '';
  if (o.status !== null && o.status >= 400 && o.status < 500 && NO_PARSER.test(message)) {
    return {
      code: 'tools-unsupported',
      summary: `the upstream behind '${ctx.deployment.alias}' refuses tool calls: the server was started without tool calling enabled.`,
      fix: FIX,
    };
  }
  if (o.problem === 'no-tool-call') {
    return {
      code: 'tools-unsupported',
      summary: `'${ctx.deployment.alias}' answered a request that requires a tool call with plain text (no tool parser, or a model without tool use).`,
      fix: FIX,
    };
  }
  if (o.problem === 'bad-tool-arguments') {
    return {
      code: 'tools-unsupported',
      summary: `'${ctx.deployment.alias}' returned a tool call whose arguments are not a JSON object: ${o.reply ?? ''}`,
      fix: "Use the tool-call parser that matches the model's chat template (`--tool-call-parser`).",
    };
  }
  return null;
}
