// Upstreams an outside checker may point the proxy at on purpose (src/standin/hostile.ts), each tried through
// the real LiteLLM proxy in one run: what reaches the probes must end within the probe's bound and be named
// for what it is, not for a cause it is not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-h0st1le-9f3a7c2e51';

describe('hostile upstreams through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'ok' },
        { id: 'stall', fault: 'stream-stall' },
        { id: 'cut', fault: 'cut-json' },
        { id: 'badenc', fault: 'bad-encoding' },
        { id: 'badargs', tools: 'bad-arguments' },
        { id: 'moved', fault: 'redirect' },
        { id: 'none', fault: 'no-choices' },
        { id: 'long', fault: 'long-error' },
        { id: 'headers', fault: 'huge-headers' },
      ],
    },
    'vl-hostile-',
  );
  const byAlias = (report: Report, alias: string): AliasReport => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `alias ${alias} in report`);
    return found;
  };

  it('a stalled stream, a body cut mid-JSON and a wrong Content-Encoding are diagnosed as what they are', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      ['model_list:', ...['ok', 'stall', 'cut', 'badenc', 'moved', 'none', 'long', 'headers'].map((id) => route(id, `openai/${id}`, upstream.url))].join('\n'),
    );
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      concurrency: 8,
      timeoutMs: 20_000, // the stalled stream waits out this bound; nothing else comes near it
      startTimeoutMs: 240_000,
      stream: true,
      maxReplyBytes: 64 * 1024, // below the long error, far above every reply
    });
    const show = (a: AliasReport) => `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.error?.split('\n')[0]}`;
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    assert.equal(report.error, null, JSON.stringify(report.error));
    assert.equal(byAlias(report, 'ok').status, 'pass', 'the proxy itself works');

    // The plain request passed; the stream opened with 200, then only keep-alive comments until the bound.
    const stall = byAlias(report, 'stall');
    assert.equal(stall.status, 'fail');
    assert.equal(stall.httpStatus, 200, 'the plain request passed');
    assert.equal(stall.stream?.httpStatus, 200, 'the stream was answered');
    assert.equal(stall.diagnosis?.code, 'stream-broken', JSON.stringify(stall.diagnosis));
    assert.match(stall.diagnosis?.summary ?? '', /the stream opened \(HTTP 200\) but sent no content and did not end within 20s/);
    assert.doesNotMatch(stall.diagnosis?.summary ?? '', /no answer through the proxy/);

    // LiteLLM relays Python's json error as a 500; the upstream did not fail, its reply did not parse.
    const cut = byAlias(report, 'cut');
    assert.equal(cut.status, 'fail');
    assert.equal(cut.httpStatus, 500);
    assert.match(cut.error ?? '', /Unterminated string starting at: line 1 column \d+/);
    assert.equal(cut.diagnosis?.code, 'invalid-response', JSON.stringify(cut.diagnosis));
    assert.match(cut.diagnosis?.summary ?? '', /not an OpenAI-compatible JSON reply \(LiteLLM could not parse it: Unterminated string/);

    // httpx cannot decode the body and LiteLLM says only "Connection error."; the runner connects, so the
    // server is up and the fix is not "start the server".
    const badenc = byAlias(report, 'badenc');
    assert.equal(badenc.httpStatus, 500);
    assert.match(badenc.error ?? '', /Connection error\./);
    assert.equal(badenc.diagnosis?.code, 'connection');
    assert.match(badenc.diagnosis?.summary ?? '', /the runner connects to 127\.0\.0\.1:\d+, yet LiteLLM's exchange with it for 'badenc' failed/);
    assert.doesNotMatch(badenc.diagnosis?.fix ?? '', /must be running and listening/);

    // A redirect is a config matter (api_base), not "a server-side failure": LiteLLM relays it as a 500.
    const moved = byAlias(report, 'moved');
    assert.match(moved.error ?? '', /Error code: 307/);
    assert.equal(moved.diagnosis?.code, 'upstream-redirect', JSON.stringify(moved.diagnosis));
    // LiteLLM forwards the upstream's Location as llm_provider-location.
    assert.match(moved.diagnosis?.summary ?? '', /answered 'moved' with a redirect \(HTTP 307\) to https:\/\/api\.elsewhere\.example\/v1\/chat\/completions;/);
    assert.match(moved.diagnosis?.fix ?? '', /Set api_base at \S+:\d+ to the address the server answers at/);
    assert.ok(!upstream.seen.some((r) => r.path.includes('elsewhere')), 'nothing followed the redirect');

    // choices: [] is passed through by LiteLLM; no max-tokens advice for it.
    const none = byAlias(report, 'none');
    assert.equal(none.httpStatus, 200);
    assert.equal(none.diagnosis?.code, 'invalid-response', JSON.stringify(none.diagnosis));
    assert.match(none.diagnosis?.summary ?? '', /answered 200 with no choices at all/);
    assert.doesNotMatch(none.diagnosis?.fix ?? '', /max-tokens/);

    // An error past the size limit: its message is still read out of the cut envelope, not shown as raw JSON.
    const long = byAlias(report, 'long');
    assert.equal(long.httpStatus, 400);
    assert.match(long.error ?? '', /^litellm\.BadRequestError: OpenAIException - Bad request: CCCC/);
    assert.ok((long.error ?? '').length <= 2001, `${long.error?.length}`);
    assert.doesNotMatch(long.diagnosis?.summary ?? '', /\{"error"/);

    // 24 KiB of upstream headers, relayed by LiteLLM as llm_provider-*: named as headers, not as "the server failed".
    const headers = byAlias(report, 'headers');
    assert.equal(headers.status, 'fail');
    assert.match(headers.error ?? '', /UND_ERR_HEADERS_OVERFLOW/);
    assert.equal(headers.diagnosis?.code, 'invalid-response', JSON.stringify(headers.diagnosis));
    assert.match(headers.diagnosis?.summary ?? '', /carried more than 16 KiB of headers, more than Node's HTTP clients read .*llm_provider-<name>/);
    assert.doesNotMatch(headers.diagnosis?.fix ?? '', /server-side failure/);

    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });

  // vLLM's Kimi K2 / DeepSeek V3 parsers forward a call cut short as-is (src/standin/tools.ts): Chat Completions
  // shows the broken arguments; LiteLLM's Messages adapter "repairs" them into input {}, a clean-looking call.
  it('tool-call arguments cut short upstream fail on every surface, including the one where LiteLLM repairs them to {}', async () => {
    const report = await runEngine({
      configPath: fixture.config(`model_list:\n${route('badargs', 'openai/badargs', fixture.upstream.url)}`, 'badargs.yaml'),
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      startTimeoutMs: 240_000,
      stream: false,
      apis: ['chat', 'messages'],
      tools: true,
    });
    const row = byAlias(report, 'badargs');
    console.log(`# ${row.surfaces.map((x) => `${x.api}: ${x.status} ${x.diagnosis?.summary ?? x.reply}`).join('\n# ')}`);
    assert.equal(row.status, 'fail');
    const surface = (api: string) => row.surfaces.find((x) => x.api === api);
    assert.equal(surface('messages')?.status, 'pass', 'plain Messages works');
    assert.equal(surface('tools')?.diagnosis?.code, 'tools-unsupported');
    assert.match(surface('tools')?.diagnosis?.summary ?? '', /get_current_time\(\{"timezone":"UTC\)/);
    const messages = surface('messages-tools');
    assert.equal(messages?.status, 'fail', JSON.stringify(messages));
    assert.equal(messages?.diagnosis?.code, 'tools-unsupported');
    assert.match(messages?.diagnosis?.summary ?? '', /get_current_time\(\{\}\) \(LiteLLM's Messages API turns arguments it cannot parse/);
  });
});

describe('an upstream that blocks the whole proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'bomb', fault: 'huge-error' },
        // Still waiting for its (slow) answer when the proxy stops answering.
        { id: 'bystander', delayMs: 3000 },
      ],
    },
    'vl-hostile-bomb-',
  );

  it("a decompression bomb in one route's error body: every route is named proxy-unresponsive, not a slow upstream", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      ['model_list:', route('bomb', 'openai/bomb', upstream.url), route('bystander', 'openai/bystander', upstream.url)].join('\n'),
    );
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      concurrency: 8,
      timeoutMs: 20_000,
      startTimeoutMs: 240_000,
      stream: false,
    });
    console.log(`# ${report.aliases.map((a) => `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary}`).join('\n# ')}`);
    assert.equal(report.error, null, JSON.stringify(report.error));
    assert.equal(report.result, 'fail');
    for (const alias of ['bomb', 'bystander']) {
      const row = report.aliases.find((a) => a.alias === alias);
      assert.equal(row?.status, 'fail');
      assert.equal(row?.diagnosis?.code, 'proxy-unresponsive', JSON.stringify(row?.diagnosis));
      assert.match(row?.diagnosis?.summary ?? '', /the LiteLLM proxy itself stopped answering/);
    }
    assert.ok(
      upstream.seen.some((r) => r.body?.model === 'bystander'),
      'the bystander was asked',
    );
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'the blocked proxy was stopped');
  });
});
