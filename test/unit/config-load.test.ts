// Loading a LiteLLM config: typed deployments that remember their lines, and clear errors (file:line) for
// everything that would make LiteLLM fail or silently do something else.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import type { LiteLLMConfig } from '../../src/config/types.ts';
import { MAX_CONFIG_BYTES } from '../../src/config/yaml.ts';
import { setting } from '../../src/options/settings.ts';
import { VerifyError } from '../../src/util/errors.ts';

const SEED = `model_list:
- model_name: "claude-opus-4-5-20251101"
  litellm_params:
    model: "openai/Qwen/Qwen3-0.6B"
    api_key: os.environ/VLLM_KEY
    api_base: https://example.com/v1
`;

const parse = (text: string): LiteLLMConfig => parseConfig(text, '/repo/configs/c.yaml', 'configs/c.yaml');

/** Asserts `fn` throws a config VerifyError whose message starts with `file:line[:column]: ` and matches `pattern`. */
function configError(fn: () => unknown, where: { file?: string; line?: number; column?: number }, pattern: RegExp): VerifyError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof VerifyError, `expected a VerifyError, got ${caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught)}`);
  const file = where.file ?? 'configs/c.yaml';
  assert.equal(caught.stage, 'config');
  assert.equal(caught.exitCode, 2);
  assert.equal(caught.detail?.file, file);
  const prefix = where.line === undefined ? `${file}: ` : `${file}:${where.line}${where.column === undefined ? '' : `:${where.column}`}`;
  assert.ok(caught.message.startsWith(prefix), `message starts with ${JSON.stringify(prefix)}: ${caught.message}`);
  if (where.line !== undefined) assert.equal(caught.detail?.line, where.line);
  if (where.column !== undefined) assert.equal(caught.detail?.column, where.column);
  assert.match(caught.message, pattern);
  return caught;
}

describe('loadConfig: the seed config', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-load-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads into one typed deployment with alias, model, provider, api_base, env refs and lines', () => {
    const file = path.join(dir, 'seed.yaml');
    fs.writeFileSync(file, SEED);
    const config = loadConfig(file, 'configs/seed.yaml');
    assert.equal(config.displayPath, 'configs/seed.yaml');
    assert.equal(config.absolutePath, file);
    assert.equal(config.text, SEED, 'the raw text is kept byte for byte');
    assert.equal(config.deployments.length, 1);
    const d = config.deployments[0]!;
    assert.equal(d.index, 0);
    assert.equal(d.alias, 'claude-opus-4-5-20251101');
    assert.equal(d.model, 'openai/Qwen/Qwen3-0.6B');
    assert.equal(d.provider, 'openai');
    assert.equal(d.apiBase, 'https://example.com/v1');
    assert.equal(d.mode, null);
    assert.deepEqual(d.params, { model: 'openai/Qwen/Qwen3-0.6B', api_key: 'os.environ/VLLM_KEY', api_base: 'https://example.com/v1' });
    assert.deepEqual(d.envRefs, [{ name: 'VLLM_KEY', param: 'api_key', position: { line: 5, column: 14 } }]);
    assert.deepEqual(d.position, { line: 2, column: 15 }, 'the model_name value');
    assert.deepEqual(d.paramPositions, { model: { line: 4, column: 12 }, api_key: { line: 5, column: 14 }, api_base: { line: 6, column: 15 } });
    assert.deepEqual([...config.topLevel], [['model_list', { line: 1, column: 1 }]]);
    assert.deepEqual(config.litellmSettings, {});
    assert.deepEqual(config.generalSettings, {});
  });

  it('reads a Buffer the same as a string', () => {
    const fromBuffer = parseConfig(Buffer.from(SEED), '/x/c.yaml', 'c.yaml');
    const fromString = parseConfig(SEED, '/x/c.yaml', 'c.yaml');
    assert.deepEqual(fromBuffer.deployments, fromString.deployments);
  });

  it('a missing file names the path as given and says how to point at the config', () => {
    configError(
      () => loadConfig(path.join(dir, 'nope.yaml'), 'configs/nope.yaml'),
      { file: 'configs/nope.yaml' },
      /config file not found\. Set ⟦config⟧ to the path/,
    );
  });

  it('a directory is not a config file', () => {
    configError(() => loadConfig(dir, 'configs'), { file: 'configs' }, /expected a LiteLLM config file, found a directory/);
  });

  it(`a file over the ${MAX_CONFIG_BYTES}-byte cap is refused before it is read`, () => {
    const file = path.join(dir, 'huge.yaml');
    fs.writeFileSync(file, Buffer.alloc(MAX_CONFIG_BYTES + 1, 0x20));
    configError(
      () => loadConfig(file, 'configs/huge.yaml'),
      { file: 'configs/huge.yaml' },
      new RegExp(`is ${MAX_CONFIG_BYTES + 1} bytes; .*under ${MAX_CONFIG_BYTES} bytes`),
    );
  });

  it('a file with NUL bytes is reported as binary', () => {
    const file = path.join(dir, 'bin.yaml');
    fs.writeFileSync(file, Buffer.from([0x6d, 0x3a, 0x00, 0xff, 0xfe]));
    configError(() => loadConfig(file, 'configs/bin.yaml'), { file: 'configs/bin.yaml' }, /binary \(it contains NUL bytes\)/);
  });
});

