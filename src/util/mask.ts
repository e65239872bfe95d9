// Every string that leaves the engine (logs, report, summary, proxy log tails) goes through a Masker,
// so a secret never depends on the runner's own masking (which covers stdout only, not files).

/** Replaces every registered secret (and its common encodings) with '***'. */
export class Masker {
  private readonly secrets = new Set<string>();

  /** Registers a secret; values too short to be secrets are ignored to avoid masking noise like "1". */
  add(secret: string | undefined | null): void {
    if (!secret || secret.length < 4) return;
    this.secrets.add(secret);
    // An upstream may echo the key JSON-escaped or base64-encoded (Basic auth); mask those too.
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) this.secrets.add(escaped);
    this.secrets.add(Buffer.from(secret, 'utf8').toString('base64'));
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret that contains another is masked whole.
    for (const s of [...this.secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
    return out;
  }

  /** Masks every string (values and keys) inside a JSON-compatible value; numbers and booleans stay as they are. */
  maskDeep<T>(value: T): T {
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return this.mask(v);
      if (Array.isArray(v)) return v.map(walk);
      if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, inner]) => [this.mask(k), walk(inner)]));
      return v;
    };
    return walk(value) as T;
  }

  get values(): readonly string[] {
    return [...this.secrets];
  }
}
