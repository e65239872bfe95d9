// allowed-hosts, the alias cap and the proxy-url warning: decided before anything starts (issue 12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import { checkAllowedHosts, hostAllowed, routeHosts } from '../../src/engine/allowed-hosts.ts';
import { insecureProxyUrl } from '../../src/engine/existing-proxy.ts';
import { Run } from '../../src/engine/run.ts';
import type { VerifyOptions } from '../../src/engine/verify.ts';
import { parseHosts } from '../../src/options/parse.ts';
import { VerifyError } from '../../src/util/errors.ts';

const config = parseConfig(
  [
    'model_list:',
    '- model_name: vllm',
    '  litellm_params: {model: openai/Qwen/Qwen3-0.6B, api_base: "https://vllm.internal.example.com/v1", api_key: os.environ/VLLM_KEY}',
    '- model_name: official',
    '  litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}',
    '- model_name: claude',
    '  litellm_params: {model: anthropic/claude-sonnet-4-5, api_key: os.environ/ANTHROPIC_API_KEY}',
    '- model_name: from-env',
    '  litellm_params: {model: openai/x, api_base: os.environ/PR_BASE, api_key: os.environ/VLLM_KEY}',
    '- model_name: bedrock',
    '  litellm_params: {model: bedrock/anthropic.claude-3}',
    '- model_name: fireworks',
    '  litellm_params: {model: fireworks_ai/accounts/fireworks/models/llama-v3p1-8b-instruct, api_key: os.environ/FIREWORKS_API_KEY}',
    '- model_name: cohere',
    '  litellm_params: {model: cohere/command-r, api_key: os.environ/COHERE_API_KEY}',
  ].join('\n'),
  '/w/c.yaml',
  'c.yaml',
);
const byAlias = (alias: string) => config.deployments.find((d) => d.alias === alias)!;
const read = (name: string) => ({ PR_BASE: 'https://attacker.example.net/v1' })[name];

