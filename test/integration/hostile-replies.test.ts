// Replies an upstream sends with HTTP 200 that LiteLLM cannot read as a chat completion, through the real LiteLLM
// proxy: the route answered, so the diagnosis must name the reply, not a server-side failure nor a refused request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AliasReport, Report } from '../../src/report/report.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';
import { clientProfile } from '../../src/probe/clients/profile.ts';
import { BASIC_CREDENTIALS } from '../../src/standin/gates.ts';

const KEY = 'vk-r3plies-5d8e1b7a42';

describe('replies LiteLLM cannot read, through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin(
    {
      apiKey: KEY,
      models: [
        { id: 'ok' },
        { id: 'blocks', fault: 'content-blocks' },
        { id: 'nullmsg', fault: 'null-message' },
        { id: 'filtered', fault: 'content-filter' },
        { id: 'half', fault: 'lone-surrogate' },
        { id: 'rfailed', fault: 'response-failed' },
        { id: 'rfiltered', fault: 'response-filtered' },
        { id: 'cf', fault: 'cloudflare-challenge' },
        { id: 'bytes', fault: 'bad-utf8' },
      ],
    },
    'vl-replies-',
  );
  const show = (a: AliasReport) =>
    `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.diagnosis?.fix} | ${a.error?.split('\n')[0]}`;
  const byAlias = (report: Report, alias: string): AliasReport => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `alias ${alias} in report`);
    return found;
  };

  it("content as a list of blocks (Mistral's reasoning replies) and a null message are the reply's fault, with the provider that reads the blocks", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      [
        'model_list:',
        route('ok', 'openai/ok', upstream.url),
        route('blocks', 'openai/blocks', upstream.url),
        route('blocks-mistral', 'mistral/blocks', upstream.url),
        route('nullmsg', 'openai/nullmsg', upstream.url),
      ].join('\n'),
    );
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: true });
    const show = (a: AliasReport) =>
      `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.diagnosis?.fix} | ${a.error?.split('\n')[0]}`;
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    assert.equal(report.error, null, JSON.stringify(report.error));
    assert.equal(byAlias(report, 'ok').status, 'pass', 'the proxy itself works');

    // LiteLLM 1.108.7's openai/ provider answers 500 "Invalid response object": the upstream did not fail.
    const blocks = byAlias(report, 'blocks');
    assert.equal(blocks.status, 'fail');
    assert.equal(blocks.httpStatus, 500);
    assert.match(blocks.error ?? '', /Invalid response object/);
    assert.equal(blocks.diagnosis?.code, 'invalid-response', JSON.stringify(blocks.diagnosis));
    assert.match(blocks.diagnosis?.summary ?? '', /answered 200 with a chat completion LiteLLM could not read \("Invalid response object"\)/);
    assert.match(blocks.diagnosis?.fix ?? '', /write the model as `mistral\/<model>`/);
    assert.doesNotMatch(blocks.diagnosis?.fix ?? '', /server-side failure/);
    // ...and the advice holds: LiteLLM's mistral/ provider reads the same reply, thought and text apart.
    const mistral = byAlias(report, 'blocks-mistral');
    assert.equal(mistral.status, 'pass', JSON.stringify(mistral));
    assert.equal(mistral.reply, 'Hello! How can I help you today?');

    // An AttributeError inside LiteLLM makes this a 400 "Invalid request format" with a Python traceback: it is
    // still the reply, so no parameter hunt, and no traceback in the summary.
    const nullmsg = byAlias(report, 'nullmsg');
    assert.equal(nullmsg.status, 'fail');
    assert.equal(nullmsg.httpStatus, 400);
    assert.match(nullmsg.error ?? '', /^Invalid request format: .*Invalid response object/);
    assert.equal(nullmsg.diagnosis?.code, 'invalid-response', JSON.stringify(nullmsg.diagnosis));
    assert.doesNotMatch(nullmsg.diagnosis?.summary ?? '', /rejected as invalid|Traceback|also fails without/);
    assert.equal(nullmsg.withoutTemperature, null, 'no request without temperature was sent');
    // (LiteLLM retries on its own; every request it forwarded still carried the probe's temperature.)
    assert.ok(
      upstream.seen.filter((r) => r.body?.model === 'nullmsg').every((r) => r.body?.temperature === 0.7),
      'no request went out without temperature',
    );

    assert.equal(JSON.stringify(report).includes(KEY), false, 'the key never appears in the report');
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });

  it('a reply withheld by a content filter names the filter, not max-tokens', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('filtered', 'openai/filtered', upstream.url)].join('\n'), 'filtered.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: true });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const filtered = byAlias(report, 'filtered');
    assert.equal(filtered.status, 'fail');
    assert.equal(filtered.httpStatus, 200);
    assert.equal(filtered.diagnosis?.code, 'empty-reply', JSON.stringify(filtered.diagnosis));
    assert.match(filtered.diagnosis?.summary ?? '', /a content filter withheld the answer \(finish_reason "content_filter"\)/);
    assert.match(filtered.diagnosis?.fix ?? '', /prompt/);
    assert.doesNotMatch(filtered.diagnosis?.fix ?? '', /max-tokens/);
  });

  // LiteLLM 1.108.7 cannot encode the reply (UnicodeEncodeError: surrogates not allowed, in Starlette's JSONResponse)
  // and its own handler for unhandled errors then fails too (it imports prisma, which litellm[proxy] lacks), so the
  // client gets Starlette's bare text/plain 500 "Internal Server Error": the proxy failed, not the upstream.
  it("the proxy's own unhandled failure (a bare 500 \"Internal Server Error\") is named as the proxy's, not the upstream's", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('half', 'openai/half', upstream.url)].join('\n'), 'half.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: true });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const half = byAlias(report, 'half');
    assert.equal(half.status, 'fail');
    assert.equal(half.httpStatus, 500);
    assert.equal(half.error, 'Internal Server Error');
    assert.equal(half.diagnosis?.code, 'proxy-error', JSON.stringify(half.diagnosis));
    assert.match(half.diagnosis?.summary ?? '', /the LiteLLM proxy itself failed while handling 'half'/);
    assert.doesNotMatch(half.diagnosis?.summary ?? '', /the upstream at \S+ failed with HTTP/);
    assert.doesNotMatch(half.diagnosis?.fix ?? '', /model server's logs/);
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });

  // OpenAI's Responses API gives up inside a 200: status "failed" with an error, or "incomplete" with a reason, and
  // streamed as a last `response.failed` / `response.incomplete` event; LiteLLM 1.108.7 relays both verbatim.
  it('a Responses API reply that failed or was filtered says so, on the responses surface and for Codex (streamed)', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(
      // drop_params: LiteLLM itself refuses Codex's `reasoning` for a model its map does not know (clients.test.ts).
      ['model_list:', ...['rfailed', 'rfiltered'].map((id) => route(id, `openai/${id}`, upstream.url, '    drop_params: true\n'))].join('\n'),
      'responses.yaml',
    );
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: KEY },
      tempRoot: fixture.dir,
      startTimeoutMs: 240_000,
      stream: false,
      apis: ['chat', 'responses'],
      clients: [clientProfile('codex')],
    });
    const rows = report.aliases.flatMap((a) => [
      ...a.surfaces.map((x) => `${a.alias} ${x.api}: ${x.status} ${x.diagnosis?.code} | ${x.diagnosis?.summary} | ${x.diagnosis?.fix}`),
      ...a.clients.map((c) => `${a.alias} ${c.client} ${c.step}: ${c.status} ${c.diagnosis?.code} | ${c.diagnosis?.summary} | ${c.diagnosis?.fix}`),
    ]);
    console.log(`# ${rows.join('\n# ')}`);
    for (const alias of ['rfailed', 'rfiltered']) assert.equal(byAlias(report, alias).httpStatus, 200, `${alias}: chat passed`);

    const failed = byAlias(report, 'rfailed');
    const failedSurface = failed.surfaces.find((x) => x.api === 'responses');
    assert.equal(failedSurface?.status, 'fail');
    assert.match(failedSurface?.diagnosis?.summary ?? '', /status "failed": The model failed to generate a response/);
    assert.doesNotMatch(failedSurface?.diagnosis?.fix ?? '', /max-tokens/);
    const codex = failed.clients.find((c) => c.client === 'codex');
    assert.equal(codex?.step, 'first turn');
    assert.match(codex?.diagnosis?.summary ?? '', /The model failed to generate a response/);
    assert.doesNotMatch(codex?.diagnosis?.summary ?? '', /\[DONE\]|without a tool call/);

    const filtered = byAlias(report, 'rfiltered');
    const filteredSurface = filtered.surfaces.find((x) => x.api === 'responses');
    assert.equal(filteredSurface?.status, 'fail');
    assert.match(filteredSurface?.diagnosis?.summary ?? '', /a content filter withheld the answer/);
    assert.doesNotMatch(filteredSurface?.diagnosis?.fix ?? '', /max-tokens/);
    const codexFiltered = filtered.clients.find((c) => c.client === 'codex');
    assert.match(codexFiltered?.diagnosis?.summary ?? '', /a content filter withheld the answer/);
  });

  it('a Cloudflare browser check in front of the upstream is named as such, not a refused key', async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('cf', 'openai/cf', upstream.url)].join('\n'), 'cf.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: true });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const cf = byAlias(report, 'cf');
    assert.equal(cf.status, 'fail');
    assert.equal(cf.httpStatus, 403);
    assert.equal(cf.diagnosis?.code, 'upstream-blocked', JSON.stringify(cf.diagnosis));
    assert.match(
      cf.diagnosis?.summary ?? '',
      /Cloudflare in front of the upstream at \S+ answered 'cf' with a browser check \(HTTP 403, cf-mitigated: challenge\)/,
    );
    assert.doesNotMatch(cf.diagnosis?.fix ?? '', /VLLM_KEY|--api-key/);
  });

  it("a reply that is not UTF-8 is the reply's fault (LiteLLM cannot decode it), not a server-side failure", async () => {
    const { upstream } = fixture;
    const configPath = fixture.config(['model_list:', route('bytes', 'openai/bytes', upstream.url)].join('\n'), 'bytes.yaml');
    const report = await runEngine({ configPath, provided: { VLLM_KEY: KEY }, tempRoot: fixture.dir, startTimeoutMs: 240_000, stream: false });
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const bytes = byAlias(report, 'bytes');
    assert.equal(bytes.status, 'fail');
    assert.match(bytes.error ?? '', /'utf-8' codec can't decode bytes/);
    assert.equal(bytes.diagnosis?.code, 'invalid-response', JSON.stringify(bytes.diagnosis));
    assert.match(bytes.diagnosis?.summary ?? '', /bytes that are not UTF-8/);
    assert.doesNotMatch(bytes.diagnosis?.fix ?? '', /server-side failure/);
  });
});

