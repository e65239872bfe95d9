// The action's inputs: one function turns the raw strings into a typed object, and every bad value fails
// there with the input's name, what is accepted and what was found.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseInputs, type ActionInputs } from '../../src/action/inputs.ts';
import { DEFAULTS as TABLE } from '../../src/options/defaults.ts';
import { parseApis, parseBoolean, parseChoice, parseList, parseNumber, parseRequestParams, parseTemperature, parseUrl } from '../../src/options/parse.ts';
import { renderSettings } from '../../src/options/settings.ts';
import { DEFAULT_LITELLM_VERSION } from '../../src/litellm/lock.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { ROOT } from '../helpers/litellm.ts';

const WORKSPACE = path.resolve('/ws/repo');
const ENV = { GITHUB_WORKSPACE: WORKSPACE, RUNNER_TOOL_CACHE: path.resolve('/opt/hostedtoolcache'), RUNNER_TEMP: path.resolve('/runner/_temp') };

const actionInputs = (parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }).inputs;

/** parseInputs with a plain lookup, as the action's core.getInput would answer for unset inputs (''). */
function inputs(values: Record<string, string> = {}, env: NodeJS.ProcessEnv = ENV): ActionInputs {
  return parseInputs((name) => values[name] ?? '', env);
}

/** Asserts a VerifyError at the input stage whose message names the input and quotes the bad value. */
function rejects(values: Record<string, string>, name: string, found: string): void {
  assert.throws(
    () => inputs(values),
    (e: unknown) => {
      assert.ok(e instanceof VerifyError, `a VerifyError, got ${String(e)}`);
      assert.equal(e.stage, 'input');
      assert.equal(e.exitCode, 2);
      assert.ok(e.message.includes(name), `message names '${name}': ${e.message}`);
      assert.ok(e.message.includes(`'${found}'`), `message quotes the value '${found}': ${e.message}`);
      return true;
    },
  );
}

const DEFAULTS: ActionInputs = {
  mode: 'verify',
  configPath: path.join(WORKSPACE, TABLE.config),
  configDisplayPath: TABLE.config,
  vllmKey: '',
  models: 'all',
  prompt: TABLE.prompt,
  temperature: 0.7,
  maxTokens: 512,
  timeoutMs: 60_000,
  litellmVersion: DEFAULT_LITELLM_VERSION,
  litellmVersions: [DEFAULT_LITELLM_VERSION],
  litellmVersionNote: null,
  litellmExtras: 'auto',
  installTimeoutMs: 600_000,
  startTimeoutMs: 120_000,
  runTimeoutMs: 1_800_000,
  concurrency: 4,
  python: undefined,
  onMissingKey: 'fail',
  reportFile: undefined,
  cache: true,
  cacheRoot: path.join(ENV.RUNNER_TOOL_CACHE, 'verify-litellm'),
  tempRoot: ENV.RUNNER_TEMP,
  stream: true,
  attempts: 1,
  maxLatencyMs: null,
  latencyPolicy: 'fail',
  proxyUrl: undefined,
  proxyKey: '',
  allowedHosts: null,
  keepRunning: false,
  apis: ['chat'],
  tools: false,
  clients: [],
  requestParams: {},
  checkServedModel: true,
};

describe('parseInputs: defaults', () => {
  it('every input left empty gives the documented defaults', () => {
    assert.deepEqual(inputs(), DEFAULTS);
  });

  it("action.yml's defaults (what core.getInput returns for an unset input) parse to the same object", () => {
    const fromYml = Object.fromEntries(Object.entries(actionInputs).map(([name, spec]) => [name, spec.default ?? '']));
    assert.deepEqual(inputs(fromYml), DEFAULTS);
  });

  it('reads exactly the inputs action.yml declares', () => {
    const read = new Set<string>();
    parseInputs((name) => (read.add(name), ''), ENV);
    assert.deepEqual([...read].sort(), Object.keys(actionInputs).sort());
  });

  it('falls back to the home cache and the system temp folder off a runner', () => {
    const parsed = inputs({}, { GITHUB_WORKSPACE: WORKSPACE });
    assert.ok(parsed.cacheRoot.endsWith(path.join('.cache', 'verify-litellm')), parsed.cacheRoot);
    assert.ok(path.isAbsolute(parsed.tempRoot));
  });
});

