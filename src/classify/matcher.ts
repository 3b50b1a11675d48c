/**
 * The compiled matcher: a set of phrases in one trie of word keys (stem →
 * key, one root per first key), and the leftmost-longest walk of a text's
 * words through it.
 *
 * The words of classified text come from the tokenizer (WordScan), which
 * memoises what this matcher, its learner, finds out about each distinct
 * word (its keys and flags); the words no phrase can have are ruled out
 * before any string is made (WordPrecheck). Rules taken from a precompiled table enter
 * the trie lazily, the phrases starting with a key the first time a word
 * with that key is seen: a classifier starts in about a millisecond instead
 * of stemming thousands of phrases.
 */
import type { PhraseWord } from './phrase.js';
import { readNumber, type TableView } from './phrase-table.js';
import { WordPrecheck } from './precheck.js';
import { WordScan, type WordLearner } from './text/tokenize.js';
import { NO_KEYS } from './text/word-memo.js';
import { stem } from './text/stem.js';

/** A node of the phrase trie: the rules whose phrase ends here, and the next words. */
class TrieNode {
  rules: number[] = [];
  next: Map<number, TrieNode> | null = null;
}

/** Token flags: some key of the token starts a phrase / starts a free (negative) phrase. */
const FLAG_ROOT = 1;
const FLAG_FREE = 2;

