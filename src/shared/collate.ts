/**
 * The order of names and titles in every report: Unicode's root collation (as
 * in English), whatever the machine's locale, so that a report reads the same
 * on a laptop in Copenhagen (where "Aaron" sorts after "Zoe") and in CI.
 *
 * Exactly `a.localeCompare(b, 'en')`, without initialising ICU's collator
 * when the order is decided by plain ASCII: names such as "Priya Shah" and
 * "Tomás Reyes" differ at their first letter. The first comparison through
 * ICU costs about 6 ms, a tenth of a whole run on a small org; past that, ICU
 * is faster than this loop (V8 compares one-byte strings natively), so long
 * lists are sorted with localeCompare(b, 'en') (SORT_NATIVELY_FROM).
 *
 * Collation compares primary weights (letters without case or accents) over
 * the whole strings before anything else, so the first position where two
 * primary weights differ decides, whatever follows. For a space, a hyphen,
 * digits and ASCII letters the root collation's primary order is known: space
 * < "-" < digits < letters, letters ignoring case. Anything else before that
 * position (an accent, other punctuation, a case-only difference) goes to ICU.
 */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = PRIMARY_WEIGHT[a.charCodeAt(i)] ?? 0;
    const y = PRIMARY_WEIGHT[b.charCodeAt(i)] ?? 0;
    if (x === 0 || y === 0) return a.localeCompare(b, 'en');
    if (x !== y) return x < y ? -1 : 1;
  }
  // One is a prefix of the other at the primary level, or they differ only in case.
  if (a.length !== b.length) {
    const rest = a.length > b.length ? a.charCodeAt(n) : b.charCodeAt(n);
    // What follows must weigh something at the primary level for the shorter to come first.
    if ((PRIMARY_WEIGHT[rest] ?? 0) === 0) return a.localeCompare(b, 'en');
    return a.length < b.length ? -1 : 1;
  }
  return a === b ? 0 : a.localeCompare(b, 'en');
}

/**
 * Primary weights of the ASCII characters whose root-collation order is
 * certain, 1 to PRIMARY_WEIGHTS − 1; 0 for the rest.
 */
export const PRIMARY_WEIGHT: Uint8Array = (() => {
  const weights = new Uint8Array(128);
  weights[0x20] = 1; // space
  weights[0x2d] = 2; // hyphen-minus
  for (let d = 0; d < 10; d++) weights[0x30 + d] = 3 + d;
  for (let l = 0; l < 26; l++) {
    weights[0x41 + l] = 13 + l;
    weights[0x61 + l] = 13 + l;
  }
  return weights;
})();
export const PRIMARY_WEIGHTS = 39;


/** From this many items a sort by compareText is better done by `localeCompare(b, 'en')`: same order, faster. */
export const SORT_NATIVELY_FROM = 64;

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * The same text as a one-byte string when it is all Latin-1, for sorting: V8
 * compares one-byte strings natively, and two-byte ones through ICU, several
 * times slower. Text read from a file with a single character beyond Latin-1
 * anywhere in it (an emoji, a dash) is two-byte throughout, names included:
 * sorting 300,000 such names took one second, their one-byte copies half.
 */
export function sortable(text: string): string {
  return BEYOND_LATIN1.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
}
