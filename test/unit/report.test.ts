// The report and its renderings: verdicts and counts, the job summary's table (alias | routed to | result |
// latency | reply or diagnosis) and the terminal text, in config order, with Markdown-safe cells and no secrets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapBounded } from '../../src/util/map-bounded.ts';
import { countAliases, verdictOf } from '../../src/report/report.ts';
import { alias, failing, report, skipped } from '../helpers/reports.ts';
import { cell, code } from '../../src/report/markdown.ts';
import { renderSummary } from '../../src/report/summary.ts';
import { aliasLine, ansi, plain, renderText } from '../../src/report/text.ts';
import { Masker } from '../../src/util/mask.ts';

const KEY = 'vk-canary-5b1c0e2a7d';

/** The cells of a Markdown table row (pipes escaped as \| stay inside their cell). */
function cells(row: string): string[] {
  return row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
}

function tableRows(summary: string): string[][] {
  return summary
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map(cells);
}

describe('verdict and counts', () => {
  it('counts each status', () => {
    assert.deepEqual(countAliases([alias(), failing(), skipped(), alias({ alias: 'b' })]), { pass: 2, fail: 1, skipped: 1 });
    assert.deepEqual(countAliases([]), { pass: 0, fail: 0, skipped: 0 });
  });

  it('fails on any failed alias or a run-stopping error; skipped when nothing was probed', () => {
    assert.equal(verdictOf([alias(), skipped()], null), 'pass');
    assert.equal(verdictOf([alias(), failing()], null), 'fail');
    assert.equal(verdictOf([alias()], { stage: 'start', message: 'LiteLLM exited', fix: null }), 'fail');
    assert.equal(verdictOf([], { stage: 'config', message: 'bad', fix: null }), 'fail');
    assert.equal(verdictOf([skipped()], null), 'skipped');
    assert.equal(verdictOf([], null), 'skipped');
  });

  it('the engine keeps config order however the probes finish (mapBounded)', async () => {
    const delays = [40, 5, 25, 0, 10];
    const order = await mapBounded(delays, 3, async (ms) => {
      await new Promise((r) => setTimeout(r, ms));
      return ms;
    });
    assert.deepEqual(order, delays);
  });
});

