// Shapes real configs have, through the real LiteLLM proxy with the stand-in upstream: observability callbacks,
// a custom callback module next to the config, a wildcard alias, an embedding model without model_info.mode,
// `model_name: os.environ/X`, and a Bedrock route whose credentials come from the step's AWS_* variables.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import type { Report } from '../../src/report/report.ts';
import { proxyProcesses, runEngine, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const KEY = 'vk-shapes-5a4b3c2d';

describe('real config shapes through the real LiteLLM proxy', { timeout: 900_000 }, () => {
  let upstream: Standin;
  let dir: string;
  const row = (report: Report, alias: string) => {
    const found = report.aliases.find((a) => a.alias === alias);
    assert.ok(found, `${alias} in ${JSON.stringify(report.aliases.map((a) => a.alias))}`);
    return found;
  };

  before(async () => {
    await testLiteLLM();
    upstream = await startStandin({
      apiKey: KEY,
      models: [{ id: 'Qwen/Qwen3-0.6B' }, { id: 'text-embedding-3-small', embedding: true }],
    });
    dir = tempDir('vl-shapes-');
  });
  after(async () => {
    await upstream?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prometheus + a custom callback module + a wildcard + an embedding model without mode + model_name from the environment: all pass', async () => {
    const marker = path.join(dir, 'callback-imported');
    // The user's own module next to the config, as LiteLLM's docs show it (a CustomLogger instance).
    writeConfig(
      dir,
      `import pathlib\nfrom litellm.integrations.custom_logger import CustomLogger\npathlib.Path(${JSON.stringify(marker)}).write_text("imported")\nclass Handler(CustomLogger):\n    pass\nproxy_handler_instance = Handler()\n`,
      'custom_callbacks.py',
    );
    const base = upstream.url;
    const config = writeConfig(
      dir,
      `model_list:
  - model_name: os.environ/CHAT_ALIAS
    litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_base: "${base}", api_key: os.environ/VLLM_KEY}
  - model_name: "openai/*"
    litellm_params: {model: "openai/*", api_base: "${base}", api_key: os.environ/VLLM_KEY}
  - model_name: embed
    litellm_params: {model: openai/text-embedding-3-small, api_base: "${base}", api_key: os.environ/VLLM_KEY}
litellm_settings:
  callbacks: ["prometheus", "custom_callbacks.proxy_handler_instance"]
  success_callback: ["langfuse"]
`,
    );
    const lines: string[] = [];
    const report = await runEngine(
      { configPath: config, provided: { VLLM_KEY: KEY }, tempRoot: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, CHAT_ALIAS: 'chat' } },
      { log: (l) => lines.push(l) },
    );
    assert.equal(report.result, 'pass', JSON.stringify({ report, lines }, null, 2));
    assert.equal(row(report, 'chat').status, 'pass', 'model_name: os.environ/X probed as what it resolves to');
    assert.equal(row(report, 'openai/*').status, 'pass', 'the wildcard probed with the first model the upstream lists');
    assert.ok(upstream.seen.some((r) => r.path === '/v1/models'));
    const embed = row(report, 'embed');
    assert.equal(embed.endpoint, 'embeddings', "LiteLLM's model map says embedding: probed through /v1/embeddings");
    assert.equal(embed.status, 'pass');
    assert.ok(fs.existsSync(marker), 'the custom callback module beside the config was imported, as in place');
    assert.ok(
      lines.some((l) => /Observability callbacks turned off in the private copy .*prometheus, langfuse/.test(l)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((l) => /^Variables passed to the proxy: .*VLLM_KEY \(os\.environ\/VLLM_KEY in model_list\[0\]/.test(l)),
      lines.join('\n'),
    );
    assert.deepEqual(proxyProcesses(dir), []);
  });

  it("a Bedrock route gets the step's AWS_* variables (LiteLLM reads them), an openai/ route to a vLLM never the OpenAI key", async () => {
    // The Bedrock runtime endpoint is the stand-in, so the request is signed with the passed credentials and
    // answered (404: the stand-in speaks no Bedrock); without them LiteLLM stops at "Unable to locate credentials".
    const config = writeConfig(
      dir,
      `model_list:
  - model_name: claude
    litellm_params:
      model: bedrock/anthropic.claude-3-haiku-20240307-v1:0
      aws_region_name: us-east-1
      aws_bedrock_runtime_endpoint: "${upstream.url.replace(/\/v1$/, '')}"
  - model_name: local
    litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_base: "${upstream.url}"}
  - model_name: official
    litellm_params: {model: openai/gpt-4o-mini}
`,
      'bedrock.yaml',
    );
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      AWS_ACCESS_KEY_ID: 'AKIAEXAMPLEEXAMPLE00',
      AWS_SECRET_ACCESS_KEY: 'secret-example-0000000000000000000000000',
      AWS_SESSION_TOKEN: 'session-example',
      OPENAI_API_KEY: 'sk-runner-openai-key-should-not-reach-vllm',
    };
    const lines: string[] = [];
    const report = await runEngine(
      { configPath: config, provided: { VLLM_KEY: '' }, tempRoot: dir, env, models: ['claude', 'local'], checkServedModel: false },
      {
        log: (l) => lines.push(l),
      },
    );
    const claude = row(report, 'claude');
    assert.doesNotMatch(claude.error ?? '', /Unable to locate credentials|NoCredentialsError/, JSON.stringify(claude));
    assert.ok(
      lines.some((l) => /AWS_ACCESS_KEY_ID \(LiteLLM reads it for the bedrock route 'claude'\)/.test(l) && /AWS_SESSION_TOKEN/.test(l)),
      lines.join('\n'),
    );
    // 'official' is not probed, so OPENAI_API_KEY is not passed at all; 'local' has a custom api_base: never.
    assert.ok(!lines.some((l) => /OPENAI_API_KEY/.test(l)), lines.join('\n'));
    const local = upstream.seen.filter((r) => r.path === '/v1/chat/completions').at(-1);
    assert.notEqual(local?.authorization, `Bearer ${env.OPENAI_API_KEY}`);

    // The same route with no credentials in the step: LiteLLM cannot sign, and the verdict says so.
    const bare = await runEngine(
      {
        configPath: config,
        provided: { VLLM_KEY: '' },
        tempRoot: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME },
        models: ['claude'],
        checkServedModel: false,
      },
      {},
    );
    const noCreds = row(bare, 'claude');
    assert.equal(noCreds.status, 'fail');
    assert.match(`${noCreds.error}`, /credentials/i);
    assert.equal(noCreds.diagnosis?.code, 'auth');
    assert.match(noCreds.diagnosis?.summary ?? '', /no bedrock credentials for 'claude'.*not from api_key/);
    assert.match(noCreds.diagnosis?.fix ?? '', /AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION_NAME/);
    assert.deepEqual(proxyProcesses(dir), []);
  });
});
