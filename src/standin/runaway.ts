// Streams that run on: a model looping on one chunk until max_tokens, and a stream that never ends. Part of the
// hostile faults (hostile.ts).
import type http from 'node:http';

export type RunawayFault =
  | 'stream-loop' // a chat stream whose model repeats one chunk until max_tokens (then ends as vLLM does)
  | 'stream-endless'; // a chat stream that keeps sending content deltas and never ends

export const RUNAWAY_FAULTS: readonly RunawayFault[] = ['stream-loop', 'stream-endless'];

/** Answers a streamed request when `fault` is a runaway; plain requests are answered normally (false). */
export function runawayAnswer(fault: string | undefined, res: http.ServerResponse, body: Record<string, unknown> | undefined, model: string): boolean {
  if ((fault !== 'stream-loop' && fault !== 'stream-endless') || body?.stream !== true) return false;
  const event = (delta: Record<string, unknown>, finish: string | null = null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-runaway', object: 'chat.completion.chunk', created: 1730000000, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] })}\n\n`;
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  if (fault === 'stream-loop') {
    // A model caught in a loop (small models do, on some prompts and temperatures: BerriAI/litellm#5158) repeats one
    // chunk; the server still stops at max_tokens with finish_reason "length", as vLLM and llama-server do.
    const limit = typeof body.max_tokens === 'number' && body.max_tokens > 0 ? Math.min(body.max_tokens, 4096) : 512;
    const chunks = Array.from({ length: limit }, () => event({ content: 'ha! ' })).join('');
    res.end(`${event({ role: 'assistant', content: '' })}${chunks}${event({}, 'length')}data: [DONE]\n\n`);
    return true;
  }
  // Hostile by design: every server imitated here stops at max_tokens (vLLM, llama-server, Ollama, TGI, SGLang);
  // each delta differs, so LiteLLM's loop guard (above) does not stop it either.
  res.write(event({ role: 'assistant', content: '' }));
  let n = 0;
  const timer = setInterval(() => res.write(event({ content: ` ${++n}` })), 25);
  res.on('close', () => clearInterval(timer));
  return true;
}
