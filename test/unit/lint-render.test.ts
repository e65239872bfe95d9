// The CLI lint's terminal output: alias names and file paths come from the config, so they are hostile text.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderLint } from '../../src/cli/lint.ts';

describe('renderLint', () => {
  it('an alias or path with escapes and line breaks reaches the terminal as one inert line', () => {
    const text = renderLint({
      schema: 'verify-litellm/lint@1',
      findings: [
        {
          severity: 'warning',
          rule: 'literal-key',
          message: 'a literal key',
          file: 'cfg\x1b]0;pwned\x07.yaml',
          line: 3,
          column: 5,
          alias: 'gpt\x1b[2J\n::warning::forged',
        },
      ],
    });
    assert.doesNotMatch(text, /\x1b|\x07/, 'no escape sequence');
    // The break became a space, so `::` no longer starts a line the runner would read as a command.
    assert.equal(text.split('\n')[0], 'cfg.yaml:3:5: warning [literal-key] (gpt ::warning::forged) a literal key');
  });
});