describe('parseInputs: paths, text and secrets', () => {
  it('resolves config and report-file against the workspace, and shows the config relative to it', () => {
    const parsed = inputs({ config: 'configs/proxy.yaml', 'report-file': 'out/report.json' });
    assert.equal(parsed.configPath, path.join(WORKSPACE, 'configs', 'proxy.yaml'));
    assert.equal(parsed.configDisplayPath, 'configs/proxy.yaml');
    assert.equal(parsed.reportFile, path.join(WORKSPACE, 'out', 'report.json'));
  });

  it('refuses a config or report-file outside the workspace (the checkout may be a pull request)', () => {
    for (const [name, value] of [
      ['config', path.resolve('/etc/litellm/config.yaml')],
      ['config', '../other/config.yaml'],
      ['report-file', '../../home/runner/.bashrc'],
    ]) {
      assert.throws(
        () => inputs({ [name!]: value! }),
        (e: unknown) => e instanceof VerifyError && e.stage === 'input' && new RegExp(`input '${name}'.*outside the workspace`).test(e.message),
      );
    }
  });

  it('passes the key, proxy key, prompt and python through unchanged', () => {
    const parsed = inputs({ VLLM_KEY: 'vk-123456', 'proxy-key': 'sk-proxy-1', prompt: 'Reply with OK.', python: '/usr/bin/python3.12' });
    assert.equal(parsed.vllmKey, 'vk-123456');
    assert.equal(parsed.proxyKey, 'sk-proxy-1');
    assert.equal(parsed.prompt, 'Reply with OK.');
    assert.equal(parsed.python, '/usr/bin/python3.12');
  });
});

describe('models', () => {
  it('empty or all means every alias', () => {
    for (const raw of ['', '  ', 'all', ' all ', ',\n,']) assert.equal(parseList(raw), 'all', JSON.stringify(raw));
  });

  it('splits on commas and newlines, trims, drops blanks and duplicates, keeps order', () => {
    assert.deepEqual(parseList('gpt-4o, claude-opus-4-5-20251101\n\n  qwen ,gpt-4o'), ['gpt-4o', 'claude-opus-4-5-20251101', 'qwen']);
    assert.deepEqual(inputs({ models: 'b\na' }).models, ['b', 'a']);
  });
});

describe('temperature', () => {
  it('accepts numbers from 0 to 2', () => {
    for (const [raw, value] of [
      ['0', 0],
      ['2', 2],
      ['1.0', 1],
      [' 0.2 ', 0.2],
      ['', 0.7],
    ] as const)
      assert.equal(parseTemperature(raw), value, raw);
  });

  it("'none' (and null/omit, any case) omits it", () => {
    for (const raw of ['none', 'None', 'NONE', ' none ', 'null', 'omit']) assert.equal(parseTemperature(raw), null, raw);
    assert.equal(inputs({ temperature: 'none' }).temperature, null);
  });

  it('rejects anything else, naming the input, the range and the none option', () => {
    for (const raw of ['warm', '-0.1', '2.1', 'NaN', 'Infinity', '0.7f', 'nonee']) {
      rejects({ temperature: raw }, "input 'temperature'", raw);
      assert.throws(() => parseTemperature(raw), /must be a number from 0 to 2, or 'none' to omit it/);
    }
  });
});

describe('numeric inputs', () => {
  const NUMBERS = [
    { name: 'max-tokens', field: 'maxTokens', min: 1, max: 1_000_000, scale: 1 },
    { name: 'timeout', field: 'timeoutMs', min: 1, max: 3600, scale: 1000 },
    { name: 'install-timeout', field: 'installTimeoutMs', min: 10, max: 7200, scale: 1000 },
    { name: 'start-timeout', field: 'startTimeoutMs', min: 5, max: 1800, scale: 1000 },
    { name: 'concurrency', field: 'concurrency', min: 1, max: 64, scale: 1 },
    { name: 'attempts', field: 'attempts', min: 1, max: 10, scale: 1 },
    { name: 'max-latency-ms', field: 'maxLatencyMs', min: 1, max: 3_600_000, scale: 1 },
  ] as const;

  for (const { name, field, min, max, scale } of NUMBERS) {
    it(`${name}: accepts ${min}..${max}, rejects values outside and non-numbers`, () => {
      assert.equal(inputs({ [name]: String(min) })[field], min * scale);
      assert.equal(inputs({ [name]: String(max) })[field], max * scale);
      assert.equal(inputs({ [name]: ` ${min} ` })[field], min * scale, 'surrounding blanks are ignored');
      for (const bad of [String(min - 1), String(max + 1), 'abc', '10s', 'NaN', '-1']) {
        rejects({ [name]: bad }, `input '${name}'`, bad);
        assert.throws(() => inputs({ [name]: bad }), new RegExp(`must be a whole number from ${min} to ${max}`));
      }
    });
  }

  it('max-latency-ms: empty or blank means no threshold', () => {
    assert.equal(inputs({ 'max-latency-ms': '' }).maxLatencyMs, null);
    assert.equal(inputs({ 'max-latency-ms': '   ' }).maxLatencyMs, null);
    assert.equal(inputs({ 'max-latency-ms': '1500' }).maxLatencyMs, 1500);
  });

  it('parseNumber uses the name it is given (the CLI passes --flag names)', () => {
    assert.throws(
      () => parseNumber('attempts', '0', 1, 1, 10),
      (e: Error) => /option '--attempts' must be a whole number from 1 to 10; found '0'/.test(renderSettings(e.message, 'cli')),
    );
    assert.equal(parseNumber('attempts', '', 1, 1, 10), 1);
  });

  it('rejects fractions where only whole numbers make sense (max-tokens, concurrency, attempts)', () => {
    for (const name of ['max-tokens', 'concurrency', 'attempts']) rejects({ [name]: '1.5' }, `input '${name}'`, '1.5');
  });
});