const APOSTROPHE_OR_GLUE = /['\u2019\-/&]/;
const APOSTROPHES_AND_GLUE = /['\u2019\-/&]/g;

/** Called for each match: the rule, and where in the text the match starts and ends. */
export type Fire = (rule: number, start: number, end: number) => void;

export class Matcher implements WordLearner {
  /** Stems not in the table, to their keys. */
  private readonly vocab = new Map<string, number>();
  /** The wildcard prefixes of the rules added, in order of first use (the order of a word's keys). */
  private readonly prefixes: { prefix: string; key: number }[] = [];
  /** Phrase trie, one root per first key. */
  private readonly roots: (TrieNode | undefined)[];
  /** Phrases that match wherever they occur, without claiming words (evidence against). */
  private readonly freeRoots: (TrieNode | undefined)[];
  private keyCount: number;

  /**
   * Rules taken from a precompiled table are indexed lazily (see
   * materialise). `tableRule[t]` is the rule number of table rule t (-1: not
   * used), `tableFree[t]` 1 when its phrases are free ones.
   */
  private readonly table: TableView | null;
  private readonly tableKeys: number;
  private tableRule: Int32Array | null = null;
  private tableFree: Uint8Array | null = null;
  /** 1 for a table key whose phrases are in the trie. */
  private tableDone: Uint8Array | null = null;

  /** Set up by seal(), unless every word is to be looked up. */
  private precheck: WordPrecheck | null = null;

  // Per-call scratch space, reused to avoid allocation.
  /** The words of the loaded text, with their keys and flags (this matcher is their learner). */
  private readonly words = new WordScan();
  private candNode: TrieNode[] = [];
  private candEnd: number[] = [];
  private stackNode: TrieNode[] = [];
  private stackPos: number[] = [];

  /**
   * A matcher whose phrases may come from `table`. With `wordPrecheck` false
   * it looks up every word instead of ruling words out first (the same
   * results, slower: for tests that show it).
   */
  constructor(
    table: TableView | null,
    private readonly wordPrecheck = true,
  ) {
    this.table = table;
    this.tableKeys = table === null ? 0 : table.keyCount;
    this.keyCount = this.tableKeys;
    this.roots = new Array<TrieNode | undefined>(this.tableKeys).fill(undefined);
    this.freeRoots = new Array<TrieNode | undefined>(this.tableKeys).fill(undefined);
  }

  private keyFor(word: PhraseWord): number {
    if (word.prefix !== undefined) return this.prefixKey(word.prefix);
    const s = word.stem!;
    const k = this.table === null ? -1 : this.table.stemKey(s);
    if (k >= 0) return k;
    let key = this.vocab.get(s);
    if (key === undefined) {
      key = this.keyCount++;
      this.vocab.set(s, key);
    }
    return key;
  }

  /** The key of a wildcard prefix, registering it (in order of first use) when new. */
  private prefixKey(prefix: string): number {
    const found = this.prefixes.find((p) => p.prefix === prefix);
    if (found) return found.key;
    let key = this.table === null ? -1 : this.table.prefixKey(prefix);
    if (key < 0) key = this.keyCount++;
    this.prefixes.push({ prefix, key });
    return key;
  }

  /** The trie node for `key` under `node` (a root when `node` is null), created if missing. */
  private static child(roots: (TrieNode | undefined)[], node: TrieNode | null, key: number): TrieNode {
    if (node === null) return (roots[key] ??= new TrieNode());
    node.next ??= new Map();
    let child = node.next.get(key);
    if (child === undefined) {
      child = new TrieNode();
      node.next.set(key, child);
    }
    return child;
  }

  /** Adds a rule to a node, keeping its rule list ascending and free of repeats. */
  private static addRule(node: TrieNode, rule: number): void {
    const rules = node.rules;
    let i = rules.length;
    while (i > 0 && rules[i - 1]! > rule) i--;
    if (i > 0 && rules[i - 1] === rule) return;
    rules.splice(i, 0, rule);
  }

  /**
   * Adds a phrase. An exclusive phrase takes part in leftmost-longest
   * matching; a free one (used for negative evidence) matches wherever it
   * occurs, even inside a longer phrase, and claims no words.
   */
  add(words: PhraseWord[], rule: number, exclusive = true): void {
    const keys = words.map((w) => this.keyFor(w));
    const roots = exclusive ? this.roots : this.freeRoots;
    let node: TrieNode | null = null;
    for (let i = 0; i < keys.length; i++) node = Matcher.child(roots, node, keys[i]!);
    Matcher.addRule(node!, rule);
  }

  /** Adds the phrases of table rule `t` as rule `rule` (they enter the trie lazily). */
  addTableRule(t: number, rule: number, exclusive = true): void {
    const table = this.table!;
    if (this.tableRule === null) {
      this.tableRule = new Int32Array(table.ruleCount).fill(-1);
      this.tableFree = new Uint8Array(table.ruleCount);
      this.tableDone = new Uint8Array(this.tableKeys);
    }
    this.tableRule[t] = rule;
    this.tableFree![t] = exclusive ? 0 : 1;
    for (const key of table.rulePrefixes(t)) {
      if (!this.prefixes.some((p) => p.key === key)) this.prefixes.push({ prefix: table.prefixes[key - table.stems.length]!, key });
    }
  }

  /** Puts the table phrases starting with `key` into the trie. */
  private materialise(key: number): void {
    this.tableDone![key] = 1;
    const { index, indexWidth, phrases, width } = this.table!.table;
    const tableRule = this.tableRule!;
    const tableFree = this.tableFree!;
    const end = readNumber(index, (key + 1) * indexWidth, indexWidth) * width;
    let at = readNumber(index, key * indexWidth, indexWidth) * width;
    while (at < end) {
      const t = readNumber(phrases, at, width);
      const length = readNumber(phrases, at + width, width);
      at += 2 * width;
      const rule = tableRule[t]!;
      if (rule < 0) {
        at += (length - 1) * width;
        continue;
      }
      const roots = tableFree[t] === 1 ? this.freeRoots : this.roots;
      let node = Matcher.child(roots, null, key);
      for (let i = 1; i < length; i++, at += width) node = Matcher.child(roots, node, readNumber(phrases, at, width));
      Matcher.addRule(node, rule);
    }
  }

  /** Makes the trie complete for the phrases starting with `key`. */
  private ensure(key: number): void {
    if (key < this.tableKeys && this.tableDone !== null && this.tableDone[key] === 0) this.materialise(key);
  }

  /** Makes the root lists dense and sets up the pre-check; call once after the last add(). */
  seal(): void {
    for (let k = this.tableKeys; k < this.keyCount; k++) {
      this.roots[k] ??= undefined; // dense, so look-ups never hit a hole
      this.freeRoots[k] ??= undefined;
    }
    if (!this.wordPrecheck) return;
    this.precheck = new WordPrecheck(
      this.table === null ? null : this.table.stemIndex,
      [...this.vocab.keys()],
      this.prefixes.map((p) => p.prefix),
    );
  }

  /** The flags of a word with these keys (putting the table phrases they start into the trie). */
  flagsOf(keys: readonly number[]): number {
    let flags = 0;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      this.ensure(k);
      if (this.roots[k] !== undefined) flags |= FLAG_ROOT;
      if (this.freeRoots[k] !== undefined) flags |= FLAG_FREE;
    }
    return flags;
  }

  /** The keys of a lowercased, apostrophe-free word. */
  private keysOfWord(raw: string): readonly number[] {
    const keys: number[] = [];
    const s = stem(raw);
    const t = this.table === null ? -1 : this.table.stemKey(s);
    const k = t >= 0 ? t : this.vocab.get(s);
    if (k !== undefined) keys.push(k);
    for (const p of this.prefixes) if (raw.startsWith(p.prefix)) keys.push(p.key);
    return keys.length === 0 ? NO_KEYS : keys;
  }

  /** Lowercases a token (or a glued pair such as "e-mail") and drops apostrophes and glue. */
  private static normalise(raw: string): string {
    const w = raw.toLowerCase();
    return APOSTROPHE_OR_GLUE.test(w) ? w.replace(APOSTROPHES_AND_GLUE, '') : w;
  }

  /** See WordLearner: ruled out by the pre-check, or the keys of the word's stem and wildcard prefixes. */
  keysOf(text: string, start: number, end: number, pair: boolean): readonly number[] | null {
    const precheck = this.precheck;
    if (!pair && precheck !== null && !precheck.mayStartKeys(text, start, end)) return null;
    return precheck === null || precheck.mayHaveKeys(text, start, end) ? this.keysOfWord(Matcher.normalise(text.slice(start, end))) : NO_KEYS;
  }

  mayHaveKeys(text: string, start: number, end: number): boolean {
    return this.precheck === null || this.precheck.mayHaveKeys(text, start, end);
  }

  /** Splits `text` into words and finds their keys (WordScan, with this matcher as the learner). */
  load(text: string): void {
    this.words.scan(text, this);
  }

  /**
   * Walks the trie from the roots of `firstKeys`, the next word being token
   * `after`; records every node where a phrase ends, with the token index just
   * past it. Returns the new candidate count.
   */
  private collect(roots: readonly (TrieNode | undefined)[], firstKeys: readonly number[], after: number, count: number): number {
    const n = this.words.count;
    const wordKeys = this.words.keys;
    const stackNode = this.stackNode;
    const stackPos = this.stackPos;
    for (let f = 0; f < firstKeys.length; f++) {
      const root = roots[firstKeys[f]!];
      if (root === undefined) continue;
      let depth = 0;
      stackNode[depth] = root;
      stackPos[depth] = after;
      depth++;
      while (depth > 0) {
        depth--;
        const node = stackNode[depth]!;
        const pos = stackPos[depth]!;
        if (node.rules.length > 0) {
          this.candNode[count] = node;
          this.candEnd[count] = pos;
          count++;
        }
        const next = node.next;
        if (next === null || pos >= n) continue;
        const keys = wordKeys[pos]!;
        for (let k = 0; k < keys.length; k++) {
          const child = next.get(keys[k]!);
          if (child !== undefined) {
            stackNode[depth] = child;
            stackPos[depth] = pos + 1;
            depth++;
          }
        }
      }
    }
    return count;
  }

  /** Fires the rules of candidate `k`, which matched from token `t`. */
  private fireCandidate(k: number, t: number, fire: Fire): void {
    const end = this.candEnd[k]!;
    const rules = this.candNode[k]!.rules;
    const start = this.words.start[t]!;
    const last = this.words.end[end - 1]!;
    for (let r = 0; r < rules.length; r++) fire(rules[r]!, start, last);
  }

  /**
   * Finds the phrase matches in the loaded tokens, leftmost-longest: at each
   * position only the longest matches count, and the words they cover cannot
   * start another match ("press release" hides "release"). A hyphen/slash
   * compound may also match as one word ("e-mail" as "email"). Calls
   * `fire(rule, startOffset, endOffset)` for each surviving match.
   */
  run(fire: Fire): void {
    const words = this.words;
    const n = words.count;
    if ((words.allFlags & FLAG_FREE) !== 0) this.runFree(fire);
    if ((words.allFlags & FLAG_ROOT) === 0) return;
    const { flags, keys, pairFlags, pairKeys } = words;
    let t = 0;
    while (t < n) {
      let count = 0;
      if ((flags[t]! & FLAG_ROOT) !== 0) count = this.collect(this.roots, keys[t]!, t + 1, count);
      if ((pairFlags[t]! & FLAG_ROOT) !== 0) count = this.collect(this.roots, pairKeys[t]!, t + 2, count);
      if (count === 0) {
        t++;
        continue;
      }
      let bestEnd = -1;
      for (let k = 0; k < count; k++) if (this.candEnd[k]! > bestEnd) bestEnd = this.candEnd[k]!;
      for (let k = 0; k < count; k++) if (this.candEnd[k] === bestEnd) this.fireCandidate(k, t, fire);
      t = bestEnd;
    }
  }

  /** Every match of a free entry, at every position. */
  private runFree(fire: Fire): void {
    const { count: n, flags, keys, pairFlags, pairKeys } = this.words;
    for (let t = 0; t < n; t++) {
      let count = 0;
      if ((flags[t]! & FLAG_FREE) !== 0) count = this.collect(this.freeRoots, keys[t]!, t + 1, count);
      if ((pairFlags[t]! & FLAG_FREE) !== 0) count = this.collect(this.freeRoots, pairKeys[t]!, t + 2, count);
      for (let k = 0; k < count; k++) this.fireCandidate(k, t, fire);
    }
  }
}
