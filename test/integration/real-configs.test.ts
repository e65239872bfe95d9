// The real-config corpus (test/fixtures/real-configs/, configs other people wrote, with truth.json: what
// LiteLLM 1.108.7 itself says about each). Two passes over every config:
// - the lint: every finding must be expected, either from LiteLLM's own answer in truth.json (a deployment
//   it cannot route, a temperature it refuses) or in the hand-checked list below; no crash, no refusal;
// - the full path, against the stand-in with every api_base rewritten to it: no config LiteLLM serves is
//   refused or blocked, every alias gets a verdict, and the OpenAI-style routes that now reach the stand-in pass.
// The full pass starts one proxy per config (about 40 minutes for the first 42 on a loaded 2-core machine), so by
// default it covers one config per shape (FULL_PATH_DEFAULT); VERIFY_LITELLM_CORPUS=all runs it over every
// config (last runs: the first 42 of 42, then the 25 added on 2026-11-27, then the 12, 6 and 2 added after them, then the 16 and 5 added after them, then the 15, 2 and 1 added after them, then the 26 added 2026-11-27 (night), then the 9 added 2026-11-28, then the 7 added 2026-11-28 (morning) and the 1 after them, all as expected), VERIFY_LITELLM_CORPUS=slug,slug only those (both passes).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { lintConfigs, type LintReport } from '../../src/engine/lint.ts';
import { startStandin, type Standin } from '../../src/standin/server.ts';
import { ROOT, runEngine, TEST_CACHE_ROOT, tempDir, testLiteLLM } from '../helpers/litellm.ts';

const CORPUS = path.join(ROOT, 'test', 'fixtures', 'real-configs');

interface TruthDeployment {
  model_name: string;
  provider: string | null;
  provider_model?: string;
  mode: string | null;
  has_api_base: boolean;
  temperature_0_7?: { outcome: string };
}
interface Truth {
  env: Record<string, string>;
  /** Absent when LiteLLM could not load the file (load.ok false, e.g. a YAML error). */
  deployments?: TruthDeployment[];
  proxy: { started: boolean; cause?: string };
}

const wanted = (process.env.VERIFY_LITELLM_CORPUS ?? '').split(',').filter((s) => s && s !== 'all');
const slugs = fs
  .readdirSync(CORPUS)
  .filter((s) => fs.existsSync(path.join(CORPUS, s, 'truth.json')) && (!wanted.length || wanted.includes(s)))
  .sort();
/** One config per shape the issue names: prometheus and langfuse_otel callbacks, include + credentials + Redis,
 * sk-1234, wildcards, an embedding model without mode, model from the environment, a missing custom module, a repeated key;
 * a stated refusal (routes reading GITHUB_TOKEN) and a success_callback module that is not beside the config; upstream model ids
 * with spaces and a non-ASCII character, and Compose hosts with underscores serving embedding and transcription models. */
const FULL_PATH_DEFAULT = [
  'vllm-model-id-env-prometheus',
  'azure-foundry-gpt5-family',
  'include-onestack-credentials',
  'bedrock-multiregion-sk1234',
  'devserver-wildcards-bare-names',
  'vllm-embedding-no-mode-prometheus',
  'ollama-dup-model-list-custom-callback',
  'litellm-test-env-vars-dupkey',
  'free-gateway-github-models',
  'env-call-literal-custom-callback',
  'non-ascii-model-ids-usage-routing',
  'compose-underscore-hosts-transcription',
  // 60 routes over a dozen providers, four of them to a provider nothing registers, and voyage/gemini embedding routes.
  'multi-gateway-unregistered-auth-provider',
];
const fullPathSlugs = process.env.VERIFY_LITELLM_CORPUS ? slugs : slugs.filter((s) => FULL_PATH_DEFAULT.includes(s));
const truthOf = (slug: string): Truth => JSON.parse(fs.readFileSync(path.join(CORPUS, slug, 'truth.json'), 'utf8')) as Truth;

