// Error bodies real upstreams answer that read like another failure, through the real LiteLLM proxy
// (src/standin/quirks.ts): the diagnosis must name whose failure it is.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AliasReport } from '../../src/report/report.ts';
import { proxyProcesses, route, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const KEY = 'vk-err0rs-7e21c4d9b3';

describe('upstream errors that read like something else, through the real LiteLLM proxy', { timeout: 600_000 }, () => {
  const fixture = withStandin({ apiKey: KEY, models: [{ id: 'ok' }, { id: 'nomodule', fault: 'server-missing-module' }] }, 'vl-errors-');
  const show = (a: AliasReport) =>
    `${a.alias}: ${a.status} ${a.httpStatus} ${a.diagnosis?.code} | ${a.diagnosis?.summary} | ${a.diagnosis?.fix} | ${a.error?.split('\n')[0]}`;

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
});
