// The stand-in's command line: help, a clear usage error (exit 2) for a bad port or an unknown trait, and the
// traits parsed into what the server serves.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseModelSpec } from '../../src/standin/model-spec.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'src', 'standin', 'bin.ts');
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', BIN, ...args], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, NODE_OPTIONS: '' } });

describe('stand-in command line', () => {
  it('--help prints the options and traits and exits 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Usage: node dist\/standin\.js/);
    assert.match(r.stdout, /no-tool-parser, tool-parser-mismatch, bad-tool-arguments, max-model-len=N/);
    assert.match(r.stdout, /--flavor F .* vllm, llamacpp, llamacpp-router, ollama, sglang, tgi, lmstudio/);
  });

  it('an unknown option, a bad port or an unknown trait: one line naming it, exit 2, no stack trace', () => {
    for (const [args, said] of [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--port', 'eighty'], /--port 'eighty' is not a port number/],
      [['--flavor', 'llama.cpp'], /--flavor 'llama\.cpp' is not one of vllm, llamacpp/],
      [['--model', 'gpt-5:reject-temprature'], /unknown trait 'reject-temprature'; known: reject-temperature/],
      [['--model', 'q:max-model-len=lots'], /max-model-len must be a positive whole number/],
    ] as const) {
      const r = run(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, said);
      assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('parses ids with slashes and each trait', () => {
    assert.deepEqual(parseModelSpec('Qwen/Qwen3-0.6B:reasoning:no-tool-parser:max-model-len=8192'), {
      id: 'Qwen/Qwen3-0.6B',
      reasoning: true,
      tools: 'no-parser',
      maxModelLen: 8192,
    });
    assert.deepEqual(parseModelSpec('gpt-5:reject-temperature:served-as=gpt-5-2025'), { id: 'gpt-5', temperature: 'reject-value', servedAs: 'gpt-5-2025' });
    assert.deepEqual(parseModelSpec('m:flaky'), { id: 'm', fault: 'flaky' });
    assert.throws(() => parseModelSpec(':reasoning'), /the model id is empty/);
  });

  it("serves Ollama's name:tag ids, and still refuses a mistyped trait after them", () => {
    assert.deepEqual(parseModelSpec('llama3.2:3b'), { id: 'llama3.2:3b' });
    assert.deepEqual(parseModelSpec('qwen3:0.6b:reasoning:max-model-len=4096'), { id: 'qwen3:0.6b', reasoning: true, maxModelLen: 4096 });
    assert.deepEqual(parseModelSpec('hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M:flaky'), {
      id: 'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M',
      fault: 'flaky',
    });
    assert.throws(() => parseModelSpec('qwen3:0.6b:reasonin'), /unknown trait 'reasonin'/);
    assert.throws(() => parseModelSpec('qwen3:max-model-len=lots'), /max-model-len must be a positive whole number/);
    assert.throws(() => parseModelSpec('qwen3:servd-as=x'), /unknown trait 'servd-as=x'/);
  });
});
