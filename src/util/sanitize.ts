// Text the tool did not author (upstream bodies, proxy log tails, config strings, alias names) is hostile:
// on a runner a line that starts with `::` or holds `##[` is a workflow command (save-state, add-mask, ...),
// and on a terminal an escape sequence can rewrite the screen. Every sink (the action's log and annotations,
// outputs, the job summary, the report file, the CLI's terminal) passes text through here.
// The runner splits its log on \n, \r\n and a lone \r (.NET ReadLine) and trims leading whitespace before
// looking for `::` (actions/runner src/Runner.Worker/ActionCommandManager.cs, ActionCommand.TryParseV2);
// `##[` is matched anywhere in a line (ActionCommand.TryParse).

/** Terminal escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), DCS/SOS/PM/APC strings, other ESC x. */
const ESCAPES = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b[\]PX^_][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[\s\S]?|\x9b[0-?]*[ -/]*[@-~]/g;
/** Every line break a runner, terminal or Markdown renderer may honour. */
const BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Control characters left after escapes and breaks are handled (tab kept); C1 controls and DEL included. */
const CONTROLS = /[\x00-\x08\x0e-\x1f\x7f-\x9f]/g;
/**
 * Characters that change how text reads without showing: the bidi embeddings, overrides and isolates and the
 * implicit marks LRM, RLM and ALM (Trojan Source, CVE-2021-42574: Boucher and Anderson list all twelve); and the
 * ones that show nothing at all, so two names that differ look the same: soft hyphen, zero-width space, joiners,
 * word joiner and invisible operators, the BOM, the Hangul fillers, the Mongolian vowel separator, and the tag
 * characters U+E0000-E007F (one per hidden ASCII character: "ASCII smuggling" in model output).
 */
export const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]|\udb40[\udc00-\udc7f]/g;
/** A lone UTF-16 surrogate: not text, and not encodable as UTF-8 (a file or pipe gets U+FFFD or worse). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** How an invisible character is shown: its code point, so a reader sees that it is there and which one. */
export function invisibleMark(char: string): string {
  return `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;
}

function clean(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd').replace(INVISIBLE, invisibleMark);
}

/** Defuses one line for the runner: a leading `::` (after any whitespace) and every `##[` lose their meaning. */
function defuse(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1: ').replace(/##\[/g, '## [');
}

/** One line: every line break becomes a space. For a name, a value, a reply excerpt. */
export function oneLine(text: string): string {
  return defuse(clean(text.replace(BREAKS, ' ')));
}

/** Several lines (a log tail, an error with details): breaks normalised to \n, each line defused. */
export function safeLines(text: string): string {
  return clean(text.replace(BREAKS, '\n')).split('\n').map(defuse).join('\n');
}

/** `safeLines` on every string (values and keys) inside a JSON-compatible value: the report before it is published. */
export function sanitizeDeep<T>(value: T): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return safeLines(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [safeLines(k), walk(inner)]));
    return v;
  };
  return walk(value) as T;
}

/** A request parameter name as quoted from an upstream error: only what a parameter name can hold. */
export function paramName(text: string): string | null {
  return /^[\w.-]{1,64}$/.test(text) ? text : null;
}
