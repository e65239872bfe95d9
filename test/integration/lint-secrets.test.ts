// The lint on its own (the CLI's `lint` and the action's `mode: lint`) asks the installed LiteLLM about the config
// with the variables it reads set, and LiteLLM quotes values back: a referenced variable's value must not reach
// a finding, as it never reaches a verify run's output.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { lintMain } from '../../src/cli/lint.ts';
import { lintOnly } from '../../src/engine/lint.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { TEST_CACHE_ROOT, tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const TOKEN = 'tok-lint-5e3c1a9b77d2';
const KEY = 'vk-lint-0f4d8e2c6a1b';

describe('lint findings carry no value of a variable the config reads', { timeout: 600_000 }, () => {
  let dir: string;
  before(async () => {
    await testLiteLLM();
    dir = tempDir('vl-lint-secrets-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // LiteLLM 1.108.7 validates litellm_params with pydantic, whose error quotes the value it was given
  // (`input_value='...'`): here the resolved value of os.environ/TEAM_TOKEN.
  const config = () =>
    writeConfig(
      dir,
      'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    api_base: http://127.0.0.1:9/v1\n    api_key: os.environ/VLLM_KEY\n    rpm: os.environ/TEAM_TOKEN\n',
    );
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, TEAM_TOKEN: TOKEN, VLLM_KEY: KEY };

  it('the CLI (text and --json)', async () => {
    const file = config();
    for (const json of [false, true]) {
      const out: string[] = [];
      const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), isTTY: false, env, cwd: dir };
      await lintMain(['--config', file, '--cache-dir', TEST_CACHE_ROOT, ...(json ? ['--json'] : [])], io);
      const text = out.join('');
      // The finding is there (so the value was asked about), with the value masked.
      assert.match(text, /litellm-params/, text);
      assert.match(text, /input_value='\*\*\*'/, text);
      assert.equal(text.includes(TOKEN), false, text);
      assert.equal(text.includes(TOKEN.slice(4, 14)), false, 'not in part either');
    }
  });

  it("the engine's lint (the action's mode: lint)", async () => {
    const report = await lintOnly({
      configPath: config(),
      temperature: 0.7,
      litellmVersion: DEFAULT_LITELLM_VERSION,
      cacheRoot: TEST_CACHE_ROOT,
      installTimeoutMs: 600_000,
      env,
      tempRoot: dir,
    });
    const text = JSON.stringify(report);
    assert.ok(
      report.findings.some((f) => f.rule === 'litellm-params'),
      text,
    );
    assert.equal(text.includes(TOKEN), false, text);
  });
});
