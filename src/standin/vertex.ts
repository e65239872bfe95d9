// Vertex AI as LiteLLM's `vertex_ai/` provider calls it, and the OAuth token endpoint google-auth asks first:
// - the token: google-auth's service-account flow POSTs `grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`
//   with a signed JWT to the key file's `token_uri` and reads `access_token` and `expires_in` from the JSON
//   answer (google/oauth2/_client.py jwt_grant; the response of RFC 6749 section 5.1). A test's key file points
//   `token_uri` here.
// - the call: POST .../publishers/google/models/{model}:generateContent, or :streamGenerateContent?alt=sse (one
//   GenerateContentResponse per `data:` event), with `Authorization: Bearer <access_token>`. The answer is the
//   Vertex AI v1 GenerateContentResponse: candidates[{content{role:"model", parts[{text}]}, finishReason, index}],
//   usageMetadata{promptTokenCount, candidatesTokenCount, totalTokenCount}, modelVersion
//   (aiplatform v1 REST reference, GoogleCloudAiplatformV1GenerateContentResponse / Candidate). An unknown model is
//   404 NOT_FOUND "Publisher Model `...` was not found or your project does not have access to it." and a bad token
//   401 UNAUTHENTICATED, in Google's error envelope {error{code, message, status}}.
import type http from 'node:http';
import type { StandinModel } from './server.ts';

export interface VertexOptions {
  /** The access token the token endpoint issues and generateContent requires. */
  accessToken: string;
}

type Send = (status: number, body: unknown) => void;

const googleError = (code: number, status: string, message: string) => ({ error: { code, message, status } });

/** Answers the token endpoint and generateContent; returns false for any other path. */
export function vertexNative(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  models: ReadonlyMap<string, StandinModel>,
  vertex: VertexOptions,
  send: Send,
): boolean {
  if (req.method !== 'POST') return false;
  if (path === '/token') {
    send(200, { access_token: vertex.accessToken, expires_in: 3599, token_type: 'Bearer' });
    return true;
  }
  const call = /^\/(?:v1(?:beta1)?\/)?(projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/([^/:]+)):(generateContent|streamGenerateContent)$/.exec(
    path,
  );
  if (!call) return false;
  const [, resource = '', name = '', method] = call;
  if (req.headers.authorization !== `Bearer ${vertex.accessToken}`) {
    send(
      401,
      googleError(
        401,
        'UNAUTHENTICATED',
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
      ),
    );
    return true;
  }
  const model = models.get(name);
  if (!model) {
    send(404, googleError(404, 'NOT_FOUND', `Publisher Model \`${resource}\` was not found or your project does not have access to it.`));
    return true;
  }
  const text = model.reply ?? 'Hello! How can I help you today?';
  const usageMetadata = { promptTokenCount: 6, candidatesTokenCount: 9, totalTokenCount: 15 };
  const answer = (parts: string, finishReason?: string) => ({
    candidates: [{ content: { role: 'model', parts: [{ text: parts }] }, index: 0, ...(finishReason ? { finishReason } : {}) }],
    usageMetadata,
    modelVersion: name,
  });
  if (method === 'generateContent') {
    send(200, answer(text, 'STOP'));
    return true;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const cut = Math.ceil(text.length / 2);
  res.write(`data: ${JSON.stringify(answer(text.slice(0, cut)))}\r\n\r\n`);
  res.end(`data: ${JSON.stringify(answer(text.slice(cut), 'STOP'))}\r\n\r\n`);
  return true;
}
