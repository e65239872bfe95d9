// Error bodies real upstreams answer that read like another failure, through the real LiteLLM proxy
// (src/standin/quirks.ts): the diagnosis must name whose failure it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AliasReport } from '../../src/report/report.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';
import { clientProfile } from '../../src/probe/clients/profile.ts';

const KEY = 'vk-err0rs-7e21c4d9b3';
const show = (a: AliasReport) =>
  `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.diagnosis?.fix} | ${a.error?.split('\n')[0]}`;

describe('upstream errors that read like something else, through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'ok' },
        { id: 'nomodule', fault: 'server-missing-module' },
        { id: 'rfailed', fault: 'response-failed' },
        { id: 'rfiltered', fault: 'response-filtered' },
        { id: 'filtered', fault: 'content-filter' },
        { id: 'claude', fault: 'anthropic-body' },
        { id: 'endless', fault: 'stream-endless' },
        { id: 'loop', fault: 'stream-loop' },
      ],
    },
    'vl-errors-',
  );

  // LiteLLM relays the server's words after "OpenAIException - " (openai/) or its whole body after
  // "Hosted_vllmException - " (hosted_vllm/): "No module named ..." there is the server's, not LiteLLM's.
  it("a server's own ImportError is the server's failure, not a package verify-litellm's LiteLLM lacks", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      [
        'model_list:',
        route('ok', 'openai/ok', upstream.url),
        route('nomodule', 'openai/nomodule', upstream.url),
        route('nomodule-vllm', 'hosted_vllm/nomodule', upstream.url),
      ].join('\n'),
    );
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: false });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    assert.equal(report.error, null, JSON.stringify(report.error));
    assert.equal(report.aliases.find((a) => a.alias === 'ok')?.status, 'pass', 'the proxy itself works');
    for (const alias of ['nomodule', 'nomodule-vllm']) {
      const row = report.aliases.find((a) => a.alias === alias);
      assert.equal(row?.status, 'fail', alias);
      assert.equal(row?.httpStatus, 500, alias);
      assert.match(row?.error ?? '', /No module named 'librosa'/, alias);
      assert.equal(row?.diagnosis?.code, 'upstream-error', `${alias}: ${JSON.stringify(row?.diagnosis)}`);
      assert.match(row?.diagnosis?.summary ?? '', /the upstream at 127\.0\.0\.1:\d+ failed with HTTP 500: .*No module named 'librosa'/, alias);
      assert.doesNotMatch(`${row?.diagnosis?.summary} ${row?.diagnosis?.fix}`, /verify-litellm's install|lacks a Python package|litellm\[proxy\]/, alias);
    }
    assert.ok(
      upstream.seen.some((r) => r.body?.model === 'nomodule'),
      'the request reached the server',
    );
    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
  // LiteLLM sends an openai/ route's Messages requests to the server's Responses API and answers a response that
  // failed with an empty end_turn, one a content filter stopped with an empty max_tokens (src/engine/messages-bridge.ts).
  it('an empty Messages reply says why the server gave up, not "raise max-tokens"', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      [
        'model_list:',
        route('rfailed', 'openai/rfailed', upstream.url),
        route('rfiltered', 'openai/rfiltered', upstream.url),
        route('filtered-vllm', 'hosted_vllm/filtered', upstream.url),
      ].join('\n'),
      'messages.yaml',
    );
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      startTimeoutMs: 240_000,
      stream: false,
      apis: ['chat', 'messages'],
      tools: true,
      clients: [clientProfile('claude-code')],
    });
    const messages = (alias: string, api = 'messages') => {
      const row = report.aliases.find((a) => a.alias === alias);
      const surface = row?.surfaces.find((x) => x.api === api);
      assert.ok(surface, `${alias}: ${api} probed`);
      return surface;
    };
    console.log(
      `# ${report.aliases.map((a) => a.surfaces.map((x) => `${a.alias} ${x.api}: ${x.status} ${x.diagnosis?.code} | ${x.diagnosis?.summary} | ${x.diagnosis?.fix}`).join('\n# ')).join('\n# ')}`,
    );
    assert.equal(report.error, null, JSON.stringify(report.error));
    for (const alias of ['rfailed', 'rfiltered']) assert.equal(report.aliases.find((a) => a.alias === alias)?.httpStatus, 200, `${alias}: chat passed`);

    const failed = messages('rfailed');
    assert.equal(failed.status, 'fail');
    assert.match(failed.diagnosis?.summary ?? '', /status "failed": The model failed to generate a response/);
    assert.match(failed.diagnosis?.summary ?? '', /LiteLLM's Messages API answered an empty reply/);
    assert.doesNotMatch(failed.diagnosis?.fix ?? '', /max-tokens/);

    const filtered = messages('rfiltered');
    assert.equal(filtered.status, 'fail');
    assert.match(filtered.diagnosis?.summary ?? '', /a content filter withheld the answer/);
    assert.doesNotMatch(filtered.diagnosis?.fix ?? '', /max-tokens/);

    // Not bridged (hosted_vllm/ goes through chat completions): LiteLLM's adapter says `refusal` for the filter.
    const chatFiltered = messages('filtered-vllm');
    assert.equal(chatFiltered.status, 'fail');
    assert.match(chatFiltered.diagnosis?.summary ?? '', /a content filter withheld the answer/);
    assert.doesNotMatch(chatFiltered.diagnosis?.summary ?? '', /Responses API/);
    assert.doesNotMatch(chatFiltered.diagnosis?.fix ?? '', /max-tokens/);

    // The tool probes get the same empty replies: nothing was answered, so not "plain text instead of a call".
    const failedTools = messages('rfailed', 'messages-tools');
    assert.match(failedTools.diagnosis?.summary ?? '', /status "failed": The model failed to generate a response/);
    assert.match(messages('rfiltered', 'messages-tools').diagnosis?.summary ?? '', /a content filter withheld the answer/);
    assert.match(messages('filtered-vllm', 'tools').diagnosis?.summary ?? '', /a content filter withheld the answer/);
    for (const [alias, api] of [
      ['rfailed', 'messages-tools'],
      ['rfiltered', 'messages-tools'],
      ['filtered-vllm', 'tools'],
      ['filtered-vllm', 'messages-tools'],
    ])
      assert.doesNotMatch(messages(alias!, api).diagnosis?.summary ?? '', /plain text/, `${alias} ${api}`);

    // Claude Code's own streamed requests meet the same bridge.
    const claude = (alias: string) => report.aliases.find((a) => a.alias === alias)?.clients.find((c) => c.client === 'claude-code');
    console.log(
      `# ${['rfailed', 'rfiltered', 'filtered-vllm'].map((a) => `${a} claude-code ${claude(a)?.step}: ${claude(a)?.status} ${claude(a)?.diagnosis?.code} | ${claude(a)?.diagnosis?.summary}`).join('\n# ')}`,
    );
    assert.equal(claude('rfailed')?.diagnosis?.code, 'upstream-error', JSON.stringify(claude('rfailed')?.diagnosis));
    assert.match(claude('rfailed')?.diagnosis?.summary ?? '', /carried an error event: The model failed to generate a response/);
    for (const alias of ['rfiltered', 'filtered-vllm']) {
      assert.equal(claude(alias)?.status, 'fail', alias);
      assert.match(claude(alias)?.diagnosis?.summary ?? '', /a content filter withheld the answer/, alias);
      assert.doesNotMatch(`${claude(alias)?.diagnosis?.summary} ${claude(alias)?.diagnosis?.fix}`, /plain text|tool-call parser|max-tokens/, alias);
    }
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
  // LiteLLM 1.108.7 answers a 200 without `choices` with its own 500 "provider returned a response with no
  // 'choices'. Raw keys: [...]": the server answered, in another format than OpenAI's.
  it("a 200 that is no chat completion (Anthropic's Messages format) is named as such, not a server-side failure", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('claude', 'openai/claude', upstream.url)].join('\n'), 'claude.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: false });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const row = report.aliases.find((a) => a.alias === 'claude');
    assert.equal(row?.status, 'fail');
    assert.equal(row?.httpStatus, 500);
    assert.match(row?.error ?? '', /provider returned a response with no 'choices'\. Raw keys: \['id', 'model'/);
    assert.equal(row?.diagnosis?.code, 'invalid-response', JSON.stringify(row?.diagnosis));
    assert.match(
      row?.diagnosis?.summary ?? '',
      /answered 200 with JSON that is no chat completion \(no `choices`; its keys: [^)]*\btype\b[^)]*\bcontent\b[^)]*\).*Anthropic's Messages format/,
    );
    assert.match(row?.diagnosis?.fix ?? '', /`anthropic\/<model>`/);
    assert.doesNotMatch(row?.diagnosis?.fix ?? '', /server-side failure/);
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
  // A streamed reply that never ends (src/standin/runaway.ts): the stream did not stop, so "stopped after" was wrong.
  it('a stream that keeps sending past max_tokens is named as running on, not as stopped', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('endless', 'openai/endless', upstream.url)].join('\n'), 'endless.yaml');
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      startTimeoutMs: 240_000,
      stream: true,
      maxTokens: 64,
      timeoutMs: 20_000, // the endless stream waits out this bound
    });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const row = report.aliases.find((a) => a.alias === 'endless');
    assert.equal(row?.status, 'fail');
    assert.equal(row?.httpStatus, 200, 'the plain request passed');
    assert.equal(row?.stream?.httpStatus, 200);
    assert.equal(row?.diagnosis?.code, 'stream-broken', JSON.stringify(row?.diagnosis));
    assert.match(row?.diagnosis?.summary ?? '', /kept sending \(\d+ content deltas, more than max_tokens \(64\) allows\) and did not end within 20s/);
    assert.doesNotMatch(row?.diagnosis?.summary ?? '', /stopped after/);
    assert.match(row?.diagnosis?.fix ?? '', /max_tokens/);
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
  // LiteLLM's loop guard (streaming_handler.py raise_on_model_repetition, REPEATED_STREAMING_CHUNK_LIMIT 100) ends a
  // stream whose model repeats one chunk, before the server's own max_tokens would.
  it("a model looping on one chunk is named as LiteLLM's loop guard, not the server's streaming", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('loop', 'openai/loop', upstream.url)].join('\n'), 'loop.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: true, maxTokens: 200 });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const row = report.aliases.find((a) => a.alias === 'loop');
    assert.equal(row?.status, 'fail');
    assert.equal(row?.httpStatus, 200, 'the plain request passed');
    assert.match(row?.error ?? '', /The model is repeating the same chunk = ha! \./);
    assert.equal(row?.diagnosis?.code, 'stream-broken', JSON.stringify(row?.diagnosis));
    assert.match(
      row?.diagnosis?.summary ?? '',
      /LiteLLM cut the stream: the model sent the same chunk \("ha!"\) over and over, and LiteLLM's loop guard ends a stream at 100 identical chunks/,
    );
    assert.match(row?.diagnosis?.fix ?? '', /REPEATED_STREAMING_CHUNK_LIMIT/);
    assert.doesNotMatch(row?.diagnosis?.fix ?? '', /reverse proxy buffering/);
  });
});