describe('parseConfig: what a deployment carries', () => {
  it('collects every os.environ reference with its dotted param path and line, not only api_key', () => {
    const config = parse(`model_list:
- model_name: a
  litellm_params:
    model: openai/x
    api_key: "  os.environ/VLLM_KEY  "
    api_base: os.environ/VLLM_BASE
    extra_headers:
      x-team: os.environ/TEAM_TOKEN
    fallbacks_keys: [plain, os.environ/LIST_KEY]
  model_info:
    mode: embedding
`);
    const d = config.deployments[0]!;
    assert.deepEqual(
      d.envRefs.map((r) => [r.name, r.param, r.position.line]),
      [
        ['VLLM_KEY', 'api_key', 5],
        ['VLLM_BASE', 'api_base', 6],
        ['TEAM_TOKEN', 'extra_headers.x-team', 8],
        // Not LIST_KEY: ProxyConfig._check_for_os_environ_vars resolves the mappings inside a list, not its strings.
      ],
    );
    assert.equal(d.apiBase, 'os.environ/VLLM_BASE', 'the literal text; the lint resolves it');
    assert.equal(d.mode, 'embedding');
  });

  it('provider is the prefix before the first slash, null without one', () => {
    const config = parse(`model_list:
- {model_name: a, litellm_params: {model: hosted_vllm/org/m}}
- {model_name: b, litellm_params: {model: gpt-4o}}
- {model_name: 7, litellm_params: {model: /abs}}
`);
    assert.deepEqual(
      config.deployments.map((d) => [d.alias, d.provider]),
      [
        ['a', 'hosted_vllm'],
        ['b', null],
        ['7', null],
      ],
    );
    assert.deepEqual(
      config.deployments.map((d) => d.index),
      [0, 1, 2],
    );
  });

  it('keeps the settings sections and where their keys are', () => {
    const config = parse(`model_list: []
litellm_settings:
  drop_params: true
  master_key: sk-x
general_settings:
  master_key: os.environ/MK
router_settings: {routing_strategy: simple-shuffle}
environment_variables: {VLLM_KEY: abc}
`);
    assert.deepEqual(config.deployments, []);
    assert.deepEqual(config.litellmSettings, { drop_params: true, master_key: 'sk-x' });
    assert.deepEqual(config.generalSettings, { master_key: 'os.environ/MK' });
    assert.deepEqual(config.routerSettings, { routing_strategy: 'simple-shuffle' });
    assert.deepEqual(config.environmentVariables, { VLLM_KEY: 'abc' });
    assert.deepEqual(config.settingPositions['litellm_settings.master_key'], { line: 4, column: 3 });
    assert.deepEqual(config.settingPositions['general_settings.master_key'], { line: 6, column: 3 });
    assert.deepEqual([...config.topLevel.keys()], ['model_list', 'litellm_settings', 'general_settings', 'router_settings', 'environment_variables']);
  });

  it('follows anchors and aliases the way LiteLLM (PyYAML) does: `litellm_params: *base`', () => {
    const config = parse(`model_list:
- model_name: a
  litellm_params: &base
    model: openai/Qwen/Qwen3-0.6B
    api_key: os.environ/VLLM_KEY
    api_base: https://example.com/v1
- model_name: b
  litellm_params: *base
`);
    const b = config.deployments[1]!;
    assert.equal(b.alias, 'b');
    assert.equal(b.model, 'openai/Qwen/Qwen3-0.6B');
    assert.deepEqual(
      b.envRefs.map((r) => [r.name, r.position.line]),
      [['VLLM_KEY', 5]],
      'the reference is found where the anchor defines it',
    );
    assert.deepEqual(b.position, { line: 7, column: 15 });
  });

  it('applies `<<` merge keys: explicit keys win, merged env refs are still collected', () => {
    const config = parse(`model_list:
- model_name: a
  litellm_params: &defaults
    model: openai/base
    api_key: os.environ/VLLM_KEY
    api_base: https://example.com/v1
- model_name: b
  litellm_params:
    <<: *defaults
    model: openai/other
`);
    const b = config.deployments[1]!;
    assert.equal(b.model, 'openai/other');
    assert.equal(b.apiBase, 'https://example.com/v1');
    assert.deepEqual(b.params, { model: 'openai/other', api_key: 'os.environ/VLLM_KEY', api_base: 'https://example.com/v1' });
    assert.deepEqual(
      b.envRefs.map((r) => [r.name, r.param]),
      [['VLLM_KEY', 'api_key']],
    );
    assert.equal(b.paramPositions.model?.line, 10, 'the explicit key, not the merged one');
    assert.equal(b.paramPositions.api_base?.line, 6);
  });
});

