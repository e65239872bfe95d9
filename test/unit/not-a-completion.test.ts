// LiteLLM's "provider returned a response with no 'choices'. Raw keys: [...]" (convert_dict_to_response.py, 1.108.7)
// named for what the server answered. The whole-reply case runs through the real proxy in
// test/integration/hostile-errors.test.ts; these are the messages no stand-in here makes LiteLLM produce.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { diagnose } from '../../src/diagnose/diagnose.ts';
import type { ProbeOutcome } from '../../src/probe/outcome.ts';

const config = parseConfig(
  'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/m\n    api_key: os.environ/VLLM_KEY\n    api_base: http://127.0.0.1:1/v1\n',
  '/w/c.yaml',
  'c.yaml',
);
const ctx = { config, deployment: config.deployments[0]!, temperature: 0.7, timeoutMs: 1000 };
const outcome = (keys: string): ProbeOutcome => ({
  endpoint: 'chat',
  ok: false,
  status: 500,
  latencyMs: 1,
  error: {
    message: `litellm.APIError: LiteLLM: provider returned a response with no 'choices'. Raw keys: [${keys}]. Received Model Group=a`,
    type: null,
    param: null,
    code: '500',
  },
});

describe('a 200 without choices, as LiteLLM words it', () => {
  it('an empty choices list (BerriAI/litellm#40276, keys verbatim from #40294) is not a missing format', () => {
    const d = diagnose(outcome("'id', 'created', 'model', 'object', 'system_fingerprint', 'choices', 'usage', 'vertex_ai_safety_results'"), ctx);
    assert.equal(d.code, 'invalid-response');
    assert.match(d.summary, /answered 200 with an empty choices list/);
    assert.doesNotMatch(`${d.summary} ${d.fix}`, /server-side failure|max-tokens/);
  });

  it("an error object sent with 200 (vLLM's flat error envelope) is named so", () => {
    const d = diagnose(outcome("'object', 'message', 'type', 'param', 'code'"), ctx);
    assert.equal(d.code, 'invalid-response');
    assert.match(d.summary, /its keys: object, message, type, param, code\): an error object sent with HTTP 200/);
  });

  it("keys are the server's text: only key-like ones are quoted", () => {
    const d = diagnose(outcome("'status', '\u001b[31mred', '::error::x', 'version'"), ctx);
    assert.match(d.summary, /its keys: status, version\)/);
    assert.doesNotMatch(d.summary, /\u001b|::error/);
  });
});
