// Client profiles through the real proxy: what Claude Code, Codex and an OpenAI SDK agent send on their first
// turn and first tool round trip, against vLLM-like upstreams (src/standin/vllm.ts cites vLLM's rules).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { clientProfile, CLIENT_NAMES } from '../../src/probe/clients/profile.ts';
import type { Report } from '../../src/report/report.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-clients-16180339';
const byAlias = (report: Report, alias: string) => report.aliases.find((a) => a.alias === alias)!;
const clientOf = (report: Report, alias: string, client: string) => byAlias(report, alias).clients.find((c) => c.client === client)!;

describe('client profiles through the real proxy', { timeout: 900_000 }, () => {
  const fx = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'Qwen/Qwen3-0.6B', reasoning: true },
        { id: 'no-parser', tools: 'no-parser' },
        { id: 'small', maxModelLen: 8192 },
        { id: 'picky', rejectParams: ['prompt_cache_key'] },
      ],
    },
    'vl-clients-',
  );
  let report: Report;

  before(async () => {
    const yaml = [
      'model_list:',
      route('claude-sonnet-4-5', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('claude-haiku-4-5', 'openai/Qwen/Qwen3-0.6B', fx.upstream.url),
      route('no-tools', 'openai/no-parser', fx.upstream.url),
      route('small-8k', 'hosted_vllm/small', fx.upstream.url),
      route('small-8k-openai', 'openai/small', fx.upstream.url),
      // drop_params: LiteLLM itself refuses Codex's `reasoning` for a model its map does not know (see below).
      route('picky', 'openai/picky', fx.upstream.url, '    drop_params: true\n'),
    ].join('\n');
    report = await runEngine({
      configPath: fx.config(yaml, 'clients.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: false,
      temperature: null,
      clients: CLIENT_NAMES.map(clientProfile),
    });
  });

  it('passes every client on a healthy route, each through its own surface and shape', () => {
    const a = byAlias(report, 'claude-sonnet-4-5');
    assert.equal(a.status, 'pass', JSON.stringify(a.clients));
    assert.deepEqual(
      a.clients.map((c) => [c.client, c.step, c.status]),
      [
        ['claude-code', 'tool round trip', 'pass'],
        ['codex', 'tool round trip', 'pass'],
        ['openai', 'tool round trip', 'pass'],
      ],
    );
    // The follow-ups carried the tool result back in each client's shape.
    const bodies = fx.upstream.seen.filter((r) => r.body?.model === 'Qwen/Qwen3-0.6B').map((r) => JSON.stringify(r.body));
    assert.ok(
      bodies.some((b) => b.includes('function_call_output')),
      'responses follow-up (codex, and claude-code via the bridge)',
    );
    assert.ok(
      bodies.some((b) => b.includes('"role":"tool"')),
      'chat follow-up',
    );
  });

  it("sends Claude Code's background request to the haiku alias, and says so", () => {
    assert.deepEqual(
      byAlias(report, 'claude-haiku-4-5')
        .clients.filter((c) => c.client === 'claude-code')
        .map((c) => [c.step, c.status]),
      [['background request', 'pass']],
    );
    assert.match(report.notes.join('\n'), /'claude-haiku-4-5' probed as claude-code's small\/fast background model/);
  });

  it('fails every client on a vLLM without a tool parser, naming the client and the step', () => {
    const a = byAlias(report, 'no-tools');
    assert.equal(a.status, 'fail');
    assert.match(a.diagnosis?.summary ?? '', /^claude-code: FAIL on the first turn: /);
    // Codex reaches the upstream too: it sends no reasoning effort by default, and its user agent has LiteLLM 1.108.7
    // drop what the model cannot take (should_auto_drop_params_for_agentic_cli), so the missing parser is what fails it.
    for (const name of ['claude-code', 'codex', 'openai']) {
      const c = clientOf(report, 'no-tools', name);
      assert.deepEqual([c.step, c.status, c.diagnosis?.code], ['first turn', 'fail', 'tools-unsupported'], name);
      assert.match(c.diagnosis?.fix ?? '', /--enable-auto-tool-choice --tool-call-parser/);
    }
  });

  it('fails Claude Code on an 8k context with the context diagnosis (through chat), and passes through the Responses bridge', () => {
    const c = clientOf(report, 'small-8k', 'claude-code');
    assert.equal(c.status, 'fail');
    assert.equal(c.diagnosis?.code, 'context-window');
    assert.match(c.diagnosis?.summary ?? '', /8192 tokens of context .* max_tokens 32000/);
    assert.match(c.diagnosis?.fix ?? '', /--max-model-len/);
    assert.match(c.diagnosis?.fix ?? '', /max_output_tokens/);
    // openai/ bridges messages to vLLM's /v1/responses, which clamps max_output_tokens instead of refusing.
    assert.equal(clientOf(report, 'small-8k-openai', 'claude-code').status, 'pass');
  });

  it('fails Codex with the refused-parameter fix when LiteLLM forwards a Responses-only field the upstream rejects', () => {
    const c = clientOf(report, 'picky', 'codex');
    assert.equal(c.status, 'fail', JSON.stringify(c));
    assert.match(c.diagnosis?.summary ?? '', /prompt_cache_key/);
    assert.match(c.diagnosis?.fix ?? '', /additional_drop_params: \["prompt_cache_key"\]/);
    assert.equal(clientOf(report, 'picky', 'openai').status, 'pass');
    assert.match(renderSummary(report), /as codex \|/);
  });

  it('passes Claude Code on the 8k context once the config caps max tokens (model_info.max_output_tokens + modify_params)', async () => {
    const yaml = [
      'model_list:',
      route('small-8k-capped', 'hosted_vllm/small', fx.upstream.url, '  model_info:\n    max_output_tokens: 4096\n'),
      'litellm_settings:\n  modify_params: true\n',
    ].join('\n');
    const capped = await runEngine({
      configPath: fx.config(yaml, 'capped.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fx.dir,
      stream: false,
      temperature: null,
      clients: [clientProfile('claude-code')],
    });
    assert.equal(clientOf(capped, 'small-8k-capped', 'claude-code').status, 'pass', JSON.stringify(capped.aliases[0]?.clients));
    assert.match(capped.notes.join('\n'), /no alias for claude-code's small\/fast background model/);
    assert.ok(
      fx.upstream.seen.some((r) => r.body?.model === 'small' && r.body?.max_tokens === 4096),
      'LiteLLM lowered max_tokens to 4096',
    );
  });
});
