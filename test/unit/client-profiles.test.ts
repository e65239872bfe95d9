// The client profiles held against what the real clients sent, captured verbatim (test/fixtures/client-requests/).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { clientProfile } from '../../src/probe/clients/profile.ts';
import { firstTurnBody } from '../../src/probe/clients/run.ts';
import { ROOT } from '../helpers/litellm.ts';

interface Capture {
  source: string;
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}
const capture = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'client-requests', name), 'utf8')) as Capture;
/** Headers of the transport, or set per request by our own sender (key, stream accept): not the profile's. */
const TRANSPORT = new Set(['host', 'content-length', 'content-type', 'accept', 'authorization']);

describe('client profiles against captured requests', () => {
  it("codex: Codex CLI 0.169.0's first turn: its fields in its order, its reasoning and tool settings, its headers and user agent", () => {
    const real = capture('codex-0.169.0-exec.json');
    const profile = clientProfile('codex');
    const body = firstTurnBody(profile, 'qwen');
    assert.equal(profile.path.split('?')[0], real.url);
    // No `instructions`: Codex 0.169 sends its base instructions as the first developer message of `input`.
    assert.deepEqual(Object.keys(body), Object.keys(real.body));
    for (const field of ['stream', 'tool_choice', 'parallel_tool_calls', 'reasoning', 'store', 'include'])
      assert.deepEqual(body[field], real.body[field], field);
    assert.deepEqual(Object.keys(body.client_metadata as object).sort(), Object.keys(real.body.client_metadata as object).sort());
    const roles = (items: unknown) => (items as Array<{ type: string; role: string; id?: string }>).map((i) => [i.type, i.role, typeof i.id]);
    assert.deepEqual(roles(body.input), roles(real.body.input));
    assert.deepEqual((body.tools as unknown[])[0], (real.body.tools as unknown[])[0], 'the exec_command tool, verbatim');
    // LiteLLM 1.108.7 reads the user agent (a Codex one turns drop_params on): the captured one, every header Codex sends.
    assert.equal(profile.headers['user-agent'], real.headers['user-agent']);
    assert.deepEqual(
      Object.keys(profile.headers).sort(),
      Object.keys(real.headers)
        .filter((h) => !TRANSPORT.has(h))
        .sort(),
    );
  });
});

describe('claude-code profile against its capture', () => {
  it("claude-code: Claude Code 2.1.328's first turn to an alias: its fields in order, its betas and headers, the mid-conversation system message", () => {
    const real = capture('claude-code-2.1.328-print.json');
    const profile = clientProfile('claude-code');
    const body = firstTurnBody(profile, 'qwen');
    assert.equal(profile.path, real.url);
    assert.deepEqual(Object.keys(body), Object.keys(real.body));
    for (const field of ['max_tokens', 'thinking', 'context_management', 'output_config', 'stream']) assert.deepEqual(body[field], real.body[field], field);
    // The environment comes as a `role: system` message after the user's turn, not in `system`.
    const shape = (messages: unknown) =>
      (messages as Array<{ role: string; content: Array<{ type: string }> }>).map((m) => [m.role, m.content.map((c) => c.type)]);
    assert.deepEqual(shape(body.messages), shape(real.body.messages));
    const firstSystem = (body.system as Array<{ text: string }>)[0]!.text;
    assert.equal(firstSystem, (real.body.system as Array<{ text: string }>)[0]!.text, 'the billing-header block first');
    const realTools = new Map((real.body.tools as Array<{ name: string; input_schema: unknown }>).map((t) => [t.name, t]));
    for (const t of body.tools as Array<{ name: string; input_schema: unknown; defer_loading?: boolean }>) {
      assert.deepEqual(t.input_schema, realTools.get(t.name)?.input_schema, `${t.name}: the captured schema`);
      assert.equal(t.defer_loading, (realTools.get(t.name) as { defer_loading?: boolean }).defer_loading, t.name);
    }
    assert.deepEqual(
      Object.keys(JSON.parse((body.metadata as { user_id: string }).user_id)),
      Object.keys(JSON.parse((real.body.metadata as { user_id: string }).user_id)),
    );
    for (const h of ['user-agent', 'anthropic-beta', 'anthropic-version', 'x-app', 'accept', 'anthropic-dangerous-direct-browser-access'])
      assert.equal(profile.headers[h], real.headers[h], h);
    const own = new Set([...TRANSPORT, 'x-api-key', 'connection', 'accept-encoding']);
    assert.deepEqual(
      Object.keys(profile.headers).sort(),
      Object.keys(real.headers)
        .filter((h) => !own.has(h) || h === 'accept')
        .sort(),
    );
  });
});

describe('openai profile against its capture', () => {
  it("openai: the OpenAI Python SDK's request for the profile's fields: the same body, and the SDK's own headers", () => {
    const real = capture('openai-python-3.57.0-chat.json');
    const profile = clientProfile('openai');
    assert.equal(profile.path, real.url);
    assert.deepEqual(firstTurnBody(profile, 'qwen'), real.body);
    const own = new Set([...TRANSPORT, 'connection', 'accept-encoding']);
    const expected = Object.fromEntries(Object.entries(real.headers).filter(([h]) => !own.has(h) || h === 'accept'));
    assert.deepEqual(profile.headers, expected);
  });
});
