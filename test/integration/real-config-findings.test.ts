// Findings on real configs (test/fixtures/real-configs/, verbatim, sources in SOURCES.md) that were false
// before they were fixed: each case runs the lint on the file as its authors wrote it, against the
// installed LiteLLM, in the environment where the defect showed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { lintConfigs } from '../../src/engine/lint.ts';
import { loadConfig } from '../../src/config/load.ts';
import { credentialPlan } from '../../src/litellm/credentials.ts';
import { askOracle, oracleEnvironment } from '../../src/litellm/oracle.ts';
import { attachAnswers } from '../../src/config/rules/litellm.ts';
import { startStandin } from '../../src/standin/server.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { ROOT, runEngine, TEST_CACHE_ROOT, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const real = (slug: string): string => path.join(ROOT, 'test', 'fixtures', 'real-configs', slug, 'config.yaml');
const bare = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });

describe('real configs: findings LiteLLM justifies, and none it does not', { timeout: 600_000 }, () => {
  let installation: Installation;
  before(async () => {
    installation = await testLiteLLM();
  });

  const lint = (slugs: string[], env = bare()) =>
    lintConfigs(
      slugs.map((slug) => ({ configPath: real(slug), configDisplayPath: `${slug}/config.yaml` })),
      { temperature: 0.7, litellmVersion: '1.108.7', cacheRoot: TEST_CACHE_ROOT, installTimeoutMs: 900_000, env },
    );

  it('a config path relative to the caller’s folder: LiteLLM reads the same file (no false litellm-load error)', async () => {
    // LiteLLM is asked from a private empty folder; the path it gets must not depend on the caller's folder.
    const relative = path.relative(process.cwd(), real('crs-test-local-vllm'));
    assert.ok(!path.isAbsolute(relative));
    const [report] = await lintConfigs([{ configPath: relative }], {
      temperature: 0.7,
      litellmVersion: '1.108.7',
      cacheRoot: TEST_CACHE_ROOT,
      installTimeoutMs: 900_000,
      env: bare(),
    });
    assert.deepEqual(
      report!.findings.map((f) => f.rule),
      ['env-unset'],
      JSON.stringify(report!.findings, null, 1),
    );
  });

  it('an api_base that is the provider’s own endpoint is not someone else’s server (ASSERT-KTH/CodeRepairRL)', async () => {
    // `mistral/devstral-small-2507` with `api_base: https://api.mistral.ai/v1` and no api_key: LiteLLM sends
    // MISTRAL_API_KEY to Mistral, where it belongs (litellm.get_llm_provider names that URL as Mistral's default).
    const [report] = await lint(['mistral-no-key-no-newline']);
    assert.deepEqual(
      report!.findings.filter((f) => f.severity !== 'notice').map((f) => f.rule),
      [],
      JSON.stringify(report!.findings, null, 1),
    );
    const config = loadConfig(real('mistral-no-key-no-newline'), 'c.yaml');
    const dir = tempDir('vl-realfind-');
    const [answer] = await askOracle({
      python: installation.python,
      requests: [{ config: config.absolutePath, temperature: 0.7 }],
      env: oracleEnvironment(bare(), {}),
      workDir: dir,
      timeoutMs: 240_000,
    });
    assert.ok(answer);
    fs.rmSync(dir, { recursive: true, force: true });
    attachAnswers(config, answer);
    assert.equal(answer.deployments[0]!.ownEndpoint, true);
    // ...so the run passes the runner's MISTRAL_API_KEY to the proxy for it (it never did before).
    const source = { MISTRAL_API_KEY: 'm', OPENAI_API_KEY: 'o', HOME: '/h' };
    const plan = credentialPlan({
      answer,
      deployments: config.deployments,
      probed: config.deployments,
      staticRefs: [],
      lookup: (n) => source[n as keyof typeof source],
      source,
    });
    assert.deepEqual(Object.keys(plan.env), ['MISTRAL_API_KEY']);
    assert.deepEqual(plan.pinned, []);
  });

  it('a provider registered by litellm_settings.custom_provider_map routes, in that config only (cabinlab/litellm-claude-code)', async () => {
    // `claude-code-sdk/sonnet` with `custom_provider_map: [{provider: claude-code-sdk, custom_handler: ...}]`: the
    // proxy adds the provider to litellm.provider_list when it loads the handler. The same model in a config that
    // does not register it (read next, by the same LiteLLM process) stays unroutable.
    const dir = tempDir('vl-realfind-');
    try {
      const unregistered = path.join(dir, 'config.yaml');
      fs.writeFileSync(unregistered, 'model_list:\n  - model_name: sonnet\n    litellm_params:\n      model: "claude-code-sdk/sonnet"\n');
      const reports = await lintConfigs(
        [
          { configPath: real('custom-provider-map-claude-code-sdk') },
          { configPath: unregistered },
          { configPath: real('custom-provider-map-claude-code-sdk') },
        ],
        { temperature: 0.7, litellmVersion: '1.108.7', cacheRoot: TEST_CACHE_ROOT, installTimeoutMs: 900_000, env: bare() },
      );
      assert.deepEqual(reports[0]!.findings, [], JSON.stringify(reports[0]!.findings, null, 1));
      assert.deepEqual(
        reports[1]!.findings.map((f) => `${f.rule} ${f.alias}`),
        ['provider-prefix sonnet'],
      );
      assert.deepEqual(reports[2]!.findings, []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a model_info.mode LiteLLM has no call for is said, and only that (zapprosite/monorepo, DmacMcgreg/coolify-litellm-docker-compose)', async () => {
    const [audio, azure] = await lint(['audio-modes-chat-complete', 'azure-foundry-gpt5-family']);
    const unknown = (r: typeof audio) => r!.findings.filter((f) => f.rule === 'unknown-mode').map((f) => f.alias);
    // chat_complete is no mode; audio_speech, audio_transcription and embedding are LiteLLM's own.
    assert.deepEqual(unknown(audio), ['minimax-m2.7', 'qwen2.5vl-3b', 'qwen3.5-vl', 'seed-vl-mini']);
    assert.match(audio!.findings.find((f) => f.rule === 'unknown-mode')!.message, /"Mode chat_complete not supported"/);
    // tts and embeddings (LiteLLM says audio_speech and embedding); audio_transcription and image_generation pass.
    assert.deepEqual(unknown(azure), ['gpt-4o-mini-tts', 'text-embedding-3-large', 'text-embedding-3-small']);
    // The fix lists the modes the installed LiteLLM has calls for, and the one the value most likely meant.
    const fixOf = (r: typeof audio, alias: string) => r!.findings.find((f) => f.rule === 'unknown-mode' && f.alias === alias)!.fix ?? '';
    assert.match(fixOf(audio, 'minimax-m2.7'), /^Did you mean `chat`\? The modes LiteLLM 1\.108\.7 has a call for: .*`audio_speech`.*`chat`.*`embedding`/);
    assert.match(fixOf(azure, 'text-embedding-3-large'), /^Did you mean `embedding`\?/);
    assert.doesNotMatch(fixOf(azure, 'gpt-4o-mini-tts'), /Did you mean/); // tts is LiteLLM's audio_speech: no near miss, the list says it
    assert.match(fixOf(azure, 'gpt-4o-mini-tts'), /`audio_speech`/);
  });

  it('an api_key read from an unset variable is env-unset, not a missing api_key (reginold/litellm-sambanova, amanmprojects/claude-vertex-bridge)', async () => {
    // Both name `api_key: os.environ/...` on an openai/ route to a hosted endpoint; lint runs without the variable set.
    const reports = await lint(['openai-hosted-sambanova', 'vertex-maas-openai-prefix']);
    for (const report of reports) {
      const rules = new Set(report.findings.map((f) => f.rule));
      assert.ok(rules.has('env-unset'), JSON.stringify(report.findings, null, 1));
      assert.ok(!rules.has('missing-key'), JSON.stringify(report.findings, null, 1));
    }
  });

  it('a placeholder key spelled in words is no committed secret (TheFermiSea/beefcake-swarm)', async () => {
    // Three keyless local servers read `api_key: "sk-no-auth-required"` ("placeholder; openai/ provider requires
    // non-empty"); the sk- prefix and 16 characters after it made it a literal-key warning. The cloud tier reads
    // os.environ/SWARM_CLOUD_API_KEY, also in extra_headers (left unset here: notices only).
    const [report] = await lint(['openai-gateway-fallback-chains-headers']);
    assert.deepEqual(
      report!.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.rule} ${f.alias}`),
      [],
      JSON.stringify(report!.findings, null, 1),
    );
  });

  it('`model_list: []` is said, as a missing model_list is (JinY0ung-Shin/UniBridge, AgenttiX/agx-ai)', async () => {
    // LiteLLM loads both (its models would come from the admin UI); a run refuses both (nothing to probe). The
    // empty list passed the lint clean, so a lint-mode check went green on a file verify then refused.
    const [empty, commented] = await lint(['empty-model-list-custom-callbacks', 'commented-out-model-list']);
    const said = (r: typeof empty) => r!.findings.map((f) => `${f.severity} ${f.rule} ${f.line}`);
    assert.deepEqual(said(empty), ['error yaml 26'], JSON.stringify(empty!.findings, null, 1));
    assert.match(empty!.findings[0]!.message, /model_list is empty, so there is nothing to verify/);
    assert.deepEqual(said(commented), ['error yaml 1']);
  });
  it('a Vertex route on a regional aiplatform api_base is no missing key (Beyond-the-Loop/beyond-the-loop)', async () => {
    // vertex_ai/claude-* and bare gemini ids with vertex_project/vertex_location and an api_base on
    // aiplatform.eu.rep.googleapis.com: validate_environment lists VERTEXAI_PROJECT / VERTEXAI_LOCATION for them,
    // which no api_key replaces and which never reach the api_base; the warning named them as keys and told the user
    // to add `api_key: os.environ/VLLM_KEY`. The variables an api_key stands in for (keyEnv) are what it is about.
    const [report] = await lint(['vertex-claude-azure-responses-large']);
    assert.deepEqual(
      report!.findings.filter((f) => f.rule === 'missing-key').map((f) => f.alias),
      [],
      JSON.stringify(
        report!.findings.filter((f) => f.rule === 'missing-key'),
        null,
        1,
      ),
    );
    // The same LiteLLM still names OPENAI_API_KEY for an openai/ route to someone else's server.
    const dir = tempDir('vl-realfind-');
    try {
      const file = writeConfig(dir, 'model_list:\n  - model_name: q\n    litellm_params: {model: openai/Qwen3, api_base: "http://vllm:8000/v1"}\n');
      const [own] = await lintConfigs([{ configPath: file }], {
        temperature: 0.7,
        litellmVersion: '1.108.7',
        cacheRoot: TEST_CACHE_ROOT,
        installTimeoutMs: 900_000,
        env: bare(),
      });
      const f = own!.findings.find((x) => x.rule === 'missing-key');
      assert.ok(f, JSON.stringify(own!.findings, null, 1));
      assert.match(f.message, /reads OPENAI_API_KEY from its environment/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an embedding route whose provider refuses temperature draws no temperature warning: no probe sends it one (PurpleAILAB/Decepticon)', async () => {
    // `voyage/voyage-3` with `model_info.mode: embedding`: LiteLLM refuses temperature=0.7 for Voyage (its
    // get_optional_params raises UnsupportedParamsError), but the embeddings probe sends {model, input} only
    // (engine/probe-alias.ts), as embedding clients do. The warning told the user to add drop_params for nothing.
    const [report] = await lint(['multi-gateway-unregistered-auth-provider']);
    assert.deepEqual(
      report!.findings
        .filter((f) => f.rule === 'reasoning-temperature')
        .map((f) => f.alias)
        .sort(),
      ['openai/gpt-5-nano', 'openai/gpt-5.3-codex', 'openai/gpt-5.5'],
      JSON.stringify(report!.findings, null, 1),
    );
    // LiteLLM does refuse it for that route, which it reads as an embedding model.
    const config = loadConfig(real('multi-gateway-unregistered-auth-provider'), 'c.yaml');
    const dir = tempDir('vl-realfind-');
    try {
      const [answer] = await askOracle({
        python: installation.python,
        requests: [{ config: config.absolutePath, temperature: 0.7 }],
        env: oracleEnvironment(bare(), {}),
        workDir: dir,
        timeoutMs: 240_000,
      });
      const voyage = config.deployments.find((d) => d.alias === 'voyage/voyage-3')!;
      const a = answer!.deployments[voyage.order]!;
      assert.deepEqual([a.temperature, a.mode], ['refuse', 'embedding']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('Compose service names with underscores are private hosts, like the ones without (AnnaPakir/gpudisp)', async () => {
    // http://embeddings_proxy:8005/v1 and http://swap_manager:9000/v1 drew plain-http warnings `http://vllm:8000` never did.
    const [report] = await lint(['compose-underscore-hosts-transcription']);
    assert.deepEqual(report!.findings, [], JSON.stringify(report!.findings, null, 1));
  });

  it('a Kubernetes ConfigMap given as the config is named as such (faisalbasha1982/deploy-vllm-llmLite)', async () => {
    // LiteLLM reads the manifest's top level (apiVersion, data, kind, metadata) and starts with no model; the config
    // is the text under data."config.yaml". "no `model_list:` found" left the user looking for a typo.
    const [report] = await lint(['k8s-configmap-wrapper']);
    assert.deepEqual(
      report!.findings.map((f) => `${f.severity} ${f.rule} ${f.line}`),
      ['error yaml 1'],
    );
    assert.match(report!.findings[0]!.message, /this file is a Kubernetes ConfigMap and the LiteLLM config is the text under `data\.config\.yaml`/);
  });

  it('`mode` written under litellm_params is said to be unread there (Sebastian-Landl/infrastructure)', async () => {
    // Three ollama/ embedding models carry `mode: embedding` beside the model; LiteLLM's health check and the
    // probe take the mode from model_info (proxy/health_check.py), so the routes are chat routes to LiteLLM.
    const [report] = await lint(['ollama-chat-mode-in-litellm-params']);
    const placed = report!.findings.filter((f) => f.rule === 'mode-placement');
    assert.deepEqual(
      placed.map((f) => `${f.alias} ${f.line}`),
      ['qwen3-embedding-large 105', 'qwen3-embedding-small 112', 'bge-m3 119'],
    );
    assert.match(placed[0]!.message, /under litellm_params, where LiteLLM does not read it .* treats the route as a chat model/);
    assert.equal(placed[0]!.fix, 'Move it under model_info: `model_info: {mode: embedding}`.');
  });

  it('a keyless per-deployment fallback is blamed for "Missing credentials", not the upstream (choukalos/homelab-ai-harness)', async () => {
    // hf-sd3's `fallbacks: [{model: openai/comfyui-flux, api_base: ..., api_key: ""}]`: when the route fails, LiteLLM
    // tries that deployment, whose OpenAI client refuses to start without a key; the proxy answers 500 "Missing
    // credentials ... All fallback attempts failed". Here the route's own server refuses connections (127.0.0.1:9),
    // so nothing depends on the network. It was diagnosed "the upstream refused the key for 'hf-sd3'".
    const dir = tempDir('vl-realfind-');
    try {
      const config = writeConfig(
        dir,
        `model_list:
  - model_name: hf-sd3
    litellm_params:
      model: openai/stable-diffusion-3-medium
      api_base: http://127.0.0.1:9/v1
      api_key: os.environ/HF_TOKEN
      num_retries: 1
      fallbacks:
        - {model: openai/comfyui-flux, api_base: http://127.0.0.1:9/v1, api_key: ""}
`,
      );
      const report = await runEngine({
        configPath: config,
        provided: {},
        tempRoot: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, HF_TOKEN: 'hf-test-token-5a4b' },
        stream: false,
        timeoutMs: 60_000,
      });
      const row = report.aliases.find((a) => a.alias === 'hf-sd3');
      assert.ok(row, JSON.stringify(report, null, 1));
      assert.equal(row.status, 'fail');
      assert.match(row.error ?? '', /Missing credentials.*All fallback attempts failed/s, row.error ?? '');
      assert.equal(row.diagnosis?.code, 'auth');
      assert.match(row.diagnosis?.summary ?? '', /'hf-sd3' failed, and so did the fallback LiteLLM tried after it, which had no API key to send/);
      assert.doesNotMatch(row.diagnosis?.summary ?? '', /upstream .* refused the key/);
      assert.match(row.diagnosis?.fix ?? '', /litellm_params\.fallbacks/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it("an auto_router alias's failure is reported as the routed alias's, not its own model id (Fast-Editor/Lynkr)", async () => {
    // `smart-router: auto_router/complexity_router` with four tiers; every api_base points at the stand-in, which
    // speaks neither Ollama nor Anthropic nor Azure, so the tier LiteLLM picks answers 404. The row for smart-router
    // said "the model id `complexity_router` is wrong" and pointed at its litellm_params.model.
    const upstream = await startStandin({ models: [{ id: 'unused' }] });
    const dir = tempDir('vl-realfind-');
    try {
      const file = path.join(dir, 'config.yaml');
      fs.writeFileSync(file, fs.readFileSync(real('auto-router-complexity-tiers'), 'utf8').replace(/^(\s*api_base:\s*)\S+$/gm, `$1"${upstream.url}"`));
      const report = await runEngine({
        configPath: file,
        provided: {},
        tempRoot: dir,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, AZURE_OPENAI_API_KEY: 'az-test-5a4b', ZAI_API_KEY: 'zai-test-5a4b' },
        stream: false,
        timeoutMs: 60_000,
      });
      const row = report.aliases.find((a) => a.alias === 'smart-router');
      assert.ok(row, JSON.stringify(report, null, 1));
      assert.equal(row.status, 'fail');
      assert.equal(row.diagnosis?.code, 'routed-alias-failed', JSON.stringify(row, null, 1));
      assert.match(row.diagnosis?.summary ?? '', /'smart-router' is a LiteLLM auto router/);
      // The tiers fail on their own rows, with their own diagnoses.
      assert.ok(report.aliases.filter((a) => a.alias.startsWith('tier-')).every((a) => a.status === 'fail' && a.diagnosis?.code !== 'routed-alias-failed'));
    } finally {
      await upstream.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('github_copilot/ routes: LiteLLM asked off its main thread, as the proxy asks, says a login is needed (jonmagic/litellm-copilot)', async () => {
    // On the main thread get_llm_provider runs GitHub's device-code login: it asks github.com for a code, prints it
    // and polls up to a minute, three times per route (litellm/llms/github_copilot/authenticator.py). In the proxy
    // (an event loop) LiteLLM refuses that at once; the oracle now asks the same way. The finding said "cannot pick a
    // provider ... Prefix the model with a provider LiteLLM knows", while github_copilot is one.
    const [report] = await lint(['github-copilot-wildcards-group-alias']);
    const routes = report!.findings.filter((f) => f.rule === 'provider-prefix');
    assert.equal(routes.length, 6, JSON.stringify(report!.findings, null, 1));
    for (const f of routes) {
      assert.match(f.message, /LiteLLM knows that provider but cannot set the route up: .*device-code login needs a human/);
      assert.doesNotMatch(f.fix ?? '', /Prefix the model/);
    }
    // ...and the key it reads is the runner's GITHUB_TOKEN, which never reaches the proxy.
    assert.equal(report!.findings.filter((f) => f.rule === 'env-denied').length, 6);
  });
  it('a literal master key LiteLLM refuses at start is said, though the run replaces it (heisenbergye/aws-llm-apigateway, aorizondo/litellm-puter)', async () => {
    // `master_key: sk-1234`: LiteLLM 1.108.7 exits with "LiteLLM proxy refused to start: the master key is a publicly
    // known default." (truth.json); verify-litellm's own proxy gets a random key, so its run passed without a word.
    const [sagemaker, puter, llamacpp] = await lint([
      'sagemaker-bedrock-embed-sk1234',
      'bare-star-wildcard-puter-provider',
      'llamacpp-compose-hosts-literal-master',
    ]);
    for (const report of [sagemaker, puter]) {
      const f = report!.findings.filter((x) => x.rule === 'master-key-refused');
      assert.equal(f.length, 1, JSON.stringify(report!.findings, null, 1));
      assert.equal(f[0]!.severity, 'warning');
      assert.match(f[0]!.message, /LiteLLM 1\.108\.7 refuses to start .*"LiteLLM proxy refused to start: the master key is a publicly known default\."/);
    }
    assert.equal(sagemaker!.findings.find((x) => x.rule === 'master-key-refused')!.line, 21);
    // A key of one's own, however weak it looks, starts (LiteLLM checks empty and its known defaults only).
    assert.deepEqual(
      llamacpp!.findings.filter((x) => x.rule === 'master-key-refused'),
      [],
    );
    // ...and so do LiteLLM's own way round it and a key from the environment.
    const dir = tempDir('vl-realfind-');
    try {
      const route = 'model_list:\n  - model_name: q\n    litellm_params: {model: openai/q, api_base: "http://vllm:8000/v1", api_key: none}\n';
      const files = [
        writeConfig(dir, `${route}general_settings: {master_key: sk-1234, dangerously_permit_weak_or_unset_master_key: true}\n`, 'a.yaml'),
        writeConfig(dir, `${route}general_settings: {master_key: os.environ/LITELLM_MASTER_KEY}\n`, 'b.yaml'),
        writeConfig(dir, `${route}general_settings: {master_key: ""}\n`, 'c.yaml'),
      ];
      const reports = await lintConfigs(
        files.map((configPath) => ({ configPath })),
        { temperature: 0.7, litellmVersion: '1.108.7', cacheRoot: TEST_CACHE_ROOT, installTimeoutMs: 900_000, env: bare() },
      );
      assert.deepEqual(
        reports.map((r) => r.findings.filter((x) => x.rule === 'master-key-refused').map((x) => x.message.replace(/^.*refused to start: /, ''))),
        [
          [],
          [],
          [
            'the master key is empty.").' +
              ' verify-litellm starts its proxy with a random key of its own, so its run passes where a proxy started from this file would not.',
          ],
        ],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a route that answers with mock_response needs no key (ShivSingh96/litellm-gateway-demo)', async () => {
    // LiteLLM returns the mock before it calls the provider (litellm/main.py completion), so the unset
    // OPENAI_API_KEY / ANTHROPIC_API_KEY are nothing to report, in the lint or the run.
    const [report] = await lint(['mock-response-all-routes-fallbacks']);
    assert.deepEqual(
      report!.findings.filter((f) => f.rule === 'env-unset').map((f) => f.message),
      [],
      JSON.stringify(report!.findings, null, 1),
    );
  });

  it('a setting written at the top level, beside model_list, is said to do nothing there (kndkhoa/astragate, amanmprojects/claude-vertex-bridge)', async () => {
    // `cache: {type: redis, ...}` and `callbacks: [...]` at the top level: the proxy reads settings only inside their
    // sections (load_config sets litellm_settings keys on the litellm module), so neither applies, silently. Another
    // tool's section of the same name is not one (env-vars-shell-placeholders-mcp's `logging: {level: info}`: litellm.logging
    // is a flag), nor is a key no section reads (anchors-merge-lists-owebui-params' `x-params`).
    const reports = await lint([
      'top-level-cache-deepseek-same-alias',
      'vertex-maas-openai-prefix',
      'env-vars-shell-placeholders-mcp',
      'anchors-merge-lists-owebui-params',
    ]);
    const placed = reports.map((r) =>
      r.findings.filter((f) => f.rule === 'unknown-key').map((f) => `${f.line} ${f.message.split(' is written')[0]} | ${f.fix}`),
    );
    assert.deepEqual(placed, [
      ['52 `cache` | Move it under `litellm_settings:` as `cache: true`, with these settings as `cache_params:` (`type`, `host`, `port`, ...).'],
      ['63 `callbacks` | Move it under `litellm_settings`: `litellm_settings: {callbacks: ...}`.'],
      [],
      [],
    ]);
  });

  it('a model read from a variable that is not set is the variable’s finding, not a missing provider prefix (cee-mnitin/gpu-inference-stack)', async () => {
    // `model: os.environ/CONTRACT_BULK_MODEL` with the variable unset here (the lint has no secrets; a fork's pull
    // request neither): LiteLLM's model is None, and the lint said "cannot pick a provider ... Prefix the model with a
    // provider" as an error, the fix for a different mistake, and one that failed a fork's run instead of skipping it.
    // env-unset names the variable (a notice in the lint, the run's own error when it starts the proxy).
    const [report] = await lint(['infinity-embed-rerank-env-contract-aliases']);
    assert.deepEqual(
      report!.findings.filter((f) => f.rule === 'provider-prefix').map((f) => f.alias),
      [],
      JSON.stringify(
        report!.findings.filter((f) => f.rule === 'provider-prefix'),
        null,
        1,
      ),
    );
    const unset = report!.findings.filter((f) => f.rule === 'env-unset' && /\(in model\)/.test(f.message));
    assert.deepEqual(
      unset.map((f) => [f.severity, /reads `os\.environ\/(\w+)`/.exec(f.message)?.[1]]),
      [
        ['notice', 'CONTRACT_INTERACTIVE_MODEL'],
        ['notice', 'CONTRACT_BULK_MODEL'],
        ['notice', 'CONTRACT_FAST_MODEL'],
        ['notice', 'CONTRACT_VISION_MODEL'],
      ],
    );
    assert.match(unset[0]!.message, /the route has no model and fails/);
  });

  it('a variable read only as model_name or model is no secret: the aliases are printed as they are (cee-mnitin/gpu-inference-stack)', async () => {
    // `model_name: os.environ/CONTRACT_VISION_ALIAS` set to `gpu/chat/vision`: masked as a secret, it hid that alias and,
    // through its 8-character pieces (`gpu/chat`), turned every other alias into `***interactive`, `***bulk`, `***fast`.
    // The api_base variables (URLs) and keys stay masked.
    const env = {
      ...bare(),
      CONTRACT_VISION_ALIAS: 'gpu/chat/vision',
      CONTRACT_VISION_MODEL: 'openai/qwen2.5vl',
      CONTRACT_VISION_API_BASE: 'http://ollama:11434/v1',
      CONTRACT_INTERACTIVE_MODEL: 'openai/qwen3.6',
    };
    const [report] = await lint(['infinity-embed-rerank-env-contract-aliases'], env);
    const aliases = [...new Set(report!.findings.map((f) => f.alias).filter((a) => a?.startsWith('gpu/') || a?.includes('***')))];
    assert.deepEqual(
      aliases.sort(),
      ['gpu/chat/bulk', 'gpu/chat/fast', 'gpu/chat/interactive', 'gpu/chat/vision', 'gpu/embed/bge-m3', 'gpu/rerank/bge-reranker-v2-m3'],
      JSON.stringify(aliases),
    );
    const vision = report!.findings.find((f) => f.rule === 'missing-key' && f.alias === 'gpu/chat/vision');
    assert.match(vision?.message ?? '', /'gpu\/chat\/vision': openai\/qwen2\.5vl on /);
  });
});
