// The one sanitizer every sink uses, and the sinks that use it: hostile text (upstream bodies, alias names)
// must never become a workflow command, a terminal escape, or Markdown structure in the summary.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { oneLine, paramName, safeLines, sanitizeDeep } from '../../src/util/sanitize.ts';
import { renderLintSummary, renderSummary } from '../../src/report/summary.ts';
import { aliasLine, ansi, renderText } from '../../src/report/text.ts';
import { diagnose } from '../../src/diagnose/diagnose.ts';
import { parseConfig } from '../../src/config/load.ts';
import type { Report } from '../../src/report/report.ts';
import { alias as aliasBuilder, report as reportBuilder } from '../helpers/reports.ts';

/** A line the runner would act on: `::cmd` after leading whitespace, or `##[` anywhere (actions/runner ActionCommand). */
function runnerCommands(text: string): string[] {
  return text.split(/\r\n|\n|\r/).filter((line) => /^\s*::/.test(line) || line.includes('##['));
}

const FORGED = `::save-state name=cache-save::{"path":"/home/runner/work","key":"x"}`;

describe('sanitize', () => {
  it('oneLine flattens every line break (CR, LF, CRLF, VT, FF, NEL, LS, PS) and defuses a leading ::', () => {
    for (const br of ['\n', '\r', '\r\n', '\v', '\f', '\u0085', '\u2028', '\u2029']) {
      const out = oneLine(`top_k'${br}${FORGED}${br}`);
      assert.equal(/[\n\r\v\f\u0085\u2028\u2029]/.test(out), false, JSON.stringify(out));
      assert.deepEqual(runnerCommands(out), []);
    }
    assert.equal(oneLine('::add-mask::x'), ': :add-mask::x');
    assert.equal(oneLine(' \t::warning::x'), ' \t: :warning::x');
    assert.equal(oneLine('a ##[save-state name=x]y'), 'a ## [save-state name=x]y');
  });

  it('safeLines keeps line structure but defuses each line; a lone \\r is a line break', () => {
    const out = safeLines(`first\r${FORGED}\n  ##[error]x\r\nlast`);
    assert.deepEqual(out.split('\n').length, 4);
    assert.deepEqual(runnerCommands(out), []);
  });

  it('removes terminal escapes (CSI, OSC, 8-bit CSI) and other controls; shows bidi overrides by code point', () => {
    assert.equal(oneLine('a\x1b[2J\x1b[31mred\x1b[0m b'), 'ared b');
    assert.equal(oneLine('x\x1b]8;;http://evil\x07link\x1b]8;;\x07y'), 'xlinky');
    assert.equal(oneLine('x\x1b]0;title\x1b\\y'), 'xy');
    assert.equal(oneLine('x\x9b2Jy\x00\x07\x08\x7f'), 'xy');
    assert.equal(oneLine('ab\u202ecd\u2066e'), 'ab<U+202E>cd<U+2066>e');
    assert.equal(safeLines('a\u200eb\u200fc\u061cd'), 'a<U+200E>b<U+200F>c<U+061C>d', 'the implicit marks LRM, RLM, ALM');
    assert.equal(oneLine('tab\tstays'), 'tab\tstays');
  });

  it('shows every character that shows nothing, so two names that differ never look the same', () => {
    // Before: zero-width characters, the BOM, fillers and tag characters passed through unseen, and bidi controls were
    // removed: 'gpt-4o' and 'gpt-4o\u200b' (or 'gpt\u202e-4o') printed the same.
    assert.notEqual(oneLine('gpt-4o\u200b'), oneLine('gpt-4o'));
    assert.notEqual(oneLine('gpt\u202e-4o'), oneLine('gpt-4o'));
    for (const [input, shown] of <Array<[string, string]>>[
      ['a\u200bb\u200cc\u200dd', 'a<U+200B>b<U+200C>c<U+200D>d'],
      ['a\u2060b\u2063c\ufeffd\u00ade', 'a<U+2060>b<U+2063>c<U+FEFF>d<U+00AD>e'],
      ['\u3164\u115f\u1160\uffa0\u180e', '<U+3164><U+115F><U+1160><U+FFA0><U+180E>'],
      // "Hi" written in tag characters: invisible on screen, read by a model.
      ['ok\u{E0048}\u{E0069}', 'ok<U+E0048><U+E0069>'],
    ])
      assert.equal(oneLine(input), shown);
    assert.equal(oneLine(oneLine('a\u200bb')), 'a<U+200B>b', 'sanitizing twice changes nothing');
    assert.equal(oneLine('\u{1F600} caf\u00e9 \u4e2d'), '\u{1F600} caf\u00e9 \u4e2d', 'visible text, astral included, is kept');
  });

  it('a lone surrogate (not text, not UTF-8) becomes U+FFFD; a pair is kept', () => {
    assert.equal(oneLine('a\ud800b\udc00c'), 'a\ufffdb\ufffdc');
    assert.equal(oneLine('x\ud83d\ude00y'), 'x\u{1F600}y');
    assert.equal(oneLine('end\ud83d'), 'end\ufffd');
  });

  it('sanitizeDeep cleans every string of a report, keys too', () => {
    const out = sanitizeDeep({ a: [`x\n${FORGED}`], [`k\r${FORGED}`]: 1, n: 2, b: true, z: null });
    assert.deepEqual(runnerCommands(JSON.stringify(out)), []);
    for (const v of [...Object.keys(out), ...(out.a as string[])]) assert.deepEqual(runnerCommands(v), []);
    assert.equal(out.n, 2);
  });

  it('paramName takes only [\\w.-]', () => {
    assert.equal(paramName('top_k'), 'top_k');
    assert.equal(paramName('reasoning.effort'), 'reasoning.effort');
    assert.equal(paramName(`top_k\n${FORGED}`), null);
    assert.equal(paramName(''), null);
  });
});

