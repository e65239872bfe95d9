// Every lint rule: a config that triggers it (severity, rule id, file, line, column, message and fix) and one
// that must not. A rule added to RULES without tests here fails the coverage check at the bottom.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { Finding, LintContext } from '../../src/config/finding.ts';
import { lintConfig, RULES } from '../../src/config/lint.ts';
import { parseConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import type { LiteLLMConfig } from '../../src/config/types.ts';

const FILE = 'configs/c.yaml';

interface Options {
  env?: Record<string, string>;
  temperature?: number | null;
  models?: string[] | 'all';
  inputVariables?: string[];
}

function lint(text: string, options: Options = {}): { config: LiteLLMConfig; findings: Finding[] } {
  const config = parseConfig(text, '/repo/configs/c.yaml', FILE);
  const env = options.env ?? { VLLM_KEY: 'k' };
  const ctx: LintContext = {
    deployments: selectDeployments(config, options.models ?? 'all'),
    env: (name) => env[name],
    temperature: options.temperature === undefined ? null : options.temperature,
    inputVariables: options.inputVariables ?? ['VLLM_KEY'],
  };
  return { config, findings: lintConfig(config, ctx) };
}

const byRule = (text: string, rule: string, options?: Options): Finding[] => lint(text, options).findings.filter((f) => f.rule === rule);

/** The one finding of `rule`, checked for severity and place. */
function one(
  text: string,
  rule: string,
  expected: { severity: Finding['severity']; line: number; column?: number; alias?: string },
  options?: Options,
): Finding {
  const found = byRule(text, rule, options);
  assert.equal(found.length, 1, `one ${rule} finding: ${JSON.stringify(found)}`);
  const f = found[0]!;
  assert.equal(f.rule, rule);
  assert.equal(f.severity, expected.severity);
  assert.equal(f.file, FILE);
  assert.equal(f.line, expected.line);
  if (expected.column !== undefined) assert.equal(f.column, expected.column);
  if (expected.alias !== undefined) assert.equal(f.alias, expected.alias);
  assert.ok(f.message.length > 20, 'a message a user can act on');
  return f;
}

/** A config with one deployment; `params` are the litellm_params lines (4-space indented), starting at line 4. */
const deployment = (params: string, extra = '', alias = 'qwen') =>
  `model_list:\n- model_name: ${alias}\n  litellm_params:\n${params
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n${extra}`;

const CLEAN = `model_list:
- model_name: qwen
  litellm_params:
    model: openai/Qwen/Qwen3-0.6B
    api_key: os.environ/VLLM_KEY
    api_base: https://example.com/v1
`;

const tested = new Set<string>();
const rule = (name: string, body: () => void): void =>
  void describe(name, () => {
    tested.add(name);
    body();
  });

describe('lintConfig', () => {
  it('a well-formed config with its key set has no findings at all', () => {
    assert.deepEqual(lint(CLEAN).findings, []);
    assert.deepEqual(lint(CLEAN, { temperature: 0.7 }).findings, []);
  });

  it('orders errors first, then warnings, then notices, each by line', () => {
    const { findings } = lint(`model_list:
- model_name: a
  litellm_params: {model: openai/x, api_base: "http://example.com/v1", api_key: os.environ/VLLM_KEY}
- model_name: a
  litellm_params: {model: Qwen/Qwen3-0.6B, api_base: "https://example.com/v1", api_key: os.environ/OTHER}
`);
    assert.deepEqual(
      findings.map((f) => [f.severity, f.rule, f.line]),
      [
        ['error', 'env-unset', 5],
        ['warning', 'plain-http', 3],
        ['notice', 'duplicate-alias', 4],
      ],
    );
  });
});

rule('envUnset', () => {
  it('with a key_management_system, says the real proxy reads the secret manager and this run the environment (0poiu789/llm-access-gateway)', () => {
    const text = `${CLEAN}general_settings:\n  key_management_system: "hashicorp_vault"\n  key_management_settings: {access_mode: "read_and_write"}\n`;
    const f = one(text, 'env-unset', { severity: 'error', line: 5, column: 14, alias: 'qwen' }, { env: {} });
    assert.match(
      f.message,
      /through hashicorp_vault \(general_settings\.key_management_system\); verify-litellm's proxy cannot reach it, and LiteLLM then falls back to the environment\./,
    );
    assert.doesNotMatch(one(CLEAN, 'env-unset', { severity: 'error', line: 5 }, { env: {} }).message, /key_management_system/);
  });

  it('an unset variable: error naming it, its param and the VLLM_KEY input to pass it with', () => {
    const f = one(CLEAN, 'env-unset', { severity: 'error', line: 5, column: 14, alias: 'qwen' }, { env: {} });
    assert.equal(f.variable, 'VLLM_KEY');
    assert.match(f.message, /`os\.environ\/VLLM_KEY` \(in api_key\), but VLLM_KEY is not set/);
    assert.match(f.fix ?? '', /pass it as ⟦VLLM_KEY⟧ \(in a workflow: `VLLM_KEY: \$\{\{ secrets\.VLLM_KEY \}\}`\)/);
    assert.match(f.fix ?? '', /set ⟦on-missing-key⟧ to skip/);
  });

  it('a route that answers with mock_response never reads its key (ShivSingh96/litellm-gateway-demo, verbatim)', () => {
    // LiteLLM 1.108.7 returns the mock before calling the provider (litellm/main.py completion), so OPENAI_API_KEY
    // and ANTHROPIC_API_KEY left unset change nothing: no error for them.
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'mock-response-all-routes-fallbacks', 'config.yaml');
    assert.deepEqual(byRule(fs.readFileSync(file, 'utf8'), 'env-unset', { env: {} }), []);
    // ...while a mock that is empty, or read from a variable that may be unset, is no mock.
    for (const mock of ['""', 'os.environ/MOCK'])
      assert.deepEqual(
        byRule(deployment(`model: openai/x\napi_key: os.environ/VLLM_KEY\napi_base: https://example.com/v1\nmock_response: ${mock}`), 'env-unset', {
          env: {},
        }).map((f) => f.variable),
        mock === '""' ? ['VLLM_KEY'] : ['VLLM_KEY', 'MOCK'],
      );
  });

  it('what the null does depends on the param: a key fails the route, an organization only falls back (Gapminder/gapminder-ai, verbatim)', () => {
    // `organization: os.environ/OPENAI_ORG_ID`: LiteLLM hands the OpenAI client organization=None and the route runs; the
    // message said "the route would fail (or send another key)" for it as for the api_key beside it.
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'openai-wildcard-org-files-settings-redis', 'config.yaml');
    const found = byRule(fs.readFileSync(file, 'utf8'), 'env-unset', { env: {} });
    assert.deepEqual(
      found.map((f) => [f.variable, /route would fail \(or send another key\)/.test(f.message)]),
      [
        ['OPENAI_API_KEY', true],
        ['OPENAI_ORG_ID', false],
      ],
    );
    assert.match(found[1]!.message, /the route runs without organization \(LiteLLM's default, or what it reads from its own environment, takes its place\)/);
  });

  it('an empty variable says empty', () => {
    const f = one(CLEAN, 'env-unset', { severity: 'error', line: 5 }, { env: { VLLM_KEY: '' } });
    assert.match(f.message, /VLLM_KEY is empty/);
  });

  it("a variable that is not an input: pass it in the step's env:", () => {
    const text = deployment('model: openai/x\napi_key: os.environ/VLLM_KEY\napi_base: https://example.com/v1\nextra_headers:\n  x-team: os.environ/TEAM_TOKEN');
    const f = one(text, 'env-unset', { severity: 'error', line: 8, column: 15 });
    assert.equal(f.variable, 'TEAM_TOKEN');
    assert.match(f.message, /\(in extra_headers\.x-team\)/);
    assert.match(f.fix ?? '', /step's `env:` \(`TEAM_TOKEN: \$\{\{ secrets\.TEAM_TOKEN \}\}`\)/);
    assert.doesNotMatch(f.fix ?? '', /on-missing-key/);
  });

  it("only for the deployments being probed: probing one alias never asks for the other providers' keys", () => {
    const text = `model_list:
- model_name: qwen
  litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_key: os.environ/VLLM_KEY, api_base: "https://example.com/v1"}
- model_name: claude
  litellm_params: {model: anthropic/claude-sonnet-4-5, api_key: os.environ/ANTHROPIC_API_KEY}
`;
    assert.deepEqual(byRule(text, 'env-unset', { models: ['qwen'] }), []);
    assert.deepEqual(
      byRule(text, 'env-unset', { models: ['claude'] }).map((f) => [f.variable, f.alias, f.line]),
      [['ANTHROPIC_API_KEY', 'claude', 5]],
    );
    assert.deepEqual(
      byRule(text, 'env-unset').map((f) => f.variable),
      ['ANTHROPIC_API_KEY'],
    );
  });

  it('not when the variable is set in the environment', () => {
    assert.deepEqual(byRule(CLEAN, 'env-unset'), []);
  });

  it('environment_variables comes too late for a route: still unset, and said why', () => {
    // The proxy resolves the model list's os.environ/ in get_config and applies environment_variables afterwards, in
    // load_config (LiteLLM 1.108.7 proxy_server.py): asked with FOO_KEY only there, the installed proxy's Router held
    // the deployment with api_key None.
    const f = one(`${CLEAN}environment_variables:\n  VLLM_KEY: from-config\n`, 'env-unset', { severity: 'error', line: 5 }, { env: {} });
    assert.match(f.message, /VLLM_KEY is not set\..*`environment_variables` sets VLLM_KEY, but only after LiteLLM has read the model list/);
    assert.doesNotMatch(one(CLEAN, 'env-unset', { severity: 'error', line: 5 }, { env: {} }).message, /environment_variables/);
  });
});

rule('apiBase', () => {
  it('a host name WHATWG URL refuses but Python takes (a Docker service `nomic-embed-v1.5`): no error; a Docker name over http: no plain-http', () => {
    const text = deployment('model: openai/x\napi_key: k\napi_base: http://nomic-embed-v1.5:8080/v1');
    assert.deepEqual(byRule(text, 'api-base-url'), []);
    assert.deepEqual(byRule(deployment('model: openai/x\napi_key: k\napi_base: http://llama-3.2-1b-instruct:8080/v1'), 'plain-http'), []);
    assert.equal(byRule(deployment('model: openai/x\napi_key: k\napi_base: http://8.8.8.8:8080/v1'), 'plain-http').length, 1, 'a public IP is still public');
    // Compose service names may hold underscores (AnnaPakir/gpudisp: `swap_manager`); a dotted public name still warns.
    assert.deepEqual(byRule(deployment('model: openai/x\napi_key: k\napi_base: http://swap_manager:9000/v1'), 'plain-http'), []);
    assert.equal(byRule(deployment('model: openai/x\napi_key: k\napi_base: http://my_host.example.com/v1'), 'plain-http').length, 1);
  });

  it('not an absolute URL: error', () => {
    const f = one(deployment('model: openai/x\napi_key: k\napi_base: example.com/v1'), 'api-base-url', { severity: 'error', line: 6, column: 15 });
    assert.match(f.message, /api_base `example\.com\/v1` is not an absolute URL/);
    assert.match(f.fix ?? '', /http:\/\/127\.0\.0\.1:8000\/v1/);
  });

  it('host:port without a scheme: error that says the scheme is missing', () => {
    const f = one(deployment('model: openai/x\napi_key: k\napi_base: localhost:8000/v1'), 'api-base-url', { severity: 'error', line: 6 });
    assert.match(f.message, /`localhost:8000\/v1` has no http:\/\/ or https:\/\/ scheme/);
  });

  it('another scheme: error naming it', () => {
    const f = one(deployment('model: openai/x\napi_key: k\napi_base: ftp://example.com/v1'), 'api-base-url', { severity: 'error', line: 6 });
    assert.match(f.message, /uses ftp:\/\/; LiteLLM needs an http:\/\/ or https:\/\/ URL/);
  });

  it('from a variable: checked through its value without printing it', () => {
    const f = one(
      deployment('model: openai/x\napi_key: k\napi_base: os.environ/VLLM_BASE'),
      'api-base-url',
      { severity: 'error', line: 6 },
      { env: { VLLM_BASE: 'secret-host/v1' } },
    );
    assert.match(f.message, /api_base \(from VLLM_BASE\) is not an absolute URL/);
    assert.doesNotMatch(f.message, /secret-host/);
    assert.deepEqual(
      byRule(deployment('model: openai/x\napi_key: k\napi_base: os.environ/VLLM_BASE'), 'api-base-url', { env: { VLLM_BASE: 'https://example.com/v1' } }),
      [],
    );
  });

  it('plain http to a public host: warning', () => {
    const f = one(deployment('model: openai/x\napi_key: k\napi_base: http://example.com/v1'), 'plain-http', { severity: 'warning', line: 6 });
    assert.match(f.message, /plain http:\/\/ to example\.com/);
    assert.match(f.fix ?? '', /https:\/\//);
  });

  it('the Docker bridge: warning (and not also plain-http)', () => {
    const text = deployment('model: openai/x\napi_key: k\napi_base: http://172.17.0.1:8000/v1');
    const f = one(text, 'docker-bridge', { severity: 'warning', line: 6 });
    assert.match(f.message, /172\.17\.0\.1 is the Docker bridge/);
    assert.deepEqual(byRule(text, 'plain-http'), []);
    one(deployment('model: openai/x\napi_key: k\napi_base: http://host.docker.internal:8000/v1'), 'docker-bridge', { severity: 'warning', line: 6 });
  });

  it('none of them for https, /v1, loopback, private or single-label hosts, or a non-OpenAI provider without /v1', () => {
    const rules = ['api-base-url', 'api-base-v1', 'plain-http', 'docker-bridge'];
    for (const base of [
      'https://example.com/v1',
      'https://example.com/v1/',
      'http://localhost:8000/v1',
      'http://127.0.0.1:8000/v1',
      'http://[::1]:8000/v1',
      'http://10.1.2.3/v1',
      'http://192.168.1.5:8000/v1',
      'http://172.18.0.1:8000/v1',
      'http://vllm:8000/v1',
      'http://gpu.internal/v1',
    ]) {
      const { findings } = lint(deployment(`model: openai/x\napi_key: k\napi_base: "${base}"`));
      assert.deepEqual(
        findings.filter((f) => rules.includes(f.rule)),
        [],
        base,
      );
    }
    const anthropic = lint(deployment('model: anthropic/claude-sonnet-4-5\napi_key: k\napi_base: https://gateway.example.com/anthropic'));
    assert.deepEqual(
      anthropic.findings.filter((f) => rules.includes(f.rule)),
      [],
    );
  });
});

rule('envPlaceholder', () => {
  it('env("X") as api_key, verbatim from a real config (Bastsec/inference): LiteLLM sends that text as the key', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'env-call-literal-custom-callback', 'config.yaml'), 'utf8');
    const [f, ...rest] = byRule(text, 'env-placeholder');
    assert.deepEqual([f!.severity, f!.line, f!.column, f!.alias], ['warning', 5, 16, 'gpt-3.5-turbo']);
    assert.match(f!.message, /api_key is the text `env\("OPENAI_API_KEY"\)`, which LiteLLM does not expand/);
    // ...and its environment_variables, written the same way, become that text.
    assert.deepEqual(
      rest.map((x) => x.message.replace(/ to the text.*/, '')),
      ['environment_variables sets USAGE_CALLBACK_URL', 'environment_variables sets USAGE_CALLBACK_TOKEN'],
    );
    assert.equal(f!.fix, 'Write `api_key: os.environ/OPENAI_API_KEY`, unless something substitutes the file before LiteLLM reads it.');
  });

  it('shell, compose and template syntax; an api_base placeholder is an error, said once', () => {
    for (const [value, name] of [
      ['${VLLM_KEY}', 'VLLM_KEY'],
      ['"${VLLM_KEY:-none}"', 'VLLM_KEY'],
      ['$VLLM_KEY', 'VLLM_KEY'],
      ["os.getenv('VLLM_KEY')", 'VLLM_KEY'],
      ['"{{ vllm_key }}"', 'vllm_key'],
      ['"${{ secrets.VLLM_KEY }}"', 'VLLM_KEY'],
    ]) {
      const f = one(deployment(`model: openai/x\napi_key: ${value}\napi_base: http://127.0.0.1:8000/v1`), 'env-placeholder', { severity: 'warning', line: 5 });
      assert.match(f.fix ?? '', new RegExp(`api_key: os\\.environ/${name}\``), value);
    }
    const text = deployment('model: openai/x\napi_key: os.environ/VLLM_KEY\napi_base: ${VLLM_URL}');
    one(text, 'env-placeholder', { severity: 'error', line: 6 });
    assert.deepEqual(byRule(text, 'api-base-url'), []);
  });

  it('environment_variables set to shell syntax: the proxy sets the variable to that text (Kode-Rex/insight-mesh, verbatim)', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'env-vars-shell-placeholders-mcp', 'config.yaml'), 'utf8');
    const found = byRule(text, 'env-placeholder', { env: { OPENAI_API_KEY: 'k', GOOGLE_API_KEY: 'g' } });
    assert.deepEqual(
      found.map((f) => [f.severity, f.line, f.column, f.alias]),
      [
        ['warning', 27, 3, undefined],
        ['warning', 28, 3, undefined],
      ],
    );
    assert.match(
      found[0]!.message,
      /environment_variables sets OPENAI_API_KEY to the text `\$\{OPENAI_API_KEY\}`, which LiteLLM does not expand: the proxy's OPENAI_API_KEY becomes that text/,
    );
    assert.match(found[0]!.fix ?? '', /or write `OPENAI_API_KEY: os\.environ\/OPENAI_API_KEY`/);
    // A value, or an os.environ/ reference, is what it says.
    assert.deepEqual(byRule(`${CLEAN}environment_variables:\n  A: https://x.example\n  B: os.environ/B\n`, 'env-placeholder'), []);
  });

  it('a placeholder after the provider prefix in model, and a master_key placeholder (Achiral-AI/harp, verbatim)', () => {
    // `model: ollama_chat/${LOCAL_PRIMARY_MODEL}` is sent as the model name; `master_key: ${LITELLM_MASTER_KEY}` becomes
    // the proxy's key. Before, only the api_base and api_key placeholders of this file were named.
    const text = fs.readFileSync(
      path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'shell-placeholders-model-base-master', 'config.yaml'),
      'utf8',
    );
    const found = byRule(text, 'env-placeholder', { env: {} });
    const models = found.filter((f) => /: model is the text/.test(f.message));
    assert.deepEqual(
      models.map((f) => [f.severity, f.line, f.column, f.alias]),
      [
        ['error', 14, 14, 'local-primary'],
        ['error', 20, 14, 'frontier-fallback'],
        ['error', 25, 14, 'frontier-openai'],
        ['error', 30, 14, 'frontier-google'],
      ],
    );
    assert.match(models[0]!.message, /model is the text `ollama_chat\/\$\{LOCAL_PRIMARY_MODEL\}`, which LiteLLM does not expand/);
    assert.match(models[0]!.fix ?? '', /`model: os\.environ\/LOCAL_PRIMARY_MODEL` with the whole `ollama_chat\/<model>` in LOCAL_PRIMARY_MODEL/);
    const master = found.filter((f) => f.alias === undefined);
    assert.deepEqual(
      master.map((f) => [f.severity, f.line, f.column]),
      [['warning', 50, 3]],
    );
    assert.match(master[0]!.message, /general_settings\.master_key is the text `\$\{LITELLM_MASTER_KEY\}`/);
    assert.match(master[0]!.fix ?? '', /master_key: os\.environ\/LITELLM_MASTER_KEY/);
    assert.equal(found.length, 9, JSON.stringify(found.map((f) => f.message)));
  });

  it('`env/NAME` written for `os.environ/NAME` is sent as the key (CentroGeo/sigic-n8n, verbatim)', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'env-slash-key-syntax-gemini', 'config.yaml'), 'utf8');
    const found = byRule(text, 'env-placeholder', { env: {} });
    assert.deepEqual(
      found.map((f) => [f.severity, f.line, f.alias]),
      [
        ['warning', 5, 'deepseek-chat'],
        ['warning', 10, 'deepseek-r1'],
      ],
    );
    assert.equal(found[0]!.fix, 'Write `api_key: os.environ/GEMINI_API_KEY`, unless something substitutes the file before LiteLLM reads it.');
  });

  it('not for a provider/model name, an os.environ/ master key or a literal one', () => {
    for (const model of [
      'openai/gpt-4o',
      'ollama_chat/qwen3:4b',
      'openai/$',
      'os.environ/MODEL',
      'hosted_vllm/env',
      'openai/env/Qwen3',
      'hosted_vllm/environ/x',
    ])
      assert.deepEqual(byRule(deployment(`model: ${model}\napi_key: os.environ/VLLM_KEY\napi_base: http://127.0.0.1:8000/v1`), 'env-placeholder'), [], model);
    for (const key of ['os.environ/LITELLM_MASTER_KEY', 'sk-abc', 'environment'])
      assert.deepEqual(byRule(`${CLEAN}general_settings:\n  master_key: ${key}\n`, 'env-placeholder'), [], key);
  });

  it('not for os.environ references, literal values or text that merely contains a dollar', () => {
    assert.deepEqual(byRule(CLEAN, 'env-placeholder'), []);
    for (const key of ['none', 'sk-1234', 'pa$$word', 'os.environ/VLLM_KEY', '"$"'])
      assert.deepEqual(byRule(deployment(`model: openai/x\napi_key: ${key}\napi_base: http://127.0.0.1:8000/v1`), 'env-placeholder'), [], key);
  });
});

