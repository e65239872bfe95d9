// The job summary's escaping against text written to defeat it: backtick runs that close our code span early or
// that look like a code span but are not one, and character references GitHub decodes. Expected strings are
// worked out by the GFM rules cited in src/report/markdown.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cell, code, fitSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/markdown.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { alias, report } from '../helpers/reports.ts';

const PIXEL = '![x](https://evil.example/p.png)';

describe('code: a span no text inside can close', () => {
  it('a name holding a double backtick gets a fence longer than any run in it', () => {
    // Before: the fence was `` and the name's own `` closed it, leaving the image outside the span.
    assert.equal(code(`x\`\` ${PIXEL} \`\``), `\`\`\` x\`\` ${PIXEL} \`\` \`\`\``);
    assert.equal(code('a`b'), '`` a`b ``');
    assert.equal(code('`x'), '`` `x ``');
    assert.equal(code('gpt-4o'), '`gpt-4o`');
  });

  it('inside the span only pipes are escaped (nothing else is parsed there)', () => {
    assert.equal(code('a|b<c>&d'), '`a\\|b<c>&d`');
  });
});

describe('cell: code spans as GFM reads them', () => {
  it('an opening run with no closer of the same length is literal: the link after it is escaped', () => {
    // Before: `` ... ` was taken for a code span, so the image inside it was left as syntax.
    assert.equal(cell(`\`\` ${PIXEL} \``), `\\\`\\\` !\\[x\\](\`https://evil.example/p.png)\` \\\``);
    assert.equal(cell(`\` ${PIXEL} \`\``), `\\\` !\\[x\\](\`https://evil.example/p.png)\` \\\`\\\``);
  });

  it('a real code span stays one (our fixes quote `["temperature"]`), the text around it is escaped', () => {
    assert.equal(cell('add `["temperature"]` [x](y)'), 'add `["temperature"]` \\[x\\](y)');
    assert.equal(cell('``a`b`` then [c]'), '``a`b`` then \\[c\\]');
  });

  it('a bare URL, www. name or e-mail address becomes a code span: GitHub autolinks none of them there', () => {
    // Before: `x (https://evil.example/p.png)` left a clickable link in the summary although its brackets were escaped.
    assert.equal(cell('see https://evil.example/p?a=1&b=<2> now'), 'see `https://evil.example/p?a=1&b=`&lt;2&gt; now');
    assert.equal(cell('go to www.evil.example or ftp://x.example'), 'go to `www.evil.example` or `ftp://x.example`');
    assert.equal(cell('write to root@evil.example.com.'), 'write to `root@evil.example.com`.');
    assert.equal(cell('a|https://a.example/|b'), 'a\\|`https://a.example/\\|b`', 'the pipe stays escaped inside the span');
    assert.equal(cell('no link: example.com, http:/x, a@b'), 'no link: example.com, http:/x, a@b');
  });

  it('character references stay text: no bidi override or zero-width space comes back, no key is spelled out', () => {
    assert.equal(cell('a &#8238;b &#x200B; &amp;'), 'a &amp;#8238;b &amp;#x200B; &amp;amp;');
    assert.equal(cell('<img src=x>'), '&lt;img src=x&gt;');
    assert.equal(cell('`&#8238;`'), '`&#8238;`', 'not decoded in a code span, so left alone');
  });
});

describe('renderSummary with a hostile upstream model name and reply', () => {
  it('the served model name (from the upstream) and the reply add no image and no reference', () => {
    const md = renderSummary(
      report([
        alias({
          reply: `\`\` ${PIXEL} \` &#8238;`,
          backendSwap: { configured: 'Qwen/Qwen3-0.6B', served: `q\`\` ${PIXEL} \`\`` },
        }),
      ]),
    );
    const row = md.split('\n').find((l) => l.includes('✅ pass |'));
    assert.ok(row?.endsWith(' | \\`\\` !\\[x\\](`https://evil.example/p.png)` \\` &amp;#8238; |'), row);
    assert.ok(md.includes(`served \`\`\` q\`\` ${PIXEL} \`\` \`\`\`\n`), md);
  });
});

describe('fitSummary: under the 1024 KiB GitHub takes, or GitHub drops the whole summary', () => {
  it('a config with a 1.5 MB alias name: the verdict and the rows before it stay, with a note; nothing else changes', () => {
    const md = renderSummary(report([alias({ alias: 'first' }), alias({ alias: `a${'x'.repeat(1_500_000)}` }), alias({ alias: 'last' })]));
    assert.ok(Buffer.byteLength(md) > 1024 * 1024, 'before: past the limit');
    const fitted = fitSummary(md);
    assert.ok(Buffer.byteLength(fitted) <= SUMMARY_LIMIT_BYTES, `${Buffer.byteLength(fitted)}`);
    assert.match(fitted, /^## verify-litellm: ✅ pass/);
    assert.match(fitted, /\| `first` \|/);
    assert.doesNotMatch(fitted, /xxxxxxxx/);
    assert.match(fitted, /> The summary was cut here: GitHub shows at most 1 MiB of it\./);
    const small = renderSummary(report([alias()]));
    assert.equal(fitSummary(small), small);
  });

  it('cut inside the details block, its fence and the block are closed before the note', () => {
    const md = [
      '## x',
      '<details><summary>Details</summary>',
      '',
      '```text',
      ...Array.from({ length: 50 }, () => 'y'.repeat(100)),
      '```',
      '',
      '</details>',
    ].join('\n');
    const fitted = fitSummary(md, 2000);
    assert.ok(Buffer.byteLength(fitted) <= 2000, `${Buffer.byteLength(fitted)}`);
    assert.match(fitted, /y\n```\n\n<\/details>\n\n> \[!WARNING\]/);
  });
});