describe('litellm-version', () => {
  it('defaults to the shipped lock and accepts other exact releases (their lock is checked at install)', () => {
    assert.equal(inputs().litellmVersion, DEFAULT_LITELLM_VERSION);
    assert.equal(inputs({ 'litellm-version': '1.80.0' }).litellmVersion, '1.80.0');
  });

  for (const version of ['1.82.7', '1.82.8']) {
    it(`refuses ${version} (the compromised release) with the reason and a fix`, () => {
      assert.throws(
        () => inputs({ 'litellm-version': version }),
        (e: unknown) => {
          assert.ok(e instanceof VerifyError);
          assert.equal(e.stage, 'input');
          assert.match(e.message, new RegExp(`litellm ${version.replace(/\./g, '\\.')} is refused`));
          assert.match(e.message, /credential stealer/);
          assert.match(e.detail?.fix ?? '', new RegExp(DEFAULT_LITELLM_VERSION.replace(/\./g, '\\.')));
          return true;
        },
      );
    });
  }

  it('refuses a compromised release before any other input is looked at', () => {
    assert.throws(() => inputs({ 'litellm-version': '1.82.8', temperature: 'warm', attempts: '0' }), /is refused/);
  });

  it('rejects ranges and tags: the install is hash-locked', () => {
    for (const raw of ['latest', '>=1.80', '1.80', 'v1.80.0', '1.80.*']) {
      assert.throws(
        () => inputs({ 'litellm-version': raw }),
        new RegExp(`input 'litellm-version' must be an exact release.*found '${raw.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'`),
      );
    }
  });
});

describe('choices', () => {
  it('on-missing-key: fail, skip or warn, any case', () => {
    assert.equal(inputs().onMissingKey, 'fail');
    for (const choice of ['fail', 'skip', 'warn'] as const) {
      assert.equal(inputs({ 'on-missing-key': choice }).onMissingKey, choice);
      assert.equal(inputs({ 'on-missing-key': choice.toUpperCase() }).onMissingKey, choice);
    }
  });

  it('on-missing-key: anything else names the input and the choices', () => {
    rejects({ 'on-missing-key': 'ignore' }, "input 'on-missing-key' must be one of fail, skip, warn", 'ignore');
  });

  it('latency: fail or warn', () => {
    assert.equal(inputs({ latency: 'warn' }).latencyPolicy, 'warn');
    rejects({ latency: 'error' }, "input 'latency' must be one of fail, warn", 'error');
    assert.equal(parseChoice('x', ' Warn ', ['fail', 'warn'] as const, 'fail'), 'warn');
  });
});

describe('booleans', () => {
  const BOOLEANS = [
    { name: 'cache', field: 'cache', fallback: true },
    { name: 'stream', field: 'stream', fallback: true },
    { name: 'keep-running', field: 'keepRunning', fallback: false },
    { name: 'tools', field: 'tools', fallback: false },
    { name: 'check-served-model', field: 'checkServedModel', fallback: true },
  ] as const;

  for (const { name, field, fallback } of BOOLEANS) {
    it(`${name}: defaults to ${fallback}, reads true/false spellings, rejects others`, () => {
      assert.equal(inputs()[field], fallback);
      for (const raw of ['true', 'True', 'TRUE', 'yes', 'on', '1']) assert.equal(inputs({ [name]: raw })[field], true, raw);
      for (const raw of ['false', 'False', 'no', 'off', '0']) assert.equal(inputs({ [name]: raw })[field], false, raw);
      for (const raw of ['maybe', 'enabled', '2']) rejects({ [name]: raw }, `input '${name}' must be true or false`, raw);
    });
  }

  it('parseBoolean falls back only for empty text', () => {
    assert.equal(parseBoolean('x', '  ', true), true);
    assert.equal(parseBoolean('x', ' off ', true), false);
  });
});

