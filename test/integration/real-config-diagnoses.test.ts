// Real configs (test/fixtures/real-configs/, verbatim, sources in SOURCES.md) run through the real proxy, where the
// diagnosis of a failed route told the user the wrong thing before it was fixed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { ROOT, runEngine, tempDir, testLiteLLM } from '../helpers/litellm.ts';

const real = (slug: string): string => path.join(ROOT, 'test', 'fixtures', 'real-configs', slug, 'config.yaml');

describe('real configs through the real proxy: what a failed route is blamed on', { timeout: 600_000 }, () => {
  before(async () => {
    await testLiteLLM();
  });

  it('a bare cloud id, and a Vertex route with no Google credentials on the runner (andrewginns/google-cloud-litellm-proxy)', async () => {
    // `model: chat-bison` (no prefix, no api_base): the fix said "for an OpenAI-compatible server (vLLM) write
    // `openai/chat-bison`", advice for a server of one's own. `vertex_ai/meta/llama3-405b-instruct-maas`: LiteLLM
    // answers 500 "Google Cloud SDK not found. Install it with: pip install 'litellm[google]' ..." because
    // verify-litellm's litellm[proxy] has no google-auth, and the diagnosis said "the upstream at the provider failed
    // ... this is a server-side failure, not a config mistake" although nothing was sent. The run now installs the
    // `google` extra for the route (litellm-extras auto), and google-auth's own answer is what the user sees: no
    // Application Default Credentials on this runner (vertex.test.ts covers the install without the extra).
    const dir = tempDir('vl-diag-');
    try {
      const report = await runEngine({
        configPath: real('vertex-ai-location-key-bare-palm'),
        provided: {},
        models: ['gpt-3.5-turbo', 'meta/llama3-405b'],
        tempRoot: dir,
        stream: false,
        timeoutMs: 20_000,
      });
      assert.equal(report.error, null, JSON.stringify(report.error));
      const row = (alias: string) => report.aliases.find((a) => a.alias === alias);
      const bare = row('gpt-3.5-turbo');
      assert.equal(bare?.status, 'fail', JSON.stringify(report.aliases, null, 1));
      assert.equal(bare?.diagnosis?.code, 'no-deployment');
      assert.doesNotMatch(bare?.diagnosis?.fix ?? '', /openai\/chat-bison|vLLM/);
      assert.match(bare?.diagnosis?.fix ?? '', /Prefix the model with its provider at .*config\.yaml:6 \(`vertex_ai\/`/);
      const vertex = row('meta/llama3-405b');
      assert.equal(vertex?.status, 'fail');
      assert.deepEqual(report.litellmLock?.extras, ['google']);
      assert.match(vertex?.error ?? '', /Your default credentials were not found/);
      assert.equal(vertex?.diagnosis?.code, 'auth');
      assert.match(vertex?.diagnosis?.summary ?? '', /LiteLLM found no vertex_ai credentials for 'meta\/llama3-405b'/);
      assert.match(vertex?.diagnosis?.fix ?? '', /GOOGLE_APPLICATION_CREDENTIALS/);
      assert.match(vertex?.diagnosis?.fix ?? '', /google-github-actions\/auth/);
      assert.doesNotMatch(`${vertex?.diagnosis?.summary} ${vertex?.diagnosis?.fix}`, /server-side failure|aws-actions/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a provider LiteLLM knows but cannot set up on a runner is said so, not as a missing prefix (pankaj28843/litellm-proxy-headroom)', async () => {
    // `chatgpt/gpt-5.5`: LiteLLM's ChatGPT provider needs a device-code login. The run said "no provider it knows" and
    // suggested `openai/...`. The config runs here without its callbacks (their module is not in the corpus).
    const dir = tempDir('vl-diag-');
    try {
      const text = fs.readFileSync(real('chatgpt-oauth-responses-claude-aliases'), 'utf8');
      const file = path.join(dir, 'config.yaml');
      fs.writeFileSync(file, text.slice(0, text.indexOf('litellm_settings:')));
      const report = await runEngine({ configPath: file, provided: {}, models: ['gpt-5.5'], tempRoot: dir, stream: false, timeoutMs: 20_000 });
      assert.equal(report.error, null, JSON.stringify(report.error));
      const row = report.aliases.find((a) => a.alias === 'gpt-5.5');
      assert.equal(row?.status, 'fail', JSON.stringify(report.aliases, null, 1));
      assert.equal(row?.diagnosis?.code, 'no-deployment');
      assert.match(
        row?.diagnosis?.summary ?? '',
        /LiteLLM knows the provider of 'gpt-5\.5' \(`chatgpt\/gpt-5\.5`\) but cannot set the route up: .*device-code login needs a human/,
      );
      assert.doesNotMatch(row?.diagnosis?.fix ?? '', /openai\//);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
