// Near misses: which known word a mistyped one most likely meant (config keys, model_info.mode values).

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i]![j] = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length]![b.length]!;
}

/**
 * The candidate `word` most likely meant: the nearest within two edits (`embeddings` -> `embedding`), else the
 * one it extends at an underscore (`chat_complete` -> `chat`); null when none is that close.
 */
export function nearMiss(word: string, candidates: readonly string[]): string | null {
  const w = word.toLowerCase();
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - w.length) > 2) continue;
    const distance = editDistance(candidate.toLowerCase(), w);
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  if (best) return best.candidate;
  return candidates.filter((c) => w.startsWith(`${c.toLowerCase()}_`)).sort((a, b) => b.length - a.length)[0] ?? null;
}