/**
 * Findings checked by hand against the file and LiteLLM's behaviour, beyond what truth.json implies. Each is
 * true: the reason is in the comment.
 */
const CHECKED: Record<string, string[]> = {
  // api_base host.docker.internal: on a hosted runner only a server started in the same job answers there.
  'homelab-ollama-chat': ['docker-bridge qwen25-coder-7b-ollama-chat', 'docker-bridge llama31-8b-ollama-chat'],
  // `success_callback` written twice in litellm_settings: PyYAML keeps the second silently.
  'litellm-test-env-vars-dupkey': ['duplicate-key '],
  // `model_list` written twice: LiteLLM reads only the second list.
  'ollama-dup-model-list-custom-callback': ['duplicate-key '],
  // `litellm_settings` written twice (the second holds only drop_params): PyYAML keeps the second.
  'dup-litellm-settings-groq-nested': ['duplicate-key '],
  // host.docker.internal api_bases (as above).
  // ...and model_info.mode values LiteLLM has no call for (chat_complete, tts, embeddings): litellm/main.py
  // ahealth_check raises "Mode X not supported" for them (HealthCheckHelpers.get_mode_handlers has no such key).
  'audio-modes-chat-complete': [
    'docker-bridge whisper-local',
    'docker-bridge qwen2.5vl-3b',
    'docker-bridge embedding-nomic',
    ...['minimax-m2.7', 'qwen2.5vl-3b', 'qwen3.5-vl', 'seed-vl-mini'].map((a) => `unknown-mode ${a}`),
  ],
  // ...and `router_settings.default_model`, no argument of LiteLLM's Router: the proxy logs "Key 'default_model' is not a
  // valid argument for Router.__init__(). Ignoring this key." (proxy_server.py load_config; Router.get_valid_args()).
  'azure-foundry-gpt5-family': ['unknown-mode gpt-4o-mini-tts', 'unknown-mode text-embedding-3-large', 'unknown-mode text-embedding-3-small', 'unknown-key '],
  // `router_settings.enable_load_balancing` and `enable_cooldowns` (LiteLLM's is disable_cooldowns): ignored, as above.
  'bedrock-eu-null-api-base': ['unknown-key ', 'unknown-key '],
  // `router_settings` in config.yaml (routing_strategy, redis_url, retries, pre-call checks) and in six model files
  // (fallbacks): LiteLLM's include merge keeps only the last one, models/glm.yml's, whole (config_includes.py
  // resolve_includes: lists extended, every other value overridden; truth.json's settings.router_settings is glm.yml's).
  'include-onestack-credentials': Array<string>(7).fill('include-override '),
  'ollama-guardrails-custom': ['docker-bridge llama3.2-3b', 'docker-bridge qwen3-8b'],
  'ollama-openai-v1-no-master-key': ['docker-bridge qwen3.5:27b-q8_0', 'docker-bridge qwen3.5:9b'],
  // `master_key` under litellm_settings: the proxy sets litellm.master_key, which its auth never reads
  // (proxy_server.py takes general_settings.master_key or LITELLM_MASTER_KEY).
  'master-key-litellm-settings-embedding': ['master-key-placement '],
  'settings-misplaced-gpt5-o3-anthropic': ['master-key-placement '],
  // `api_key: env("OPENAI_API_KEY")`: LiteLLM's get_config keeps that text (it resolves only os.environ/NAME) and sends it as the key.
  // ...and its environment_variables written `env("USAGE_CALLBACK_URL")`: the proxy sets the variables to that text
  // (proxy_server.py _load_environment_variables: os.environ[key] = str(value)).
  'env-call-literal-custom-callback': ['env-placeholder gpt-3.5-turbo', 'env-placeholder ', 'env-placeholder '],
  // `environment_variables: {OPENAI_API_KEY: ${OPENAI_API_KEY}, ...}`: the same, replacing the real OPENAI_API_KEY with that text.
  'env-vars-shell-placeholders-mcp': ['env-placeholder ', 'env-placeholder '],
  // No model_list (store_model_in_db: the models live in a database verify-litellm never uses): nothing to probe, said so.
  'db-models-no-model-list': ['yaml '],
  // github/ routes read os.environ/GITHUB_TOKEN, a runner credential verify-litellm never hands the proxy
  // (src/litellm/environment.ts): LiteLLM would send it to GitHub Models, verify-litellm cannot check those routes.
  'free-gateway-github-models': [
    ...Array<string>(5).fill('env-denied default'),
    ...['thinking', 'coding', 'vision', 'tools'].flatMap((a) => [`env-denied ${a}`, `env-denied ${a}`]),
    ...Array<string>(5).fill('env-denied github_free'),
  ],
  // The same for the one cloud fallback (openai/gpt-4o on GitHub Models with os.environ/GITHUB_TOKEN).
  'ollama-github-fallback-settings': ['env-denied github-fallback'],
  // ...and for github_copilot/ routes keyed with os.environ/GITHUB_TOKEN (LiteLLM also needs a device-code login for them).
  'github-copilot-wildcards-group-alias': ['claude-haiku-4-5*', 'claude-sonnet-4-5*', 'claude-sonnet-4-0*', 'claude-opus-4-5*', 'claude-opus-4-6*', '*'].map(
    (a) => `env-denied ${a}`,
  ),
  // host.docker.internal api_bases (Ollama, LM Studio, llama.cpp on the host).
  'cloud-local-mix-placeholder-endpoint': ['docker-bridge llama3-local', 'docker-bridge lmstudio-local', 'docker-bridge llamacpp-local'],
  // model_list commented out, or `model_list: []` (models from the admin UI): nothing to probe, said so.
  'commented-out-model-list': ['yaml '],
  'empty-model-list-custom-callbacks': ['yaml '],
  // A Kubernetes ConfigMap holding the config as text under data.config.yaml: LiteLLM reads no model_list from it.
  'k8s-configmap-wrapper': ['yaml '],
  // `api_key: ${OPENAI_API_KEY}`: get_config keeps the text (it resolves only os.environ/NAME) and sends it as the key.
  'shell-style-env-placeholders': ['env-placeholder gpt-4o-mini', 'env-placeholder gemini/gemini-1.5-flash'],
  // `mode: embedding` under litellm_params: LiteLLM takes the mode from model_info only (proxy/health_check.py), so
  // truth.json's mode for these routes is chat.
  'ollama-chat-mode-in-litellm-params': ['mode-placement qwen3-embedding-large', 'mode-placement qwen3-embedding-small', 'mode-placement bge-m3'],
  // Helm values (LiteLLM's chart renders `proxy_config` as config.yaml; jcserv/homelab's own chart uses `config:`):
  // LiteLLM given the values file reads no model_list from its top level; said so, with the key that holds the config.
  'helm-chart-default-values': ['yaml '],
  'helm-values-config-key-anthropic': ['yaml '],
  'helm-values-litellm-settings-nested': ['yaml '],
  'helm-values-proxy-config-bedrock-alias': ['yaml '],
  // `litellm_params: {}` with litellm_provider and api_base beside it: LiteLLM 1.108.7 exits at start with KeyError: 'model'.
  'params-misplaced-empty-litellm-params': ['yaml '],
  // `general_settings.master_key: sk-1234` written literally: LiteLLM 1.108.7 refuses to start with it
  // (litellm/proxy/auth/master_key_boot_check.py; truth.json's proxy cause where nothing else stopped it first).
  ...Object.fromEntries(
    [
      'bare-star-wildcard-puter-provider',
      'bedrock-multiregion-sk1234',
      'custom-provider-wildcard-sk1234',
      'litellm-example-wildcards-batch',
      'ollama-chat-costs-sk1234',
      'sagemaker-bedrock-embed-sk1234',
    ].map((slug) => [slug, ['master-key-refused ']]),
  ),
  // api_base `https://<your-azure-here>.openai.azure.com`: a template placeholder, no URL LiteLLM can call.
  'azure-v1-api-version-placeholder-base': ['api-base-url gpt-5-mini'],
  // Added 2026-11-27 (night). `master_key: sk-1234` (as above).
  'bedrock-aws-profile-embed-dimensions': ['master-key-refused '],
  // `api_key: env/GEMINI_API_KEY`: get_config resolves only os.environ/NAME (get_secret knows os.environ/ and oidc/),
  // so Gemini gets that text as the key.
  'env-slash-key-syntax-gemini': ['env-placeholder deepseek-chat', 'env-placeholder deepseek-r1'],
  // api_base https://host.docker.internal:443/ollama/ (the Docker bridge).
  'ollama-https-reverse-proxy-path': ['docker-bridge qwen-coder'],
  // api_base http://47.101.159.7:39187/v1: a public address over plain http, the key in clear text.
  'openai-compatible-public-ip-ark': ['plain-http crs'],
  // `${X}` after the provider prefix in model, as api_base and api_key, and as general_settings.master_key: LiteLLM
  // expands none of them (the master key stays that text: master_key_boot_check.py refuses only unset, empty and
  // publicly known keys).
  'shell-placeholders-model-base-master': [
    ...['local-primary', 'local-primary', 'frontier-fallback', 'frontier-fallback', 'frontier-openai', 'frontier-openai'].map((a) => `env-placeholder ${a}`),
    ...['frontier-google', 'frontier-google'].map((a) => `env-placeholder ${a}`),
    'env-placeholder ',
  ],
  // `litellm_settings` (with mcp_servers) written inside a model_list entry: LiteLLM's Router keeps the entry's extra
  // keys and reads none of them as settings (types/router.py Deployment, extra="allow").
  'settings-nested-in-deployment-mcp-stdio': ['unknown-key proxy/gpt-4o-mini'],
  // `master_key: 'sk-1234'` in general_settings (refused at start, as above) and another master_key under
  // litellm_settings (ignored there, as above).
  'sk1234-master-key-both-sections-posthog': ['master-key-refused ', 'master-key-placement '],
  // api_base http://172.17.0.1:11434: the Docker bridge's gateway address (docker0), as host.docker.internal.
  'ollama-docker0-gateway-ip': ['docker-bridge gemma3:12b', 'docker-bridge llama3.2-vision'],
  // The first model_list item indented one space, the rest two: PyYAML stops at line 8 (LiteLLM does not start).
  'yaml-misindented-list-empty-key': ['yaml '],
  // Added 2026-11-28. `vertex_credentials: "/app/service_account.json"` (a file the image mounts): LiteLLM's Vertex loader
  // cannot read it where the proxy runs and fails each call (llms/vertex_ai/credentials_source.py, asked through the oracle).
  'vertex-credentials-file-maas': ['vertex-credentials vertex_ai/qwen/qwen3-235b-a22b-instruct-2507-maas', 'vertex-credentials vertex_ai/mistral-small-2503'],
  // api_base http://host.docker.internal:13305/v1 (the Docker bridge).
  'litellm-settings-key-base-semantic-cache': ['docker-bridge harrier-oss-v1-0.6b'],
  // `vector_store_registry` entries without `litellm_params.vector_store_id`: LiteLLM's loader raises and the proxy does
  // not start (truth.json's proxy cause); `mode` written twice in one litellm_params (PyYAML keeps the second).
  'env-vars-flow-map-dup-mode-allowed-params': ['litellm-load ', 'duplicate-key '],
  // `fallbacks` and `context_window_fallbacks` items written `{model: a, fallback_models: [b, c]}`: LiteLLM's Router
  // refuses a fallback mapping with more than one key (router.py validate_fallbacks) and the proxy does not start
  // (truth.json's proxy cause); `${X}` placeholders everywhere (api_base and api_version of the Azure route, AWS and
  // Vertex settings), which LiteLLM does not expand.
  // `litellm_settings.cache` written as the cache's mapping: LiteLLM sets litellm.cache to it and fails every call
  // ("'dict' object has no attribute 'cache'", LiteLLM's answer to a mocked call); the proxy itself starts.
  'cache-mapping-pre-call-checks-general': ['litellm-cache '],
  // `model_name: "{{PROMPT_AGENT_MODEL_ALIAS}}"`: LiteLLM serves the route under that text (it resolves only os.environ/).
  'azure-managed-identity-apim-template-alias': ['env-placeholder {{PROMPT_AGENT_MODEL_ALIAS}}'],
  // Added 2026-11-28 (morning). `master_key: sk-1234` under litellm_settings: ignored there (as above).
  'literal-database-url-embedding-only': ['master-key-placement '],
  // A setting written at the top level, beside model_list (`cache:`, `callbacks:`, `default_key_generate_params:`): the
  // proxy reads each only inside its section (load_config sets litellm_settings keys on the litellm module, where
  // litellm.cache, litellm.callbacks and litellm.default_key_generate_params exist), so it does nothing there.
  'top-level-cache-deepseek-same-alias': ['unknown-key '],
  'vertex-maas-openai-prefix': ['unknown-key '],
  'bedrock-image-edit-modes-top-level-key-params': ['unknown-key '],
  // host.docker.internal api_bases (Ollama, vLLM, TEI on the host); `router_settings.model_group_timeout`, no Router
  // argument (ignored, as above); the vision route (model, api_base and model_name from variables: its alias is the dummy
  // value, a name and so not masked) is openai/ to a server of its own with no api_key: LiteLLM reads OPENAI_API_KEY and sends it there,
  // or the OpenAI client refuses without one; `huggingface/BAAI/bge-m3` on a TEI server with no api_key: LiteLLM reads
  // HUGGINGFACE_API_KEY (main.py embedding) and sends it to that server as a Bearer token (huggingface embedding
  // transformation.py). The infinity/ routes carry `api_key: "EMPTY"`: nothing to say.
  'infinity-embed-rerank-env-contract-aliases': [
    ...['bge-m3-native', 'gemma3-12b-ollama-native', 'granite3.3-8b-ollama-native', 'qwen2.5-7b-ollama-native'].map((a) => `docker-bridge ${a}`),
    ...['qwen3.6-ollama-native', 'qwen3.6-vllm-direct', 'qwen3.6-vllm-router'].map((a) => `docker-bridge ${a}`),
    'missing-key dummy-CONTRACT_VISION_ALIAS',
    'missing-key bge-m3-native',
    'unknown-key ',
  ],
  'fallbacks-two-key-items-model-aliases': [
    'litellm-load ',
    ...['gpt-5', 'gpt-5-mini', 'gpt-5-nano', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.5', 'claude-sonnet-4-5', 'claude-opus-4-1', 'claude-haiku-4-5'].map(
      (a) => `env-placeholder ${a}`,
    ),
    ...Array<string>(3).fill('env-placeholder azure-gpt-4'),
    ...Array<string>(3).fill('env-placeholder bedrock-claude-3-opus'),
    ...Array<string>(3).fill('env-placeholder bedrock-claude-3-sonnet'),
    ...Array<string>(2).fill('env-placeholder vertex-gemini-pro'),
  ],
};

