// What the stand-in model does with the tools it is offered, following vLLM's rules (vllm.ts).
import type { ToolCallReply } from './replies.ts';
import type { StandinModel } from './server.ts';
import { toolChoiceOf } from './vllm.ts';

/** A text that only looks like a tool call: what a Hermes-style model emits when no parser extracts the call. */
export function callAsText(call: ToolCallReply): string {
  return `<tool_call>\n{"name": "${call.name}", "arguments": ${call.arguments}}\n</tool_call>`;
}

type Tool = { name?: unknown; function?: { name?: unknown; parameters?: unknown }; parameters?: unknown };

/**
 * What the model does with the tools it was offered. `required` and a named tool are guided decoding in
 * vLLM: a structured call whatever the parser. `auto` needs the parser; after a tool result the model answers.
 */
export function toolDecision(
  model: Pick<StandinModel, 'tools'>,
  body: Record<string, unknown> | undefined,
  responses: boolean,
): { call: ToolCallReply | null; text: string | null } {
  const choice = toolChoiceOf(body, responses);
  if (choice === null || choice === 'none') return { call: null, text: null };
  const call = pickCall(body);
  if (choice === 'required' || choice === 'named') return { call, text: null };
  if (hasToolResult(body)) return { call: null, text: 'It is 12:00 UTC.' };
  // The template still shows the tools, so the model writes its call; with tool_choice null no parser reads it.
  if (choice === 'null') return { call: null, text: callAsText(call) };
  if (model.tools === 'ignore' || (responses && model.tools === 'no-parser')) return { call: null, text: callAsText(call) };
  // vLLM's Kimi K2 and DeepSeek V3/V3.1 parsers forward the regex-captured arguments unchecked, so a call cut
  // short (max_tokens) arrives as a 200 whose arguments are not JSON (vllm-project/vllm issue #41739, PR #44058:
  // vllm/entrypoints/openai/tool_parsers/kimi_k2_tool_parser.py, `extract_tool_calls`).
  if (model.tools === 'bad-arguments') return { call: { ...call, arguments: call.arguments.replace(/\}$/, '').replace(/"$/, '') }, text: null };
  return { call, text: null };
}

function hasToolResult(body: Record<string, unknown> | undefined): boolean {
  const last = (list: unknown) => (Array.isArray(list) ? (list[list.length - 1] as Record<string, unknown> | undefined) : undefined);
  return last(body?.messages)?.role === 'tool' || last(body?.input)?.type === 'function_call_output';
}

/** The tool named by tool_choice, else one the last user words mention, else the first; arguments fill its required strings. */
function pickCall(body: Record<string, unknown> | undefined): ToolCallReply {
  const tools = (body?.tools as Tool[]).map((t) => ({
    name: String(t.function?.name ?? t.name ?? 'tool'),
    parameters: (t.function?.parameters ?? t.parameters ?? {}) as { properties?: Record<string, { type?: string }>; required?: string[] },
  }));
  const choice = body?.tool_choice as { name?: string; function?: { name?: string } } | undefined;
  const named = typeof choice === 'object' ? (choice?.function?.name ?? choice?.name) : undefined;
  const words = JSON.stringify(body?.messages ?? body?.input ?? '')
    .slice(-400)
    .toLowerCase();
  const tool = tools.find((t) => t.name === named) ?? tools.find((t) => words.includes(t.name.toLowerCase())) ?? tools[0]!;
  const args: Record<string, unknown> = {};
  for (const key of tool.parameters.required ?? []) {
    const type = tool.parameters.properties?.[key]?.type;
    const command = /command|cmd/i.test(key);
    args[key] =
      type === 'number' || type === 'integer'
        ? 1
        : type === 'boolean'
          ? true
          : type === 'array'
            ? command
              ? ['date', '-u']
              : ['UTC']
            : command
              ? 'date -u'
              : 'UTC';
  }
  return { name: tool.name, arguments: JSON.stringify(args) };
}
