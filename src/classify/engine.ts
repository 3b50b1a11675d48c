/**
 * The classification engine: compiles rules (data) into one matcher and scores
 * tasks with it. See docs/classification.md for the matching and scoring model.
 *
 * Matching is on words, never raw substrings: the text is split into tokens by
 * a fixed hand-written scanner, each token is reduced by a light stemmer, and
 * every rule phrase is compiled into sequences of token keys indexed by their
 * first key. Classifying a task is one pass over its tokens. No regular
 * expression is ever built from user input.
 */
import { BUILTIN_DISCIPLINES } from '../core/taxonomy.js';
import { BUILTIN_ROLE_RULES, BUILTIN_RULES, type RoleRule } from './builtin-rules.js';
import { closest } from './suggest.js';
import type { Classification, ClassifyInput, Classifier, Rule, RuleConfig, RuleHit } from './types.js';

/** Minimum confidence below which a task stays unclassified (overridable with `classification.threshold`). */
export const DEFAULT_THRESHOLD = 0.3;
/** Weight of a custom rule that gives none: strong evidence, not a defining term. */
export const DEFAULT_RULE_WEIGHT = 2;
/** Evidence scale K in `evidence = 1 - exp(-best / K)`. */
export const EVIDENCE_SCALE = 2;
/** The role decides when the role's discipline trails the best by at most this much evidence. */
export const ROLE_MARGIN = 1;
/** Each further distinct match of a rule already fired adds this fraction of its weight. */
export const REPEAT_FACTOR = 0.5;
/** Extra evidence for the discipline of the earliest positive match in the text (the head of the task). */
export const HEAD_BONUS = 0.5;
/** Extra evidence for a tag equal to a discipline id (`tags: [sales]`). */
export const TAG_DISCIPLINE_BONUS = 3;
/** Rule id reported for the tag-equals-discipline bonus. */
export const TAG_RULE_PREFIX = 'tag:';

export interface ClassifierOptions {
  /** Every known discipline id: the built-ins plus the org file's custom ones. */
  disciplines: readonly string[];
  /** The org file's `classification:` section. */
  config?: RuleConfig;
  /**
   * Role titles per discipline id (e.g. `{ legal: 'Legal Counsel' }`), used to
   * recognise an owner's role. The built-in disciplines' roles are known already.
   */
  roles?: Readonly<Record<string, string | readonly string[]>>;
}

export interface ConfigProblem {
  /** Data path relative to the `classification:` section. */
  path: (string | number)[];
  message: string;
}

// ---------------------------------------------------------------------------
// Text: tokenizer and stemmer
// ---------------------------------------------------------------------------

/** A token of a text: its lowercase form, its position, and whether it is glued to the previous one by `-`, `/` or `&`. */
export interface Token {
  text: string;
  start: number;
  end: number;
  glued: boolean;
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
/** ASCII code → its lowercase form if it is a word character, else 0. */
const ASCII_FOLD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_FOLD[c] = c;
for (let c = 97; c <= 122; c++) ASCII_FOLD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_FOLD[c] = c + 32;

/** The case-folded word character for `c`, or 0 when `c` separates words. */
function foldWordChar(c: number): number {
  if (c < 128) return ASCII_FOLD[c]!;
  return isWordChar(c) ? c : 0;
}

/** Letters (ASCII lowercase, or any non-ASCII character that is not punctuation or space) and digits. */
function isWordChar(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c >= 0x2000 && c <= 0x206f) return false; // general punctuation: dashes, quotes, ellipsis, bullets
  if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0xb7 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return true;
}

/**
 * Calls `emit(start, end, raw, glued)` for every token of `lower` (an already
 * lowercased string). A token is a run of letters and digits; it may contain
 * `.` between word characters ("2.0", "node.js"), an apostrophe before a
 * letter (dropped: "customer's" → "customers"), and end in `+` or `#`
 * ("c++", "c#"). Every other character separates tokens.
 */