// Keys the servers' own docs publish as placeholders are no secrets (src/util/mask.ts PUBLIC_PLACEHOLDERS): masking
// Ollama's `api_key: ollama` turned every "ollama" in the report into "***", the fix's `ollama pull` included.
describe("a server's documented placeholder key, through the real LiteLLM proxy", { timeout: 600_000 }, () => {
  const fixture = withStandin({ flavor: 'ollama', models: [{ id: 'qwen3:8b' }] }, 'vl-placeholder-');

  it("Ollama's `api_key: ollama` does not mask the word ollama in the diagnosis", async () => {
    const { upstream } = fixture;
    const root = upstream.url.replace(/\/v1$/, '');
    const configPath = fixture.config(['model_list:', route('local', 'ollama_chat/llama3.1:8b', root)].join('\n'));
    const report = await runEngine({ configPath, provided: { VLLM_KEY: 'ollama' }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: false });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const row = report.aliases.find((a) => a.alias === 'local');
    assert.equal(row?.diagnosis?.code, 'upstream-model-not-found', JSON.stringify(row?.diagnosis));
    assert.match(row?.diagnosis?.fix ?? '', /`ollama pull llama3\.1:8b`/);
    assert.equal(row?.model, 'ollama_chat/llama3.1:8b');
    assert.doesNotMatch(JSON.stringify(report), /\*\*\*/);
  });
});
