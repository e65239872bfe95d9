// Escaping for the job summary's Markdown (GitHub Flavored Markdown, https://github.github.com/gfm/). Text in a
// cell may be the tool's own (a fix quoting `["temperature"]`) or outside text (a reply, an upstream error, an alias
// name): either way it stays one cell of one row, and adds no HTML, link, image or character reference.
import { oneLine } from '../util/sanitize.ts';

/**
 * One line, backslashes doubled and pipes escaped: GFM splits a table row on unescaped pipes before any inline
 * parsing, code spans included ("Tables (extension)": `\|` keeps a pipe inside a cell, even in a code span).
 */
function tableText(text: string): string {
  return oneLine(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * Text outside a code span: no HTML (`<`), no link or image (`[`, bare URLs), and no character reference (`&`): GFM decodes
 * `&#8238;` or `&#x76;` anywhere outside code ("Entity and numeric character references"), which would put back a
 * bidi override the sanitizer removed, or spell out a key the masker never saw in that form.
 */
function plain(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(AUTOLINK)) {
    out += escapeText(text.slice(last, m.index)) + `\`${m[0]}\``;
    last = m.index + m[0].length;
  }
  return out + escapeText(text.slice(last));
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[[\]]/g, '\\$&');

/**
 * What GitHub turns into a link with no link syntax at all: GFM's extended autolinks (`www.`, `http://`, `https://`,
 * `ftp://`, and e-mail addresses; "Autolinks (extension)"). Outside text (an upstream's error, a reply) would put a
 * clickable link in the summary; inside a code span it is literal text. A text part holds no backtick here (cell()
 * splits on them), so one backtick on each side makes the span.
 */
const AUTOLINK = /(?:\b(?:https?|ftp):\/\/|\bwww\.)[^\s<`]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/**
 * Escapes text for a Markdown table cell: one line (a lone \r is a line break to Markdown too), no control
 * characters, no HTML, and no link or image syntax (a reply must not put a clickable link or a tracking image in the summary).
 * Code spans are kept as GFM reads them ("Code spans": a run of N backticks opens one that only the next run of
 * exactly N closes; an opening run with no such closer is literal), so an unmatched run cannot hide a link from the escaping.
 */
export function cell(text: string): string {
  const t = tableText(text);
  const runs = [...t.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  let out = '';
  let last = 0;
  for (let k = 0; k < runs.length; k++) {
    const open = runs[k]!;
    const close = runs.findIndex((r, j) => j > k && r.len === open.len);
    out += plain(t.slice(last, open.at));
    if (close === -1) {
      out += '\\`'.repeat(open.len); // literal backticks, escaped so they open nothing
      last = open.at + open.len;
      continue;
    }
    const end = runs[close]!.at + runs[close]!.len;
    out += t.slice(open.at, end); // inside a code span nothing is parsed: no HTML, link or reference
    last = end;
    k = close;
  }
  return out + plain(t.slice(last));
}

/**
 * A Markdown code span for a table cell: its fence is one backtick longer than the longest run in the text, so no
 * run inside can close it early, and a space inside each fence once the text holds a backtick (so it may start or
 * end with one; CommonMark strips that space again). Nothing inside is parsed, so only the table's pipes need escaping.
 */
export function code(text: string): string {
  const inner = tableText(text);
  const longest = Math.max(0, ...(inner.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest ? ' ' : '';
  return `${fence}${pad}${inner}${pad}${fence}`;
}

/**
 * GitHub refuses a step summary over 1024 KiB whole ("$GITHUB_STEP_SUMMARY upload aborted, supports content up to a
 * size of 1024k", an error annotation on the job; https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-markdown-summary).
 * A config's alias names or an upstream's text can push it past that: the summary is cut at a line instead, with a
 * note, so the verdict and the first rows still show. The masked, sanitised report file keeps everything
 * (the `report` output too, unless it is over GitHub's output limit: ./output-fit.ts).
 */
export const SUMMARY_LIMIT_BYTES = 1000 * 1024;

export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note =
    "\n\n> [!WARNING]\n> The summary was cut here: GitHub shows at most 1 MiB of it. The whole report is in `report-file` when it is set, and in the `report` output unless that is over GitHub's 1 MB limit for outputs too.\n";
  let size = Buffer.byteLength(note) + '\n```\n\n</details>'.length; // room to close a cut details block
  const kept: string[] = [];
  for (const line of markdown.split('\n')) {
    size += Buffer.byteLength(line) + 1;
    if (size > limit) break;
    kept.push(line);
  }
  // Cut inside the error's details block: close its fence and the block, so the note is not shown as code.
  const open = kept.filter((line) => line.startsWith('```')).length % 2 === 1;
  return `${kept.join('\n')}${open ? '\n```\n\n</details>' : ''}${note}`;
}
