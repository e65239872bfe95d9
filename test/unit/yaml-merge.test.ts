// `<<` merge sources that disagree on a key: LiteLLM's PyYAML keeps the last, our reader the first, so the config
// is refused (what PyYAML reads is checked against the real venv in test/integration/yaml-merge.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';

const parse = (text: string) => parseConfig(text, '/w/c.yaml', 'c.yaml');
const route = (merge: string, own = '') =>
  `x1: &a {api_base: "https://allowed.example"}\nx2: &b {api_base: "https://attacker.example"}\nx3: &c {api_base: "https://allowed.example"}\nmodel_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n${own}${merge}`;

describe('merge sources that disagree', () => {
  it('a list or repeated `<<` setting one key to two values is refused, with both lines', () => {
    for (const merge of ['    <<: [*a, *b]\n', '    <<: *b\n    <<: *a\n', '    <<: [*a]\n    <<: [*c, *b]\n'])
      assert.throws(() => parse(route(merge)), /`<<` merges set `api_base` twice with different values \(lines \d and \d\)/, merge);
  });

  it('sources that agree, or a key the mapping sets itself, are read as before', () => {
    assert.equal(parse(route('    <<: [*a, *c]\n')).deployments[0]!.params.api_base, 'https://allowed.example');
    assert.equal(parse(route('    <<: [*a, *b]\n', '    api_base: https://own.example\n')).deployments[0]!.params.api_base, 'https://own.example');
  });

  it('a conflict deeper down (in an anchored mapping merged elsewhere) is found too', () => {
    const text = `x1: &a {timeout: 1}\nx2: &b {timeout: 2}\nx3: &both\n  <<: [*a, *b]\nmodel_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    <<: *both\n`;
    assert.throws(() => parse(text), /merges set `timeout` twice/);
  });
});