/** Modules the configs import that the corpus does not ship (third-party code): the proxy cannot start, and must say which. */
const MISSING_MODULES: Record<string, RegExp> = {
  'custom-callback-auth-ciris': /billing_callback/,
  'ollama-dup-model-list-custom-callback': /custom_callbacks/,
  'custom-provider-map-agno': /custom_handler/,
  'custom-provider-map-claude-code-sdk': /custom_handler/,
  'custom-provider-wildcard-sk1234': /custom_handler/,
  'env-call-literal-custom-callback': /custom_callbacks/,
  'ollama-guardrails-custom': /injection_guard/,
  'vertex-media-custom-provider-map': /custom_handler/,
  'model-env-image-custom-auth': /litellm_custom_auth/,
  'wildcards-claude-star-coordination-redis': /trusted_identity_hook/,
  'bedrock-explicit-aws-env-langfuse-redis': /custom_callbacks/,
  'gateway-colon-aliases-reasoning-effort': /litellm_hooks/,
  'openwebui-many-unreleased-models': /litellm_cost_callback/,
  'bare-star-wildcard-puter-provider': /custom_handler/,
  'env-vars-shell-placeholders-mcp': /rag_pipeline/,
  'ollama-chat-workshop-custom-guardrail': /pii_filter/,
  'bedrock-invented-ids-no-keys-o3': /custom_callbacks/,
  'mock-bare-gpt35-permit-weak-master': /cisco_guardrail/,
  'vertex-global-claude-gemini-thinking-level': /litellm_vertex_gateway/,
  'anchors-merge-lists-owebui-params': /perplexity_citation_callback/,
  'vertex-adc-no-project-claude-at-default': /auth_handler/,
  'volcengine-thinking-disabled-mlflow': /arbiteros_beta/,
  'chatgpt-oauth-responses-claude-aliases': /headroom_litellm_callback/,
};