rule('sectionInEntry', () => {
  it('a config section written inside a model_list entry is named: LiteLLM never reads it there (ferreirase/litellm-personal, verbatim)', () => {
    const text = fs.readFileSync(
      path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'settings-nested-in-deployment-mcp-stdio', 'config.yaml'),
      'utf8',
    );
    const f = one(text, 'unknown-key', { severity: 'warning', line: 5, column: 5, alias: 'proxy/gpt-4o-mini' });
    assert.match(f.message, /`litellm_settings` is written inside this model_list entry, where LiteLLM never reads it/);
    assert.match(f.fix ?? '', /Move `litellm_settings:` to the top level/);
  });

  it("not for the entry's own keys, nor tpm/rpm beside litellm_params, which LiteLLM's Router reads (BerriAI/litellm's load_balancer.yaml)", () => {
    assert.deepEqual(byRule(`${CLEAN}  model_info:\n    mode: chat\n`, 'unknown-key'), []);
    const text = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'litellm-example-load-balancer', 'config.yaml'), 'utf8');
    assert.deepEqual(byRule(text, 'unknown-key', { env: {} }), []);
  });
});

rule('literalKey', () => {
  it('a literal sk-... key: warning to rotate it and read it from the environment', () => {
    const f = one(deployment('model: openai/x\napi_key: sk-proj-abc123def456ghi789\napi_base: https://example.com/v1'), 'literal-key', {
      severity: 'warning',
      line: 5,
      column: 14,
    });
    assert.match(f.message, /literal secret committed in the config/);
    assert.match(f.fix ?? '', /Rotate the key.*os\.environ\/VLLM_KEY/);
  });

  it('not for truncated placeholders (sk-1234, sk-uj6F as in LiteLLM’s own examples)', () => {
    for (const key of ['sk-1234', 'sk-uj6F', 'sk-Imn'])
      assert.deepEqual(byRule(deployment(`model: openai/x\napi_key: ${key}\napi_base: https://example.com/v1`), 'literal-key'), [], key);
  });

  it('not for os.environ references or placeholder keys', () => {
    assert.deepEqual(byRule(CLEAN, 'literal-key'), []);
    for (const key of ['none', 'EMPTY', 'dummy', 'sk-no-auth-required', 'this-is-a-placeholder-for-local-dev'])
      assert.deepEqual(byRule(deployment(`model: openai/x\napi_key: ${key}\napi_base: https://example.com/v1`), 'literal-key'), [], key);
  });
});

