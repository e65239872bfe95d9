// The text as the masker searches it: what a reader (or a decoder) would take each character for. An upstream that
// echoes a key can write it in escapes a JSON, Python, URL or HTML reader turns back into the key, one character
// at a time or all of them (`\u0076k-...`, `\x76`, `%76`, `&#118;`, `&#x76;`), or put characters that show nothing
// between its characters (whitespace, line breaks, zero-width spaces, the sanitizer's `<U+200B>` marks for them).
// A secret and the text are read the same way, so every spelling of the key becomes one run to find.
import { INVISIBLE } from './sanitize.ts';

/** The normalised text; character i came from `text.slice(start[i], end[i])`. */
export interface View {
  text: string;
  start: number[];
  end: number[];
}

const UNICODE_ESCAPE = /\\u([0-9a-fA-F]{4})/y;
const HEX_ESCAPE = /\\x([0-9a-fA-F]{2})/y;
const PERCENT = /%([0-9a-fA-F]{2})/y;
const NUMERIC_REFERENCE = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/y;
const NAMED_REFERENCE = /&(amp|lt|gt|quot|apos|sol|colon|period|hyphen|lowbar|num);/y;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  colon: ':',
  period: '.',
  hyphen: '-',
  lowbar: '_',
  num: '#',
};
/** The sanitizer's visible mark for an invisible character (sanitize.ts invisibleMark). */
const MARK = /<U\+([0-9A-F]{4,6})>/y;
const WHITESPACE = /\s/;

/** At `at`: the character it stands for and where it ends, or null for none (an escape of a line break, `\n`). */
function decodeAt(text: string, at: number): [string | null, number] {
  const code = text.charCodeAt(at);
  const match = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = at;
    return re.exec(text);
  };
  let m: RegExpExecArray | null;
  if (code === 0x5c /* \ */) {
    const next = text[at + 1];
    if (next === 'n' || next === 'r' || next === 't') return [null, at + 2];
    // A backslash before ASCII punctuation: JSON's \" \\ \/, and Markdown's \| \[ \` (the job summary's escapes).
    if (next !== undefined && /[!-/:-@[-`{-~]/.test(next)) return [next, at + 2];
    if ((m = match(UNICODE_ESCAPE)) || (m = match(HEX_ESCAPE))) return [String.fromCharCode(parseInt(m[1]!, 16)), at + m[0].length];
  } else if (code === 0x25 /* % */ && (m = match(PERCENT))) {
    return [String.fromCharCode(parseInt(m[1]!, 16)), at + 3];
  } else if (code === 0x26 /* & */) {
    if ((m = match(NUMERIC_REFERENCE))) {
      const point = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2]!, 16);
      return [point <= 0x10ffff ? String.fromCodePoint(point) : '\ufffd', at + m[0].length];
    }
    if ((m = match(NAMED_REFERENCE))) return [NAMED[m[1]!]!, at + m[0].length];
  } else if (code === 0x3c /* < */ && (m = match(MARK))) {
    const point = parseInt(m[1]!, 16);
    if (point <= 0x10ffff && isInvisible(String.fromCodePoint(point))) return [null, at + m[0].length];
  }
  const point = text.codePointAt(at)!;
  return [String.fromCodePoint(point), at + (point > 0xffff ? 2 : 1)];
}

function isInvisible(char: string): boolean {
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(char);
}

/** Shows nothing: whitespace, controls and the invisible characters. */
function blank(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  return code > 0x9f && (WHITESPACE.test(char) || isInvisible(char));
}

/** The view of `text`: decoded one escape deep, with every character that shows nothing left out. */
export function squeeze(text: string): View {
  let out = '';
  const start: number[] = [];
  const end: number[] = [];
  for (let at = 0; at < text.length;) {
    const [char, next] = decodeAt(text, at);
    if (char !== null && !blank(char)) {
      out += char;
      // A character outside the BMP is two code units: both map back to the same source.
      for (let k = 0; k < char.length; k++) {
        start.push(at);
        end.push(next);
      }
    }
    at = next;
  }
  return { text: out, start, end };
}