const config = parseConfig(
  `model_list:\n- model_name: "evil\\n::save-state name=cache-save::{}"\n  litellm_params:\n    model: openai/x\n    api_base: http://127.0.0.1:9/v1\n`,
  '/tmp/c.yaml',
  'c.yaml',
);

describe('a hostile upstream body, through diagnose and every renderer', () => {
  const hostile = `litellm.BadRequestError: OpenAIException - Unsupported parameter: 'top_k\n${FORGED}\n'`;
  const deployment = config.deployments[0]!;

  it('the unsupported-parameter matcher never captures across a line break', () => {
    const d = diagnose({ endpoint: 'chat', ok: false, status: 400, latencyMs: 1, error: { message: hostile, type: null, param: null, code: '400' } } as never, {
      config,
      deployment,
      temperature: 0.7,
      timeoutMs: 1000,
    });
    // Quoting the message (flattened) is fine; naming `top_k\n::save-state...` as the parameter to drop is not.
    assert.notEqual(d.code, 'unsupported-param', d.summary);
    assert.equal(/drop_params: \[[^\]]*save-state/.test(d.fix), false, d.fix);
  });

  // The shared builders, with every field a hostile upstream or config controls set to hostile text.
  const alias = aliasBuilder({
    alias: deployment.alias,
    model: 'openai/x',
    apiBaseHost: '127.0.0.1:9',
    endpoint: null,
    status: 'fail',
    httpStatus: 400,
    latencyMs: 5,
    reply: null,
    diagnosis: { code: 'unknown', summary: `s\r${FORGED}`, fix: `f\r\n##[save-state name=x]y` } as never,
    error: `${hostile}\r| injected | row |\r# heading\r![img](http://evil/p.png) [click](http://evil)`,
    attempts: [],
  });
  const report: Report = reportBuilder([alias], {
    config: 'c.yaml',
    litellmLock: null,
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
    timings: { installMs: null, startMs: null, probeMs: null },
    error: { stage: 'start', message: `LiteLLM exited.\nLast lines:\n${FORGED}\r\x1b[2Jgone\r\`\`\`\r</details>`, fix: null },
  });

  it('the job summary: no extra table row, no heading, link or image, no raw HTML; a lone \\r is not a line break', () => {
    const md = renderSummary(report);
    const row = md.split('\n').filter((l) => l.includes('evil'));
    assert.equal(row.length, 1, md);
    assert.equal(/\r/.test(md), false);
    assert.equal(/(^|[^\\])!?\[(img|click)\]\(/.test(md), false, 'no link or image syntax');
    // The hostile `\`\`\`` cannot close the details fence early (so its `</details>` stays text inside the block).
    const fenced = md.split('```text\n')[1]!.split('\n```\n')[0]!;
    assert.equal(/^\s*(`{3,}|~{3,})/m.test(fenced), false, fenced);
    assert.match(fenced, /<\/details>/);
    assert.equal(md.includes('\x1b'), false);
  });

  it('the terminal text (colours on): only our own escapes, no runner command on any line', () => {
    const text = renderText(report, ansi) + '\n' + aliasLine(alias, ansi);
    assert.deepEqual(runnerCommands(text), []);
    assert.equal(text.includes('\x1b[2J'), false);
    assert.equal(/\r/.test(text), false);
  });
});

describe('the lint summary (mode: lint) escapes config text as the verify summary does', () => {
  it('a backslash before a pipe, HTML, links and line breaks in a finding stay inside one cell of one row', () => {
    const md = renderLintSummary(
      [
        {
          severity: 'error',
          rule: 'env-unset',
          file: 'c\\|.yaml',
          line: 3,
          column: 1,
          message: `'a\\| injected | row |' reads X<img src=x onerror=alert(1)>\r# heading\n${FORGED}`,
          fix: 'set it [click](http://evil) ![img](http://evil/p.png)',
        },
      ],
      'c.yaml',
    );
    const rows = md.split('\n').filter((l) => l.startsWith('| error'));
    assert.equal(rows.length, 1, md);
    // Five cells: six unescaped pipes, whatever the text held.
    assert.equal(rows[0]!.replace(/\\\\/g, '').match(/(?<!\\)\|/g)?.length, 6, rows[0]);
    assert.equal(md.includes('<img'), false);
    assert.equal(/(^|[^\\])!?\[(img|click)\]\(/.test(md), false, 'no link or image syntax');
    assert.equal(/^#/m.test(md.replace(/^## verify-litellm lint/m, '')), false, 'no heading from the text');
    assert.deepEqual(runnerCommands(md), []);
  });
});
