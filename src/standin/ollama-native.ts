// Ollama's native API, which LiteLLM's `ollama_chat/` provider calls (POST /api/chat; /api/show for model info),
// reproduced from ollama/ollama @ fb30760996871fa9460115c753afd2c60d4ab0f7:
//   server/routes.go `ChatHandler`: errors are `{"error": "<text>"}` with the status (404 "model '<name>' not found";
//   400 "<full name> does not support tools" from `scheduleRunner`, see ollama.ts); a reply is api/types.go
//   `ChatResponse` {model, created_at, message{role, content, tool_calls[{function{index, name, arguments}}]},
//   done, done_reason, ...Metrics}; `stream` defaults to true: one JSON object a line (application/x-ndjson),
//   the last with `done: true`. `ShowHandler` answers an unknown model 404 "model '<name>' not found".
import type http from 'node:http';
import type { StandinModel } from './server.ts';
import { OLLAMA } from './ollama.ts';
import { toolDecision } from './tools.ts';

type Send = (status: number, body: unknown) => void;

/** Answers /api/chat and /api/show; returns false for any other path. */
export function ollamaNative(
  res: http.ServerResponse,
  path: string,
  body: Record<string, unknown> | undefined,
  models: ReadonlyMap<string, StandinModel>,
  send: Send,
): boolean {
  if (path !== '/api/chat' && path !== '/api/show') return false;
  const name = String(body?.model ?? body?.name ?? '');
  const model = models.get(name);
  if (!model) {
    send(404, { error: `model '${name}' not found` });
    return true;
  }
  if (path === '/api/show') {
    send(200, {
      modelfile: '',
      parameters: '',
      template: '',
      details: { format: 'gguf', family: 'qwen3' },
      model_info: {},
      capabilities: model.tools === 'no-parser' ? ['completion'] : ['completion', 'tools'],
    });
    return true;
  }
  // The same capability refusal as /v1 (ollama.ts), in the native shape.
  const refused = OLLAMA.refuse(body, model, false);
  if (refused) {
    send(refused.status, { error: (refused.body as { error: { message: string } }).error.message });
    return true;
  }
  const { call } = toolDecision(model, body, false);
  const message: Record<string, unknown> = { role: 'assistant', content: call ? '' : (model.reply ?? 'Hello! How can I help you today?') };
  if (call) message.tool_calls = [{ function: { index: 0, name: call.name, arguments: JSON.parse(call.arguments) as unknown } }];
  const created_at = new Date().toISOString();
  const final = { model: name, created_at, message, done: true, done_reason: 'stop', total_duration: 1, prompt_eval_count: 12, eval_count: 8 };
  if (body?.stream === false) {
    send(200, final);
    return true;
  }
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  if (!call) res.write(`${JSON.stringify({ model: name, created_at, message: { role: 'assistant', content: message.content }, done: false })}\n`);
  res.end(`${JSON.stringify({ ...final, message: call ? message : { role: 'assistant', content: '' } })}\n`);
  return true;
}
