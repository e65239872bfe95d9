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
