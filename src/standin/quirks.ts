// Errors real model servers answer that read like something else: each cited to the server that answers so.
// Part of the hostile faults (hostile.ts).
import type http from 'node:http';

export type QuirkFault =
  | 'server-missing-module' // 500 whose message is the server's own Python ImportError ("No module named 'librosa'")
  | 'anthropic-body'; // 200 to a chat completion request with an Anthropic Messages body (no `choices`)

export const QUIRK_FAULTS: readonly QuirkFault[] = ['server-missing-module', 'anthropic-body'];

/** Answers when `fault` is one of the quirks; false lets the server answer normally. */
export function quirkAnswer(fault: string | undefined, res: http.ServerResponse, model = 'claude-sonnet-4'): boolean {
  if (fault === 'anthropic-body') {
    // GitHub Copilot's API answered /chat/completions for Claude models with Anthropic's Messages format, without
    // `choices` (BerriAI/litellm#29391, #30927); a server that speaks another API than OpenAI's answers so too.
    // Shape: Anthropic's Messages response (https://docs.anthropic.com/en/api/messages).
    const text = JSON.stringify({
      id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
      type: 'message',
      role: 'assistant',
      model,
      content: [{ type: 'text', text: 'Hello! How can I help you today?' }],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: 12, output_tokens: 10 },
    });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  if (fault === 'server-missing-module') {
    // vLLM imports optional packages when a request first needs them: its PlaceholderModule re-raises the
    // ImportError of a module the server lacks (vllm-project/vllm, vllm/utils/import_utils.py), and the request
    // fails with it (vllm-project/vllm#13912: librosa missing from the vllm-openai image broke every transcription).
    // vLLM answers an unhandled error as a 500 in its error envelope (create_error_response, vllm.ts `vllmError`).
    const text = JSON.stringify({ error: { message: "No module named 'librosa'", type: 'InternalServerError', param: null, code: 500 } });
    res.writeHead(500, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
    return true;
  }
  return false;
}
