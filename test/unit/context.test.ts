// The context-window and tool refusals as the real LiteLLM 1.108.7 relays them (captured through the proxy in
// test/fixtures/proxy-errors/litellm-1.108.7-clients.json, upstream answering as vLLM's source does).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { readContextRefusal } from '../../src/diagnose/context.ts';
import { diagnose } from '../../src/diagnose/diagnose.ts';
import { diagnoseTools } from '../../src/diagnose/tools.ts';
import { parseProxyError } from '../../src/probe/replies.ts';
import { judgeToolReply } from '../../src/probe/tools.ts';
import { ROOT } from '../helpers/litellm.ts';

interface Captured {
  alias: string;
  model: string;
  path: string;
  status: number;
  body: unknown;
}
const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/proxy-errors/litellm-1.108.7-clients.json'), 'utf8')) as { responses: Captured[] };
const pick = (alias: string, p: string) => fixture.responses.find((r) => r.alias === alias && r.path === p)!;

const config = parseConfig(
  'model_list:\n- model_name: small-openai\n  litellm_params:\n    model: openai/small\n    api_base: http://127.0.0.1:8000/v1\n',
  '/w/c.yaml',
  'c.yaml',
);
const ctx = { config, deployment: config.deployments[0]!, temperature: null, timeoutMs: 1000 };
const outcome = (r: Captured) => ({ endpoint: 'chat' as const, ok: false, status: r.status, latencyMs: 1, error: parseProxyError(r.body)! });

describe('context-window diagnosis on the real proxy bodies', () => {
  it('names the served window, what the client asked for, and both fixes (chat, and messages through chat)', () => {
    for (const r of [pick('small-openai', '/v1/chat/completions'), pick('small-hosted', '/v1/messages')]) {
      const d = diagnose(outcome(r), ctx);
      assert.equal(d.code, 'context-window', r.path);
      assert.match(d.summary, /serves 8192 tokens of context \(14 taken by the prompt\), and the client asked for max_tokens 32000/);
      assert.match(d.fix, /--max-model-len/);
      assert.match(d.fix, /max_output_tokens: \d+\}` on 'small-openai' \(c\.yaml:2\)/);
      assert.match(d.fix, /modify_params: true/);
    }
  });

  it('tells a prompt that fills the window apart from a too-large max_tokens', () => {
    const d = diagnose(outcome(pick('small-openai', '/v1/responses')), ctx);
    assert.equal(d.code, 'context-window');
    assert.match(d.summary, /prompt alone \(10001 tokens\) fills it/);
  });

  it("reads vLLM's older wording too", () => {
    assert.deepEqual(
      readContextRefusal(
        "This model's maximum context length is 8192 tokens. However, you requested 32014 tokens (14 in the messages, 32000 in the completion). Please reduce the length of the messages or completion.",
      ),
      { window: 8192, input: 14, asked: 32000 },
    );
    assert.equal(readContextRefusal('Rate limit reached'), null);
  });

  it('messages through the Responses bridge: vLLM clamps max_output_tokens, so the same request passes', () => {
    assert.equal(pick('small-openai', '/v1/messages').status, 200);
  });
});

describe('no tool parser, on the real proxy bodies', () => {
  it('is tools-unsupported on chat and on messages through chat (a 400), and on the Responses bridge (text)', () => {
    for (const r of [pick('noparser-openai', '/v1/chat/completions'), pick('noparser-hosted', '/v1/messages')]) {
      const d = diagnoseTools({ ...outcome(r), endpoint: r.path === '/v1/messages' ? 'messages-tools' : 'tools' }, ctx);
      assert.equal(d?.code, 'tools-unsupported', r.path);
      assert.match(d?.fix ?? '', /--enable-auto-tool-choice --tool-call-parser/);
    }
    for (const [p, endpoint] of [
      ['/v1/messages', 'messages-tools'],
      ['/v1/responses', 'responses-tools'],
    ] as const) {
      const r = pick('noparser-openai', p);
      assert.equal(r.status, 200);
      const judged = judgeToolReply(endpoint, r.body, 200, 1, JSON.stringify(r.body));
      assert.equal(judged.ok, false);
      assert.match(diagnoseTools(judged, ctx)?.summary ?? '', /only looks like a tool call/, p);
    }
  });
});
