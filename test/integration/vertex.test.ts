// A Vertex AI route through the real LiteLLM proxy: LiteLLM signs the call with google-auth (its `google`
// extra), so the run installs litellm[proxy,google] from its reviewed lock when a probed route is `vertex_ai/`.
// The stand-in plays Google's token endpoint (the key file's token_uri) and Vertex AI's generateContent (vertex.ts).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { proxyProcesses, runEngine } from '../helpers/litellm.ts';
import { withStandin } from '../helpers/standin.ts';

const TOKEN = 'ya29.standin-access-token-5e1f';

describe('Vertex AI routes through the real LiteLLM proxy', { timeout: 1_200_000 }, () => {
  const fx = withStandin({ models: [{ id: 'gemini-2.0-flash', reply: 'Hello from Vertex.' }], vertex: { accessToken: TOKEN } });
  // A service-account key file of the shape `gcloud iam service-accounts keys create` writes, its token_uri on the stand-in.
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const keyFile = () =>
    JSON.stringify({
      type: 'service_account',
      project_id: 'verify-litellm-test',
      private_key_id: 'a1b2c3d4e5f6',
      private_key: pem,
      client_email: 'probe@verify-litellm-test.iam.gserviceaccount.com',
      client_id: '100000000000000000001',
      token_uri: `http://127.0.0.1:${fx.upstream.port}/token`,
    });
  const config = () =>
    fx.config(
      [
        'model_list:',
        '  - model_name: gemini-flash',
        '    litellm_params:',
        '      model: vertex_ai/gemini-2.0-flash',
        '      vertex_project: verify-litellm-test',
        '      vertex_location: us-central1',
        '      vertex_credentials: os.environ/VERTEX_CREDENTIALS',
        `      api_base: http://127.0.0.1:${fx.upstream.port}`,
        '',
      ].join('\n'),
      'vertex.yaml',
    );
  const env = () => ({ PATH: process.env.PATH, HOME: process.env.HOME, VERTEX_CREDENTIALS: keyFile() });

  it('auto installs the google extra, and the route passes with the token google-auth fetched', async () => {
    const report = await runEngine({ configPath: config(), provided: {}, env: env(), tempRoot: fx.dir });
    assert.equal(report.result, 'pass', JSON.stringify(report, null, 2));
    assert.deepEqual(report.litellmLock?.extras, ['google']);
    assert.equal(report.litellmLock?.reviewed, true, 'the shipped, reviewed lock');
    const alias = report.aliases[0]!;
    assert.equal(alias.status, 'pass');
    assert.match(alias.reply ?? '', /Hello from Vertex/);
    // google-auth exchanged the signed JWT for the token, and LiteLLM called generateContent (and the stream) with it.
    assert.ok(fx.upstream.seen.some((r) => r.path === '/token'));
    const calls = fx.upstream.seen.filter((r) => /models\/gemini-2\.0-flash:(generateContent|streamGenerateContent)$/.test(r.path));
    assert.ok(calls.some((r) => r.path.endsWith(':generateContent')));
    assert.ok(calls.some((r) => r.path.endsWith(':streamGenerateContent')));
    assert.ok(calls.every((r) => r.authorization === `Bearer ${TOKEN}`));
    assert.ok(!JSON.stringify(report).includes('BEGIN PRIVATE KEY'), 'the key file never reaches the report');
    assert.deepEqual(proxyProcesses(fx.dir), [], 'no proxy left running');
  });

  it('Application Default Credentials: GOOGLE_APPLICATION_CREDENTIALS reaches the proxy of a Vertex route behind its own api_base', async () => {
    // A Private Service Connect endpoint or a gateway as api_base: LiteLLM still signs with google-auth, which reads
    // the key file the variable names (what google-github-actions/auth sets). It was withheld as "someone else's server".
    const file = path.join(fx.dir, 'adc.json');
    fs.writeFileSync(file, keyFile(), { mode: 0o600 });
    const adc = fx.config(fs.readFileSync(config(), 'utf8').replace(/ {6}vertex_credentials:.*\n/, ''), 'adc.yaml');
    assert.doesNotMatch(fs.readFileSync(adc, 'utf8'), /vertex_credentials/);
    const lines: string[] = [];
    const report = await runEngine(
      {
        configPath: adc,
        provided: {},
        env: { PATH: process.env.PATH, HOME: process.env.HOME, GOOGLE_APPLICATION_CREDENTIALS: file },
        tempRoot: fx.dir,
        stream: false,
      },
      { log: (l) => lines.push(l) },
    );
    assert.equal(report.result, 'pass', JSON.stringify(report.aliases, null, 1));
    assert.ok(
      lines.some((l) => /GOOGLE_APPLICATION_CREDENTIALS \(LiteLLM reads it for the vertex_ai route 'gemini-flash'\)/.test(l)),
      lines.join('\n'),
    );
  });

  it('without the extra, LiteLLM fails the route itself, and the run names the setting that installs it', async () => {
    const before = fx.upstream.seen.length;
    const report = await runEngine({ configPath: config(), provided: {}, env: env(), tempRoot: fx.dir, litellmExtras: [] });
    assert.equal(report.result, 'fail');
    assert.deepEqual(report.litellmLock?.extras, []);
    const alias = report.aliases[0]!;
    assert.equal(alias.status, 'fail');
    assert.equal(alias.diagnosis?.code, 'proxy-error', JSON.stringify(alias.diagnosis));
    // LiteLLM's own words (its google-auth import fails inside the Vertex handler).
    assert.match(alias.error ?? '', /No module named 'google'|Google Cloud SDK not found/);
    assert.match(alias.diagnosis?.fix ?? '', /litellm-extras/);
    const warning = report.findings.find((f) => f.rule === 'litellm-extra-missing');
    assert.ok(warning, JSON.stringify(report.findings));
    assert.equal(warning.alias, 'gemini-flash');
    assert.match(warning.message, /resolves `vertex_ai\/gemini-2\.0-flash` to vertex_ai/);
    assert.match(warning.fix ?? '', /litellm-extras/);
    assert.equal(fx.upstream.seen.length, before, 'nothing reached Vertex AI or the token endpoint');
  });
});
