// The temperature LiteLLM refuses, asked as the proxy's completion asks it: with the deployment's model_info and
// base_model (litellm/main.py hands both to get_optional_params, 1.108.7). A real config (SOURCES.md) whose Azure
// deployment names say nothing of the model and whose `model_info.base_model: azure/gpt-5` does.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { lintConfigs } from '../../src/engine/lint.ts';
import { ROOT, TEST_CACHE_ROOT, tempDir, testLiteLLM } from '../helpers/litellm.ts';

const real = (slug: string): string => path.join(ROOT, 'test', 'fixtures', 'real-configs', slug, 'config.yaml');
const env = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  AZURE_API_KEY: 'a1b2c3d4e5f6a7b8',
  AZURE_API_BASE: 'https://example-resource.openai.azure.com',
  AZURE_API_VERSION: '2025-04-01-preview',
});

describe('real configs: temperature by the deployment’s base_model', { timeout: 600_000 }, () => {
  before(async () => {
    await testLiteLLM();
  });

  it('base_model gpt-5 decides, whatever the Azure deployment is called (redjuno/claude-code-azure-openai-proxy)', async () => {
    // The file sets litellm_settings.drop_params: LiteLLM drops temperature=0.7 for both routes, so nothing is said.
    // Without it (the same file, that line removed) LiteLLM refuses it as it refuses gpt-5's, and the lint, which
    // asked get_optional_params with the deployment name alone, said nothing either way.
    const dir = tempDir('vl-temp-');
    try {
      const copy = path.join(dir, 'config.yaml');
      fs.writeFileSync(copy, fs.readFileSync(real('azure-base-model-placeholder-deployments'), 'utf8').replace('  drop_params: true\n', ''));
      const [asWritten, withoutDrop] = await lintConfigs([{ configPath: real('azure-base-model-placeholder-deployments') }, { configPath: copy }], {
        temperature: 0.7,
        litellmVersion: '1.108.7',
        cacheRoot: TEST_CACHE_ROOT,
        installTimeoutMs: 900_000,
        env: env(),
      });
      assert.deepEqual(asWritten!.findings, [], JSON.stringify(asWritten!.findings, null, 1));
      const refused = withoutDrop!.findings.filter((f) => f.rule === 'reasoning-temperature');
      assert.deepEqual(
        refused.map((f) => f.alias),
        ['__CLAUDE_CODE_OPUS_ALIAS__', '__CLAUDE_CODE_FABLE_ALIAS__'],
        JSON.stringify(withoutDrop!.findings, null, 1),
      );
      assert.match(refused[0]!.message, /doesn't support temperature=0\.7/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('drop_params as the proxy reads it: the deployment’s value normalized by LiteLLM, or-ed with litellm_settings’ (a list as written in HerzigGroup/herzig-ai-stack)', async () => {
    // Real configs write `drop_params: ["tool_choice"]` per deployment (openai-double-slash-drop-params-list,
    // sglang-claude-aliases): LiteLLM's normalize_drop_params makes a list (or the text "false") None / False, and a
    // deployment's false does not undo `litellm_settings.drop_params: true`, which the proxy sets as litellm.drop_params
    // (proxy_server.py load_config; utils.py get_optional_params: `litellm.drop_params is True or drop_params is True`,
    // 1.108.7). The lint asked with bool(value) and the deployment's value alone: a list or "false" counted as on, a
    // false beside a global true as off.
    const dir = tempDir('vl-temp-');
    try {
      const write = (name: string, deployment: string, settings = '') => {
        const file = path.join(dir, `${name}.yaml`);
        fs.writeFileSync(
          file,
          `model_list:\n  - model_name: reasoner\n    litellm_params:\n      model: openai/o3\n      api_key: os.environ/OPENAI_API_KEY\n${deployment}${settings}`,
        );
        return { configPath: file };
      };
      const reports = await lintConfigs(
        [
          write('false-beside-global-true', '      drop_params: false\n', 'litellm_settings:\n  drop_params: true\n'),
          write('list', '      drop_params: ["temperature"]\n'),
          write('false-text', '      drop_params: "false"\n'),
          write('true-text', '      drop_params: "true"\n'),
        ],
        {
          temperature: 0.7,
          litellmVersion: '1.108.7',
          cacheRoot: TEST_CACHE_ROOT,
          installTimeoutMs: 900_000,
          env: { ...env(), OPENAI_API_KEY: 'a1b2c3d4e5f6a7b8' },
        },
      );
      const refused = reports.map((r) => r.findings.filter((f) => f.rule === 'reasoning-temperature').length);
      assert.deepEqual(
        refused,
        [0, 1, 1, 0],
        JSON.stringify(
          reports.map((r) => r.findings),
          null,
          1,
        ),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
