// The proxy's environment is an allow-list: system basics, the variables the config references, and
// LiteLLM's own switches. A runner's other credentials never reach a process that may send them upstream.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseEnvironment, installerEnvironment, isBasic, isDenied, proxyEnvironment } from '../../src/litellm/environment.ts';

/** A runner's environment: basics plus the credentials a CI job typically carries. */
const RUNNER: NodeJS.ProcessEnv = {
  PATH: '/usr/bin:/bin',
  HOME: '/home/runner',
  LANG: 'C.UTF-8',
  LC_ALL: 'C.UTF-8',
  TMPDIR: '/tmp',
  HTTPS_PROXY: 'http://proxy.internal:3128',
  no_proxy: 'localhost',
  SSL_CERT_FILE: '/etc/ssl/cert.pem',
  OPENAI_API_KEY: 'sk-stray-openai',
  OPENAI_BASE_URL: 'https://api.openai.com/v1',
  ANTHROPIC_API_KEY: 'sk-ant-stray',
  AZURE_API_KEY: 'az-stray',
  AZURE_OPENAI_API_KEY: 'az-openai-stray',
  AZURE_API_BASE: 'https://stray.openai.azure.com',
  AZURE_CLIENT_SECRET: 'az-client-secret',
  AWS_ACCESS_KEY_ID: 'AKIASTRAY',
  AWS_SECRET_ACCESS_KEY: 'aws-stray-secret',
  AWS_SESSION_TOKEN: 'aws-stray-session',
  AWS_REGION_NAME: 'us-east-1',
  GEMINI_API_KEY: 'gem-stray',
  GROQ_API_KEY: 'groq-stray',
  HF_TOKEN: 'hf-stray',
  GITHUB_TOKEN: 'ghs-stray',
  ACTIONS_RUNTIME_TOKEN: 'actions-stray',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-stray',
  LITELLM_MASTER_KEY: 'sk-runner-master',
  LITELLM_LICENSE: 'lic-stray',
  DATABASE_URL: 'postgres://u:p@db/x',
  VLLM_KEY: 'vk-from-shell',
  TEAM_TOKEN: 'team-123',
  PYTHONPATH: '/evil',
  NODE_OPTIONS: '--require /evil.js',
  UNDEFINED_ONE: undefined,
};

const NEVER = /^(OPENAI_|ANTHROPIC_|AZURE_|AWS_|GEMINI_|GROQ_|HF_|GITHUB_|ACTIONS_|DATABASE_URL$|PYTHONPATH$|NODE_OPTIONS$|LITELLM_LICENSE$)/;

const proxyEnv = (referenced: string[], provided: Record<string, string> = {}, source: NodeJS.ProcessEnv = RUNNER) =>
  proxyEnvironment({ source, referenced, provided, masterKey: 'sk-verify-run-key' });

describe('isBasic', () => {
  it('knows the basics a Python process needs, in any case (Windows names)', () => {
    for (const name of [
      'PATH',
      'Path',
      'HOME',
      'LANG',
      'LC_ALL',
      'LC_CTYPE',
      'TMPDIR',
      'TEMP',
      'SystemRoot',
      'SSL_CERT_FILE',
      'HTTPS_PROXY',
      'https_proxy',
      // LiteLLM's HTTP client, pip and uv follow ALL_PROXY when no scheme's variable is set.
      'ALL_PROXY',
      'all_proxy',
      'NO_PROXY',
    ]) {
      assert.equal(isBasic(name), true, name);
    }
  });

  it('keeps package-index settings (which may carry credentials) for the installer, away from the proxy', () => {
    const source = {
      PATH: '/usr/bin',
      PIP_INDEX_URL: 'https://user:token@mirror.internal/simple',
      UV_INDEX_URL: 'https://user:token@mirror.internal/simple',
      UV_CACHE_DIR: '/c',
      // The other places pip and uv read index credentials from (uv: docs.astral.sh/uv/reference/environment).
      NETRC: '/etc/ci/netrc',
      PIP_KEYRING_PROVIDER: 'subprocess',
      UV_KEYRING_PROVIDER: 'subprocess',
      UV_INDEX: 'corp=https://mirror.internal/simple',
      UV_INDEX_CORP_USERNAME: 'ci',
      UV_INDEX_CORP_PASSWORD: 'token',
    };
    assert.deepEqual(installerEnvironment(source), source);
    assert.deepEqual(Object.keys(installerEnvironment({ UV_INDEX_CORP_TOKEN: 'x', UV_INDEX__PASSWORD: 'y' })), [], 'only the two names uv reads');
    const proxy = proxyEnvironment({ source, referenced: [], provided: {}, masterKey: 'sk-x' });
    for (const name of Object.keys(source).filter((n) => n !== 'PATH')) assert.equal(name in proxy, false, name);
    assert.equal(isBasic('PIP_INDEX_URL'), false);
  });

  it('does not take names that merely start like a basic', () => {
    for (const name of [
      'PATH_SECRET',
      'HOME_TOKEN',
      'LANGCHAIN_API_KEY',
      'TEMP_KEY',
      'OPENAI_API_KEY',
      'AWS_SECRET_ACCESS_KEY',
      'LITELLM_MASTER_KEY',
      'VLLM_KEY',
    ]) {
      assert.equal(isBasic(name), false, name);
    }
  });
});

describe('baseEnvironment (installer and helpers)', () => {
  it('keeps only the basics: no provider credential, token or key of any kind', () => {
    const env = baseEnvironment(RUNNER);
    assert.deepEqual(Object.keys(env).sort(), ['HOME', 'HTTPS_PROXY', 'LANG', 'LC_ALL', 'PATH', 'SSL_CERT_FILE', 'TMPDIR', 'no_proxy'].sort());
    assert.equal(env.PATH, '/usr/bin:/bin');
  });

  it('drops undefined values and reads process.env by default', () => {
    const env = baseEnvironment();
    for (const value of Object.values(env)) assert.equal(typeof value, 'string');
    if (process.env.PATH) assert.equal(env.PATH ?? env.Path, process.env.PATH);
    assert.equal('OPENAI_API_KEY' in env, false);
  });
});