rule('mockResponse', () => {
  it('a route answering with mock_response: a notice that its pass says nothing about the upstream (ShivSingh96/litellm-gateway-demo, verbatim)', () => {
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'mock-response-all-routes-fallbacks', 'config.yaml');
    const found = byRule(fs.readFileSync(file, 'utf8'), 'mock-response');
    assert.deepEqual(
      found.map((f) => [f.severity, f.alias, f.line, f.column]),
      [
        ['notice', 'gpt-3.5-turbo', 13, 22],
        ['notice', 'gpt-4', 21, 22],
        ['notice', 'claude-haiku', 29, 22],
      ],
    );
    assert.match(found[0]!.message, /'gpt-3\.5-turbo' answers with `mock_response`: LiteLLM returns that text without calling `openai\/gpt-3\.5-turbo`/);
  });

  it('no mock, an empty one, or one read from a variable: nothing', () => {
    assert.deepEqual(byRule(CLEAN, 'mock-response'), []);
    for (const mock of ['""', 'os.environ/MOCK', 'null'])
      assert.deepEqual(
        byRule(deployment(`model: openai/x\napi_key: os.environ/VLLM_KEY\napi_base: https://example.com/v1\nmock_response: ${mock}`), 'mock-response'),
        [],
      );
  });
});

