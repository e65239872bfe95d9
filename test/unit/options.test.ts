// One table of defaults behind both front doors: the action with action.yml's defaults and the CLI with no
// flags must hand the engine the same options, so a local run sends exactly the requests CI sends.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseInputs } from '../../src/action/inputs.ts';
import { cliOptions, main } from '../../src/cli/cli.ts';
import { lintMain } from '../../src/cli/lint.ts';
import { DEFAULTS, SETTING_NAMES } from '../../src/options/defaults.ts';
import { toVerifyOptions } from '../../src/options/options.ts';
import { renderSettings, renderSettingsDeep, setting } from '../../src/options/settings.ts';
import { ROOT } from '../helpers/litellm.ts';

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
const WORKSPACE = path.resolve('/ws/repo');

/** What decides the requests: everything but where files live (each door keeps its own folders). */
function requestShaping(options: ReturnType<typeof toVerifyOptions>) {
  const { cacheRoot: _c, tempRoot: _t, env: _e, ...rest } = options;
  return rest;
}

describe('one table of defaults', () => {
  it("action.yml declares exactly the table's settings with the table's defaults", () => {
    assert.deepEqual(Object.keys(action.inputs).sort(), [...SETTING_NAMES].sort());
    for (const name of SETTING_NAMES) assert.equal(action.inputs[name]?.default ?? '', DEFAULTS[name], `default of ${name}`);
  });

  it('the CLI with no flags gives the engine the same options as the action with its defaults', () => {
    const fromAction = parseInputs((name) => action.inputs[name]?.default ?? '', { GITHUB_WORKSPACE: WORKSPACE });
    const fromCli = cliOptions({}, { env: {}, cwd: WORKSPACE });
    assert.deepEqual(requestShaping(toVerifyOptions(fromCli, {})), requestShaping(toVerifyOptions(fromAction, {})));
    assert.equal(fromCli.stream, true, 'the CLI streams by default, like the action');
  });

  it('the same flags and inputs give the same options', () => {
    const inputs: Record<string, string> = {
      models: 'a,b',
      temperature: 'none',
      'max-tokens': '64',
      attempts: '3',
      api: 'chat,messages',
      tools: 'true',
      stream: 'false',
    };
    const fromAction = parseInputs((name) => inputs[name] ?? '', { GITHUB_WORKSPACE: WORKSPACE });
    const fromCli = cliOptions(
      { models: 'a,b', temperature: 'none', 'max-tokens': '64', attempts: '3', api: 'chat,messages', tools: true, 'no-stream': true },
      { env: {}, cwd: WORKSPACE },
    );
    assert.deepEqual(requestShaping(toVerifyOptions(fromCli, {})), requestShaping(toVerifyOptions(fromAction, {})));
  });
});

describe('setting references', () => {
  it('each door names a setting in its own words', () => {
    const text = `Raise ${setting('install-timeout')}; or set ${setting('VLLM_KEY')}.`;
    assert.equal(renderSettings(text, 'action'), "Raise input 'install-timeout'; or set the 'VLLM_KEY' input.");
    assert.equal(renderSettings(text, 'cli'), "Raise option '--install-timeout'; or set the VLLM_KEY environment variable.");
    assert.deepEqual(renderSettingsDeep({ a: [text], n: 1, z: null }, 'cli'), { a: [renderSettings(text, 'cli')], n: 1, z: null });
  });

  it('parse errors reach each door worded for it', () => {
    assert.throws(
      () => parseInputs((name) => (name === 'timeout' ? '0' : ''), {}),
      /^VerifyError: input 'timeout' must be a whole number from 1 to 3600; found '0'\.$/,
    );
    assert.throws(
      () => cliOptions({ timeout: '0' }, { env: {}, cwd: WORKSPACE }),
      (e: Error) => e.message.includes(setting('timeout')),
    );
  });

  it('the lint command words its errors for the terminal too (no raw setting markers)', async () => {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), isTTY: false, env: {}, cwd: WORKSPACE };
    assert.equal(await lintMain(['--temperature', 'warm'], io), 2);
    assert.match(stderr, /^verify-litellm lint: option '--temperature' must be a number from 0 to 2, or 'none' to omit it; found 'warm'\.\n$/);
  });

  it('the CLI says the fix of an input error, in its own words, and never the credentials it refuses', async () => {
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), isTTY: false, env: {}, cwd: WORKSPACE };
    assert.equal(await main(['--proxy-url', 'https://ci-user:s3cret-pw@litellm.example.com'], io), 2);
    assert.match(
      stderr,
      /^verify-litellm: option '--proxy-url' carries credentials .*\nfix: Remove them from option '--proxy-url'; the proxy's key goes in the LITELLM_PROXY_KEY environment variable/,
    );
    assert.doesNotMatch(stderr, /s3cret|ci-user/);
  });
});
