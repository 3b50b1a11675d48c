/**
 * The tokenizer: which characters make words, and the one walk over a text's
 * code units that finds them (WordScan). Task text (in the matcher, without
 * making strings), rule phrases and role titles are all split by it, so a
 * phrase and the text it should match are always split the same way.
 *
 * A word is a run of letters and digits. It may contain `.` between word
 * characters ("2.0", "node.js") and an apostrophe before one ("customer's";
 * the word's text drops it), and end in `+` or `#` ("c++", "c#"). Every other
 * character separates words. A word right after a single `-`, `/` or `&` is
 * glued to the one before ("go-to", "ci/cd", "r&d").
 */
import { withRoom } from '../../shared/grow.js';

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

/** The seed and step of a word's first hash (FNV-1a) over its characters. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x01000193);
}

/** The seed and step of a word's second hash (another multiplier). */
export const HASH_SEED2 = 0x9747b28c | 0;
export function hashStep2(hash: number, c: number): number {
  return Math.imul(hash ^ c, 0x5bd1e995);
}

/**
 * The hashes WordScan computes for a word, for any text[start, end) (such as
 * two words and the glue between them), into out[0] and out[1].
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

/**
 * The words of one text at a time, as positions in reusable arrays, so that a
 * hot loop splits text without allocating: word i is text[start[i], end[i]).
 * Each word's case-folded characters (what is not a word character, such as
 * the `.` of "node.js", as it is) are hashed on the way (hashStep,
 * hashStep2), for the matcher's memo.
 */
export class WordScan {
  /** How many words the last scan found. */
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 where word i is glued to word i - 1 by a single `-`, `/` or `&`. */
  glued = new Int32Array(64);
  /** The two hashes of word i, at 2i and 2i + 1. */
  hashes = new Int32Array(128);

  /** Finds the words of `text`; returns how many. */
  scan(text: string): number {
    const len = text.length;
    let n = 0;
    let i = 0;
    let prevEnd = -2;
    while (i < len) {
      let c = foldWordChar(text.charCodeAt(i));
      if (c === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = hashStep(HASH_SEED, c);
      let hash2 = hashStep2(HASH_SEED2, c);
      i++;
      while (i < len) {
        const raw = text.charCodeAt(i);
        c = foldWordChar(raw);
        if (c === 0) {
          // "2.0", "node.js", "customer's": . and ' between word characters
          if ((raw === 46 || raw === 39 || raw === 0x2019) && i + 1 < len && foldWordChar(text.charCodeAt(i + 1)) !== 0) c = raw;
          else break;
        }
        hash = hashStep(hash, c);
        hash2 = hashStep2(hash2, c);
        i++;
      }
      while (i < len) {
        c = text.charCodeAt(i);
        if (c !== 43 && c !== 35) break; // c++, c#
        hash = hashStep(hash, c);
        hash2 = hashStep2(hash2, c);
        i++;
      }
      if (n === this.start.length) this.grow();
      this.start[n] = start;
      this.end[n] = i;
      let glued = 0;
      if (start - prevEnd === 1) {
        const sep = text.charCodeAt(prevEnd);
        if (sep === 45 || sep === 47 || sep === 38) glued = 1; // - / &
      }
      this.glued[n] = glued;
      this.hashes[2 * n] = hash;
      this.hashes[2 * n + 1] = hash2;
      prevEnd = i;
      n++;
    }
    this.count = n;
    return n;
  }

  private grow(): void {
    const size = 2 * this.start.length;
    this.start = withRoom(this.start, size);
    this.end = withRoom(this.end, size);
    this.glued = withRoom(this.glued, size);
    this.hashes = withRoom(this.hashes, 2 * size);
  }
}

/** A token of a text: its lowercase form, its position, and whether it is glued to the previous one by `-`, `/` or `&`. */
export interface Token {
  text: string;
  start: number;
  end: number;
  glued: boolean;
}

const APOSTROPHE = /['\u2019]/;
const APOSTROPHES = /['\u2019]/g;

/** The tokens of an already lowercased text (positions are into it). */
export function tokenizeLower(lower: string): Token[] {
  const words = new WordScan();
  const n = words.scan(lower);
  const out = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const raw = lower.slice(words.start[i], words.end[i]);
    out[i] = { text: APOSTROPHE.test(raw) ? raw.replace(APOSTROPHES, '') : raw, start: words.start[i]!, end: words.end[i]!, glued: words.glued[i] === 1 };
  }
  return out;
}

/** The tokens of a text, lowercased (not stemmed). */
export function tokenize(text: string): Token[] {
  return tokenizeLower(text.toLowerCase());
}
