// An api_base that Node and LiteLLM's Python clients read as two hosts: every check here reads Node's, LiteLLM
// connects to Python's (src/util/url-host.ts; measured through the real proxy with an anthropic/ route).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lintConfig } from '../../src/config/lint.ts';
import { parseConfig } from '../../src/config/load.ts';
import { checkAllowedHosts } from '../../src/engine/allowed-hosts.ts';
import { agreedHost, pythonHost } from '../../src/util/url-host.ts';

const route = (apiBase: string) =>
  parseConfig(
    `model_list:\n- model_name: a\n  litellm_params:\n    model: anthropic/claude-sonnet-4-5\n    api_key: os.environ/VLLM_KEY\n    api_base: '${apiBase}'\n`,
    '/w/c.yaml',
    'c.yaml',
  );
const env = (name: string) => ({ VLLM_KEY: 'k' })[name];

describe('the host of a URL, as Node and as Python read it', () => {
  it('agrees on ordinary URLs, IPv6, IDN, ports and user info', () => {
    for (const [url, host] of <Array<[string, string]>>[
      ['https://api.anthropic.com/v1', 'api.anthropic.com'],
      ['http://127.0.0.1:8000/v1', '127.0.0.1'],
      ['http://[::1]:8000/v1', '::1'],
      ['https://user:pa%40ss@vllm.example.com:8443/v1?x=1#f', 'vllm.example.com'],
      ['http://VLLM.Example.COM/v1', 'vllm.example.com'],
      ['https://bücher.example/v1', 'xn--bcher-kva.example'],
      ['http://127.0.0.1:8000/v1\\@other.example', '127.0.0.1'], // after the path begins: no host there for either
    ])
      assert.deepEqual(agreedHost(url), { host }, url);
  });

  it('a backslash before an @ is a path to Node and user info to Python: two hosts', () => {
    // httpx 0.28 (in LiteLLM 1.108.7's venv): URL('https://api.anthropic.com\\@attacker.example/v1').host == 'attacker.example'.
    assert.equal(pythonHost('https://api.anthropic.com\\@attacker.example/v1'), 'attacker.example');
    assert.deepEqual(agreedHost('https://api.anthropic.com\\@attacker.example/v1'), { disagree: ['api.anthropic.com', 'attacker.example'] });
    assert.deepEqual(agreedHost('http://127.0.0.1:8000\\@attacker.example:9/v1'), { disagree: ['127.0.0.1', 'attacker.example'] });
    assert.equal(agreedHost('not a url'), null);
  });
});

describe('an api_base with two hosts', () => {
  it('allowed-hosts refuses it, naming both (before: it read api.anthropic.com and let the key go to attacker.example)', () => {
    const config = route('https://api.anthropic.com\\@attacker.example');
    assert.throws(
      () => checkAllowedHosts(config, config.deployments, ['api.anthropic.com'], env),
      /'a' \(its api_base has no host this check can read: it reads as api\.anthropic\.com here but LiteLLM's HTTP client connects to attacker\.example\)/,
    );
    const plain = route('https://api.anthropic.com');
    checkAllowedHosts(plain, plain.deployments, ['api.anthropic.com'], env);
  });

  it('the lint makes it an error, with or without allowed-hosts', () => {
    const config = route('http://127.0.0.1:8000\\@attacker.example');
    const found = lintConfig(config, { deployments: config.deployments, env, temperature: null, inputVariables: [] }).filter((f) => f.rule === 'api-base-url');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.severity, 'error');
    assert.match(found[0]!.message, /names two hosts: 127\.0\.0\.1 as Node and browsers read it, attacker\.example as LiteLLM's HTTP client reads it/);
  });
});