function scan(lower: string, emit: (start: number, end: number, raw: string, glued: boolean) => void): void {
  const len = lower.length;
  let i = 0;
  let prevEnd = -2;
  while (i < len) {
    let c = lower.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    i++;
    while (i < len) {
      c = lower.charCodeAt(i);
      if (isWordChar(c)) {
        i++;
      } else if (c === 46 && i + 1 < len && isWordChar(lower.charCodeAt(i + 1))) {
        i++; // "2.0", "node.js"
      } else if ((c === 39 || c === 0x2019) && i + 1 < len && isWordChar(lower.charCodeAt(i + 1))) {
        apostrophe = true;
        i++;
      } else {
        break;
      }
    }
    while (i < len && ((c = lower.charCodeAt(i)) === 43 || c === 35)) i++; // c++, c#
    let raw = lower.slice(start, i);
    if (apostrophe) raw = raw.replace(/['\u2019]/g, '');
    let glued = false;
    if (start - prevEnd === 1) {
      const sep = lower.charCodeAt(prevEnd);
      glued = sep === 45 || sep === 47 || sep === 38; // - / &
    }
    emit(start, i, raw, glued);
    prevEnd = i;
  }
}

/** The tokens of a text, lowercased (not stemmed). */
export function tokenize(text: string): Token[] {
  const lower = text.toLowerCase();
  const out: Token[] = [];
  scan(lower, (start, end, raw, glued) => out.push({ text: raw, start, end, glued }));
  return out;
}

/** British spellings folded onto one form before stemming. */
const SPELLING: Readonly<Record<string, string>> = {
  colour: 'color',
  colours: 'color',
  centre: 'center',
  centres: 'center',
  behaviour: 'behavior',
  behaviours: 'behavior',
  programme: 'program',
  programmes: 'program',
  catalogue: 'catalog',
  licence: 'license',
  favourite: 'favorite',
  enquiry: 'inquiry',
  enquiries: 'inquiry',
  cancelled: 'canceled',
  modelling: 'modeling',
  labelling: 'labeling',
  travelling: 'traveling',
};

/** Words the suffix rules would merge with a different word. */
const PROTECTED = new Set([
  'marketing', // not "market"
  'news', // not "new"
  'clustering', // ML, not a Kubernetes cluster
  'staging', // an environment, not a "stage"
  'messaging', // positioning, not a "message"
  'spacing', // design tokens, not a "space"
  'meeting',
  'something',
  'anything',
  'everything',
  'nothing',
  'during',
  'series',
]);

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * A light, deterministic stemmer applied to rule words and task text alike, so
 * plan / plans / planning / planned all become "plan", and prioritise /
 * prioritize / prioritisation become "prioritiz". Words with digits or symbols
 * and words of one or two letters are left alone.
 */
export function stem(word: string): string {
  let w = SPELLING[word] ?? word;
  if (w.length < 3 || PROTECTED.has(w)) return w;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return w; // digits, symbols, non-ASCII: as is
  }
  let changed = false;
  if (w.endsWith('ies') && w.length > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
  // plural -s (but not -ss, -us, or -is in longer words: analysis, status, business)
  if (
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !(w.endsWith('is') && w.length >= 5)
  ) {
    w = w.slice(0, -1);
    changed = true;
  }
  if (w.endsWith('ing') && w.length - 3 >= 3) {
    w = w.slice(0, -3);
    changed = true;
  } else if (w.endsWith('ed') && w.length - 2 >= 3) {
    w = w.slice(0, -2);
    changed = true;
  } else if ((w.endsWith('ization') || w.endsWith('isation')) && w.length - 7 >= 3) {
    w = w.slice(0, -7) + 'iz';
    changed = true;
  } else if (w.endsWith('ation') && w.length - 5 >= 4) {
    w = w.slice(0, -5) + 'at';
    changed = true;
  } else if (w.endsWith('e') && w.length >= 4) {
    w = w.slice(0, -1);
    changed = true;
  }
  // -ise / -yse → -ize / -yze
  if (changed && w.length >= 4 && w.endsWith('s') && (w[w.length - 2] === 'i' || w[w.length - 2] === 'y')) {
    w = w.slice(0, -1) + 'z';
  }
  // planned → plann → plan, staff → staf, billing → bill → bil
  const last = w[w.length - 1];
  if (w.length >= 4 && last === w[w.length - 2] && !isVowel(last)) w = w.slice(0, -1);
  return w;
}

// ---------------------------------------------------------------------------
// Rule phrases
// ---------------------------------------------------------------------------

/** One word of a compiled phrase: an exact stem, or a prefix of the raw word. */
interface PhraseWord {
  stem?: string;
  prefix?: string;
}

/** Characters a match entry may contain (besides a trailing `*` on a word). */
const ALLOWED_MATCH = /^[\p{L}\p{N} \-/'\u2019&.+#*]*$/u;

/**
 * Splits a match entry into words. Returns the phrase variants the entry
 * stands for: the phrase itself and, for a hyphen/slash compound, its joined
 * form too ("on-call" also matches "oncall"). Returns [] for an entry with no
 * words.
 */
function compilePhrase(entry: string): PhraseWord[][] {
  const lower = entry.toLowerCase().trim();
  const toks: { raw: string; glued: boolean; wildcard: boolean }[] = [];
  scan(lower, (_start, end, raw, glued) => toks.push({ raw, glued, wildcard: lower.charCodeAt(end) === 42 }));
  if (toks.length === 0) return [];
  const word = (raw: string, wildcard: boolean): PhraseWord => (wildcard ? { prefix: raw } : { stem: stem(raw) });
  const words = toks.map((t) => word(t.raw, t.wildcard));
  if (!toks.some((t, i) => i > 0 && t.glued)) return [words];
  // Joined variant: glue each hyphen/slash group into one word ("on-call" → "oncall").
  const joined: PhraseWord[] = [];
  let i = 0;
  while (i < toks.length) {
    let j = i + 1;
    while (j < toks.length && toks[j]!.glued && !toks[j - 1]!.wildcard) j++;
    const group = toks.slice(i, j);
    joined.push(word(group.map((t) => t.raw).join(''), group[group.length - 1]!.wildcard));
    i = j;
  }
  return [words, joined];
}

function phraseKey(words: PhraseWord[]): string {
  return words.map((w) => (w.prefix !== undefined ? w.prefix + '*' : w.stem)).join(' ');
}

// ---------------------------------------------------------------------------
// The compiled matcher
// ---------------------------------------------------------------------------

/** A node of the phrase trie: the rules whose phrase ends here, and the next words. */
class TrieNode {
  rules: number[] = [];
  next: Map<number, TrieNode> | null = null;
}

const NO_KEYS: readonly number[] = [];
/** Token flags: some key of the token starts a phrase / starts a free (negative) phrase. */
const FLAG_ROOT = 1;
const FLAG_FREE = 2;
/** Initial and maximum slots in the token memo (powers of two). It doubles when half full, and is cleared at the maximum. */
const MEMO_MIN = 1 << 12;
const MEMO_MAX = 1 << 16;

/**
 * A set of phrases compiled into one index: stem → key → entries starting
 * with that key. Tokens of classified text are memoised by their exact source
 * characters (hash computed while scanning), so the stemmer and the wildcard
 * prefixes run once per distinct word, not once per occurrence.
 */
class Matcher {
  private readonly vocab = new Map<string, number>();
  private readonly prefixes: { prefix: string; key: number }[] = [];
  /** Phrase trie, one root per first key. */
  private readonly roots: (TrieNode | undefined)[] = [];
  /** Phrases that match wherever they occur, without claiming words (evidence against). */
  private readonly freeRoots: (TrieNode | undefined)[] = [];
  private keyCount = 0;

  // Token memo: open addressing on two 32-bit hashes of the case-folded characters (FNV-1a and a
  // second multiplier) plus the length. A word is found without comparing its characters: two
  // different words would have to agree on 64 bits of hash and on their length (odds about 2^-64).
  private memoHash = new Int32Array(MEMO_MIN); // 0 marks an empty slot; stored hashes are odd
  private memoHash2 = new Int32Array(MEMO_MIN);
  private memoLen = new Int32Array(MEMO_MIN);
  private memoStr: string[] = new Array<string>(MEMO_MIN).fill('');
  private memoKeys: (readonly number[])[] = new Array<readonly number[]>(MEMO_MIN).fill(NO_KEYS);
  private memoFlags = new Uint8Array(MEMO_MIN); // FLAG_ROOT | FLAG_FREE
  private memoCount = 0;


  // Per-call scratch space, reused to avoid allocation.
  private text = '';
  private tokKeys: (readonly number[])[] = [];
  private tokStart = new Int32Array(64);
  private tokEnd = new Int32Array(64);
  private tokGlued = new Uint8Array(64);
  private tokFlags = new Uint8Array(64);
  /** OR of the loaded tokens' flags, plus FLAG_FREE when some pair is glued. */
  private loadedFlags = 0;
  private n = 0;
  private candNode: TrieNode[] = [];
  private candEnd: number[] = [];
  private stackNode: TrieNode[] = [];
  private stackPos: number[] = [];

  private keyFor(word: PhraseWord): number {
    if (word.prefix !== undefined) {
      const found = this.prefixes.find((p) => p.prefix === word.prefix);
      if (found) return found.key;
      const key = this.keyCount++;
      this.prefixes.push({ prefix: word.prefix, key });
      return key;
    }
    const s = word.stem!;
    let key = this.vocab.get(s);
    if (key === undefined) {
      key = this.keyCount++;
      this.vocab.set(s, key);
    }
    return key;
  }

  /**
   * Adds a phrase. An exclusive phrase takes part in leftmost-longest
   * matching; a free one (used for negative evidence) matches wherever it
   * occurs, even inside a longer phrase, and claims no words.
   */
  add(words: PhraseWord[], rule: number, exclusive = true): void {
    const keys = words.map((w) => this.keyFor(w));
    const roots = exclusive ? this.roots : this.freeRoots;
    let node = (roots[keys[0]!] ??= new TrieNode());
    for (let i = 1; i < keys.length; i++) {
      node.next ??= new Map();
      let child = node.next.get(keys[i]!);
      if (child === undefined) {
        child = new TrieNode();
        node.next.set(keys[i]!, child);
      }
      node = child;
    }
    if (!node.rules.includes(rule)) node.rules.push(rule);
  }

  /** Sorts every entry list longest first; call once after the last add(). */
  seal(): void {
    for (let k = 0; k < this.keyCount; k++) {
      this.roots[k] ??= undefined; // dense, so look-ups never hit a hole
      this.freeRoots[k] ??= undefined;
    }
    this.clearMemo();
  }

  private clearMemo(size = MEMO_MIN): void {
    this.memoHash = new Int32Array(size);
    this.memoHash2 = new Int32Array(size);
    this.memoLen = new Int32Array(size);
    this.memoStr = new Array<string>(size).fill('');
    this.memoKeys = new Array<readonly number[]>(size).fill(NO_KEYS);
    this.memoFlags = new Uint8Array(size);
    this.memoCount = 0;
  }

  private insertMemo(hash: number, hash2: number, raw: string, keys: readonly number[]): number {
    const mask = this.memoHash.length - 1;
    let i = hash & mask;
    while (this.memoHash[i] !== 0) i = (i + 1) & mask;
    this.memoHash[i] = hash;
    this.memoHash2[i] = hash2;
    this.memoLen[i] = raw.length;
    this.memoStr[i] = raw;
    this.memoKeys[i] = keys;
    let flags = 0;
    for (const k of keys) {
      if (this.roots[k] !== undefined) flags |= FLAG_ROOT;
      if (this.freeRoots[k] !== undefined) flags |= FLAG_FREE;
    }
    this.memoFlags[i] = flags;
    this.memoCount++;
    return i;
  }

  private growMemo(): void {
    const size = this.memoHash.length;
    if (size >= MEMO_MAX) {
      this.clearMemo();
      return;
    }
    const hashes = this.memoHash;
    const hashes2 = this.memoHash2;
    const strs = this.memoStr;
    const keys = this.memoKeys;
    this.clearMemo(size * 2);
    for (let i = 0; i < size; i++) if (hashes[i] !== 0) this.insertMemo(hashes[i]!, hashes2[i]!, strs[i]!, keys[i]!);
  }

  /** The keys of a lowercased, apostrophe-free word. */
  private keysOf(raw: string): readonly number[] {
    const keys: number[] = [];
    const k = this.vocab.get(stem(raw));
    if (k !== undefined) keys.push(k);
    for (const p of this.prefixes) if (raw.startsWith(p.prefix)) keys.push(p.key);
    return keys.length === 0 ? NO_KEYS : keys;
  }

  /** Lowercases a token (or a glued pair such as "e-mail") and drops apostrophes and glue. */
  private static normalise(raw: string): string {
    const w = raw.toLowerCase();
    return /['\u2019\-/&]/.test(w) ? w.replace(/['\u2019\-/&]/g, '') : w;
  }

  /** The memo slot of a token (its keys and flags), computing it on a miss. */
  private memo(text: string, start: number, end: number, hash: number, hash2: number): number {
    hash |= 1;
    const hashes = this.memoHash;
    const mask = hashes.length - 1;
    const len = end - start;
    let i = hash & mask;
    for (;;) {
      const h = hashes[i]!;
      if (h === 0) break;
      if (h === hash && this.memoHash2[i] === hash2 && this.memoLen[i] === len) return i;
      i = (i + 1) & mask;
    }
    const raw = text.slice(start, end);
    const keys = this.keysOf(Matcher.normalise(raw));
    if (this.memoCount >= hashes.length >> 1) this.growMemo();
    return this.insertMemo(hash, hash2, raw, keys);
  }

  private grow(): void {
    const size = this.tokStart.length * 2;
    const start = new Int32Array(size);
    start.set(this.tokStart);
    this.tokStart = start;
    const end = new Int32Array(size);
    end.set(this.tokEnd);
    this.tokEnd = end;
    const glued = new Uint8Array(size);
    glued.set(this.tokGlued);
    this.tokGlued = glued;
    const flags = new Uint8Array(size);
    flags.set(this.tokFlags);
    this.tokFlags = flags;
  }

  /**
   * Tokenizes `text` into the scratch arrays (the same token rules as
   * scan(), on the original characters, folding case as it goes).
   */
  load(text: string): void {
    this.text = text;
    const len = text.length;
    let n = 0;
    let i = 0;
    let prevEnd = -2;
    let loaded = 0;
    while (i < len) {
      let c = foldWordChar(text.charCodeAt(i));
      if (c === 0) {
        i++;
        continue;
      }
      const start = i;
      let hash = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let hash2 = Math.imul(0x9747b28c ^ c, 0x5bd1e995);
      i++;
      while (i < len) {
        const raw = text.charCodeAt(i);
        c = foldWordChar(raw);
        if (c === 0) {
          // "2.0", "node.js", "customer's": keep . and ' between word characters
          if ((raw === 46 || raw === 39 || raw === 0x2019) && i + 1 < len && foldWordChar(text.charCodeAt(i + 1)) !== 0) {
            c = raw;
          } else {
            break;
          }
        }
        hash = Math.imul(hash ^ c, 0x01000193);
        hash2 = Math.imul(hash2 ^ c, 0x5bd1e995);
        i++;
      }
      while (i < len && ((c = text.charCodeAt(i)) === 43 || c === 35)) {
        hash = Math.imul(hash ^ c, 0x01000193);
        hash2 = Math.imul(hash2 ^ c, 0x5bd1e995);
        i++;
      }
      if (n === this.tokStart.length) this.grow();
      const slot = this.memo(text, start, i, hash, hash2);
      this.tokKeys[n] = this.memoKeys[slot]!;
      const tokenFlags = this.memoFlags[slot]!;
      this.tokFlags[n] = tokenFlags;
      loaded |= tokenFlags;
      this.tokStart[n] = start;
      this.tokEnd[n] = i;
      let glued = 0;
      if (start - prevEnd === 1) {
        const sep = text.charCodeAt(prevEnd);
        if (sep === 45 || sep === 47 || sep === 38) glued = 1; // - / &
      }
      this.tokGlued[n] = glued;
      if (glued === 1) loaded |= FLAG_FREE | FLAG_ROOT;
      prevEnd = i;
      n++;
    }
    this.n = n;
    this.loadedFlags = loaded;
  }

  private joinedKeys(t: number): readonly number[] {
    const text = this.text;
    const start = this.tokStart[t]!;
    const end = this.tokEnd[t + 1]!;
    let hash = 0x811c9dc5 | 0;
    let hash2 = 0x9747b28c | 0;
    for (let i = start; i < end; i++) {
      const c = foldWordChar(text.charCodeAt(i)) || text.charCodeAt(i);
      hash = Math.imul(hash ^ c, 0x01000193);
      hash2 = Math.imul(hash2 ^ c, 0x5bd1e995);
    }
    // memo() may grow the memo and replace memoKeys: read it only after the call.
    const slot = this.memo(text, start, end, hash, hash2);
    return this.memoKeys[slot]!;
  }

  /**
   * Walks the trie from the roots of `firstKeys`, the next word being token
   * `after`; records every node where a phrase ends, with the token index just
   * past it. Returns the new candidate count.
   */
  private collect(roots: readonly (TrieNode | undefined)[], firstKeys: readonly number[], after: number, count: number): number {
    const n = this.n;
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
        const keys = this.tokKeys[pos]!;
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
  private fireCandidate(k: number, t: number, fire: (rule: number, start: number, end: number) => void): void {
    const end = this.candEnd[k]!;
    const rules = this.candNode[k]!.rules;
    for (let r = 0; r < rules.length; r++) fire(rules[r]!, this.tokStart[t]!, this.tokEnd[end - 1]!);
  }

  /**
   * Finds the phrase matches in the loaded tokens, leftmost-longest: at each
   * position only the longest matches count, and the words they cover cannot
   * start another match ("press release" hides "release"). A hyphen/slash
   * compound may also match as one word ("e-mail" as "email"). Calls
   * `fire(rule, startOffset, endOffset)` for each surviving match.
   */
  run(fire: (rule: number, start: number, end: number) => void): void {
    const n = this.n;
    if ((this.loadedFlags & FLAG_FREE) !== 0) this.runFree(fire);
    if ((this.loadedFlags & FLAG_ROOT) === 0) return;
    let t = 0;
    while (t < n) {
      let count = 0;
      if ((this.tokFlags[t]! & FLAG_ROOT) !== 0) count = this.collect(this.roots, this.tokKeys[t]!, t + 1, count);
      if (t + 1 < n && this.tokGlued[t + 1] === 1) count = this.collect(this.roots, this.joinedKeys(t), t + 2, count);
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
  private runFree(fire: (rule: number, start: number, end: number) => void): void {
    const n = this.n;
    for (let t = 0; t < n; t++) {
      let count = 0;
      if ((this.tokFlags[t]! & FLAG_FREE) !== 0) count = this.collect(this.freeRoots, this.tokKeys[t]!, t + 1, count);
      if (t + 1 < n && this.tokGlued[t + 1] === 1) count = this.collect(this.freeRoots, this.joinedKeys(t), t + 2, count);
      for (let k = 0; k < count; k++) this.fireCandidate(k, t, fire);
    }
  }
}

// ---------------------------------------------------------------------------
// Rule set assembly
// ---------------------------------------------------------------------------

function sanitizeWeight(w: unknown): number | undefined {
  return typeof w === 'number' && Number.isFinite(w) ? w : undefined;
}

/**
 * The active rule list: built-ins minus `disable`, plus valid custom rules
 * (a custom rule with a built-in's id replaces it; among custom rules the first
 * of a duplicated id wins), then `weights` applied. Rules naming an unknown
 * discipline are left out (checkRuleConfig reports them).
 */
function assembleRules(disciplines: ReadonlySet<string>, config: RuleConfig | undefined): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of BUILTIN_RULES) byId.set(rule.id, rule);
  const customIds = new Set<string>();
  for (const raw of config?.rules ?? []) {
    if (!raw || typeof raw.id !== 'string' || customIds.has(raw.id)) continue;
    const weight = raw.weight === undefined ? DEFAULT_RULE_WEIGHT : sanitizeWeight(raw.weight);
    if (weight === undefined || !Array.isArray(raw.match)) continue;
    customIds.add(raw.id);
    byId.set(raw.id, {
      id: raw.id,
      discipline: raw.discipline,
      match: raw.match.filter((m) => typeof m === 'string'),
      weight,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      source: 'custom',
    });
  }
  for (const id of config?.disable ?? []) byId.delete(id);
  for (const [id, w] of Object.entries(config?.weights ?? {})) {
    const rule = byId.get(id);
    const weight = sanitizeWeight(w);
    if (rule && weight !== undefined) byId.set(id, { ...rule, weight });
  }
  return [...byId.values()].filter((r) => disciplines.has(r.discipline));
}

function roleTitles(options: ClassifierOptions): { discipline: string; title: string; weight: number }[] {
  const out: { discipline: string; title: string; weight: number }[] = [];
  for (const d of BUILTIN_DISCIPLINES) out.push({ discipline: d.id, title: d.role, weight: 6 });
  for (const [discipline, titles] of Object.entries(options.roles ?? {})) {
    for (const title of typeof titles === 'string' ? [titles] : titles) {
      out.push({ discipline, title, weight: 6 });
    }
  }
  for (const id of options.disciplines) out.push({ discipline: id, title: id, weight: 3 });
  return out;
}

// ---------------------------------------------------------------------------
// The classifier
// ---------------------------------------------------------------------------

interface CompiledRule {
  id: string;
  discipline: number;
  weight: number;
}

/** Confidence from the best score and the runner-up (see docs/classification.md). */
export function confidenceOf(best: number, runnerUp: number): number {
  if (!(best > 0)) return 0;
  const evidence = 1 - Math.exp(-best / EVIDENCE_SCALE);
  const separation = (best - Math.max(runnerUp, 0)) / best;
  return evidence * (0.5 + 0.5 * separation);
}

const HIT_STRIDE = 5;
const NO_NUMBERS: readonly number[] = [];

/** What a classification needs to build its hits later. */
interface HitSource {
  readonly compiled: readonly CompiledRule[];
  readonly disciplines: readonly string[];
}

/**
 * A classification whose `hits` are built on first read: most callers only
 * need the discipline, the confidence and the deciding rule ids, and building
 * a hit object and a matched-text string per rule for every task costs a fifth
 * of the classifier's time (and memory at scale). `data` holds five numbers
 * per hit: its rule (negative: the discipline of a tag bonus), the string it
 * matched in (0 = the text, k = tag k − 1), its weight, and its first range;
 * `repeats` (rare) holds the hit's offset and the range of each later match.
 * `toJSON` keeps it a plain document when serialised.
 */
class LazyClassification implements Classification {
  private built: RuleHit[] | undefined;

  constructor(
    readonly discipline: string | null,
    readonly confidence: number,
    readonly source: Classification['source'],
    readonly rules: string[],
    private readonly data: readonly number[],
    private readonly repeats: readonly number[],
    private readonly text: string,
    private readonly tags: readonly string[] | undefined,
    private readonly origin: HitSource,
  ) {}

  get hits(): RuleHit[] {
    return (this.built ??= this.materialise());
  }

  toJSON(): Classification {
    return { discipline: this.discipline, confidence: this.confidence, source: this.source, rules: this.rules, hits: this.hits };
  }

  private materialise(): RuleHit[] {
    const hits: RuleHit[] = [];
    const d = this.data;
    const { compiled, disciplines } = this.origin;
    for (let i = 0; i < d.length; i += HIT_STRIDE) {
      const rule = d[i]!;
      const k = d[i + 1]!;
      const source = k === 0 ? this.text : String(this.tags![k - 1]);
      let matched = source.slice(d[i + 3]!, d[i + 4]!);
      for (let r = 0; r < this.repeats.length; r += 3) if (this.repeats[r] === i) matched += `, ${source.slice(this.repeats[r + 1]!, this.repeats[r + 2]!)}`;
      const weight = d[i + 2]!;
      if (rule >= 0) {
        const c = compiled[rule]!;
        hits.push({ rule: c.id, discipline: disciplines[c.discipline]!, weight, matched });
      } else {
        const discipline = disciplines[-rule - 1]!;
        hits.push({ rule: TAG_RULE_PREFIX + discipline, discipline, weight, matched });
      }
    }
    return hits;
  }
}


class RuleClassifier implements Classifier {
  readonly rules: readonly Rule[];
  readonly disciplines: readonly string[];
  private readonly disciplineIndex = new Map<string, number>();
  readonly compiled: CompiledRule[];
  private readonly matcher = new Matcher();
  private readonly roleMatcher = new Matcher();
  private readonly roleRules: { discipline: number; weight: number }[] = [];
  private readonly roleCache = new Map<string, number>();
  private readonly threshold: number;

  // scratch
  private readonly scores: Float64Array;
  private readonly stamp: Uint32Array;
  private readonly hitOf: Uint32Array;
  private readonly lastStart: Int32Array;
  private head = -1;
  private call = 0;
  /** Hits of the current call, in LazyClassification's layout; a fresh array per call that has hits. */
  private data: number[] = [];
  private repeats: number[] = [];
  private source = 0;

  constructor(options: ClassifierOptions) {
    this.disciplines = [...new Set(options.disciplines)];
    this.disciplines.forEach((d, i) => this.disciplineIndex.set(d, i));
    const t = options.config?.threshold;
    this.threshold = typeof t === 'number' && t >= 0 && t <= 1 ? t : DEFAULT_THRESHOLD;

    const known = new Set(this.disciplines);
    this.rules = Object.freeze(assembleRules(known, options.config));
    this.compiled = this.rules.map((r) => ({
      id: r.id,
      discipline: this.disciplineIndex.get(r.discipline)!,
      weight: r.weight,
    }));
    this.rules.forEach((rule, index) => {
      const seen = new Set<string>();
      for (const entry of rule.match) {
        if (typeof entry !== 'string' || !ALLOWED_MATCH.test(entry)) continue;
        for (const words of compilePhrase(entry)) {
          const key = phraseKey(words);
          if (seen.has(key)) continue;
          seen.add(key);
          this.matcher.add(words, index, rule.weight >= 0);
        }
      }
    });
    this.matcher.seal();

    const roleRules: RoleRule[] = [
      ...BUILTIN_ROLE_RULES,
      ...roleTitles(options).map((r) => ({ discipline: r.discipline, match: [r.title], weight: r.weight })),
    ];
    for (const rr of roleRules) {
      const d = this.disciplineIndex.get(rr.discipline);
      if (d === undefined) continue;
      const index = this.roleRules.length;
      this.roleRules.push({ discipline: d, weight: rr.weight });
      for (const entry of rr.match) {
        if (!ALLOWED_MATCH.test(entry)) continue;
        for (const words of compilePhrase(entry)) this.roleMatcher.add(words, index);
      }
    }
    this.roleMatcher.seal();

    this.scores = new Float64Array(this.disciplines.length);
    this.stamp = new Uint32Array(this.rules.length);
    this.hitOf = new Uint32Array(this.rules.length);
    this.lastStart = new Int32Array(this.rules.length);
  }

  private readonly fire = (rule: number, start: number, end: number): void => {
    const c = this.compiled[rule]!;
    if (this.stamp[rule] === this.call) {
      if (this.lastStart[rule] === start) return; // two variants of one entry ("mid-market", "midmarket")
      this.lastStart[rule] = start;
      const hit = this.hitOf[rule]!;
      const extra = c.weight * REPEAT_FACTOR;
      this.scores[c.discipline]! += extra;
      this.data[hit + 2]! += extra;
      if (this.repeats === NO_NUMBERS) this.repeats = [];
      this.repeats.push(hit, start, end);
      return;
    }
    this.stamp[rule] = this.call;
    this.lastStart[rule] = start;
    this.hitOf[rule] = this.data.length;
    this.scores[c.discipline]! += c.weight;
    if (this.head === -1 && c.weight > 0) this.head = c.discipline;
    this.pushHit(rule, c.weight, start, end);
  };

  private pushHit(rule: number, weight: number, start: number, end: number): void {
    if (this.data === NO_NUMBERS) this.data = [];
    const d = this.data;
    const n = d.length;
    d[n] = rule;
    d[n + 1] = this.source;
    d[n + 2] = weight;
    d[n + 3] = start;
    d[n + 4] = end;
  }

  private result(input: ClassifyInput, discipline: string | null, confidence: number, source: Classification['source'], rules: string[]): Classification {
    return new LazyClassification(discipline, confidence, source, rules, this.data, this.repeats, input.text, input.tags, this);
  }


  private roleOf(role: string): number {
    const cached = this.roleCache.get(role);
    if (cached !== undefined) return cached;
    const scores = new Float64Array(this.disciplines.length);
    const seen = new Set<number>();
    this.roleMatcher.load(role);
    this.roleMatcher.run((rule) => {
      if (seen.has(rule)) return;
      seen.add(rule);
      const rr = this.roleRules[rule]!;
      scores[rr.discipline]! += rr.weight;
    });
    let best = -1;
    let bestScore = 0;
    for (let d = 0; d < scores.length; d++) {
      if (scores[d]! > bestScore) {
        bestScore = scores[d]!;
        best = d;
      }
    }
    if (this.roleCache.size >= 1000) this.roleCache.clear();
    this.roleCache.set(role, best);
    return best;
  }

  /** The discipline a role title points to, or undefined. */
  disciplineForRole(role: string): string | undefined {
    const d = this.roleOf(role);
    return d < 0 ? undefined : this.disciplines[d];
  }

  classify(input: ClassifyInput): Classification {
    this.call = (this.call + 1) >>> 0 || 1;
    if (this.call === 1) this.stamp.fill(0);
    const scores = this.scores;
    for (let d = 0; d < scores.length; d++) scores[d] = 0;
    this.data = NO_NUMBERS as number[];
    this.repeats = NO_NUMBERS as number[];

    this.source = 0;
    this.head = -1;
    this.matcher.load(input.text);
    this.matcher.run(this.fire);
    if (this.head >= 0) this.scores[this.head]! += HEAD_BONUS;
    this.head = -2; // tags have no head

    if (input.tags !== undefined) {
      for (let k = 0; k < input.tags.length; k++) {
        const tag = input.tags[k];
        if (typeof tag !== 'string') continue;
        this.source = k + 1;
        this.matcher.load(tag);
        this.matcher.run(this.fire);
        const d = this.disciplineIndex.get(tag.toLowerCase().trim().replace(/\s+/g, '-'));
        if (d !== undefined) {
          this.scores[d]! += TAG_DISCIPLINE_BONUS;
          this.pushHit(-d - 1, TAG_DISCIPLINE_BONUS, 0, tag.length);
        }
      }
    }

    if (input.explicit !== undefined && input.explicit !== '') {
      return this.result(input, input.explicit, 1, 'explicit', []);
    }

    // best and runner-up
    let best = -1;
    let s1 = 0;
    let s2 = 0;
    for (let d = 0; d < scores.length; d++) {
      const s = scores[d]!;
      if (s > s1) {
        s2 = s1;
        s1 = s;
        best = d;
      } else if (s > s2) {
        s2 = s;
      }
    }
    const confidence = confidenceOf(s1, s2);

    if (input.role !== undefined && input.role !== '') {
      const r = this.roleOf(input.role);
      if (r >= 0 && r !== best) {
        const sr = scores[r]!;
        if (sr >= 0 && (best < 0 || s1 - sr <= ROLE_MARGIN || confidence < this.threshold)) {
          return this.decide(input, r, 0.5 + 0.3 * (1 - Math.exp(-Math.max(sr, 0) / EVIDENCE_SCALE)), 'role');
        }
      }
    }
    if (best < 0 || confidence < this.threshold) {
      return this.result(input, null, round(confidence), 'none', []);
    }
    return this.decide(input, best, confidence, 'rules');
  }

  private decide(input: ClassifyInput, d: number, confidence: number, source: 'rules' | 'role'): Classification {
    const rules: string[] = [];
    const data = this.data;
    for (let k = 0; k < data.length; k += HIT_STRIDE) {
      const rule = data[k]!;
      if (data[k + 2]! <= 0) continue;
      if (rule >= 0 ? this.compiled[rule]!.discipline === d : -rule - 1 === d) {
        rules.push(rule >= 0 ? this.compiled[rule]!.id : TAG_RULE_PREFIX + this.disciplines[d]!);
      }
    }
    return this.result(input, this.disciplines[d]!, round(confidence), source, rules);
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Compiles the built-in rules plus the org file's `classification:` config into one classifier. */
export function createClassifier(options: ClassifierOptions): Classifier & {
  /** The discipline an owner's role title points to, if any. */
  disciplineForRole(role: string): string | undefined;
} {
  return new RuleClassifier(options);
}

// ---------------------------------------------------------------------------
// Config cross-checks
// ---------------------------------------------------------------------------

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Problems with one match entry, or undefined when it is fine. */
export function checkMatchEntry(entry: unknown): string | undefined {
  if (typeof entry !== 'string' || entry.trim() === '') return 'empty match entry';
  const bad = [...entry].find((ch) => !ALLOWED_MATCH.test(ch));
  if (bad !== undefined) {
    return `match entry "${entry}" contains "${bad}", which cannot be matched; use letters, digits, spaces, - / ' & . + # and a trailing * wildcard`;
  }
  const words = entry.trim().split(/[\s\-/&]+/).filter((w) => w !== '');
  for (const w of words) {
    const star = w.indexOf('*');
    if (star >= 0 && (star !== w.length - 1 || star === 0)) {
      return `match entry "${entry}" has a "*" that is not a trailing wildcard on a word`;
    }
    if (star > 0 && w.replace(/[^\p{L}\p{N}]/gu, '').length < 2) {
      return `wildcard "${w}" in match entry "${entry}" is too short; give at least two letters before the *`;
    }
  }
  if (compilePhrase(entry).length === 0) return `match entry "${entry}" contains no words`;
  return undefined;
}

/**
 * Cross-reference checks on a `classification:` section whose shape is
 * already valid: unknown disciplines, duplicate rule ids, disabling or
 * re-weighting unknown rules, unusable match entries, a threshold out of range.
 * Paths are relative to the section.
 */
export function checkRuleConfig(config: RuleConfig, disciplines: readonly string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const known = new Set(disciplines);
  const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
  const customSeen = new Map<string, number>();

  (config.rules ?? []).forEach((rule, i) => {
    if (typeof rule.id === 'string') {
      if (!RULE_ID.test(rule.id)) {
        problems.push({ path: ['rules', i, 'id'], message: `rule id "${rule.id}" must be kebab-case (lowercase letters, digits and hyphens)` });
      }
      if (builtinIds.has(rule.id)) {
        problems.push({
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}": a built-in rule already has it; pick another id, or use weights/disable to change the built-in`,
        });
      } else if (customSeen.has(rule.id)) {
        problems.push({
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}": rules[${customSeen.get(rule.id)}] already has it`,
        });
      } else {
        customSeen.set(rule.id, i);
      }
    }
    if (typeof rule.discipline === 'string' && !known.has(rule.discipline)) {
      const s = closest(rule.discipline, disciplines);
      problems.push({
        path: ['rules', i, 'discipline'],
        message: `unknown discipline "${rule.discipline}"${s ? `; did you mean "${s}"?` : '; add it under disciplines: or use a built-in id'}`,
      });
    }
    if (Array.isArray(rule.match)) {
      if (rule.match.length === 0) {
        problems.push({ path: ['rules', i, 'match'], message: 'a rule needs at least one match entry' });
      }
      rule.match.forEach((entry, j) => {
        const message = checkMatchEntry(entry);
        if (message !== undefined) problems.push({ path: ['rules', i, 'match', j], message });
      });
    }
    if (typeof rule.weight === 'number' && !Number.isFinite(rule.weight)) {
      problems.push({ path: ['rules', i, 'weight'], message: 'weight must be a finite number' });
    }
  });

  const allIds = [...builtinIds, ...customSeen.keys()];
  const allIdSet = new Set(allIds);
  (config.disable ?? []).forEach((id, j) => {
    if (!allIdSet.has(id)) {
      const s = closest(id, allIds);
      problems.push({ path: ['disable', j], message: `cannot disable unknown rule "${id}"${s ? `; did you mean "${s}"?` : ''}` });
    }
  });
  for (const [id, w] of Object.entries(config.weights ?? {})) {
    if (!allIdSet.has(id)) {
      const s = closest(id, allIds);
      problems.push({ path: ['weights', id], message: `cannot re-weight unknown rule "${id}"${s ? `; did you mean "${s}"?` : ''}` });
    } else if (typeof w !== 'number' || !Number.isFinite(w)) {
      problems.push({ path: ['weights', id], message: 'weight must be a finite number' });
    }
  }
  if (config.threshold !== undefined && !(config.threshold >= 0 && config.threshold <= 1)) {
    problems.push({ path: ['threshold'], message: `threshold must be between 0 and 1 (got ${String(config.threshold)})` });
  }
  return problems;
}
