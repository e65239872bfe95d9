// The installed LiteLLM (1.108.7) answers how it reads configs: src/litellm/oracle.py run by the venv's Python.
// Every expectation here is what LiteLLM itself says; nothing is a table of ours.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applyAnswer } from '../../src/config/rules/litellm.ts';
import { loadConfig } from '../../src/config/load.ts';
import { credentialPlan } from '../../src/litellm/credentials.ts';
import { askOracle, oracleEnvironment, parseOracleOutput, type OracleAnswer } from '../../src/litellm/oracle.ts';
import { runCommand } from '../../src/util/process.ts';
import { askProviderHosts, shippedProviderHosts } from '../../src/litellm/provider-hosts.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { lintMain } from '../../src/cli/lint.ts';
import { ROOT, TEST_CACHE_ROOT, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

describe('the oracle: LiteLLM reads the config', { timeout: 600_000 }, () => {
  let installation: Installation;
  let dir: string;
  const ask = async (file: string, vars: Record<string, string> = {}, temperature: number | null = 0.7): Promise<OracleAnswer> => {
    const answers = await askOracle({
      python: installation.python,
      requests: [{ config: file, temperature }],
      env: oracleEnvironment({ PATH: process.env.PATH }, vars),
      workDir: dir,
      timeoutMs: 240_000,
    });
    assert.equal(answers.length, 1);
    return answers[0]!;
  };

  before(async () => {
    installation = await testLiteLLM();
    dir = tempDir('vl-oracle-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers for every deployment in one call, as LiteLLM 1.108.7 reads them', async () => {
    const marker = path.join(dir, 'imported');
    // A callback module that would leave a file behind if anything imported it.
    writeConfig(dir, `import pathlib\npathlib.Path(${JSON.stringify(marker)}).write_text("x")\nhandler = None\n`, 'custom_callbacks.py');
    writeConfig(dir, 'model_list:\n  - model_name: from-include\n    litellm_params: {model: vertex_ai/gemini-2.5-pro}\n', 'sub/more.yaml');
    const file = writeConfig(
      dir,
      `include:
  - sub/more.yaml
model_list:
  - model_name: os.environ/ALIAS
    litellm_params:
      model: os.environ/VLLM_MODEL_ID
      api_base: http://127.0.0.1:8000/v1
      api_key: os.environ/VLLM_KEY
      tpm: 20_000
  - {model_name: gpt5, litellm_params: {model: openai/gpt-5}}
  - {model_name: gpt51, litellm_params: {model: openai/gpt-5.1}}
  - {model_name: chat-latest, litellm_params: {model: openai/gpt-5-chat-latest}}
  - {model_name: o3, litellm_params: {model: openai/o3, drop_params: true}}
  - {model_name: bed, litellm_params: {model: "bedrock/anthropic.claude-3-sonnet-20240229-v1:0"}}
  - {model_name: emb, litellm_params: {model: text-embedding-3-small}}
  - {model_name: q, litellm_params: {model: Qwen3, custom_llm_provider: openai, api_base: "http://x:8000/v1"}}
  - {model_name: bad, litellm_params: {model: Qwen/Qwen3-0.6B, api_base: "http://x:8000/v1", api_key: k}}
  - {model_name: "anthropic/*", litellm_params: {model: "anthropic/*"}}
  - {model_name: az, litellm_params: {model: azure/my-deployment, api_base: "https://r.openai.azure.com", api_version: "2024-10-21"}}
litellm_settings:
  callbacks: ["prometheus", "custom_callbacks.handler"]
  redis_host: os.environ/REDIS_HOST
`,
    );
    const answer = await ask(file, { ALIAS: 'resolved-alias', VLLM_MODEL_ID: 'openai/Qwen/Qwen3-0.6B', VLLM_KEY: 'k' });
    assert.equal(answer.error, null);
    assert.equal(answer.litellmVersion, '1.108.7');
    assert.equal(fs.existsSync(marker), false, 'no config code was executed');
    const by = Object.fromEntries(answer.deployments.map((d) => [String(d.alias), d]));
    assert.deepEqual(
      answer.deployments.map((d) => d.alias),
      ['resolved-alias', 'gpt5', 'gpt51', 'chat-latest', 'o3', 'bed', 'emb', 'q', 'bad', 'anthropic/*', 'az', 'from-include'],
      'model_name resolved from the environment; included deployments after the file’s own',
    );
    assert.equal(by['resolved-alias']!.model, 'openai/Qwen/Qwen3-0.6B');
    assert.equal(by['resolved-alias']!.provider, 'openai');
    assert.equal(by['resolved-alias']!.ownEndpoint, false, 'an openai/ route to a vLLM is someone else’s server');
    assert.equal(by['resolved-alias']!.openaiCompatible, true);
    assert.equal(by.q!.provider, 'openai', 'custom_llm_provider honoured');
    assert.match(by.bad!.providerError ?? '', /LLM Provider NOT provided/);
    // The temperature rules LiteLLM 1.108.7 applies (its model map: gpt-5.1 and gpt-5-chat-latest take temperature).
    assert.equal(by.gpt5!.temperature, 'refuse');
    assert.match(by.gpt5!.temperatureMessage ?? '', /UnsupportedParamsError/);
    assert.equal(by.gpt51!.temperature, 'forward');
    assert.equal(by['chat-latest']!.temperature, 'forward');
    assert.equal(by.o3!.temperature, 'drop');
    assert.equal(by.emb!.mode, 'embedding');
    assert.equal(by.emb!.modeSource, 'model_map');
    assert.deepEqual(by.bed!.implicitEnv, ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    // ...which no api_key replaces (keyEnv: what LiteLLM would send as the key itself); an openai/ route's key is one.
    assert.deepEqual(by.bed!.keyEnv, []);
    assert.deepEqual(by.q!.keyEnv, ['OPENAI_API_KEY']);
    assert.deepEqual(by.az!.keyEnv, ['AZURE_API_KEY'], 'AZURE_API_VERSION is read too, but it is no key');
    assert.equal(by.bed!.ownEndpoint, true);
    assert.equal(by.az!.ownEndpoint, true, 'an Azure api_base is the provider’s own endpoint');
    assert.ok(by.az!.implicitEnv.includes('AZURE_API_KEY'));
    assert.equal(by['anthropic/*']!.wildcard, true);
    assert.equal(by['from-include']!.provider, 'vertex_ai');
    assert.deepEqual(
      answer.envRefs.map((r) => r.name),
      ['ALIAS', 'VLLM_MODEL_ID', 'VLLM_KEY', 'REDIS_HOST'],
    );
    assert.deepEqual(answer.callbacks, [
      { setting: 'callbacks', name: 'prometheus', module: false },
      { setting: 'callbacks', name: 'custom_callbacks.handler', module: true },
    ]);

    // The TypeScript side reads the same file the same way (YAML 1.1, include:) and takes LiteLLM's answers.
    const config = loadConfig(file, 'c.yaml');
    assert.equal(config.deployments.length, answer.deployments.length);
    assert.equal(config.deployments[0]!.params.tpm, 20000);
    const { findings, error } = applyAnswer(config, answer, config.deployments, 0.7);
    assert.equal(config.deployments[0]!.alias, 'resolved-alias');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.alias, f.severity]),
      [
        ['reasoning-temperature', 'gpt5', 'warning'],
        ['missing-key', 'q', 'warning'],
        ['provider-prefix', 'bad', 'error'],
      ],
    );
    assert.equal(error, null, 'an unroutable deployment does not stop the proxy serving the others');
    assert.match(findings.find((f) => f.rule === 'provider-prefix')!.fix ?? '', /model: openai\/Qwen\/Qwen3-0\.6B/);

    // Credentials: what LiteLLM reads per route, never a provider key for someone else's server.
    const source = { AWS_ACCESS_KEY_ID: 'a', AWS_SECRET_ACCESS_KEY: 's', AWS_REGION_NAME: 'us-east-1', OPENAI_API_KEY: 'o', VLLM_KEY: 'k', HOME: '/h' };
    const plan = credentialPlan({
      answer,
      deployments: config.deployments,
      probed: config.deployments.filter((d) => ['bed', 'q', 'gpt51'].includes(d.alias)),
      staticRefs: [],
      lookup: (n) => source[n as keyof typeof source],
      source,
    });
    assert.deepEqual(Object.keys(plan.env).sort(), ['AWS_ACCESS_KEY_ID', 'AWS_REGION_NAME', 'AWS_SECRET_ACCESS_KEY', 'OPENAI_API_KEY', 'VLLM_KEY']);
    assert.ok(plan.reasons.some((r) => /^AWS_REGION_NAME \(LiteLLM reads it for the bedrock route 'bed'\)$/.test(r)));
    assert.deepEqual(
      plan.pinned.map((d) => d.alias),
      ['q'],
      'the vLLM route without api_key is pinned: OPENAI_API_KEY is passed for gpt51',
    );
  });

  it('verify-litellm lint: JSON findings, exit 1 on an error finding, 0 when clean, 2 for unusable input; no key needed', async () => {
    const out: string[] = [];
    const io = (env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME }) => ({
      stdout: (t: string) => out.push(t),
      stderr: () => undefined,
      isTTY: false,
      env,
      cwd: dir,
    });
    const seed = writeConfig(
      dir,
      'model_list:\n- model_name: "claude-opus-4-5-20251101"\n  litellm_params:\n    model: "Qwen/Qwen3-0.6B"\n    api_key: os.environ/VLLM_KEY\n    api_base: https://example.com/v1\n',
      'seed-broken.yaml',
    );
    const cache = ['--cache-dir', TEST_CACHE_ROOT];
    assert.equal(await lintMain(['--config', 'seed-broken.yaml', '--json', ...cache], io()), 1);
    const report = JSON.parse(out.join('')) as { schema: string; findings: { rule: string; severity: string; line: number; file: string }[] };
    assert.equal(report.schema, 'verify-litellm/lint@1');
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.severity, f.file, f.line]),
      [
        ['provider-prefix', 'error', 'seed-broken.yaml', 4],
        ['env-unset', 'notice', 'seed-broken.yaml', 5],
      ],
    );
    fs.writeFileSync(seed, fs.readFileSync(seed, 'utf8').replace('"Qwen/', '"openai/Qwen/'));
    out.length = 0;
    assert.equal(await lintMain(['--config', 'seed-broken.yaml', ...cache], io({ PATH: process.env.PATH, VLLM_KEY: 'k' })), 0);
    assert.match(out.join(''), /No findings/);
    assert.equal(await lintMain(['--config', 'nope.yaml', ...cache], io()), 2);
  });

  it('several configs in one process: each answered in order, in its own environment, a broken one between them', async () => {
    const file = writeConfig(
      dir,
      'model_list:\n  - model_name: os.environ/ALIAS\n    litellm_params: {model: os.environ/MODEL, api_key: os.environ/KEY}\n',
      'from-env.yaml',
    );
    const broken = writeConfig(dir, 'include: [missing.yaml]\nmodel_list: []\n', 'broken-include.yaml');
    const env = (vars: Record<string, string>) => oracleEnvironment({ PATH: process.env.PATH }, vars);
    const answers = await askOracle({
      python: installation.python,
      requests: [
        { config: file, temperature: 0.7, env: env({ ALIAS: 'first', MODEL: 'openai/gpt-5', KEY: 'k' }) },
        { config: broken, temperature: 0.7, env: env({}) },
        { config: file, temperature: 0.7, env: env({ ALIAS: 'second', MODEL: 'openai/gpt-5.1' }) },
        { config: file, temperature: null, env: env({}) },
      ],
      // The process's own environment sets ALIAS too: a request's env replaces it, it does not add to it.
      env: env({ ALIAS: 'from-the-process', MODEL: 'openai/o3', KEY: 'k' }),
      workDir: dir,
      timeoutMs: 240_000,
    });
    assert.deepEqual(
      answers.map((a) => [a.error?.stage ?? null, a.deployments[0]?.alias ?? null, a.deployments[0]?.model ?? null, a.deployments[0]?.temperature ?? null]),
      [
        [null, 'first', 'openai/gpt-5', 'refuse'],
        ['load', null, null, null],
        [null, 'second', 'openai/gpt-5.1', 'forward'],
        [null, null, null, null],
      ],
    );
    assert.equal(answers[0]!.deployments[0]!.hasApiKey, true);
    assert.equal(answers[2]!.deployments[0]!.hasApiKey, false, 'KEY from the first request did not stay behind');
    assert.match(answers[3]!.deployments[0]!.providerError ?? '', /reads os\.environ\/MODEL, which is not set/);
  });

  it('verify-litellm lint a.yaml b.yaml: one report over every file, each finding at its own file', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined, isTTY: false, env: { PATH: process.env.PATH, HOME: process.env.HOME }, cwd: dir };
    writeConfig(dir, 'model_list:\n- model_name: a\n  litellm_params:\n    model: Qwen/Qwen3-0.6B\n    api_base: https://example.com/v1\n', 'lint-a.yaml');
    writeConfig(dir, 'model_list:\n- model_name: b\n  litellm_params: {model: openai/gpt-4o}\n', 'lint-b.yaml');
    writeConfig(dir, 'model_list:\n- model_name: c\n  litellm_params:\n    model: openai/gpt-5\n', 'lint-c.yaml');
    writeConfig(dir, 'model_list:\n- model_name: d\n  litellm_params:\n    model: openai/gpt-4o\n    api_key: os.environ/GITHUB_TOKEN\n', 'lint-d.yaml');
    assert.equal(await lintMain(['--json', '--cache-dir', TEST_CACHE_ROOT, 'lint-a.yaml', 'lint-b.yaml', 'lint-c.yaml', 'lint-d.yaml'], io), 1);
    const report = JSON.parse(out.join('')) as { findings: { rule: string; file: string; line: number; alias?: string; fix?: string }[] };
    assert.deepEqual(
      report.findings.map((f) => [f.rule, f.file, f.line, f.alias]),
      [
        ['provider-prefix', 'lint-a.yaml', 4, 'a'],
        ['reasoning-temperature', 'lint-c.yaml', 4, 'c'],
        ['env-denied', 'lint-d.yaml', 5, 'd'],
        ['env-unset', 'lint-d.yaml', 5, 'd'],
      ],
    );
    // A finding names a setting in the CLI's words, never as the engine's marker.
    assert.match(report.findings.find((f) => f.rule === 'env-denied')?.fix ?? '', /leave 'd' out of option '--models'/);
    assert.doesNotMatch(out.join(''), /[\u27e6\u27e7]/);
  });

  it('oracle.py loads its sibling module from its own folder, as the bundle lays them out, and leaves no __pycache__ there', async () => {
    // dist/ holds oracle.py and its siblings (scripts/bundle.mjs copies every src/litellm/*.py); -I keeps that folder off sys.path.
    const action = tempDir('vl-oracle-dist-');
    try {
      for (const file of fs.readdirSync(path.join(ROOT, 'src', 'litellm')).filter((f) => f.endsWith('.py')))
        fs.copyFileSync(path.join(ROOT, 'src', 'litellm', file), path.join(action, file));
      const config = writeConfig(
        dir,
        'model_list:\n  - model_name: a\n    litellm_params: {model: openai/x, api_base: http://127.0.0.1:1/v1}\n',
        'laid-out.yaml',
      );
      const run = await runCommand(installation.python, ['-I', path.join(action, 'oracle.py'), 'answer'], {
        env: oracleEnvironment({ PATH: process.env.PATH }, {}),
        timeoutMs: 240_000,
        input: JSON.stringify({ config, temperature: 0.7 }) + '\n',
      });
      const answer = parseOracleOutput(run.stdout);
      assert.ok(answer, run.stderr.slice(-500));
      assert.equal(answer.error, null);
      assert.equal(answer.deployments[0]?.provider, 'openai', 'the deployment was described (oracle_deployment.py loaded)');
      assert.deepEqual(
        fs.readdirSync(action).sort(),
        fs
          .readdirSync(path.join(ROOT, 'src', 'litellm'))
          .filter((f) => f.endsWith('.py'))
          .sort(),
      );
    } finally {
      fs.rmSync(action, { recursive: true, force: true });
    }
  });

  it('the provider hosts shipped for allowed-hosts are what the installed LiteLLM answers today (npm run hosts:litellm)', async () => {
    const live = await askProviderHosts(installation.python, 120_000);
    assert.equal(live.litellmVersion, '1.108.7');
    assert.deepEqual(shippedProviderHosts('1.108.7')?.hosts, live.hosts, 'locks/litellm-1.108.7.hosts.json is stale: run npm run hosts:litellm -- 1.108.7');
    assert.deepEqual(live.hosts.openai, ['api.openai.com']);
  });

  it('a file LiteLLM cannot load: its own words', async () => {
    const file = writeConfig(dir, 'include: [missing.yaml]\nmodel_list: []\n', 'broken.yaml');
    const answer = await ask(file);
    assert.equal(answer.error?.stage, 'load');
    assert.match(answer.error?.message ?? '', /Included file not found/);
  });
});
