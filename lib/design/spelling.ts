/** Did-you-mean for names typed by hand: the nearest known name by edit distance. */

/** Edit distance (insertions, deletions, substitutions, and swaps of two neighbours), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const rows: number[][] = [];
  for (let i = 0; i <= s.length; i++) rows.push(Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (rows[i - 2] as number[])[j - 2]! + 1);
      row[j] = d;
    }
  }
  return (rows[s.length] as number[])[t.length] as number;
}

/**
 * The known name closest to `typed`, or null when none is close enough to be a likely typo: at most a
 * third of the longer name's letters differ (at least one edit is always allowed), or one name contains
 * the other (`replica` → `replicas`, `ttft` → `expectedTtftMs` is too far and is not suggested).
 */
export function nearestName(typed: string, known: readonly string[]): string | null {
  if (typed.length > 100) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = editDistance(typed, name);
    const allowed = Math.max(1, Math.floor(Math.max(typed.length, name.length) / 3));
    if (d <= allowed && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
