/**
 * The vocabulary pre-check: rules out, without making a string, the words of
 * task text that no phrase of a matcher can have.
 *
 * Most distinct words of a large org's task titles are in no rule (ticket
 * keys, dates, numbers, product names, and nearly every hyphenated pair such
 * as "usage-based" or "SUP-62473"), and most of them occur once. A word whose
 * first two characters start no known stem, special word or wildcard prefix
 * has no keys (mayStartKeys); any other word is stemmed on its character
 * codes and looked up in the sorted stems (mayHaveKeys). Only the words that
 * pass take the matcher's string path, so results are exactly those of
 * looking up every word.
 */
import { foldWordChar } from './text/chars.js';
import { SPECIAL_WORD_INDEX, stemCodes } from './text/stem.js';
import { WordIndex } from './text/word-index.js';

export class WordPrecheck {
  /** 1 at c0 * 128 + c1 for the first two characters (ASCII) a word with keys may start with. */
  private readonly heads = new Uint8Array(128 * 128);
  /** 1 at c0 for a one-character word that may have keys. */
  private readonly singles = new Uint8Array(128);
  private readonly vocabStems: WordIndex | null;
  private wordBuf = new Uint16Array(64);

  /**
   * For a matcher whose exact stems are `tableStems` (a phrase table's) and
   * `ownStems` (the others), and whose wildcard prefixes are `prefixes`.
   */
  constructor(
    private readonly tableStems: WordIndex | null,
    ownStems: string[],
    private readonly prefixes: readonly string[],
  ) {
    this.vocabStems = ownStems.length > 0 ? new WordIndex(ownStems.sort()) : null;
    // stemCodes() keeps the first two characters of a word it does not treat specially (and one-
    // and two-character words whole): a word with keys starts like a known stem, a special
    // word or a wildcard prefix (one of one character admits any second one).
    tableStems?.markStarts(this.heads, this.singles);
    this.vocabStems?.markStarts(this.heads, this.singles);
    SPECIAL_WORD_INDEX.markStarts(this.heads, this.singles);
    for (const prefix of prefixes) {
      const c0 = prefix.charCodeAt(0);
      if (c0 >= 128) continue;
      if (prefix.length === 1) {
        this.singles[c0] = 1;
        this.heads.fill(1, c0 * 128, c0 * 128 + 128);
      } else if (prefix.charCodeAt(1) < 128) {
        this.heads[c0 * 128 + prefix.charCodeAt(1)] = 1;
      }
    }
  }

  /**
   * false when the token text[start, end) certainly has no keys, judged by
   * its first two characters (a cheap look that spares the memo the many
   * numbers, ticket keys and dates in task titles).
   */
  mayStartKeys(text: string, start: number, end: number): boolean {
    const c0 = foldWordChar(text.charCodeAt(start));
    if (c0 >= 128) return true;
    if (end - start === 1) return this.singles[c0] === 1;
    let c1 = text.charCodeAt(start + 1);
    if (c1 === 39 || c1 === 0x2019) c1 = text.charCodeAt(start + 2); // an apostrophe, which the word's text drops
    if (c1 >= 128) return true;
    if (c1 >= 65 && c1 <= 90) c1 += 32;
    return this.heads[c0 * 128 + c1] === 1;
  }

  /**
   * false when the word text[start, end) (a token, or a glued pair with its
   * glue) certainly has no keys: the case-folded characters, without the
   * apostrophes and glue the matcher drops, start with no wildcard prefix and
   * stem to no known stem. A word with non-ASCII characters is left to the
   * matcher's string path.
   */
  mayHaveKeys(text: string, start: number, end: number): boolean {
    if (end - start > this.wordBuf.length) this.wordBuf = new Uint16Array(Math.max(end - start, 2 * this.wordBuf.length));
    const buf = this.wordBuf;
    let len = 0;
    for (let i = start; i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return true;
      if (c === 39 || c === 45 || c === 47 || c === 38) continue; // ' - / &
      if (c >= 65 && c <= 90) c += 32;
      buf[len++] = c;
    }
    const prefixes = this.prefixes;
    for (let p = 0; p < prefixes.length; p++) {
      const prefix = prefixes[p]!;
      if (prefix.length > len) continue;
      let k = 0;
      while (k < prefix.length && prefix.charCodeAt(k) === buf[k]) k++;
      if (k === prefix.length) return true;
    }
    const s = stemCodes(buf, len);
    return (this.tableStems !== null && this.tableStems.has(buf, s)) || (this.vocabStems !== null && this.vocabStems.has(buf, s));
  }
}
