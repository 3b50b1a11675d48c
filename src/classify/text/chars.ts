/**
 * Word characters and the hashes of words: what the tokenizer (tokenize.ts)
 * and the vocabulary pre-check read a text's code units with.
 */

const ASCII_FOLD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_FOLD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_FOLD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_FOLD[c] = c + 32;

/**
 * The case-folded word character for code unit `c`, or 0 when `c` separates
 * words. ASCII letters fold to lower case; a non-ASCII character is a word
 * character unless it is punctuation or space, and stays as it is.
 */
export function foldWordChar(c: number): number {
  if (c < 128) return ASCII_FOLD[c]!;
  if (c >= 0x2000 && c <= 0x206f) return 0; // general punctuation: dashes, quotes, ellipsis, bullets
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0xd7 || c === 0xf7) return 0;
  if (c >= 0x3000 && c <= 0x303f) return 0;
  return c;
}

// A word is known by two 32-bit hashes of its case-folded characters (FNV-1a and a second
// multiplier) and its length: two different words would have to agree on all three (odds about 2^-64).

export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_SEED2 = 0x9747b28c | 0;

export function hashStep(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x01000193);
}

export function hashStep2(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x5bd1e995);
}

/**
 * The two hashes of text[start, end) (a word, or two words and the glue
 * between them), into out[0] and out[1]: its case-folded characters, and
 * what is not a word character (the `.` of "node.js", a `-`) as it is.
 */
export function hashWord(text: string, start: number, end: number, out: Int32Array): void {
  let hash = HASH_SEED;
  let hash2 = HASH_SEED2;
  for (let i = start; i < end; i++) {
    const raw = text.charCodeAt(i);
    const c = foldWordChar(raw) || raw;
    hash = hashStep(hash, c);
    hash2 = hashStep2(hash2, c);
  }
  out[0] = hash;
  out[1] = hash2;
}
