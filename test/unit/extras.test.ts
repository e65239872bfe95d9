// Which LiteLLM extras a run installs beside [proxy]: `litellm-extras` as written, `auto` from the probed routes
// (real configs), and the warning when LiteLLM's own answer shows a Vertex AI route the install cannot sign.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.ts';
import { selectDeployments } from '../../src/config/select.ts';
import { extrasFor, missingExtras } from '../../src/litellm/extras.ts';
import type { OracleAnswer, OracleDeployment } from '../../src/litellm/oracle.ts';
import { parseExtras } from '../../src/options/parse.ts';
import { VerifyError } from '../../src/util/errors.ts';
import { ROOT } from '../helpers/litellm.ts';

const real = (slug: string) => loadConfig(path.join(ROOT, 'test', 'fixtures', 'real-configs', slug, 'config.yaml'));

describe('litellm-extras', () => {
  it('reads auto (the default), none, and the extras verify-litellm has locks for', () => {
    assert.equal(parseExtras(''), 'auto');
    assert.equal(parseExtras(' AUTO '), 'auto');
    assert.deepEqual(parseExtras('none'), []);
    assert.deepEqual(parseExtras('google'), ['google']);
    assert.deepEqual(parseExtras('google, google\n'), ['google']);
  });

  it('refuses an extra it has no reviewed lock for, naming the setting and what is accepted', () => {
    for (const bad of ['proxy-runtime', 'google,aws', 'none,google', 'auto,google'])
      assert.throws(
        () => parseExtras(bad),
        (e: unknown) => e instanceof VerifyError && e.stage === 'input' && /litellm-extras/.test(e.message) && /use auto, none, or google/.test(e.message),
        bad,
      );
  });
});

describe('auto: the extras the probed routes name', () => {
  it('google for a vertex_ai/ route among others (Firefox-AI media config), only when that route is probed', () => {
    const config = real('vertex-media-custom-provider-map');
    assert.deepEqual(extrasFor(selectDeployments(config, 'all')), ['google']);
    const vertex = new Set(config.deployments.filter((d) => d.model.startsWith('vertex_ai/')).map((d) => d.alias));
    const others = [...new Set(config.deployments.map((d) => d.alias))].filter((a) => !vertex.has(a));
    assert.ok(vertex.size > 0 && others.length > 0);
    assert.deepEqual(extrasFor(selectDeployments(config, others)), []);
    assert.deepEqual(extrasFor(selectDeployments(config, [...vertex].slice(0, 1))), ['google']);
  });

  it('none for Google AI Studio (`gemini/`, an API key) and for OpenAI-compatible servers', () => {
    assert.deepEqual(extrasFor(selectDeployments(real('gemini-custom-api-base-proxy'), 'all')), []);
    assert.deepEqual(extrasFor(selectDeployments(real('llamacpp-https-lme'), 'all')), []);
  });

  it('google for custom_llm_provider: vertex_ai with a bare model', () => {
    const config = real('vertex-ai-location-key-bare-palm');
    const d = { ...config.deployments[0]!, provider: null, model: 'gemini-pro', params: { custom_llm_provider: 'vertex_ai_beta' } };
    assert.deepEqual(extrasFor([d]), ['google']);
  });
});

describe('missingExtras: LiteLLM resolved a Vertex AI route the install cannot sign', () => {
  const config = real('vertex-ai-location-key-bare-palm');
  const probed = selectDeployments(config, 'all');
  const answer = (provider: (i: number) => string | null): OracleAnswer =>
    ({ deployments: probed.map((d) => ({ index: d.index, provider: provider(d.index) }) as OracleDeployment) }) as OracleAnswer;

  it('warns for each probed route LiteLLM resolves to vertex_ai (a bare model it maps itself included), with the setting', () => {
    const found = missingExtras(
      config,
      answer(() => 'vertex_ai'),
      probed,
      [],
    );
    assert.equal(found.length, probed.length);
    assert.ok(found.every((f) => f.severity === 'warning' && f.rule === 'litellm-extra-missing' && /litellm-extras/.test(f.fix ?? '')));
    assert.equal(found[0]!.alias, probed[0]!.alias);
  });

  it('says nothing once google is installed, or for routes that are not Vertex AI or not probed', () => {
    assert.deepEqual(
      missingExtras(
        config,
        answer(() => 'vertex_ai'),
        probed,
        ['google'],
      ),
      [],
    );
    assert.deepEqual(
      missingExtras(
        config,
        answer(() => 'gemini'),
        probed,
        [],
      ),
      [],
    );
    assert.deepEqual(
      missingExtras(
        config,
        answer(() => 'vertex_ai'),
        [],
        [],
      ),
      [],
    );
  });
});