// nginx's auth_basic in front of a model server (src/standin/hostile.ts, `basic-auth`): the key LiteLLM sends as a
// Bearer token is not what it asks for. No --api-key on this stand-in: the reverse proxy is the gate.
describe('a reverse proxy asking for HTTP Basic credentials, through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin({ models: [{ id: 'gated', fault: 'basic-auth' }] }, 'vl-basic-');

  it('names the Basic challenge, and the fix it gives passes; credentials inside api_base are named as what breaks', async () => {
    const { upstream } = fixture;
    const inUrl = upstream.url.replace('http://', 'http://user:pass@');
    const configPath = fixture.config(
      [
        'model_list:',
        route('gated', 'openai/gated', upstream.url),
        route('gated-header', 'openai/gated', upstream.url, '    headers:\n      Authorization: os.environ/GATE_AUTH\n'),
        route('gated-url', 'openai/gated', inUrl),
      ].join('\n'),
    );
    const report = await runEngine({
      configPath,
      provided: { VLLM_KEY: 'vk-b4sic-0a1b2c3d4e', GATE_AUTH: BASIC_CREDENTIALS },
      tempRoot: fixture.dir,
      startTimeoutMs: 240_000,
      stream: false,
    });
    const show = (a: AliasReport) =>
      `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.diagnosis?.fix} | ${a.error?.split('\n')[0]}`;
    console.log(`# ${report.aliases.map(show).join('\n# ')}`);
    const row = (alias: string) => {
      const found = report.aliases.find((a) => a.alias === alias);
      assert.ok(found, alias);
      return found;
    };
    const gated = row('gated');
    assert.equal(gated.status, 'fail');
    assert.equal(gated.httpStatus, 401);
    assert.equal(gated.diagnosis?.code, 'auth');
    assert.match(gated.diagnosis?.summary ?? '', /asks for HTTP Basic credentials \(WWW-Authenticate: Basic\)/);
    assert.match(gated.diagnosis?.fix ?? '', /headers: \{Authorization: os\.environ\/NAME\}/);
    assert.doesNotMatch(gated.diagnosis?.fix ?? '', /--api-key/);
    // The advice, taken: LiteLLM sends that header instead of the Bearer key.
    assert.equal(row('gated-header').status, 'pass', JSON.stringify(row('gated-header')));
    const inApiBase = row('gated-url');
    assert.equal(inApiBase.status, 'fail');
    assert.match(inApiBase.error ?? '', /Cannot combine AUTHORIZATION header with AUTH argument or credentials encoded in URL/);
    assert.equal(inApiBase.diagnosis?.code, 'auth', JSON.stringify(inApiBase.diagnosis));
    assert.match(inApiBase.diagnosis?.summary ?? '', /api_base .* carries a user and password/);
    assert.equal(JSON.stringify(report).includes(BASIC_CREDENTIALS), false, 'the credentials never appear in the report');
    assert.deepEqual(proxyProcesses(fixture.dir), [], 'no proxy left running');
  });
});