describe('proxyEnvironment', () => {
  it('is basics + exactly the referenced variables + the run master key and LiteLLM switches', () => {
    const env = proxyEnv(['VLLM_KEY', 'TEAM_TOKEN'], { VLLM_KEY: 'vk-from-input' });
    assert.deepEqual(env, {
      ...baseEnvironment(RUNNER),
      VLLM_KEY: 'vk-from-input',
      TEAM_TOKEN: 'team-123',
      LITELLM_MASTER_KEY: 'sk-verify-run-key',
      LITELLM_LOCAL_MODEL_COST_MAP: 'True',
      LITELLM_MODE: 'PRODUCTION',
      NO_COLOR: '1',
    });
  });

  it('never passes OPENAI_API_KEY, ANTHROPIC_API_KEY, AZURE_*, AWS_* or other runner secrets the config does not reference', () => {
    const env = proxyEnv(['VLLM_KEY'], { VLLM_KEY: 'vk-from-input' });
    const leaked = Object.keys(env).filter((name) => NEVER.test(name));
    assert.deepEqual(leaked, []);
    for (const value of Object.values(env)) assert.equal(/stray|aws-|az-|ghs-|postgres:/.test(value), false, value);
  });

  it('an input value (the VLLM_KEY input) wins over the same name in the environment', () => {
    assert.equal(proxyEnv(['VLLM_KEY'], { VLLM_KEY: 'vk-from-input' }).VLLM_KEY, 'vk-from-input');
    assert.equal(proxyEnv(['VLLM_KEY']).VLLM_KEY, 'vk-from-shell', 'the environment is used when no input provides it');
  });

  it('an input value is passed only when the config references it', () => {
    assert.equal('VLLM_KEY' in proxyEnv(['TEAM_TOKEN'], { VLLM_KEY: 'vk-from-input' }), false);
  });

  it('passes a provider key only when the config references it by name, and no other', () => {
    const env = proxyEnv(['AWS_ACCESS_KEY_ID']);
    assert.equal(env.AWS_ACCESS_KEY_ID, 'AKIASTRAY');
    assert.equal('AWS_SECRET_ACCESS_KEY' in env, false);
    assert.equal('OPENAI_API_KEY' in env, false);
  });

  it('leaves out a referenced variable that is not set anywhere', () => {
    const env = proxyEnv(['NOT_SET_ANYWHERE', 'UNDEFINED_ONE']);
    assert.equal('NOT_SET_ANYWHERE' in env, false);
    assert.equal('UNDEFINED_ONE' in env, false);
  });

  it("the run's own master key replaces the runner's LITELLM_MASTER_KEY, even when the config references it", () => {
    assert.equal(proxyEnv([]).LITELLM_MASTER_KEY, 'sk-verify-run-key');
    assert.equal(proxyEnv(['LITELLM_MASTER_KEY']).LITELLM_MASTER_KEY, 'sk-verify-run-key');
  });

  it('the start-up switches cannot be overridden by a referenced variable', () => {
    const env = proxyEnv(['LITELLM_MODE', 'NO_COLOR'], {}, { ...RUNNER, LITELLM_MODE: 'DEV', NO_COLOR: '' });
    assert.equal(env.LITELLM_MODE, 'PRODUCTION');
    assert.equal(env.NO_COLOR, '1');
  });

  it('works from an empty environment', () => {
    const env = proxyEnv(['VLLM_KEY'], { VLLM_KEY: 'k-123' }, {});
    assert.deepEqual(Object.keys(env).sort(), ['LITELLM_LOCAL_MODEL_COST_MAP', 'LITELLM_MASTER_KEY', 'LITELLM_MODE', 'NO_COLOR', 'VLLM_KEY']);
  });
});

describe('the deny-list a config cannot override', () => {
  const runner = {
    PATH: '/usr/bin',
    GITHUB_TOKEN: 'ghs_runner_token',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-token',
    RUNNER_TRACKING_ID: 'github_0123',
    RUNNER_TEMP: '/tmp/r',
    INPUT_VLLM_KEY: 'vk-input',
    STATE_proxy_pid: '1',
    LITELLM_MASTER_KEY: 'sk-someone-elses',
  };
  it("passes none of the runner's credentials, inputs or state, even when the config references them", () => {
    const referenced = [
      'GITHUB_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'RUNNER_TEMP',
      'INPUT_VLLM_KEY',
      'STATE_proxy_pid',
      'github_token',
    ];
    const env = proxyEnvironment({ source: runner, referenced, provided: {}, masterKey: 'sk-verify-run' });
    for (const name of referenced) assert.equal(name in env, false, name);
    assert.equal(env.LITELLM_MASTER_KEY, 'sk-verify-run', 'the run master key, never the runner one');
  });
  it("passes RUNNER_TRACKING_ID, so the runner's orphan clean-up finds the proxy", () => {
    assert.equal(proxyEnvironment({ source: runner, referenced: [], provided: {}, masterKey: 'k' }).RUNNER_TRACKING_ID, 'github_0123');
  });
  it('isDenied is case-insensitive', () => {
    for (const n of ['github_token', 'Actions_Runtime_Token', 'INPUT_X', 'litellm_master_key']) assert.equal(isDenied(n), true, n);
    for (const n of ['VLLM_KEY', 'OPENAI_API_KEY', 'MY_GITHUB_TOKEN']) assert.equal(isDenied(n), false, n);
  });
});