rule('masterKeyPlacement', () => {
  it('master_key under litellm_settings: warning at that key, fix moves it to general_settings', () => {
    const f = one(`${CLEAN}litellm_settings:\n  drop_params: true\n  master_key: os.environ/LITELLM_MASTER_KEY\n`, 'master-key-placement', {
      severity: 'warning',
      line: 9,
      column: 3,
    });
    assert.match(f.message, /`master_key` under `litellm_settings` is ignored/);
    assert.match(f.fix ?? '', /general_settings: \{master_key: os\.environ\/LITELLM_MASTER_KEY\}/);
  });

  it('not under general_settings', () => {
    assert.deepEqual(byRule(`${CLEAN}general_settings:\n  master_key: os.environ/LITELLM_MASTER_KEY\n`, 'master-key-placement'), []);
  });
});

rule('duplicateAlias', () => {
  it('the same model_name twice: a notice on the second, naming the first line', () => {
    const text = `${CLEAN}- model_name: qwen\n  litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_key: os.environ/VLLM_KEY, api_base: "https://other.example.com/v1"}\n`;
    const f = one(text, 'duplicate-alias', { severity: 'notice', line: 7, column: 15, alias: 'qwen' });
    assert.match(f.message, /'qwen' is defined again \(first at line 2\); LiteLLM load-balances/);
  });

  it('not for distinct aliases', () => {
    const text = `${CLEAN}- model_name: qwen-2\n  litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_key: os.environ/VLLM_KEY, api_base: "https://other.example.com/v1"}\n`;
    assert.deepEqual(byRule(text, 'duplicate-alias'), []);
  });
});