describe('proxy-url', () => {
  it('accepts http and https URLs, empty means none', () => {
    assert.equal(inputs().proxyUrl, undefined);
    assert.equal(inputs({ 'proxy-url': 'https://litellm.example.com' }).proxyUrl, 'https://litellm.example.com');
    assert.equal(parseUrl('proxy-url', ' http://127.0.0.1:4000/v1 '), 'http://127.0.0.1:4000/v1');
  });

  it('rejects relative text and other schemes, naming the input', () => {
    rejects({ 'proxy-url': 'litellm.example.com' }, "input 'proxy-url' must be an absolute http(s) URL", 'litellm.example.com');
    assert.throws(() => inputs({ 'proxy-url': 'ftp://litellm.example.com' }), /input 'proxy-url' must use http:\/\/ or https:\/\/; found 'ftp:'/);
  });

  it('refuses credentials in the URL without quoting them (they were never sent, only printed)', () => {
    for (const url of ['https://ci-user:s3cret-pw@litellm.example.com', 'https://s3cret-pw@litellm.example.com/v1']) {
      assert.throws(
        () => inputs({ 'proxy-url': url }),
        (e: unknown) => {
          assert.ok(e instanceof VerifyError);
          assert.equal(e.stage, 'input');
          assert.match(e.message, /input 'proxy-url' carries credentials/);
          assert.match(e.detail?.fix ?? '', /proxy-key/);
          assert.doesNotMatch(`${e.message} ${e.detail?.fix}`, /s3cret|ci-user/);
          return true;
        },
      );
    }
  });
});

describe('api', () => {
  it('defaults to chat; takes chat, messages and responses, comma- or space-separated, any case, once each', () => {
    assert.deepEqual(inputs().apis, ['chat']);
    assert.deepEqual(parseApis('chat,messages'), ['chat', 'messages']);
    assert.deepEqual(parseApis(' Messages  responses\nchat '), ['messages', 'responses', 'chat']);
    assert.deepEqual(parseApis('chat, chat'), ['chat']);
  });

  it('names the unknown surfaces and the accepted ones', () => {
    rejects({ api: 'chat,embeddings,completions' }, "input 'api' takes chat, messages, responses", 'embeddings, completions');
  });
});

describe('request-params', () => {
  it('empty means none; takes a JSON or YAML mapping', () => {
    assert.deepEqual(inputs().requestParams, {});
    assert.deepEqual(parseRequestParams('{"top_p": 0.9, "reasoning_effort": "low"}'), { top_p: 0.9, reasoning_effort: 'low' });
    assert.deepEqual(inputs({ 'request-params': 'top_p: 0.9\nseed: 7\n' }).requestParams, { top_p: 0.9, seed: 7 });
  });

  it('rejects text that does not parse, and anything but a mapping, naming the input', () => {
    assert.throws(
      () => inputs({ 'request-params': '{"top_p": ' }),
      /input 'request-params' must be a JSON or YAML mapping like \{"top_p": 0\.9\}; it does not parse/,
    );
    assert.throws(() => inputs({ 'request-params': '[1, 2]' }), /input 'request-params' must be a mapping.*found a list/);
    assert.throws(() => inputs({ 'request-params': '0.9' }), /input 'request-params' must be a mapping.*found a number/);
    assert.throws(() => inputs({ 'request-params': 'null' }), /input 'request-params' must be a mapping.*found nothing/);
  });

  it('refuses YAML aliases (no expansion bombs)', () => {
    assert.throws(
      () => parseRequestParams('a: &x [1, 2]\nb: *x\n'),
      (e: Error) => renderSettings(e.message, 'action').includes("input 'request-params'"),
    );
  });

  it('refuses keys the probe sets itself, and temperature (its own input)', () => {
    for (const key of ['model', 'messages', 'input', 'stream', 'tools', 'tool_choice']) {
      assert.throws(() => inputs({ 'request-params': `{"${key}": 1}` }), new RegExp(`input 'request-params' may not set ${key}`), key);
    }
    assert.throws(() => inputs({ 'request-params': '{"temperature": 1}' }), /may not set temperature: use input 'temperature'/);
  });
});

describe('client', () => {
  it('takes claude-code, codex, openai as a list, and names what it does not know', async () => {
    const { parseClientList } = await import('../../src/options/parse.ts');
    assert.deepEqual(parseClientList(''), []);
    assert.deepEqual(parseClientList('claude-code, codex\nopenai, codex'), ['claude-code', 'codex', 'openai']);
    assert.throws(() => parseClientList('claude-code, gemini'), /client.* takes claude-code, codex, openai \(comma-separated\); found 'gemini'/);
  });
});
