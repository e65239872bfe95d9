// allowed-hosts, the alias cap and the proxy-url warning: decided before anything starts (issue 12).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import { checkAllowedHosts, hostAllowed, routeHost } from '../../src/engine/allowed-hosts.ts';
import { insecureProxyUrl } from '../../src/engine/existing-proxy.ts';
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
  ].join('\n'),
  '/w/c.yaml',
  'c.yaml',
);
const byAlias = (alias: string) => config.deployments.find((d) => d.alias === alias)!;
const read = (name: string) => ({ PR_BASE: 'https://attacker.example.net/v1' })[name];

describe('allowed-hosts', () => {
  it('names the host a route sends its key to: api_base (resolved as the proxy reads it), else the provider default', () => {
    assert.equal(routeHost(byAlias('vllm'), read), 'vllm.internal.example.com');
    assert.equal(routeHost(byAlias('official'), read), 'api.openai.com');
    assert.equal(routeHost(byAlias('claude'), read), 'api.anthropic.com');
    assert.equal(routeHost(byAlias('from-env'), read), 'attacker.example.net');
    assert.equal(routeHost(byAlias('bedrock'), read), null, 'a regional host is not known before it runs');
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
      () => checkAllowedHosts(probed, parseHosts('*.example.com, api.openai.com')!, read),
      (e: unknown) => e instanceof VerifyError && e.stage === 'config' && /'from-env' -> attacker\.example\.net/.test(e.message) && !/'vllm'/.test(e.message),
    );
    checkAllowedHosts(selectDeployments(config, ['vllm', 'official']), parseHosts('*.example.com\napi.openai.com')!, read);
    assert.throws(() => checkAllowedHosts(selectDeployments(config, ['bedrock']), ['aws.amazon.com'], read), /'bedrock' \(bedrock: no api_base/);
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