rule('duplicateKey', () => {
  it('a key written twice: warning at the second, naming the first line; LiteLLM keeps the last', () => {
    const f = one(`${CLEAN}litellm_settings:\n  drop_params: true\n  drop_params: false\n`, 'duplicate-key', { severity: 'warning', line: 9, column: 3 });
    assert.match(f.message, /`drop_params` is also at line 8; LiteLLM \(PyYAML\) silently keeps only this last one/);
  });

  it('not for repeated merge keys', () => {
    assert.deepEqual(
      byRule('a: &a {model: openai/x}\nb: &b {api_key: k}\nmodel_list:\n- model_name: m\n  litellm_params:\n    <<: *a\n    <<: *b\n', 'duplicate-key'),
      [],
    );
  });
});

rule('unknownTopLevel', () => {
  it('a misspelled section: warning at its line with the likely key', () => {
    const f = one(`${CLEAN}litelm_settings:\n  drop_params: true\n`, 'unknown-key', { severity: 'warning', line: 7, column: 1 });
    assert.match(f.message, /unknown top-level key `litelm_settings`; LiteLLM ignores it/);
    assert.equal(f.fix, 'Did you mean `litellm_settings`?');
  });

  it('not for a key that is no near miss (LiteLLM ignores it, and it may be the user’s own), nor for the sections the proxy reads', () => {
    assert.deepEqual(byRule(`foo: 1\nx-defaults: &d {a: 1}\n${CLEAN}`, 'unknown-key'), []);
    const text = `${CLEAN}litellm_settings: {}\ngeneral_settings: {}\nrouter_settings: {}\nenvironment_variables: {}\ncredential_list: []\ndefault_vertex_config: {}\n`;
    assert.deepEqual(byRule(text, 'unknown-key'), []);
  });
});

