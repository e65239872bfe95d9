import { createRequire as __vlCreateRequire } from 'node:module'; const require = __vlCreateRequire(import.meta.url);

// src/util/near-miss.ts
function editDistance(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length][b.length];
}
function nearMiss(word, candidates) {
  const w = word.toLowerCase();
  let best = null;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - w.length) > 2) continue;
    const distance = editDistance(candidate.toLowerCase(), w);
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  if (best) return best.candidate;
  return candidates.filter((c) => w.startsWith(`${c.toLowerCase()}_`)).sort((a, b) => b.length - a.length)[0] ?? null;
}

export {
  editDistance,
  nearMiss
};