describe('allowed-hosts', () => {
  it('names the hosts a route sends its key to: api_base (resolved as the proxy reads it), else what LiteLLM names for its provider', () => {
    assert.deepEqual(routeHosts(byAlias('vllm'), read), ['vllm.internal.example.com']);
    assert.deepEqual(routeHosts(byAlias('from-env'), read), ['attacker.example.net']);
    // LiteLLM's own answer (locks/litellm-1.108.7.hosts.json): get_api_base / get_llm_provider with no api_base.
    assert.deepEqual(routeHosts(byAlias('official'), read), ['api.openai.com']);
    assert.deepEqual(routeHosts(byAlias('fireworks'), read), ['api.fireworks.ai'], 'a provider no hand-written table had');
    // Hard-coded in litellm/main.py, which those functions do not report.
    assert.deepEqual(routeHosts(byAlias('claude'), read), ['api.anthropic.com']);
    assert.deepEqual(routeHosts(byAlias('cohere'), read), ['api.cohere.com', 'api.cohere.ai'], 'v2 and v1 chat');
    assert.equal(routeHosts(byAlias('bedrock'), read), null, 'a regional host LiteLLM names no default for');
  });

  it('matches exact hosts and *.subdomains only', () => {
    assert.equal(hostAllowed('vllm.internal.example.com', ['*.example.com']), true);
    assert.equal(hostAllowed('example.com.attacker.net', ['*.example.com']), false);
    assert.equal(hostAllowed('evilexample.com', ['*.example.com']), false);
    assert.equal(hostAllowed('api.openai.com', ['api.openai.com']), true);
  });

  it('fails before anything starts, naming each route outside the list; passes when all are inside', () => {
    const probed = selectDeployments(config, ['vllm', 'official', 'from-env']);
    assert.throws(
      () => checkAllowedHosts(config, probed, parseHosts('*.example.com, api.openai.com')!, read),
      (e: unknown) => e instanceof VerifyError && e.stage === 'config' && /'from-env' -> attacker\.example\.net/.test(e.message) && !/'vllm'/.test(e.message),
    );
    checkAllowedHosts(config, selectDeployments(config, ['vllm', 'official']), parseHosts('*.example.com\napi.openai.com')!, read);
    assert.throws(() => checkAllowedHosts(config, selectDeployments(config, ['bedrock']), ['aws.amazon.com'], read), /'bedrock' \(bedrock: no api_base/);
    // An api_base the check cannot read is refused, and said as such (not as a missing api_base).
    const unreadable = parseConfig(
      'model_list:\n- model_name: odd\n  litellm_params: {model: openai/x, api_base: os.environ/UNSET_BASE_X}\n',
      '/w/c.yaml',
      'c.yaml',
    );
    assert.throws(() => checkAllowedHosts(unreadable, unreadable.deployments, ['api.openai.com'], () => 'http://[bad'), /'odd' \(its api_base has no host/);
    // Every host a route may use must be allowed.
    assert.throws(() => checkAllowedHosts(config, selectDeployments(config, ['cohere']), ['api.cohere.ai'], read), /'cohere' -> api\.cohere\.com/);
    checkAllowedHosts(config, selectDeployments(config, ['cohere', 'fireworks']), ['*.cohere.com', 'api.cohere.ai', 'api.fireworks.ai'], read);
  });

  it('a base URL the config sets for routes without api_base is checked too (environment_variables, litellm_settings.api_base)', () => {
    // litellm/main.py: `api_base or litellm.api_base or get_secret("OPENAI_BASE_URL") or get_secret("OPENAI_API_BASE") or "https://api.openai.com/v1"`.
    const moved = parseConfig(
      [
        'environment_variables:',
        '  OPENAI_API_BASE: https://collector.attacker.example/v1',
        '  ANTHROPIC_BASE_URL: os.environ/PR_BASE',
        '  LOG_LEVEL: DEBUG',
        '  DATABRICKS_HOST: adb-1.databricks.attacker.example',
        '  OR_SITE_URL: https://my-site.example',
        'litellm_settings:',
        '  api_base: http://other.attacker.example',
        'model_list:',
        '- model_name: official',
        '  litellm_params: {model: openai/gpt-4o, api_key: os.environ/OPENAI_API_KEY}',
      ].join('\n'),
      '/w/c.yaml',
      'c.yaml',
    );
    // The proxy's environment; the variables the config sets are read as they hold once applied.
    const reads = (name: string) => ({ PR_BASE: 'https://attacker.example.net' })[name];
    assert.throws(
      () => checkAllowedHosts(moved, moved.deployments, ['api.openai.com'], reads),
      (e: unknown) =>
        e instanceof VerifyError &&
        /environment_variables\.OPENAI_API_BASE -> collector\.attacker\.example/.test(e.message) &&
        /environment_variables\.ANTHROPIC_BASE_URL -> attacker\.example\.net/.test(e.message) &&
        /litellm_settings\.api_base -> other\.attacker\.example/.test(e.message) &&
        /environment_variables\.DATABRICKS_HOST -> adb-1\.databricks\.attacker\.example/.test(e.message) &&
        !/LOG_LEVEL|OR_SITE_URL|'official'/.test(e.message), // OR_SITE_URL is only a header OpenRouter shows
    );
    checkAllowedHosts(moved, moved.deployments, ['api.openai.com', '*.attacker.example', 'attacker.example.net'], reads);
  });

  it("a route's os.environ/ reads the proxy's environment alone: environment_variables come after the model list", () => {
    // LiteLLM 1.108.7 resolves the model list's os.environ/ in get_config and applies environment_variables later, in
    // load_config: `api_base: os.environ/INTERNAL_BASE` set only there leaves the route's api_base None, and the key
    // goes to the provider's own host. The check said the internal host and let the route through.
    const late = parseConfig(
      [
        'environment_variables:',
        '  INTERNAL_BASE: https://vllm.internal.example.com/v1',
        'model_list:',
        '- model_name: internal',
        '  litellm_params: {model: openai/Qwen3, api_base: os.environ/INTERNAL_BASE, api_key: os.environ/VLLM_KEY}',
      ].join('\n'),
      '/w/c.yaml',
      'c.yaml',
    );
    const none = () => undefined;
    assert.throws(() => checkAllowedHosts(late, late.deployments, ['*.example.com'], none), /'internal' -> api\.openai\.com/);
    // Set in the proxy's environment, it is the route's host.
    checkAllowedHosts(late, late.deployments, ['*.example.com'], (n) => (n === 'INTERNAL_BASE' ? 'https://vllm.internal.example.com/v1' : undefined));
    // ...and a run checks it that way (it read environment_variables first, and let the route through).
    const run = new Run({ provided: {}, env: {}, allowedHosts: ['*.example.com'], litellmVersion: '1.108.7' } as unknown as VerifyOptions, {});
    assert.throws(() => run.admit(late, late.deployments), /'internal' -> api\.openai\.com/);
  });

  it('the input: empty is no restriction; junk is refused', () => {
    assert.equal(parseHosts(''), null);
    assert.deepEqual(parseHosts('API.example.com, *.corp.example'), ['api.example.com', '*.corp.example']);
    assert.throws(() => parseHosts('https://x.example/'), /is not a host name/);
  });
});

describe('proxy-url over plain http', () => {
  it('is flagged for a host other than this machine only', () => {
    assert.equal(insecureProxyUrl('http://litellm.example.com:4000'), 'litellm.example.com');
    assert.equal(insecureProxyUrl('http://10.0.0.5:4000'), '10.0.0.5');
    for (const ok of ['https://litellm.example.com', 'http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000'])
      assert.equal(insecureProxyUrl(ok), null, ok);
  });
});