describe('cell (Markdown table escaping)', () => {
  it('escapes pipes and backslashes, flattens newlines, neutralises HTML', () => {
    assert.equal(cell('a | b'), 'a \\| b');
    assert.equal(cell('line1\nline2\r\nline3'), 'line1 line2 line3');
    assert.equal(cell('C:\\path'), 'C:\\\\path');
    assert.equal(cell('<script>alert(1)</script>'), '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(cell('a\\|b'), 'a\\\\\\|b', 'a backslash before a pipe cannot un-escape it');
  });
});

describe('renderSummary', () => {
  it('marks a lock resolved at run time as not reviewed, and says nothing for a shipped one', () => {
    assert.match(
      renderSummary(report([alias()], { litellmVersion: '1.106.12', litellmLock: { reviewed: false, excludeNewer: '2026-11-20T06:51:45.000Z', extras: [] } })),
      /LiteLLM 1\.106\.12 \(lock resolved at run time, not reviewed\)/,
    );
    assert.doesNotMatch(renderSummary(report([alias()])), /not reviewed/);
  });

  it('names the extras installed beside [proxy] after the version, in the summary and on the terminal', () => {
    const google = report([alias()], { litellmLock: { reviewed: true, excludeNewer: null, extras: ['google'] } });
    assert.match(renderSummary(google), /LiteLLM 1\.108\.7 \+ google · /);
    assert.match(renderText(google, plain), /\(LiteLLM 1\.108\.7 \+ google, /);
    assert.doesNotMatch(renderSummary(report([alias()])), /\+ google/);
  });

  it('has the verdict, the run line and the table header with the five columns', () => {
    const md = renderSummary(report([alias(), failing()]));
    const lines = md.split('\n');
    assert.equal(lines[0], '## verify-litellm: ❌ fail');
    assert.match(md, /Config `example_configs\/test-local\/config-litellm\.yaml` · LiteLLM 1\.108\.7 · 1 passed, 1 failed, 0 skipped · 17\.7s/);
    assert.ok(lines.includes('| Alias | Routed to | Result | Latency | Reply or diagnosis |'));
    assert.ok(lines.includes('| --- | --- | --- | ---: | --- |'));
    assert.equal(renderSummary(report([alias()])).split('\n')[0], '## verify-litellm: ✅ pass');
    assert.equal(renderSummary(report([skipped()])).split('\n')[0], '## verify-litellm: ⏭️ skipped');
  });

  it('renders one row per alias, in config order, with alias | routed to | result | latency | reply or diagnosis', () => {
    const rows = tableRows(renderSummary(report([failing(), alias(), skipped({ apiBaseHost: null })])));
    assert.deepEqual(rows[0], ['Alias', 'Routed to', 'Result', 'Latency', 'Reply or diagnosis']);
    const body = rows.slice(2);
    assert.deepEqual(
      body.map((r) => r[0]),
      ['`gpt-4o`', '`claude-opus-4-5-20251101`', '`embed`'],
      'config order kept',
    );
    for (const r of body) assert.equal(r.length, 5, `five cells: ${r.join(' | ')}`);

    const [fail, pass, skip] = body as [string[], string[], string[]];
    assert.deepEqual(pass.slice(1), ['`openai/Qwen/Qwen3-0.6B` @ vllm.example.com:8000', '✅ pass', '612 ms', 'Hello! How can I help you today?']);
    assert.equal(fail[2], '❌ fail (400)');
    assert.equal(fail[3], '85 ms');
    assert.match(fail[4]!, /^\*\*the upstream model accepts only the default temperature \(1\)\.\*\*<br>Fix: Add `additional_drop_params: \["temperature"\]`/);
    assert.match(fail[4]!, /<br><sub>litellm\.BadRequestError: OpenAIException - Unsupported value/);
    assert.deepEqual(skip.slice(1), ['`openai/Qwen/Qwen3-0.6B`', '⏭️ skipped', '–', 'the secret VLLM_KEY is empty; not verified.']);
  });

  it('keeps a reply with pipes, newlines and HTML inside its cell', () => {
    const md = renderSummary(report([alias({ reply: '| col | col |\n|---|---|\n<img src=x onerror=alert(1)>\nbye' }), alias({ alias: 'next' })]));
    const rows = tableRows(md);
    assert.equal(rows.length, 4, 'header, separator and two rows: the reply added no row');
    assert.equal(rows[2]!.length, 5);
    assert.equal(rows[2]![4], '\\| col \\| col \\| \\|---\\|---\\| &lt;img src=x onerror=alert(1)&gt; bye');
    assert.equal(md.includes('<img'), false);
  });

  it('escapes the alias, model, host and the proxy error too', () => {
    const rows = tableRows(renderSummary(report([failing({ alias: 'a|b', model: 'openai/x|y', apiBaseHost: 'h|st', error: 'line one | two\nline three' })])));
    const row = rows[2]!;
    assert.equal(row.length, 5);
    assert.equal(row[0], '`a\\|b`');
    assert.equal(row[1], '`openai/x\\|y` @ h\\|st');
    assert.match(row[4]!, /<sub>line one \\\| two line three<\/sub>$/);
  });

  it('puts each other API surface on its own five-cell row right under its alias', () => {
    const withSurfaces = alias({
      surfaces: [
        { api: 'messages', status: 'pass', httpStatus: 200, latencyMs: 700, reply: 'hi | there\nyou', diagnosis: null, error: null },
        {
          api: 'responses',
          status: 'fail',
          httpStatus: 404,
          latencyMs: 30,
          reply: null,
          diagnosis: { code: 'unknown', summary: 'no | route', fix: 'upgrade' },
          error: 'x',
        },
      ],
    });
    const rows = tableRows(renderSummary(report([withSurfaces, failing()]))).slice(2);
    assert.equal(rows.length, 4);
    for (const r of rows) assert.equal(r.length, 5, r.join(' | '));
    assert.match(rows[1]![0]!, /`claude-opus-4-5-20251101` messages$/);
    assert.equal(rows[1]![4], 'hi \\| there you');
    assert.match(rows[2]![0]!, /`claude-opus-4-5-20251101` responses$/);
    assert.equal(rows[2]![2], '❌ fail (404)');
    assert.equal(rows[3]![0], '`gpt-4o`', 'the next alias follows its surfaces');
  });

  it('shortens a long proxy error to 300 characters', () => {
    const row = tableRows(renderSummary(report([failing({ error: 'E'.repeat(1000) })])))[2]!;
    assert.match(row[4]!, /<sub>E{300}<\/sub>$/);
  });

  it('a failure without a diagnosis still says it failed and shows no HTTP status it does not have', () => {
    const row = tableRows(renderSummary(report([failing({ diagnosis: null, httpStatus: null, error: null, latencyMs: null })])))[2]!;
    assert.equal(row[2], '❌ fail');
    assert.equal(row[3], '–');
    assert.equal(row[4], '**failed**<br>Fix:');
  });

  it('shows a run-stopping error with its stage, fix and details, and no table when nothing was probed', () => {
    const md = renderSummary(
      report([], {
        litellmVersion: null,
        error: { stage: 'start', message: 'LiteLLM exited during start-up (exit code 1).\nTraceback | x\n```\nboom', fix: 'Check the config | the log' },
      }),
    );
    assert.match(md, /LiteLLM not started/);
    assert.match(
      md,
      /> \[!CAUTION\]\n> \*\*Stopped at start:\*\* LiteLLM exited during start-up \(exit code 1\)\.\n> \*\*Fix:\*\* Check the config \\\| the log/,
    );
    assert.match(md, /<details><summary>Details<\/summary>\n\n```text\nTraceback \| x\n'''\nboom\n```/);
    assert.equal(md.includes('| Alias |'), false);
  });

  it('lists config findings with file:line and rule', () => {
    const md = renderSummary(
      report([alias()], {
        findings: [
          {
            severity: 'warning',
            rule: 'temperature-gpt5',
            message: "'gpt-4o' | routes to gpt-5",
            fix: 'add drop_params',
            file: 'cfg.yaml',
            line: 7,
            column: 5,
            alias: 'gpt-4o',
          },
        ],
      }),
    );
    assert.match(md, /### Config findings\n\n- \*\*warning\*\* `cfg\.yaml:7` \(temperature-gpt5\): 'gpt-4o' \\\| routes to gpt-5 — add drop_params/);
  });
});

describe('renderText and aliasLine (terminal)', () => {
  it('aliasLine: PASS with routing, latency and reply', () => {
    assert.equal(
      aliasLine(alias()),
      '  PASS claude-opus-4-5-20251101 -> openai/Qwen/Qwen3-0.6B @ vllm.example.com:8000 612 ms\n       Hello! How can I help you today?',
    );
  });

  it('aliasLine: an upstream error of one very long line is cut to 500 characters on the terminal', () => {
    const text = aliasLine(failing({ error: `litellm.BadRequestError: ${'C'.repeat(1_000_000)}` }));
    const said = text.split('\n').find((l) => l.includes('proxy said:')) ?? '';
    assert.ok(said.length < 600, `${said.length} characters`);
    assert.ok(said.endsWith('…'));
  });

  it('aliasLine: FAIL with diagnosis, fix and the first line of what the proxy said', () => {
    const text = aliasLine(failing({ error: 'first line\nsecond line' }));
    assert.equal(
      text,
      [
        '  FAIL gpt-4o -> openai/gpt-5 @ vllm.example.com:8000 85 ms',
        '       the upstream model accepts only the default temperature (1).',
        '       fix: Add `additional_drop_params: ["temperature"]` (or litellm_settings.drop_params: true) to this alias.',
        '       proxy said: first line',
      ].join('\n'),
    );
  });

  it('aliasLine: SKIP with the reason, no host or latency when there is none', () => {
    assert.equal(aliasLine(skipped({ apiBaseHost: null })), '  SKIP embed -> openai/Qwen/Qwen3-0.6B\n       the secret VLLM_KEY is empty; not verified.');
  });

  it('renderText: findings with file:line:column, the stopping error, and the verdict line', () => {
    const text = renderText(
      report([], {
        litellmVersion: null,
        durationMs: 2500,
        error: { stage: 'config', message: '1 error in cfg.yaml; first: line 8: unset', fix: 'set TEAM_TOKEN' },
        findings: [
          {
            severity: 'error',
            rule: 'env-unset',
            message: "'a' reads `os.environ/TEAM_TOKEN`, which is not set.",
            fix: 'set TEAM_TOKEN',
            file: 'cfg.yaml',
            line: 8,
            column: 15,
          },
        ],
      }),
    );
    assert.equal(
      text,
      [
        "error cfg.yaml:8:15 'a' reads `os.environ/TEAM_TOKEN`, which is not set.",
        '       fix: set TEAM_TOKEN',
        'Stopped at config: 1 error in cfg.yaml; first: line 8: unset',
        'fix: set TEAM_TOKEN',
        'FAIL: 0 passed, 0 failed, 0 skipped (LiteLLM -, 2.5s)',
      ].join('\n'),
    );
  });

  it('renderText: the verdict counts every status', () => {
    assert.equal(renderText(report([alias(), failing(), skipped()])), 'FAIL: 1 passed, 1 failed, 1 skipped (LiteLLM 1.108.7, 17.7s)');
    assert.equal(renderText(report([alias()])), 'PASS: 1 passed, 0 failed, 0 skipped (LiteLLM 1.108.7, 17.7s)');
    assert.equal(renderText(report([skipped()])), 'SKIPPED: 0 passed, 0 failed, 1 skipped (LiteLLM 1.108.7, 17.7s)');
  });

  it('colours only with the ansi style', () => {
    const r = report([alias(), failing()]);
    assert.equal(/\x1b\[/.test(renderText(r, plain) + aliasLine(failing(), plain)), false);
    assert.match(renderText(r, ansi), /\x1b\[31mFAIL\x1b\[39m/);
    assert.match(aliasLine(alias(), ansi), /\x1b\[32mPASS\x1b\[39m/);
  });
});

describe('no secrets in any rendering', () => {
  it('a report masked as the engine masks it renders without the key in summary, text, alias lines or JSON', () => {
    const masker = new Masker();
    masker.add(KEY);
    const raw = report(
      [
        alias({ reply: `my key is ${KEY}` }),
        failing({ error: `Bad request from Bearer ${KEY}`, diagnosis: { code: 'bad-request', summary: `rejected ${KEY}`, fix: `remove "${KEY}"` } }),
      ],
      { findings: [{ severity: 'notice', rule: 'x', message: `value ${JSON.stringify(KEY)}`, file: 'c.yaml', line: 1, column: 1 }] },
    );
    const masked = masker.maskDeep(raw);
    const outputs = [renderSummary(masked), renderText(masked), ...masked.aliases.map((a) => aliasLine(a)), JSON.stringify(masked)];
    for (const out of outputs) {
      assert.equal(out.includes(KEY), false, out);
      assert.equal(out.includes(Buffer.from(KEY).toString('base64')), false);
    }
    assert.match(renderSummary(masked), /Bearer \*\*\*/);
  });
});

describe('code spans in the summary', () => {
  it('fences a name that holds a backtick with double backticks, so the table cell stays intact', () => {
    assert.equal(code('gpt-4o'), '`gpt-4o`');
    assert.equal(code('we`ird|alias'), '`` we`ird\\|alias ``');
  });
});
