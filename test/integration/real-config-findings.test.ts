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
import { attachAnswers } from '../../src/config/litellm-lint.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { ROOT, TEST_CACHE_ROOT, tempDir, testLiteLLM } from '../helpers/litellm.ts';

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
});
