// Every string that leaves the engine (logs, report, summary, proxy log tails) goes through a Masker,
// so a secret never depends on the runner's own masking (which covers stdout only, not files, and only the
// exact value). An upstream echoes keys back in many shapes: JSON-escaped, URL-encoded, hex, base64 at any
// offset inside a longer encoded string (Basic auth, a token), wrapped across lines, or cut short; escaped one
// character at a time (`\u0076`, `%76`, `&#118;`) or with invisible characters between. All of those are matched
// here, in the text as a decoder reads it (mask-view.ts), and replaced with '***'.
import { squeeze } from './mask-view.ts';

/** One searchable form of a secret. */
interface Form {
  text: string;
  /** Hex digits and percent-escapes may come in either case. */
  caseless: boolean;
  /** A base64 run: the up to 3 characters on each side that mix in neighbouring bytes are masked too. */
  base64?: boolean;
}

/** Shortest piece of a secret that counts as a leak of it (and never less than a third of the secret). */
const MIN_PARTIAL = 8;

/**
 * Keys the servers' own docs tell every user to send because the server ignores them: public text, not secrets.
 * Masking them turned our own words into '***' (Ollama's `ollama` made the fix read "`*** pull llama3`"). Ollama:
 * `api_key='ollama', # required, but unused` (https://ollama.com/blog/openai-compatibility); vLLM: `openai_api_key =
 * "EMPTY"` (docs, OpenAI-compatible server examples); llama.cpp: `api_key="sk-no-key-required"` (tools/server/README.md);
 * LM Studio: `api_key="lm-studio"` (lmstudio.ai/docs, OpenAI compatibility).
 */
const PUBLIC_PLACEHOLDERS = new Set(['ollama', 'EMPTY', 'sk-no-key-required', 'lm-studio']);

/** Replaces every registered secret (and its encodings, split or partial forms) with '***'. */
export class Masker {
  private readonly secrets = new Set<string>();
  private forms: Form[] = [];
  /** Pieces of each secret (length `MIN_PARTIAL` or a third of it) whose presence marks a partial leak. */
  private pieces = new Map<number, Set<string>>();

  /** Registers a secret; values too short to be secrets are ignored to avoid masking noise like "1". */
  add(secret: string | undefined | null): void {
    if (!secret || secret.length < 4 || this.secrets.has(secret) || PUBLIC_PLACEHOLDERS.has(secret)) return;
    this.secrets.add(secret);
    const url = urlSecrets(secret);
    for (const form of encodings(secret)) {
      const text = squeeze(form.text).text;
      if (text.length >= 4 && !this.forms.some((f) => f.text === text && f.caseless === form.caseless)) this.forms.push({ ...form, text });
    }
    this.forms.sort((a, b) => b.text.length - a.text.length);
    if (url) {
      // A URL kept in a variable (`api_base: os.environ/AZURE_API_BASE`, very common) is masked whole, but its
      // pieces are not secrets: 'https://' or '127.0.0.' would erase every URL of the log. Its credentials are.
      for (const part of url) this.add(part);
      return;
    }
    const raw = squeeze(secret).text;
    const size = Math.min(raw.length, Math.max(MIN_PARTIAL, Math.ceil(raw.length / 3)));
    const set = this.pieces.get(size) ?? new Set<string>();
    for (let i = 0; i + size <= raw.length; i++) set.add(raw.slice(i, i + size));
    this.pieces.set(size, set);
  }

  /** `partial: false` matches whole secrets (in any encoding) only: for the report's own keys, which a short common piece of a secret must not erase. */
  mask(text: string, { partial = true }: { partial?: boolean } = {}): string {
    if (!this.secrets.size || !text) return text;
    const view = squeeze(text);
    const lower = view.text.toLowerCase();
    const ranges: Array<[number, number, boolean?]> = [];
    for (const form of this.forms) {
      const haystack = form.caseless ? lower : view.text;
      const needle = form.caseless ? form.text.toLowerCase() : form.text;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
        ranges.push([at, at + needle.length, form.base64]);
      }
    }
    // Partial leaks: every window of the text that is a piece of a secret; overlapping windows merge below.
    for (const [size, set] of partial ? this.pieces : []) {
      for (let i = 0; i + size <= view.text.length; i++) if (set.has(view.text.slice(i, i + size))) ranges.push([i, i + size]);
    }
    if (!ranges.length) return text;
    // Back to positions in the original text: from the first to the last character of each match.
    const merged = mergeRanges(ranges.map(([s, e, base64]) => (base64 ? widen(text, view.start[s]!, view.end[e - 1]!) : [view.start[s]!, view.end[e - 1]!])));
    let out = '';
    let last = 0;
    for (const [s, e] of merged) {
      out += `${text.slice(last, s)}***`;
      last = e;
    }
    return out + text.slice(last);
  }

  /** Masks every string (values and keys; keys only for whole secrets) inside a JSON-compatible value; numbers and booleans stay as they are. */
  maskDeep<T>(value: T): T {
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.mask(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, inner]) => [this.mask(k, { partial: false }), walk(inner)]));
      return v;
    };
    return walk(value) as T;
  }

  get values(): readonly string[] {
    return [...this.secrets];
  }
}

/** For a value that is a URL: the user, password and query values it carries (decoded); otherwise null. */
function urlSecrets(value: string): string[] | null {
  if (!/^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(value.trim())) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  const decode = (part: string) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  };
  return [decode(url.username), decode(url.password), ...[...url.searchParams.values()]].filter((part) => part.length >= 4);
}

/** The shapes a secret is echoed in. */
function encodings(secret: string): Form[] {
  const bytes = Buffer.from(secret, 'utf8');
  const forms: Form[] = [
    { text: secret, caseless: false },
    { text: JSON.stringify(secret).slice(1, -1), caseless: false },
    // Percent escapes are decoded in the view (in either case): these two matter for a secret beyond ASCII.
    { text: encodeURIComponent(secret), caseless: false },
    { text: [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''), caseless: false }, // every byte escaped
    { text: bytes.toString('hex'), caseless: true },
  ];
  // Base64 of a longer value that holds the secret at byte offset 0, 1 or 2 of a 3-byte group: only the
  // characters that depend on the secret's bits alone are fixed, whatever comes before and after.
  for (const offset of [0, 1, 2]) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes, Buffer.alloc(3)]);
    const encoded = padded.toString('base64');
    const first = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const stable = encoded.slice(first, end);
    forms.push({ text: stable, caseless: false, base64: true }, { text: stable.replace(/\+/g, '-').replace(/\//g, '_'), caseless: false, base64: true });
  }
  return forms;
}

const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;

function widen(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s > 0 && start - s < 3 && BASE64_CHAR.test(text[s - 1]!)) s--;
  while (e < text.length && e - end < 3 && BASE64_CHAR.test(text[e]!)) e++;
  return [s, e];
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] < prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
