// Hostile and random configs: load + lint either succeed or throw the config VerifyError with a specific
// message, quickly, without exhausting the stack or memory. Fixed seeds keep failures reproducible.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Finding } from '../../src/config/finding.ts';
import { lintConfig } from '../../src/config/lint.ts';
import { loadConfig, parseConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import { MAX_CONFIG_BYTES, MAX_NESTING } from '../../src/config/yaml.ts';
import { VerifyError } from '../../src/util/errors.ts';

const FILE = 'fuzz.yaml';
const SEED = 20251101;
const RUNS = 200;
const SEVERITIES = new Set(['error', 'warning', 'notice']);

const SEED_CONFIG = `model_list:
- model_name: "claude-opus-4-5-20251101"
  litellm_params:
    model: "openai/Qwen/Qwen3-0.6B"
    api_key: os.environ/VLLM_KEY
    api_base: https://example.com/v1
`;

function assertConfigError(error: unknown): asserts error is VerifyError {
  assert.ok(error instanceof VerifyError, `only VerifyError may escape, got ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  assert.equal(error.stage, 'config');
  assert.equal(error.detail?.file, FILE);
  assert.match(error.message, /^fuzz\.yaml(:\d+(:\d+)?)?: \S.{10,}/s, 'names the file, then says what is wrong');
  assert.doesNotMatch(error.message, /undefined|\[object Object\]|number null|Symbol\(/, error.message);
  if (error.detail?.line !== undefined) assert.ok(error.detail.line >= 1, `line ${error.detail.line}`);
}

function assertFinding(f: Finding): void {
  assert.ok(SEVERITIES.has(f.severity), f.severity);
  assert.equal(typeof f.rule, 'string');
  assert.equal(f.file, FILE);
  assert.ok(Number.isInteger(f.line) && f.line >= 0, `line ${f.line}`);
  assert.ok(Number.isInteger(f.column) && f.column >= 0, `column ${f.column}`);
  assert.ok(typeof f.message === 'string' && f.message.length > 10, f.message);
}

/** Load + lint one input; returns the error (asserted to be the clear config error) or null on success. */
function check(input: string | Buffer): VerifyError | null {
  try {
    const config = parseConfig(input, '/fuzz/fuzz.yaml', FILE);
    for (const temperature of [0.7, null]) {
      const findings = lintConfig(config, {
        deployments: config.deployments,
        env: (name) => (name === 'VLLM_KEY' ? 'k' : undefined),
        temperature,
        inputVariables: ['VLLM_KEY'],
      });
      findings.forEach(assertFinding);
    }
    const first = config.deployments[0];
    if (first) {
      const picked = selectDeployments(config, [first.alias]);
      lintConfig(config, { deployments: picked, env: () => undefined, temperature: 0, inputVariables: [] }).forEach(assertFinding);
    }
    return null;
  } catch (error) {
    assertConfigError(error);
    return error;
  }
}

/** Runs `fn`, asserts it throws the config error and returns it. */
function rejects(input: string | Buffer, pattern: RegExp): VerifyError {
  const error = check(input);
  assert.ok(error, 'expected a config error');
  assert.match(error.message, pattern);
  return error;
}

const TOKENS = [
  'model_list:',
  'model_name: ',
  'litellm_params:',
  'model: ',
  'api_key: ',
  'api_base: ',
  'model_info:',
  'mode: embedding',
  'litellm_settings:',
  'general_settings:',
  'master_key: ',
  'drop_params: true',
  'additional_drop_params: ',
  'environment_variables:',
  'openai/',
  'Qwen/Qwen3-0.6B',
  'gpt-5',
  'o3-mini',
  'os.environ/VLLM_KEY',
  'os.environ/',
  'http://',
  'https://example.com/v1',
  '172.17.0.1',
  'sk-abc',
  '\n',
  '\n- ',
  '\n  ',
  '  ',
  '- ',
  ': ',
  ':',
  ',',
  '[',
  ']',
  '{',
  '}',
  '"',
  "'",
  '#',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '? ',
  '|',
  '>',
  '!!str ',
  '!!binary ',
  '!!set ',
  '!!omap ',
  '!!python/object ',
  '!custom ',
  '%YAML 1.1\n---\n',
  '---\n',
  '...\n',
  '\t',
  '~',
  'null',
  'true',
  '0x1F',
  '1e400',
  '-.inf',
  '.nan',
  '2025-01-01',
  '\\u0000',
  '\u2028',
  '\uFEFF',
  '__proto__: ',
  'constructor: ',
  '\r\n',
];

const yamlish = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...TOKENS), weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 }), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

/** The seed config with a few random edits: near-valid input reaches the deeper code paths. */
const mutatedSeed = fc
  .array(
    fc.tuple(fc.nat({ max: SEED_CONFIG.length }), fc.nat({ max: 4 }), fc.oneof(fc.constantFrom(...TOKENS), fc.string({ unit: 'binary-ascii', maxLength: 3 }))),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => edits.reduce((text, [at, cut, insert]) => text.slice(0, at) + insert + text.slice(at + cut), SEED_CONFIG));

const anyValue = fc.anything({ maxDepth: 4, maxKeys: 5, withMap: true, withSet: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true });

const oneOfOr = <T>(values: T[]) => fc.oneof(fc.constantFrom(...values), anyValue);

/** Config-shaped values with wrong types mixed in anywhere. */
const configShaped = fc.record(
  {
    model_list: fc.oneof(
      fc.array(
        fc.oneof(
          fc.record(
            {
              model_name: oneOfOr(['qwen', 'a', 7, '']),
              litellm_params: fc.oneof(
                fc.record(
                  {
                    model: oneOfOr(['openai/Qwen/Qwen3-0.6B', 'Qwen/Qwen3-0.6B', 'gpt-5-mini', 'azure/o3', 'x/y', '']),
                    api_key: oneOfOr(['os.environ/VLLM_KEY', 'os.environ/UNSET_X', 'sk-abcdef', '', 'none']),
                    api_base: oneOfOr(['https://example.com/v1', 'http://172.17.0.1:8000', 'localhost:8000', 'ftp://x', 'os.environ/VLLM_KEY', '']),
                    drop_params: oneOfOr([true, false, 'true']),
                    additional_drop_params: oneOfOr([['temperature'], 'temperature', []]),
                    timeout: oneOfOr([30, '30', 'soon']),
                    extra_headers: fc.dictionary(fc.string({ maxLength: 4 }), oneOfOr(['os.environ/H', 'v']), { maxKeys: 3 }),
                  },
                  { requiredKeys: [] },
                ),
                anyValue,
              ),
              model_info: fc.oneof(fc.record({ mode: oneOfOr(['embedding', 'chat']) }), anyValue),
            },
            { requiredKeys: [] },
          ),
          anyValue,
        ),
        { maxLength: 4 },
      ),
      anyValue,
    ),
    litellm_settings: fc.oneof(
      fc.record({ drop_params: oneOfOr([true]), master_key: oneOfOr(['sk-x']), additional_drop_params: oneOfOr([['temperature']]) }, { requiredKeys: [] }),
      anyValue,
    ),
    general_settings: anyValue,
    environment_variables: fc.oneof(fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 3 }), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

/** Dumps a value to YAML; shared objects become anchors and aliases. Null when the YAML library cannot represent it. */
function dump(value: unknown): string | null {
  try {
    return stringify(value, { aliasDuplicateObjects: true }) ?? '';
  } catch {
    return null;
  }
}

describe('config fuzz (fast-check, fixed seed)', () => {
  it('random YAML-ish text: success or a clear config error', { timeout: 10_000 }, () => {
    fc.assert(
      fc.property(yamlish, (text) => void check(text)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the seed config with random edits', { timeout: 10_000 }, () => {
    fc.assert(
      fc.property(mutatedSeed, (text) => void check(text)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('random bytes', { timeout: 10_000 }, () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => void check(Buffer.from(bytes))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('random JS values dumped to YAML', { timeout: 10_000 }, () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const text = dump(value);
        if (text !== null) check(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('config-shaped values with wrong types anywhere, dumped to YAML', { timeout: 10_000 }, () => {
    let loaded = 0;
    fc.assert(
      fc.property(configShaped, (value) => {
        const text = dump(value);
        if (text !== null && check(text) === null) loaded++;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.ok(loaded > 10, `the generator reaches the lint too (${loaded} of ${RUNS} loaded)`);
  });
});

describe('hostile configs', { timeout: 120_000 }, () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'config-fuzz-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('a YAML alias bomb ("billion laughs") is refused at the alias limit, in little time and memory', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const heapBefore = process.memoryUsage().heapUsed;
    for (const where of ['model_list: *i', 'model_list:\n- model_name: x\n  litellm_params: {model: openai/x, api_key: *i}']) {
      rejects(`${levels.join('\n')}\n${where}\n`, /cannot read the YAML \(Excessive alias count .*\)\. Aliases \(`\*name`\) may expand to at most 100 copies/);
    }
    assert.ok(process.memoryUsage().heapUsed - heapBefore < 256 * 1024 * 1024, 'no expansion into memory');
  });

  it('10k levels of [[[...]]], {a: {a: ...}} and `- - - ...` stop at the nesting limit, with the line', () => {
    const n = 10_000;
    const deep = [
      `model_list: ${'['.repeat(n)}${']'.repeat(n)}\n`,
      `model_list: ${'{a: '.repeat(n)}1${'}'.repeat(n)}\n`,
      `model_list:\n${'- '.repeat(n)}x\n`,
      `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    extra_body: ${'['.repeat(n)}${']'.repeat(n)}\n`,
    ];
    for (const text of deep) {
      const error = rejects(text, new RegExp(`the YAML nests more than ${MAX_NESTING} levels deep; a LiteLLM config needs only a few`));
      assert.ok(error.detail?.line !== undefined && error.detail.line >= 1, 'points at the line');
    }
  });

  it('very deep input, again and again in one process, never takes the process down', () => {
    // Before the nesting guard, the YAML composer overflowed the stack and a second such file aborted node (OOM in V8's regexp compiler).
    const text = `model_list: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
    for (let i = 0; i < 3; i++) rejects(text, /nests more than/);
  });

  it('nesting under the limit still loads', () => {
    const n = MAX_NESTING - 5;
    assert.equal(check(`model_list: []\nrouter_settings: {x: ${'['.repeat(n)}${']'.repeat(n)}}\n`), null);
  });

  it('aliases that build data deeper than the text are refused too', () => {
    const lines = ['l0: &l0 [x]'];
    for (let i = 1; i < 5; i++) lines.push(`l${i}: &l${i} ${'['.repeat(30)}*l${i - 1}${']'.repeat(30)}`);
    rejects(`${lines.join('\n')}\nmodel_list: [*l4]\n`, /nests more than 100 levels deep through aliases/);
  });

  it('an alias inside its own anchor is refused, not looped on', () => {
    rejects('model_list: &l [*l]\n', /refers to a mapping or list that contains it/);
    rejects('model_list:\n- &e\n  model_name: x\n  litellm_params: {model: openai/x, extra: *e}\n', /refers to a mapping or list that contains it/);
    rejects(
      'model_list:\n- model_name: a\n  litellm_params: &p\n    model: openai/x\n    extra_body:\n      <<: *p\n',
      /Aliases \(`\*name`\) may expand to at most 100 copies, and never be used inside their own anchor/,
    );
  });

  it(`a file over ${MAX_CONFIG_BYTES} bytes is refused by size, on disk and in memory`, () => {
    const file = path.join(dir, 'huge.yaml');
    const huge = `model_list:\n${'- model_name: a\n  litellm_params: {model: openai/x}\n'.repeat(Math.ceil(MAX_CONFIG_BYTES / 48) + 10)}`;
    fs.writeFileSync(file, huge);
    assert.throws(
      () => loadConfig(file, FILE),
      (e: unknown) => {
        assertConfigError(e);
        return new RegExp(
          `^fuzz\\.yaml: the config is ${Buffer.byteLength(huge)} bytes; a LiteLLM config is expected to be under ${MAX_CONFIG_BYTES} bytes`,
        ).test(e.message);
      },
    );
    rejects(huge, /is expected to be under 2097152 bytes/);
    rejects(Buffer.from(huge), /is expected to be under 2097152 bytes/);
  });

  // A quadratic check would take minutes here and overrun the suite's timeout; the bench, not a stopwatch, tracks speed.
  it('a large file under the cap with 40k keys loads', () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    assert.ok(keys.length < MAX_CONFIG_BYTES);
    // Before: the YAML library's duplicate-key check was quadratic (minutes for a 2 MB file of keys).
    assert.equal(check(`model_list: []\nrouter_settings:\n${keys.replaceAll(/^/gm, '  ')}\n`), null);
    const config = parseConfig(`model_list: []\n${keys}\n`, '/f', FILE);
    assert.equal(config.topLevel.size, 40_001);
  });

  it('a megabyte-long key: no near miss of a key LiteLLM reads, so no finding', () => {
    const key = 'x'.repeat(1_000_000);
    const config = parseConfig(`model_list: []\n? ${key}\n: 1\n`, '/f', FILE);
    // (model_list: [] is its own finding, emptyModelList; only the key's is asked about here)
    const [f] = lintConfig(config, { deployments: [], env: () => undefined, temperature: null, inputVariables: [] }).filter((x) => x.rule === 'unknown-key');
    assert.equal(f, undefined, 'LiteLLM ignores an unknown key that is no near miss of one it reads');
  });

  it('binary: NUL bytes, and other bytes that are not YAML', () => {
    rejects(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), /binary \(it contains NUL bytes\)/);
    rejects('model_list:\n- model_name: a\u0000\n', /binary \(it contains NUL bytes\)/);
    rejects(Buffer.from([0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /expected a mapping at the top level|invalid YAML/);
  });

  it('wrong types everywhere', () => {
    const cases: [string, RegExp][] = [
      ['model_list: 5\n', /`model_list` must be a list of entries .*found number 5/],
      ['model_list: {a: 1}\n', /`model_list` must be a list.*found a mapping/],
      ['model_list: [1, 2]\n', /entry 1 must be a mapping .*found number 1/],
      ['model_list: [[a]]\n', /entry 1 must be a mapping .*found a list/],
      ['model_list: [{model_name: {a: 1}, litellm_params: {model: x}}]\n', /`model_name` must be a string; found a mapping/],
      ['model_list: [{model_name: true, litellm_params: {model: x}}]\n', /`model_name` must be a string; found boolean true/],
      ['model_list: [{model_name: a, litellm_params: [model, x]}]\n', /`litellm_params` of 'a' must be a mapping; found a list/],
      ['model_list: [{model_name: a, litellm_params: {model: [openai, x]}}]\n', /`litellm_params\.model` of 'a' must be a string .*found a list/],
      ['model_list: [{model_name: a, litellm_params: {model: !!binary aGk=}}]\n', /`litellm_params\.model` of 'a' must be a string .*found a tagged value/],
      ['"model_list"\n', /expected a mapping at the top level .*found plain text \(10 characters\)/],
    ];
    for (const [text, pattern] of cases) rejects(text, pattern);
    // Loads, and every wrong type in params and settings is a lint error rather than a crash.
    const config = parseConfig(
      'model_list:\n- model_name: 3\n  litellm_params: {model: openai/x, api_key: {a: 1}, api_base: [1], drop_params: 1, additional_drop_params: {t: 1}, timeout: [], rpm: x, tpm: {}}\n  model_info: [mode]\nlitellm_settings: {drop_params: [true], additional_drop_params: 1, master_key: [k]}\ngeneral_settings: 1\nrouter_settings: []\nenvironment_variables: x\n',
      '/f',
      FILE,
    );
    const findings = lintConfig(config, { deployments: config.deployments, env: () => undefined, temperature: 0.5, inputVariables: [] });
    findings.forEach(assertFinding);
    const typeErrors = findings.filter((f) => f.rule === 'type');
    // The scalars LiteLLM coerces itself (drop_params: 1, rpm: x, ...) are left to its own validation (the oracle).
    assert.equal(typeErrors.length, 6, JSON.stringify(typeErrors.map((f) => f.message)));
    assert.ok(typeErrors.every((f) => f.severity !== 'notice' && f.line >= 2));
  });

  it('duplicate keys at any level load as PyYAML loads them (the last one wins), each reported with both lines', () => {
    const dup = (text: string) => parseConfig(text, '/fuzz/fuzz.yaml', FILE);
    const a = dup('model_list: []\nmodel_list: [{model_name: m, litellm_params: {model: openai/x}}]\n');
    assert.equal(a.deployments.length, 1, 'the second model_list is the one LiteLLM reads');
    assert.deepEqual(a.duplicateKeys, [{ file: FILE, key: 'model_list', position: { line: 2, column: 1 }, firstLine: 1 }]);
    const b = dup('model_list:\n- model_name: a\n  litellm_params: {model: openai/x, api_key: a, api_key: b}\n');
    assert.equal(b.deployments[0]!.params.api_key, 'b');
    assert.deepEqual(
      b.duplicateKeys.map((k) => [k.key, k.position.line, k.position.column, k.firstLine]),
      [['api_key', 3, 49, 3]],
    );
    assert.deepEqual(
      dup('model_list: []\nlitellm_settings:\n  1: a\n  1.0: b\n').duplicateKeys.map((k) => k.key),
      ['1'],
    );
    // Merge keys may repeat (PyYAML merges each).
    assert.equal(check('a: &a {model: openai/x}\nb: &b {api_key: k}\nmodel_list:\n- model_name: m\n  litellm_params:\n    <<: *a\n    <<: *b\n'), null);
  });
});
