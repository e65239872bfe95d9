// The JSON for the action's `report` output, within GitHub's limit for outputs. The whole report still goes to
// `report-file` and the CLI's `--json`: only the step output is bounded.

/**
 * "Outputs can be a maximum of 1 MB per job. [...] Size is approximated based on UTF-16 encoding."
 * (https://docs.github.com/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs,
 * github/docs#36846; the same 1 MB for an action's outputs in metadata-syntax-for-github-actions#outputs).
 * A JS string's length counts UTF-16 code units, two bytes each: 480 Ki units is 960 KiB, leaving room for the
 * action's other outputs (a few short strings). 60 aliases failing on every surface and client with three
 * attempts each came to ~1 MB of JSON (16 KB per alias, measured with the CLI on 1.108.7).
 */
export const OUTPUT_LIMIT_UNITS = 480 * 1024;

/** Tried in turn until the JSON fits: every longer string is cut to this many characters. */
const STRING_CAPS = [4000, 1000, 250, 100];

/** How the output was shortened; absent when it holds the whole report. */
export interface Trimmed {
  /** Every string longer than this was cut to it (ending in "…"). */
  maxStringLength: number;
  /** The lists inside an entry (an alias's attempts, surfaces, clients) keep at most this many, the first; null: all. */
  maxDetailEntries: number | null;
  /** The report's own lists (aliases, findings, notes) keep at most this many, the first; null: all. */
  maxEntries: number | null;
  /** Where the whole report is. */
  whole: string;
}

/**
 * `report` as JSON of at most `limit` UTF-16 units: whole when it fits; otherwise with long strings cut, then the
 * details of each entry shortened, then the entries themselves, and a top-level `trimmed` saying how. Object keys are
 * never outside text (the report's own shape), so once every string is short and every list empty it always fits.
 */
export function fitOutput(report: object, whole: string, limit = OUTPUT_LIMIT_UNITS): string {
  const full = JSON.stringify(report);
  if (full.length <= limit) return full;
  const attempt = (cap: number, maxDetailEntries: number | null, maxEntries: number | null) => {
    const trimmed: Trimmed = { maxStringLength: cap, maxDetailEntries, maxEntries, whole };
    return JSON.stringify({ ...(shorten(report, { cap, maxDetailEntries, maxEntries }, 0) as object), trimmed });
  };
  for (const cap of STRING_CAPS) {
    const json = attempt(cap, null, null);
    if (json.length <= limit) return json;
  }
  // Still too large: long lists. An alias's retries go before any alias does; the first entries are kept.
  const cap = STRING_CAPS[STRING_CAPS.length - 1]!;
  const details = most((n) => attempt(cap, n, null).length <= limit, longestList(report));
  if (details !== null) return attempt(cap, details, null);
  return attempt(cap, 0, most((n) => attempt(cap, 0, n).length <= limit, longestList(report)) ?? 0);
}

/** The largest n in [0, upTo) for which `fits(n)` holds (it holds for every smaller n too), or null when none does. */
function most(fits: (n: number) => boolean, upTo: number): number | null {
  if (!fits(0)) return null;
  let yes = 0;
  let no = upTo;
  while (no - yes > 1) {
    const mid = Math.floor((yes + no) / 2);
    if (fits(mid)) yes = mid;
    else no = mid;
  }
  return yes;
}

interface Caps {
  cap: number;
  maxDetailEntries: number | null;
  maxEntries: number | null;
}

/** `depth` 0 is the report itself: its lists (depth 1) are the entries, any list further down is detail. */
function shorten(value: unknown, caps: Caps, depth: number): unknown {
  if (typeof value === 'string') return cut(value, caps.cap);
  if (Array.isArray(value)) {
    const max = depth === 1 ? caps.maxEntries : caps.maxDetailEntries;
    return (max === null ? value : value.slice(0, max)).map((v) => shorten(v, caps, depth + 1));
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'schema' ? v : shorten(v, caps, depth + 1)]));
  return value;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never split a surrogate pair: a lone half is no character at all.
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

function longestList(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  const items = Array.isArray(value) ? (value as unknown[]) : Object.values(value);
  return items.reduce<number>((most, v) => Math.max(most, longestList(v)), Array.isArray(value) ? value.length : 0);
}
