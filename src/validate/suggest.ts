/**
 * "Did you mean …?" helpers: edit distance and closest match.
 * @packageDocumentation
 */

/**
 * Damerau-Levenshtein distance (optimal string alignment): the number of single-character insertions,
 * deletions, substitutions and swaps of two neighbouring characters that turn `a` into `b`.
 * `editDistance('titel', 'title')` is 1.
 * @param a - the first string
 * @param b - the second string
 * @returns the distance, 0 when the strings are equal
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i].push(d);
    }
  }
  return rows[a.length][b.length];
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo.
 *
 * Comparison ignores case and `-`/`_` differences first (so `"Bottom"` and `"bottom_start"` find
 * `"bottom"` and `"bottom-start"`), then allows about one edit per three characters.
 * @param input - what the user wrote
 * @param candidates - the valid values
 * @returns the best candidate, or `undefined` when none is close or `input` is itself a candidate
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.includes(input) || input.length > 200) return undefined;
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');
  const wanted = norm(input);
  const limit = Math.max(1, Math.floor(input.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = norm(candidate) === wanted ? 0 : editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (bestDistance <= limit) return best;
  // A longer form of a short candidate: "monday" → "mon".
  const longer = candidates.filter((c) => c.length >= 3 && input.toLowerCase().startsWith(c.toLowerCase()));
  return longer.length === 1 ? longer[0] : undefined;
}
