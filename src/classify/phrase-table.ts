/**
 * Precompiled phrase tables: the compiled phrases of a fixed list of rules as
 * compact strings, so that a classifier does not stem and index thousands of
 * built-in phrases at start-up. builtin-table.ts holds the built-in rules'
 * tables (written by `npm run generate:tables`, see precompiled.ts).
 */
import { compileEntries, type PhraseWord } from './phrase.js';
import { WordIndex } from './text/word-index.js';

/**
 * A phrase table. Keys number the distinct words: first the exact stems
 * (sorted), then the wildcard prefixes. Numbers are written in base 64, one
 * character per digit (`charCode - 48`), `width` digits each (`indexWidth` in
 * `index`).
 */
export interface PhraseTable {
  width: number;
  indexWidth: number;
  /** The exact stems, sorted (UTF-16 order), separated by spaces: key = position. */
  stems: string;
  /** The wildcard prefixes, separated by spaces: key = stem count + position. */
  prefixes: string;
  /** Per rule: its number of match entries (to tell a table that no longer fits its rules). */
  counts: string;
  /** For each rule with wildcard prefixes, in rule order: the rule, its prefix count, its prefix keys in order of first use. */
  rulePrefixes: string;
  /** Per key, and one past the last: where its phrases start in `phrases` (in numbers). */
  index: string;
  /** Per phrase, grouped by first key: its rule, its word count and the keys of the words after the first. */
  phrases: string;
}

const TABLE_DIGIT_BASE = 48;

/** The number of `width` digits at s[at]. */
export function readNumber(s: string, at: number, width: number): number {
  let v = 0;
  for (let i = at; i < at + width; i++) v = v * 64 + (s.charCodeAt(i) - TABLE_DIGIT_BASE);
  return v;
}

function writeNumbers(values: readonly number[], width: number): string {
  let out = '';
  for (const v of values) {
    let digits = '';
    let x = v;
    for (let i = 0; i < width; i++) {
      digits = String.fromCharCode(TABLE_DIGIT_BASE + (x % 64)) + digits;
      x = Math.floor(x / 64);
    }
    out += digits;
  }
  return out;
}

function digitsFor(values: readonly number[]): number {
  let width = 1;
  for (const v of values) while (v >= 64 ** width) width++;
  return width;
}

/**
 * Compiles the match lists of a fixed list of rules into a phrase table: the
 * same phrases, in the same order per rule, as the classifier compiles at run
 * time.
 */
export function encodePhraseTable(matches: readonly (readonly unknown[])[]): PhraseTable {
  const compiled = matches.map((match) => compileEntries(match));
  const stemSet = new Set<string>();
  const prefixList: string[] = [];
  for (const phrases of compiled) {
    for (const words of phrases) {
      for (const w of words) {
        if (w.prefix !== undefined) {
          if (!prefixList.includes(w.prefix)) prefixList.push(w.prefix);
        } else {
          stemSet.add(w.stem!);
        }
      }
    }
  }
  const stems = [...stemSet].sort();
  for (const s of stems) if (s.includes(' ') || s === '') throw new Error(`cannot table the stem "${s}"`);
  for (const p of prefixList) if (p.includes(' ') || p === '') throw new Error(`cannot table the prefix "${p}"`);
  const stemKey = new Map(stems.map((s, i) => [s, i]));
  const keyOf = (w: PhraseWord): number => (w.prefix !== undefined ? stems.length + prefixList.indexOf(w.prefix) : stemKey.get(w.stem!)!);
  const keyCount = stems.length + prefixList.length;

  const counts: number[] = [];
  const rulePrefixes: number[] = [];
  const groups: number[][] = Array.from({ length: keyCount }, () => []);
  compiled.forEach((phrases, rule) => {
    const prefixes: number[] = [];
    for (const words of phrases) {
      const keys = words.map(keyOf);
      for (let i = 0; i < words.length; i++) if (words[i]!.prefix !== undefined && !prefixes.includes(keys[i]!)) prefixes.push(keys[i]!);
      groups[keys[0]!]!.push(rule, keys.length, ...keys.slice(1));
    }
    counts.push(matches[rule]!.length);
    if (prefixes.length > 0) rulePrefixes.push(rule, prefixes.length, ...prefixes);
  });
  const phrases = groups.flat();
  const index: number[] = [0];
  for (const g of groups) index.push(index[index.length - 1]! + g.length);
  const width = digitsFor([...counts, ...rulePrefixes, ...phrases]);
  const indexWidth = digitsFor(index);
  return {
    width,
    indexWidth,
    stems: stems.join(' '),
    prefixes: prefixList.join(' '),
    counts: writeNumbers(counts, width),
    rulePrefixes: writeNumbers(rulePrefixes, width),
    index: writeNumbers(index, indexWidth),
    phrases: writeNumbers(phrases, width),
  };
}

const NO_PREFIXES: readonly number[] = [];

/** A phrase table, decoded as far as a matcher needs it up front (little: start-up runs cold code). */
export class TableView {
  readonly stems: string[];
  readonly prefixes: string[];
  readonly keyCount: number;
  readonly ruleCount: number;
  /** The prefix keys of the rules that have some. */
  private readonly prefixesOf = new Map<number, number[]>();

  constructor(readonly table: PhraseTable) {
    this.stems = table.stems === '' ? [] : table.stems.split(' ');
    this.prefixes = table.prefixes === '' ? [] : table.prefixes.split(' ');
    this.keyCount = this.stems.length + this.prefixes.length;
    const { rulePrefixes, width } = table;
    this.ruleCount = table.counts.length / width;
    let at = 0;
    while (at < rulePrefixes.length) {
      const rule = readNumber(rulePrefixes, at, width);
      const count = readNumber(rulePrefixes, at + width, width);
      const keys: number[] = [];
      for (let i = 0; i < count; i++) keys.push(readNumber(rulePrefixes, at + (2 + i) * width, width));
      this.prefixesOf.set(rule, keys);
      at += (2 + count) * width;
    }
  }

  /** Whether table rule `t` can stand for a match list (it has as many entries as when the table was made). */
  fits(t: number, match: readonly unknown[]): boolean {
    const width = this.table.width;
    return readNumber(this.table.counts, t * width, width) === match.length;
  }

  /** The prefix keys of table rule `t`, in order of first use. */
  rulePrefixes(t: number): readonly number[] {
    return this.prefixesOf.get(t) ?? NO_PREFIXES;
  }

  /** The key of an exact stem, or -1. */
  stemKey(s: string): number {
    const stems = this.stems;
    let lo = 0;
    let hi = stems.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const m = stems[mid]!;
      if (m === s) return mid;
      if (m < s) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The key of a wildcard prefix, or -1. */
  prefixKey(p: string): number {
    const i = this.prefixes.indexOf(p);
    return i < 0 ? -1 : this.stems.length + i;
  }

  private stemIndexCache: WordIndex | undefined;
  /** The stems, indexed for the pre-check (built on first use, shared by the classifiers using this table). */
  get stemIndex(): WordIndex {
    return (this.stemIndexCache ??= new WordIndex(this.stems));
  }
}
