// Real configs (test/fixtures/real-configs/, verbatim, sources in SOURCES.md) whose fault only one of LiteLLM's own
// loaders sees: the lint said nothing about them before it asked those loaders (src/litellm/oracle_settings.py,
// oracle_deployment.py), while the proxy refused to start or the route failed when called (truth.json).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { lintConfigs } from '../../src/engine/lint.ts';
import { ROOT, runEngine, TEST_CACHE_ROOT, tempDir, testLiteLLM } from '../helpers/litellm.ts';

const real = (slug: string): string => path.join(ROOT, 'test', 'fixtures', 'real-configs', slug, 'config.yaml');
const bare = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });
const lint = (configs: string[]) =>
  lintConfigs(
    configs.map((configPath) => ({ configPath })),
    { temperature: 0.7, litellmVersion: '1.108.7', cacheRoot: TEST_CACHE_ROOT, installTimeoutMs: 900_000, env: bare() },
  );

describe('real configs: what LiteLLM’s own loaders refuse', { timeout: 600_000 }, () => {
  before(async () => {
    await testLiteLLM();
  });

  it('a vertex_credentials file that is not there is said; the same config with the file is clean (Firefox-AI/litellm-proxy)', async () => {
    // `vertex_credentials: "/app/service_account.json"`, a file the project's image mounts. LiteLLM reads it only when
    // the route is called (vertex_llm_base.py load_auth) and fails the call; the proxy starts (truth.json), and the
    // lint said nothing. The same file pointed at a readable JSON object is what LiteLLM's loader accepts.
    const dir = tempDir('vl-loaders-');
    try {
      const creds = path.join(dir, 'service_account.json');
      fs.writeFileSync(creds, JSON.stringify({ type: 'service_account', project_id: 'p' }));
      const copy = path.join(dir, 'config.yaml');
      fs.writeFileSync(copy, fs.readFileSync(real('vertex-credentials-file-maas'), 'utf8').replaceAll('/app/service_account.json', creds));
      const [missing, present] = await lint([real('vertex-credentials-file-maas'), copy]);
      const said = missing!.findings.filter((f) => f.rule === 'vertex-credentials');
      assert.deepEqual(
        said.map((f) => `${f.severity} ${f.alias} ${f.line}`),
        ['warning vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas 7', 'warning vertex_ai/mistral-small-2503 12'],
        JSON.stringify(missing!.findings, null, 1),
      );
      assert.match(said[0]!.message, /cannot use vertex_credentials `\/app\/service_account\.json` where its proxy runs \(No such file or directory/);
      assert.match(said[0]!.message, /"Unable to load the vertex credentials file"/);
      assert.deepEqual(
        present!.findings.filter((f) => f.rule === 'vertex-credentials'),
        [],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('its run says the route failed on LiteLLM’s own side, not the server’s (Firefox-AI/litellm-proxy, through the real proxy)', async () => {
    // The proxy answers 500 "Vertex_aiException InternalServerError - Unable to load the vertex credentials file." for
    // the route; the diagnosis said "Check the model server's logs; this is a server-side failure, not a config
    // mistake." while no server was called and the config names a file that is not there.
    const dir = tempDir('vl-loaders-');
    try {
      const report = await runEngine({
        configPath: real('vertex-credentials-file-maas'),
        provided: {},
        models: ['vertex_ai/mistral-small-2503'],
        tempRoot: dir,
        stream: false,
        timeoutMs: 20_000,
      });
      assert.equal(report.error, null, JSON.stringify(report.error));
      const row = report.aliases.find((a) => a.alias === 'vertex_ai/mistral-small-2503');
      assert.equal(row?.status, 'fail', JSON.stringify(report.aliases, null, 1));
      assert.match(row?.error ?? '', /Unable to load the vertex credentials file/);
      assert.equal(row?.diagnosis?.code, 'auth');
      assert.match(
        row?.diagnosis?.summary ?? '',
        /cannot use the vertex_credentials of 'vertex_ai\/mistral-small-2503' where the proxy runs \(No such file or directory/,
      );
      assert.match(row?.diagnosis?.summary ?? '', /never called Vertex AI: the HTTP 500 is LiteLLM's own/);
      assert.doesNotMatch(row?.diagnosis?.fix ?? '', /server-side failure/);
      assert.match(row?.diagnosis?.fix ?? '', /config\.yaml:12 exist where the proxy runs/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('credentials JSON LiteLLM cannot use is said without showing it', async () => {
    // Inline JSON with a raw newline inside the key (the mistake LiteLLM's hint names): the value is a secret.
    const dir = tempDir('vl-loaders-');
    try {
      const file = path.join(dir, 'config.yaml');
      fs.writeFileSync(
        file,
        'model_list:\n  - model_name: g\n    litellm_params:\n      model: vertex_ai/gemini-2.5-pro\n      vertex_credentials: \'{"type": "service_account", "private_key": "-----BEGIN\n        PRIVATE KEY-----SECRETPART"\'\n',
      );
      const [report] = await lint([file]);
      const f = report!.findings.find((x) => x.rule === 'vertex-credentials');
      assert.ok(f, JSON.stringify(report!.findings, null, 1));
      assert.match(f.message, /cannot use its vertex_credentials where its proxy runs/);
      assert.doesNotMatch(JSON.stringify(f), /SECRETPART|BEGIN/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a vector_store_registry entry LiteLLM refuses stops the lint with its words, at that section (winguru/litellm-docker)', async () => {
    // `vector_store_id` written beside `custom_llm_provider` instead of under `litellm_params`: LiteLLM's
    // VectorStoreRegistry.load_vector_stores_from_config raises and the proxy does not start (truth.json).
    const [report] = await lint([real('env-vars-flow-map-dup-mode-allowed-params')]);
    const load = report!.findings.filter((f) => f.rule === 'litellm-load');
    assert.deepEqual(
      load.map((f) => `${f.severity} ${f.line}`),
      ['error 62'],
      JSON.stringify(report!.findings, null, 1),
    );
    assert.match(load[0]!.message, /vector_store_id is required for initializing vector store.*\(in vector_store_registry\)/);
  });

  it('fallbacks LiteLLM’s Router refuses stop the lint with its words, at the setting (MueMike/litellm-proxy-langfuse)', async () => {
    // `fallbacks: [{model: gpt-5, fallback_models: [...]}]`: Router.validate_fallbacks wants one key per mapping and the
    // proxy does not start (truth.json). context_window_fallbacks in the same shape is not validated by LiteLLM: not said.
    const [report] = await lint([real('fallbacks-two-key-items-model-aliases')]);
    const load = report!.findings.filter((f) => f.rule === 'litellm-load');
    assert.deepEqual(
      load.map((f) => `${f.severity} ${f.line}`),
      ['error 86'],
      JSON.stringify(report!.findings, null, 1),
    );
    assert.match(load[0]!.message, /must have exactly one key, but has 2 keys\. \(litellm_settings\.fallbacks\)$/);
  });

  it('router_settings keys LiteLLM’s Router has no argument for are said; those it refuses stop the lint (ClickHouse/agentic-data-stack)', async () => {
    // `enable_load_balancing` and `enable_cooldowns` (LiteLLM's is disable_cooldowns): the proxy hands its Router only
    // Router.get_valid_args() and logs the rest as ignored; the lint said nothing.
    const dir = tempDir('vl-loaders-');
    try {
      const body = 'model_list:\n  - model_name: a\n    litellm_params: {model: openai/a, api_base: "http://127.0.0.1:9/v1", api_key: none}\n';
      const typo = path.join(dir, 'typo.yaml');
      fs.writeFileSync(typo, `${body}router_settings:\n  enable_pre_call_check: true\n  num_retries: 2\n`);
      const misplaced = path.join(dir, 'misplaced.yaml');
      fs.writeFileSync(misplaced, `${body}router_settings:\n  health_check_interval: 300\n`);
      const [bedrock, near, refused] = await lint([real('bedrock-eu-null-api-base'), typo, misplaced]);
      const unknown = (r: typeof bedrock) => r!.findings.filter((f) => f.rule === 'unknown-key');
      assert.deepEqual(
        unknown(bedrock).map((f) => `${f.line} ${f.fix}`),
        [
          '45 Remove it, or move it to the section that reads it (`litellm_settings` or `general_settings`).',
          '46 Remove it, or move it to the section that reads it (`litellm_settings` or `general_settings`).',
        ],
        JSON.stringify(bedrock!.findings, null, 1),
      );
      assert.match(unknown(bedrock)[1]!.message, /`router_settings\.enable_cooldowns` is no setting of LiteLLM 1\.108\.7's Router: the proxy ignores it/);
      assert.deepEqual(
        unknown(near).map((f) => `${f.line} ${f.fix}`),
        ['5 Did you mean `enable_pre_call_checks`?'],
      );
      // LiteLLM raises for this one at start ("... Please move it to 'general_settings'."): the proxy would not start.
      const load = refused!.findings.find((f) => f.rule === 'litellm-load');
      assert.match(load?.message ?? '', /'health_check_interval' is NOT a valid router_settings parameter\. Please move it to 'general_settings'\./);
      assert.equal(load?.line, 5);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a section an include: replaces whole is said in every file that loses it (madpin/onestack)', async () => {
    // router_settings in config.yaml (routing_strategy, redis_url, retries) and in six included model files (their
    // fallbacks): LiteLLM's merge overrides every value that is not a list, so only models/glm.yml's applies
    // (truth.json's settings.router_settings is that one). The lint said nothing.
    const [report] = await lint([real('include-onestack-credentials')]);
    const over = report!.findings.filter((f) => f.rule === 'include-override');
    assert.deepEqual(
      over.map((f) => `${path.basename(f.file)}:${f.line}`).sort(),
      ['config.yaml:22', 'deepseek.yml:87', 'llama.yml:234', 'moonshot.yml:87', 'openai_gpt.yml:299', 'qwen.yml:216', 'sonar.yml:72'],
      JSON.stringify(over, null, 1),
    );
    assert.match(over.find((f) => f.file.endsWith('config.yaml'))!.message, /`router_settings` here is replaced whole by the one in .*models\/glm\.yml/);
  });

  it('fallbacks in LiteLLM’s own shape pass, in either section', async () => {
    const dir = tempDir('vl-loaders-');
    try {
      const body = 'model_list:\n  - model_name: a\n    litellm_params: {model: openai/a, api_base: "http://127.0.0.1:9/v1", api_key: none}\n';
      const good = path.join(dir, 'good.yaml');
      fs.writeFileSync(good, `${body}router_settings:\n  fallbacks: [{a: [b]}]\nlitellm_settings:\n  fallbacks: [{model: a, fallback_models: [b]}]\n`);
      const bad = path.join(dir, 'bad.yaml');
      fs.writeFileSync(bad, `${body}router_settings:\n  content_policy_fallbacks: [a]\n`);
      const [ok, refused] = await lint([good, bad]);
      // router_settings' list is the one the Router is given (`fallbacks or litellm.fallbacks`), so the other is never checked.
      assert.deepEqual(
        ok!.findings.filter((f) => f.rule === 'litellm-load'),
        [],
      );
      assert.match(
        refused!.findings.find((f) => f.rule === 'litellm-load')?.message ?? '',
        /Item 'a' is not a dictionary\. \(router_settings\.content_policy_fallbacks\)/,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a cache written as a mapping fails every request; the lint says so and the run stops (NLNtv/multi-tenant-openwebui-litellm)', async () => {
    // `litellm_settings.cache: {type: redis, host: litellm-redis, ...}`: the proxy builds a cache only for `cache: true`
    // and sets anything else on the litellm module as it is, so every call fails ("'dict' object has no attribute
    // 'cache'"). The lint said nothing, and the run, which detaches the cache, passed where the proxy fails.
    const [report] = await lint([real('cache-mapping-pre-call-checks-general')]);
    const cache = report!.findings.filter((f) => f.rule === 'litellm-cache');
    assert.deepEqual(
      cache.map((f) => `${f.severity} ${f.line}`),
      ['error 68'],
      JSON.stringify(report!.findings, null, 1),
    );
    assert.match(cache[0]!.message, /then fails every request: AttributeError: 'dict' object has no attribute 'cache'/);
    assert.match(cache[0]!.fix ?? '', /`cache: true` .* `litellm_settings\.cache_params`/);
    const dir = tempDir('vl-loaders-');
    try {
      // Every key the routes read is set, so nothing but LiteLLM's answer on the cache stops the run.
      const keys = { OPENAI_API_KEY: 'k1a2b3c4d5', ANTHROPIC_API_KEY: 'k2a2b3c4d5', GEMINI_API_KEY: 'k3a2b3c4d5' };
      const run = await runEngine({
        configPath: real('cache-mapping-pre-call-checks-general'),
        provided: {},
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...keys },
        tempRoot: dir,
        stream: false,
        timeoutMs: 10_000,
      });
      assert.equal(run.error?.stage, 'config', JSON.stringify(run.error));
      assert.match(run.error?.message ?? '', /`litellm_settings\.cache` is neither true nor false/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a template placeholder as model_name is said: LiteLLM serves the route under that text (cmw2/openwebui-litellm)', async () => {
    const [report] = await lint([real('azure-managed-identity-apim-template-alias')]);
    const said = report!.findings.filter((f) => f.rule === 'env-placeholder');
    assert.deepEqual(
      said.map((f) => `${f.severity} ${f.alias} ${f.line}`),
      ['warning {{PROMPT_AGENT_MODEL_ALIAS}} 17'],
      JSON.stringify(report!.findings, null, 1),
    );
    assert.match(said[0]!.fix ?? '', /`model_name: os\.environ\/PROMPT_AGENT_MODEL_ALIAS`/);
  });
});