describe('parseConfig: errors name the file and the line', () => {
  it('invalid YAML: the position of the problem', () => {
    configError(
      () => parse('model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n   api_key: k\n'),
      { line: 5, column: 1 },
      /invalid YAML: All mapping items must start at the same column/,
    );
    configError(
      () => parse('model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x: y\n'),
      { line: 4, column: 12 },
      /invalid YAML: Nested mappings are not allowed/,
    );
    configError(() => parse('model_list:\n- model_name: a\n  litellm_params: ]\n'), { line: 3, column: 19 }, /invalid YAML: Unexpected flow-seq-end token/);
    configError(() => parse('model_list:\n\t- model_name: a\n'), { line: 2, column: 1 }, /invalid YAML: Tabs are not allowed/);
  });

  it('an empty file: no `:0` position, says what was expected', () => {
    const error = configError(() => parse(''), {}, /expected a mapping at the top level with a `model_list:` list; found nothing/);
    assert.doesNotMatch(error.message, /c\.yaml:0/);
    assert.equal(error.detail?.line, undefined);
    configError(() => parse('# only a comment\n'), {}, /found nothing/);
  });

  it('a top level that is not a mapping', () => {
    configError(() => parse('- model_name: a\n'), { line: 1 }, /expected a mapping at the top level.*found a list/);
    // The file's text is never quoted: a link or a mistaken path may point at a credentials file.
    const e = configError(() => parse('just text\n'), { line: 1 }, /found plain text \(9 characters\), not a YAML mapping/);
    assert.equal(e.message.includes('just text'), false);
  });

  it('no model_list', () => {
    configError(
      () => parse('litellm_settings: {drop_params: true}\n'),
      { line: 1, column: 1 },
      /no `model_list:` found, so there is nothing to verify; list the routes to check as `- model_name: \.\.\.` entries/,
    );
  });

  it('no model_list in a real config whose models live in the database (Helmi/oss-llmops-stack, verbatim)', () => {
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'db-models-no-model-list', 'config.yaml');
    configError(
      () => parse(fs.readFileSync(file, 'utf8')),
      { line: 1, column: 1 },
      /nothing to verify \(with store_model_in_db: true LiteLLM reads its models from the database, which verify-litellm never uses\)/,
    );
  });

  it('no model_list in a Kubernetes ConfigMap that holds the config as text (faisalbasha1982/deploy-vllm-llmLite, verbatim)', () => {
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'k8s-configmap-wrapper', 'config.yaml');
    configError(
      () => parse(fs.readFileSync(file, 'utf8')),
      { line: 1, column: 1 },
      /this file is a Kubernetes ConfigMap and the LiteLLM config is the text under `data\.config\.yaml`.*save that text as its own file/,
    );
    // A manifest whose data names no model_list is just a file without one.
    configError(() => parse('kind: ConfigMap\ndata:\n  other.yaml: "a: 1"\n'), { line: 1, column: 1 }, /^(?!.*Kubernetes).*no `model_list:` found/);
  });

  it('no model_list in Helm values that hold the config as a mapping (girishn/rag-platform-eks, jcserv/homelab, verbatim)', () => {
    const real = (slug: string) => fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', slug, 'config.yaml'), 'utf8');
    for (const slug of ['helm-values-proxy-config-bedrock-alias', 'helm-chart-default-values', 'helm-values-litellm-settings-nested'])
      configError(
        () => parse(real(slug)),
        { line: 1, column: 1 },
        /the LiteLLM config is the mapping under `proxy_config:` \(Helm values: LiteLLM's chart renders `proxy_config` as the proxy's config\.yaml\).*save that mapping as its own file/,
      );
    // A chart of one's own that names the key `config:`: the key is said, without the chart's wording.
    configError(() => parse(real('helm-values-config-key-anthropic')), { line: 1, column: 1 }, /^(?!.*Helm).*the mapping under `config:`\. LiteLLM reads only/);
    // A mapping without model_list is no config.
    configError(() => parse('proxy_config:\n  general_settings: {}\n'), { line: 1, column: 1 }, /^(?!.*mapping under).*no `model_list:` found/);
  });

  it('model_list that is not a list', () => {
    configError(
      () => parse('litellm_settings: {}\nmodel_list: gpt-4o\n'),
      { line: 2, column: 13 },
      /`model_list` must be a list of entries .*found string "gpt-4o"/,
    );
    configError(() => parse('model_list:\n  model_name: a\n'), { line: 2 }, /`model_list` must be a list.*found a mapping/);
  });

  it('an entry that is not a mapping', () => {
    configError(
      () => parse('model_list:\n- gpt-4o\n'),
      { line: 2, column: 3 },
      /model_list entry 1 must be a mapping with `model_name` and `litellm_params`; found string "gpt-4o"/,
    );
    configError(() => parse('model_list:\n-\n'), { line: 2 }, /model_list entry 1 must be a mapping.*found nothing/);
  });

  it('an entry without model_name: the line of that entry', () => {
    const text = `model_list:
- model_name: ok
  litellm_params: {model: openai/x}
- litellm_params:
    model: openai/y
`;
    configError(() => parse(text), { line: 4, column: 3 }, /model_list entry 2 has no `model_name` \(the alias clients ask for\)/);
    configError(() => parse('model_list:\n- model_name: ""\n  litellm_params: {model: openai/x}\n'), { line: 2 }, /entry 1 has no `model_name`/);
  });

  it('a model_name that is not a string', () => {
    configError(
      () => parse('model_list:\n- model_name: [a, b]\n  litellm_params: {model: openai/x}\n'),
      { line: 2, column: 15 },
      /`model_name` must be a string; found a list/,
    );
  });

  it('an entry without litellm_params', () => {
    configError(
      () => parse('model_list:\n- model_name: qwen\n  model_info: {mode: chat}\n'),
      { line: 2 },
      /'qwen' has no `litellm_params`; expected `litellm_params: \{model: openai\/<model>/,
    );
    configError(
      () => parse('model_list:\n- model_name: qwen\n  litellm_params: openai/x\n'),
      { line: 3, column: 19 },
      /`litellm_params` of 'qwen' must be a mapping; found string "openai\/x"/,
    );
  });

  it('an entry without litellm_params.model: the line of litellm_params', () => {
    const text = `model_list:
- model_name: qwen
  litellm_params:
    api_base: https://example.com/v1
`;
    configError(() => parse(text), { line: 4 }, /'qwen' has no `litellm_params\.model`; expected `provider\/model`, e\.g\. `openai\/Qwen\/Qwen3-0\.6B`/);
    configError(() => parse('model_list:\n- model_name: q\n  litellm_params: {model: null}\n'), { line: 3 }, /'q' has no `litellm_params\.model`/);
    // Nothing beside litellm_params here: no word about it.
    configError(() => parse(text), { line: 4 }, /^(?!.*beside).*$/s);
  });

  it('settings written beside an empty litellm_params are named (CySpiegel/llm-service, verbatim)', () => {
    const file = path.join(import.meta.dirname, '..', 'fixtures', 'real-configs', 'params-misplaced-empty-litellm-params', 'config.yaml');
    configError(
      () => parse(fs.readFileSync(file, 'utf8')),
      { line: 5 },
      /'llama3-8b-instruct' has no `litellm_params\.model`.* `litellm_provider`, `api_base` are written beside `litellm_params`, where LiteLLM never reads them: move them inside/,
    );
    // With no litellm_params at all, the same words.
    configError(
      () => parse('model_list:\n- model_name: q\n  model: openai/q\n'),
      { line: 2 },
      /'q' has no `litellm_params`.* `model` is written beside `litellm_params`, where LiteLLM never reads it: move it inside/,
    );
  });

  it('a model that is not a string', () => {
    configError(
      () => parse('model_list:\n- model_name: q\n  litellm_params:\n    model: 42\n'),
      { line: 4, column: 12 },
      /`litellm_params\.model` of 'q' must be a string .*found number 42/,
    );
  });

  it('duplicate keys: loaded as PyYAML does (the last wins), remembered with both lines for the lint', () => {
    const text = 'model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    model: openai/y\n';
    const config = parse(text);
    assert.equal(config.deployments[0]!.model, 'openai/y');
    assert.deepEqual(config.duplicateKeys, [{ file: 'configs/c.yaml', key: 'model', position: { line: 5, column: 5 }, firstLine: 4 }]);
  });

  it('more than one YAML document', () => {
    configError(() => parse('model_list: []\n---\nmodel_list: []\n'), { line: 2 }, /more than one YAML document/);
  });

  it('an alias inside its own anchor (recursive data)', () => {
    configError(
      () => parse('model_list:\n- &e\n  model_name: x\n  litellm_params: {model: openai/x, api_base: *e}\n'),
      {},
      /alias .* refers to a mapping or list that contains it/,
    );
  });

  it('a YAML 1.1 timestamp where a string belongs says so', () => {
    configError(
      () => parse('%YAML 1.1\n---\nmodel_list:\n- model_name: 2025-01-01\n  litellm_params: {model: openai/x}\n'),
      { line: 4 },
      /`model_name` must be a string; found a date/,
    );
  });
});

describe('selectDeployments', () => {
  const config = parse(`model_list:
- {model_name: qwen, litellm_params: {model: openai/q}}
- {model_name: claude, litellm_params: {model: anthropic/claude-sonnet-4-5}}
- {model_name: qwen, litellm_params: {model: openai/q2}}
`);

  it('all by default, the named aliases (every deployment of each) otherwise', () => {
    assert.equal(selectDeployments(config, 'all').length, 3);
    assert.deepEqual(
      selectDeployments(config, ['qwen']).map((d) => d.model),
      ['openai/q', 'openai/q2'],
    );
    assert.deepEqual(
      selectDeployments(config, ['claude']).map((d) => d.alias),
      ['claude'],
    );
  });

  it("an alias not in the config is an input error that lists the ones that are, naming the setting in no door's words", () => {
    assert.throws(
      () => selectDeployments(config, ['qwen', 'gpt-5']),
      (e: unknown) =>
        e instanceof VerifyError &&
        e.stage === 'input' &&
        e.message.startsWith(`${setting('models')} names 'gpt-5', not in configs/c.yaml; the aliases there are: qwen, claude.`),
    );
  });
});

describe('an empty model_list', () => {
  it('is a config error when selecting what to probe: a run that probes nothing must not pass', () => {
    const config = parseConfig('model_list: []\n', '/w/c.yaml', 'c.yaml');
    assert.throws(
      () => selectDeployments(config, 'all'),
      (e: VerifyError) =>
        /c\.yaml: model_list is empty; there is no route to verify/.test(e.message) &&
        e.stage === 'config' &&
        e.detail!.fix!.includes(`point ${setting('config')} at`),
    );
  });
});