rule('emptyModelList', () => {
  it('`model_list: []`: an error at that key (a run has nothing to probe); not for a config with a route', () => {
    // (a run stops earlier, in selectDeployments; the lint, which reads every file, asks this rule)
    const config = parseConfig('general_settings: {}\nmodel_list: []\n', '/repo/configs/c.yaml', FILE);
    const found = lintConfig(config, { deployments: [], env: () => undefined, temperature: null, inputVariables: [] });
    assert.deepEqual(
      found.map((f) => [f.severity, f.rule, f.file, f.line, f.column]),
      [['error', 'yaml', FILE, 2, 1]],
    );
    assert.deepEqual(byRule(CLEAN, 'yaml'), []);
  });
});

rule('types', () => {
  it('litellm_settings.additional_drop_params as a string: warning at its line', () => {
    const f = one(`${CLEAN}litellm_settings:\n  additional_drop_params: temperature\n`, 'type', { severity: 'warning', line: 8 });
    assert.match(f.message, /litellm_settings\.additional_drop_params must be a list/);
  });

  it('a settings section that is not a mapping: error at the section', () => {
    const f = one(`${CLEAN}litellm_settings: [drop_params]\n`, 'type', { severity: 'error', line: 7, column: 1 });
    assert.match(f.message, /`litellm_settings` must be a mapping; found a list/);
  });

  it('an api_key or api_base no reading makes a string: error', () => {
    const text = deployment('model: openai/x\napi_key: [a]\napi_base: 8000');
    const types = byRule(text, 'type').map((f) => [f.line, f.message.replace(/^'qwen': litellm_params\.(\w+) .*$/, '$1')]);
    assert.deepEqual(types.sort(), [
      [5, 'api_key'],
      [6, 'api_base'],
    ]);
  });

  it('not for scalars LiteLLM coerces itself (YAML 1.1 `yes`, `20_000`, `drop_params: "true"`, numeric strings)', () => {
    const text = deployment(
      'model: openai/x\napi_key: k\napi_base: https://example.com/v1\ndrop_params: "true"\nadditional_drop_params: [temperature, top_p]\ntimeout: "30"\nrpm: 10\ntpm: 20_000',
      'litellm_settings:\n  drop_params: yes\n  additional_drop_params: []\n',
    );
    assert.deepEqual(byRule(text, 'type'), []);
    assert.equal(parseConfig(text, '/x/c.yaml').deployments[0]!.params.tpm, 20000);
    assert.equal(parseConfig(text, '/x/c.yaml').litellmSettings.drop_params, true);
  });
});

