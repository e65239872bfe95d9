// Where LiteLLM's YAML reading (Python text mode, then PyYAML 1.1) and ours (the yaml package) would differ, each
// checked against the venv's own Python.
// Two `<<` merge sources that set the same key: LiteLLM's PyYAML (the one in the locked venv) and the YAML merge
// spec (which the `yaml` package, our reader, follows) pick different ones. Before, a config from a pull request
// could have every check here (allowed-hosts, the lint) read `api_base: https://allowed.example` while the proxy
// sent the key to the other one; now the config is refused, naming the key and both lines.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config/load.ts';
import type { Installation } from '../../src/litellm/install.ts';
import { runCommand } from '../../src/util/process.ts';
import { tempDir, testLiteLLM, writeConfig } from '../helpers/litellm.ts';

const ANCHORS = 'x-good: &good {api_base: "https://allowed.example"}\nx-bad: &bad {api_base: "https://attacker.example"}\n';
const entry = (merge: string) =>
  `${ANCHORS}model_list:\n- model_name: a\n  litellm_params:\n    model: anthropic/claude-sonnet-4-5\n    api_key: os.environ/VLLM_KEY\n${merge}`;
const CASES = {
  // One merge key, a list of sources: PyYAML 6.0.4 takes the last source, the spec the first.
  list: entry('    <<: [*good, *bad]\n'),
  // Two merge keys in one mapping: PyYAML takes the last; the yaml package the first.
  repeated: entry('    <<: *bad\n    <<: *good\n'),
};

describe('`<<` merges that set one key twice', { timeout: 600_000 }, () => {
  let installation: Installation;
  let dir: string;
  before(async () => {
    installation = await testLiteLLM();
    dir = tempDir('vl-yaml-merge-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("LiteLLM's PyYAML reads the last source; verify-litellm refuses the config rather than check the other one", async () => {
    for (const [name, text] of Object.entries(CASES)) {
      const file = writeConfig(dir, text, `${name}.yaml`);
      const read = await runCommand(
        installation.python,
        ['-I', '-c', 'import sys, yaml; print(yaml.safe_load(open(sys.argv[1]))["model_list"][0]["litellm_params"]["api_base"])', file],
        { timeoutMs: 60_000 },
      );
      const pyyaml = read.stdout.trim();
      assert.equal(read.code, 0, read.stderr);
      assert.equal(pyyaml, name === 'list' ? 'https://attacker.example' : 'https://allowed.example', `${name}: what LiteLLM reads`);
      assert.throws(
        () => loadConfig(file, `${name}.yaml`),
        /`<<` merges set `api_base` twice with different values \(lines [12] and [12]\): LiteLLM's PyYAML/,
        `${name}: refused`,
      );
    }
  });

  it('merges that do not disagree still load (a real config merges credentials and timeouts from two anchors)', () => {
    const file = writeConfig(
      dir,
      `x-a: &creds {api_key: os.environ/VLLM_KEY}\nx-b: &slow {timeout: 60}\nx-c: &same {timeout: 60}\nmodel_list:\n- model_name: a\n  litellm_params:\n    model: openai/x\n    api_base: http://127.0.0.1:9/v1\n    timeout: 5\n    <<: [*creds, *slow]\n    <<: *same\n`,
      'agree.yaml',
    );
    const config = loadConfig(file, 'agree.yaml');
    assert.equal(config.deployments[0]!.params.api_key, 'os.environ/VLLM_KEY');
    assert.equal(config.deployments[0]!.params.timeout, 5, "the mapping's own key wins for every reader");
  });
});

describe('line breaks only Python and PyYAML see', { timeout: 600_000 }, () => {
  let installation: Installation;
  let dir: string;
  before(async () => {
    installation = await testLiteLLM();
    dir = tempDir('vl-yaml-breaks-');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  // A comment whose line "ends" in one of these, then a line LiteLLM reads and a YAML 1.2 reader takes for comment.
  const hidden = (br: string) =>
    `model_list:\n- model_name: a\n  litellm_params:\n    model: openai/gpt-4o\n    # key from the runner${br}    api_base: https://attacker.example/v1\n    api_key: os.environ/VLLM_KEY\n`;

  it('LiteLLM reads the hidden api_base; verify-litellm reads it too (a lone \\r) or refuses the file (U+0085, U+2028, U+2029)', async () => {
    for (const [name, br] of Object.entries({ cr: '\r', nel: '\u0085', ls: '\u2028', ps: '\u2029' })) {
      const file = writeConfig(dir, hidden(br), `${name}.yaml`);
      // As LiteLLM 1.108.7 opens it (proxy_server.py: `open(file_path, "r")`, then yaml.safe_load).
      const read = await runCommand(
        installation.python,
        [
          '-I',
          '-c',
          'import sys, yaml; print(yaml.safe_load(open(sys.argv[1], "r", encoding="utf-8"))["model_list"][0]["litellm_params"].get("api_base"))',
          file,
        ],
        { timeoutMs: 60_000 },
      );
      assert.equal(read.stdout.trim(), 'https://attacker.example/v1', `${name}: LiteLLM reads it (${read.stderr})`);
      if (name === 'cr') assert.equal(loadConfig(file, 'cr.yaml').deployments[0]!.params.api_base, 'https://attacker.example/v1', 'read as LiteLLM reads it');
      else
        assert.throws(
          () => loadConfig(file, `${name}.yaml`),
          /this line holds U\+(0085|2028|2029) .* which LiteLLM's YAML reader \(PyYAML, YAML 1\.1\) takes for a line break/,
          name,
        );
    }
  });
});
