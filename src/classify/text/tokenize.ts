/**
 * The tokenizer: the one walk over a text's code units that finds its words
 * (WordScan). Task text (in the matcher, without making strings), rule
 * phrases and role titles are all split by it, so a phrase and the text it
 * should match are always split the same way.
 *
 * A word is a run of letters and digits (foldWordChar). It may contain `.`
 * between word characters ("2.0", "node.js") and an apostrophe before one
 * ("customer's"; the word's text drops it), and end in `+` or `#` ("c++",
 * "c#"). Every other character separates words. A word right after a single
 * `-`, `/` or `&` is glued to the one before ("go-to", "ci/cd", "r&d").
 */
import { withRoom } from '../../shared/grow.js';
import { foldWordChar, HASH_SEED, HASH_SEED2, hashStep, hashStep2, hashWord } from './chars.js';
import { NO_KEYS, WordMemo } from './word-memo.js';

/**
 * What a WordScan asks about a word, or a glued pair of words, that its memo
 * does not have yet (the matcher: the word's keys and flags).
 */
export interface WordLearner {
  /**
   * The keys of the word text[start, end) (a glued pair when `pair`), or
   * null when a word certainly has none and is not worth memoising (most
   * such words are numbers, ticket keys and dates seen once).
   */
  keysOf(text: string, start: number, end: number, pair: boolean): readonly number[] | null;
  /** The flags of a word with these keys. */
  flagsOf(keys: readonly number[]): number;
  /** false when the glued pair text[start, end) certainly has no keys (asked before a pair with a word left out of the memo is looked up). */
  mayHaveKeys(text: string, start: number, end: number): boolean;
}

/**
 * The words of one text at a time, in reusable arrays, so that a hot loop
 * splits text without allocating: word i is text[start[i], end[i]). With a
 * learner, each word and each glued pair ("e-mail" as "email") also gets its
 * keys and flags, memoised by its characters: the walk hashes them as it
 * goes, so a word seen before costs no string. The look-ups are in the
 * walk's loop rather than in a second loop over the words found: a second
 * loop cost the classifier about a tenth of its throughput.
 */
export class WordScan {
  /** How many words the last scan found. */
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 1 where word i is glued to word i - 1. */
  glued = new Uint8Array(64);
  /** With a learner: per word, its keys and flags (0 for a word left out of the memo). */
  keys: (readonly number[])[] = [];
  flags = new Uint8Array(64);
  /** With a learner: for word i glued to word i + 1, the keys and flags of the pair as one word. */
  pairKeys: (readonly number[])[] = [];
  pairFlags = new Uint8Array(64);
  /** With a learner: the OR of the flags of the words and glued pairs. */
  allFlags = 0;
  private memo: WordMemo | null = null;
  private readonly pairHashes = new Int32Array(2);

  /** Finds the words of `text` (and, with `learner`, their keys and flags); returns how many. */
  scan(text: string, learner: WordLearner | null): number {
    const len = text.length;
    const memo = learner === null ? null : (this.memo ??= new WordMemo());
    let n = 0;
    let i = 0;
    let prevEnd = -2;
    let prevMemoised = false;
    let all = 0;
    while (i < len) {
      let c = foldWordChar(text.charCodeAt(i));
      if (c === 0) {
        i++;
        continue;
      }
      const start = i;
      // the hashes of the word's characters (chars.ts), as hashWord() computes them
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
      if (memo !== null) {
        let keys = NO_KEYS;
        let flags = 0;
        let slot = memo.slot(hash, hash2, i - start);
        if (slot < 0) {
          const learnt = learner!.keysOf(text, start, i, false);
          if (learnt !== null) slot = memo.add(hash, hash2, i - start, learnt, learner!.flagsOf(learnt));
        }
        const memoised = slot >= 0;
        if (memoised) {
          keys = memo.keys[slot]!;
          flags = memo.flags[slot]!;
        }
        this.keys[n] = keys;
        this.flags[n] = flags;
        this.pairFlags[n] = 0;
        all |= flags;
        if (glued === 1) all |= this.pair(n - 1, text, memo, learner!, memoised && prevMemoised);
        prevMemoised = memoised;
      }
      prevEnd = i;
      n++;
    }
    this.count = n;
    this.allFlags = all;
    return n;
  }

  /**
   * Finds the keys and flags of words t and t + 1, glued, as one word;
   * returns its flags. A pair with a word left out of the memo ("SUP-62473",
   * "2025-03") is asked about every time instead of memoised: such pairs
   * rarely come twice.
   */
  private pair(t: number, text: string, memo: WordMemo, learner: WordLearner, memoise: boolean): number {
    const start = this.start[t]!;
    const end = this.end[t + 1]!;
    let keys = NO_KEYS;
    let flags = 0;
    if (memoise || learner.mayHaveKeys(text, start, end)) {
      const hashes = this.pairHashes;
      hashWord(text, start, end, hashes);
      let slot = memo.slot(hashes[0]!, hashes[1]!, end - start);
      if (slot < 0) {
        const learnt = learner.keysOf(text, start, end, true)!;
        slot = memo.add(hashes[0]!, hashes[1]!, end - start, learnt, learner.flagsOf(learnt));
      }
      // add() may grow the memo and replace its arrays: read them only after it.
      keys = memo.keys[slot]!;
      flags = memo.flags[slot]!;
    }
    this.pairKeys[t] = keys;
    this.pairFlags[t] = flags;
    return flags;
  }

  private grow(): void {
    const size = 2 * this.start.length;
    this.start = withRoom(this.start, size);
    this.end = withRoom(this.end, size);
    const bytes = (a: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> => {
      const bigger = new Uint8Array(size);
      bigger.set(a);
      return bigger;
    };
    this.glued = bytes(this.glued);
    this.flags = bytes(this.flags);
    this.pairFlags = bytes(this.pairFlags);
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
  const n = words.scan(lower, null);
  const out = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const start = words.start[i]!;
    const end = words.end[i]!;
    const raw = lower.slice(start, end);
    out[i] = { text: APOSTROPHE.test(raw) ? raw.replace(APOSTROPHES, '') : raw, start, end, glued: words.glued[i] === 1 };
  }
  return out;
}

/** The tokens of a text, lowercased (not stemmed). */
export function tokenize(text: string): Token[] {
  return tokenizeLower(text.toLowerCase());
}