rule('deniedVariables', () => {
  it("errors on a probed route that reads the runner's credentials (a pull request's config could send them anywhere)", () => {
    for (const name of ['GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN', 'RUNNER_TEMP', 'INPUT_VLLM_KEY', 'LITELLM_MASTER_KEY']) {
      const f = one(
        deployment(`model: openai/x\napi_key: os.environ/${name}\napi_base: https://evil.example/v1`),
        'env-denied',
        { severity: 'error', line: 5, alias: 'qwen' },
        { env: { [name]: 'set' } },
      );
      assert.match(f.message, new RegExp(name));
      // The way to verify the config's other routes (a real config reads GITHUB_TOKEN for github/ routes among ~90 others: Abbiirr/unified-llm-api).
      assert.match(f.fix ?? '', /or leave 'qwen' out of ⟦models⟧ to verify the other routes/);
    }
  });
  it("not for the route's own variables, nor for an alias that is not probed", () => {
    assert.deepEqual(byRule(CLEAN, 'env-denied'), []);
    const text = `${CLEAN}- model_name: other\n  litellm_params:\n    model: openai/x\n    api_key: os.environ/GITHUB_TOKEN\n`;
    assert.deepEqual(byRule(text, 'env-denied', { models: ['qwen'] }), []);
  });
});

