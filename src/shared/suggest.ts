/**
 * "Did you mean" suggestions by edit distance, shared by every validator that
 * reports an unknown id (disciplines, rule ids, policy names...).
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition),
 * case-insensitive. Stops early and returns `limit + 1` once the distance is
 * known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (s === t) return 0;
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let prevPrev = new Array<number>(t.length + 1).fill(0);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  let cur = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  return prev[t.length]!;
}

/**
 * The candidate closest to `word` by edit distance, or undefined when none is
 * close enough to be a plausible typo: at most max(1, ⌊length / 3⌋) edits
 * (so "legl" → "legal", "pm-roadmp" → "pm-roadmap", but "foo" suggests nothing
 * for "legal"). Ties go to the earlier candidate. An exact case-insensitive
 * match is returned as is.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, bestDistance - 1 < limit ? bestDistance - 1 : limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** `; did you mean "x"?` or the empty string, for appending to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
}