/**
 * Configs verify-litellm refuses before anything starts, for a reason it states (checked by hand): what it
 * cannot verify, and how to verify the rest.
 */
const REFUSED: Record<string, { message: RegExp; fix?: RegExp }> = {
  // 17 github/ routes read GITHUB_TOKEN, which never reaches the proxy; the other ~75 can be chosen with `models`.
  'free-gateway-github-models': { message: /os\.environ\/.*never passed to the proxy/, fix: /leave .* out of \S*models\S* to verify the other routes/ },
  'ollama-github-fallback-settings': { message: /os\.environ\/.*never passed to the proxy/, fix: /leave .* out of \S*models\S* to verify the other routes/ },
  // No model_list at all (the models live in LiteLLM's database).
  'db-models-no-model-list': { message: /nothing to verify \(with store_model_in_db: true/ },
  'commented-out-model-list': { message: /no `model_list:` found, so there is nothing to verify/ },
  'empty-model-list-custom-callbacks': { message: /model_list is empty/ },
  'github-copilot-wildcards-group-alias': {
    message: /os\.environ\/.*never passed to the proxy/,
    fix: /leave .* out of \S*models\S* to verify the other routes/,
  },
  'k8s-configmap-wrapper': { message: /Kubernetes ConfigMap and the LiteLLM config is the text under `data\.config\.yaml`/ },
  'helm-chart-default-values': { message: /the LiteLLM config is the mapping under `proxy_config:` \(Helm values/ },
  'helm-values-litellm-settings-nested': { message: /the LiteLLM config is the mapping under `proxy_config:` \(Helm values/ },
  'helm-values-proxy-config-bedrock-alias': { message: /the LiteLLM config is the mapping under `proxy_config:` \(Helm values/ },
  'helm-values-config-key-anthropic': { message: /the LiteLLM config is the mapping under `config:`/ },
  'params-misplaced-empty-litellm-params': { message: /`litellm_provider`, `api_base` are written beside `litellm_params`/ },
  // PyYAML's own error, at the line it names.
  'yaml-misindented-list-empty-key': { message: /config\.yaml:8:3: invalid YAML: All sequence items must start at the same column/ },
  // ${X} as model and api_base stops the run with the config error; nothing is started.
  'shell-placeholders-model-base-master': { message: /model is the text `ollama_chat\/\$\{LOCAL_PRIMARY_MODEL\}`/ },
  // LiteLLM refuses the vector_store_registry entry at start; the run says so before starting anything.
  'env-vars-flow-map-dup-mode-allowed-params': { message: /vector_store_id is required for initializing vector store/ },
  'cache-mapping-pre-call-checks-general': { message: /`litellm_settings\.cache` is neither true nor false/ },
  'fallbacks-two-key-items-model-aliases': { message: /api_base is the text `\$\{AZURE_API_BASE\}`|must have exactly one key, but has 2 keys/ },
};

/** The dummy values capture-truth.ts used, as an environment (a database URL stays unset, as there). */
function dummyEnv(truth: Truth, apiBase?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  for (const [name, value] of Object.entries(truth.env ?? {})) {
    if (value === '<unset>') continue;
    // Random-looking, as a real key is: the lint masks every 8-character piece of a value the config reads, and a key
    // spelled `...-master-key-...` would mask the rule name `master-key-placement` in its own findings.
    env[name] = value === '<master key>' ? 'sk-7c1e9a04d2b85f36e0a1' : apiBase && value.startsWith('http://127.0.0.1:9') ? apiBase : value;
  }
  return env;
}

describe('the real-config corpus', { timeout: 3_600_000 }, () => {
  before(async () => {
    await testLiteLLM();
  });

  describe('lint: no unexpected finding, no crash', () => {
    const counts = { configs: 0, findings: 0, unexpected: 0 };
    const reports = new Map<string, LintReport>();
    // Every config through one LiteLLM process (as `verify-litellm lint a.yaml b.yaml ...`), each read in its
    // own environment; the single-config path is the one the oracle and e2e tests take.
    before(async () => {
      const linted = await lintConfigs(
        slugs.map((slug) => ({ configPath: path.join(CORPUS, slug, 'config.yaml'), configDisplayPath: `${slug}/config.yaml`, env: dummyEnv(truthOf(slug)) })),
        { temperature: 0.7, litellmVersion: '1.108.7', cacheRoot: TEST_CACHE_ROOT, installTimeoutMs: 900_000, env: { PATH: process.env.PATH } },
      );
      slugs.forEach((slug, i) => reports.set(slug, linted[i]!));
    });
    after(() => console.log(`# corpus lint: ${counts.configs} configs, ${counts.findings} findings, ${counts.unexpected} unexpected`));
    for (const slug of slugs) {
      it(slug, () => {
        const truth = truthOf(slug);
        const report = reports.get(slug)!;
        const got = report.findings.filter((f) => f.severity !== 'notice').map((f) => `${f.rule} ${f.alias ?? ''}`);
        // What LiteLLM itself says (truth.json): each alias it cannot route, each temperature it refuses.
        // A load error (CHECKED 'yaml ') stops the lint before any deployment is asked about: it replaces them.
        // So does a section LiteLLM's own loaders refuse at start (CHECKED 'litellm-load ').
        const loadError = CHECKED[slug]?.some((c) => c === 'yaml ' || c === 'litellm-load ') ?? false;
        const fromTruth = loadError
          ? []
          : [
              ...(truth.deployments ?? []).filter((d) => !d.provider).map((d) => `provider-prefix ${d.model_name}`),
              // ...for the routes a chat-style probe (the one that carries a temperature) reaches: an embedding route
              // gets {model, input} only, other modes are not probed.
              ...(truth.deployments ?? [])
                .filter((d) => d.provider && d.temperature_0_7?.outcome === 'refused' && [null, 'chat', 'responses'].includes(d.mode))
                .map((d) => `reasoning-temperature ${d.model_name}`),
            ];
        const expected = [...fromTruth, ...(CHECKED[slug] ?? [])].sort();
        counts.configs++;
        counts.findings += got.length;
        counts.unexpected += got.filter((g) => !expected.includes(g)).length;
        assert.deepEqual(got.sort(), expected, JSON.stringify(report.findings, null, 1));
      });
    }
  });

  // Three configs at a time: a run is mostly waiting (LiteLLM's own retries and fallbacks to hosts the test
  // cannot reach wait out the probe timeout), and the largest configs go first so their waits overlap the rest.
  describe('full path against the stand-in: nothing LiteLLM serves is refused or blocked', { concurrency: 3 }, () => {
    let upstream: Standin;
    let dir: string;
    before(async () => {
      // Every model the corpus routes to, served by one stand-in (embedding models as embedding models).
      const models = new Map<string, boolean>();
      for (const slug of fullPathSlugs)
        for (const d of truthOf(slug).deployments ?? [])
          if (d.provider_model && !d.provider_model.includes('*'))
            models.set(d.provider_model, (models.get(d.provider_model) ?? false) || d.mode === 'embedding');
      upstream = await startStandin({ models: [...models].map(([id, embedding]) => ({ id, embedding })) });
      dir = tempDir('vl-corpus-');
    });
    after(async () => {
      await upstream?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    const largestFirst = [...fullPathSlugs].sort((a, b) => (truthOf(b).deployments ?? []).length - (truthOf(a).deployments ?? []).length || a.localeCompare(b));
    for (const slug of largestFirst) {
      it(slug, async () => {
        const truth = truthOf(slug);
        // The config's folder, with every literal api_base pointed at the stand-in (variables get its URL too; a
        // `${X}` placeholder is kept, as the lint reports it).
        const copy = path.join(dir, slug);
        fs.cpSync(path.join(CORPUS, slug), copy, { recursive: true });
        for (const file of fs.readdirSync(copy, { recursive: true }).map(String)) {
          const full = path.join(copy, file);
          if (!/\.ya?ml$/.test(file) || !fs.statSync(full).isFile()) continue;
          fs.writeFileSync(
            full,
            fs.readFileSync(full, 'utf8').replace(/^(\s*(?:-\s+)?api_base:\s*)(["']?)(?!os\.environ\/|\$)[^\s"'#,}]+\2/gm, `$1"${upstream.url}"`),
          );
        }
        const report = await runEngine({
          configPath: path.join(copy, 'config.yaml'),
          provided: { VLLM_KEY: dummyEnv(truth).VLLM_KEY ?? 'dummy' },
          env: dummyEnv(truth, upstream.url),
          tempRoot: dir,
          timeoutMs: 5000,
          stream: false,
          checkServedModel: false,
          concurrency: 8,
        });
        const refused = REFUSED[slug];
        if (refused) {
          assert.equal(report.error?.stage, 'config', JSON.stringify(report.error));
          assert.match(report.error?.message ?? '', refused.message);
          if (refused.fix) assert.match(report.error?.fix ?? '', refused.fix);
          return;
        }
        const missing = MISSING_MODULES[slug];
        if (missing) {
          assert.equal(report.error?.stage, 'start', JSON.stringify(report.error));
          assert.match(report.error?.message ?? '', missing);
          return;
        }
        assert.equal(report.error, null, JSON.stringify(report.error));
        assert.ok(report.aliases.length > 0);
        for (const a of report.aliases) assert.ok(['pass', 'fail', 'skipped'].includes(a.status), a.alias);
        // Routes LiteLLM calls as plain OpenAI-style servers (truth.json), now at the stand-in, answer: at least
        // one per config (others may sit behind the config's own fallbacks and retries to hosts the test cannot reach).
        const host = new URL(upstream.url).host;
        const local = report.aliases.filter((a) => {
          const t = (truth.deployments ?? []).find((d) => d.model_name === a.alias);
          return t && a.apiBaseHost === host && ['openai', 'hosted_vllm'].includes(t.provider ?? '') && a.status !== 'skipped';
        });
        if (local.length)
          assert.ok(
            local.some((a) => a.status === 'pass'),
            JSON.stringify(local.map((a) => [a.alias, a.diagnosis?.summary])),
          );
      });
    }
  });
});