rule('riskyEnvironmentVariables', () => {
  it('errors on proxy, TLS, loader and interpreter variables set through environment_variables', () => {
    for (const name of ['HTTPS_PROXY', 'http_proxy', 'ALL_PROXY', 'SSL_CERT_FILE', 'REQUESTS_CA_BUNDLE', 'LD_PRELOAD', 'PYTHONPATH', 'PYTHONHOME']) {
      const f = one(`${CLEAN}environment_variables:\n  ${name}: http://attacker.example:8080\n`, 'env-risky', { severity: 'error', line: 7 });
      assert.match(f.message, new RegExp(name));
    }
  });
  it('not for ordinary variables', () => {
    assert.deepEqual(byRule(`${CLEAN}environment_variables:\n  LANGFUSE_HOST: https://cloud.langfuse.com\n`, 'env-risky'), []);
  });
});

describe('coverage', () => {
  it('every rule in RULES has tests in this file', () => {
    assert.deepEqual(RULES.map((r) => r.name).sort(), [...tested].sort());
  });
});

describe('a flood of findings', () => {
  it('keeps the first findings of a rule and one line saying how many more', async () => {
    const { parseConfig } = await import('../../src/config/load.ts');
    const { lintConfig, MAX_FINDINGS_PER_RULE } = await import('../../src/config/lint.ts');
    const junk = Array.from({ length: 500 }, (_, i) => `      h${i}: os.environ/UNSET_${i}`).join('\n');
    const config = parseConfig(
      `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    api_key: k\n    api_base: http://127.0.0.1:1/v1\n    extra_headers:\n${junk}\n`,
      '/w/c.yaml',
      'c.yaml',
    );
    const findings = lintConfig(config, { deployments: config.deployments, env: () => undefined, temperature: null, inputVariables: [] }).filter(
      (f) => f.rule === 'env-unset',
    );
    assert.equal(findings.length, MAX_FINDINGS_PER_RULE + 1);
    assert.match(findings.at(-1)!.message, /and 450 more like these \(env-unset\)/);
  });
});
