/**
 * A linear-time reader for the subset of YAML that org files are written in,
 * for inputs where the full `yaml` Document API is too slow and too big (a
 * 300,000-member org). Pure: text in, data and positions out.
 *
 * The subset: block mappings and sequences (compact `- key: value` items
 * too), plain, single- and double-quoted one-line scalars, comments, one-line
 * flow sequences and mappings (`tags: [a, b]`, `- { title: x, effort: 2 }`),
 * block scalars (`|`, `>`, with `-`, `+` or no chomping indicator) as the
 * value of a `key:` or a `- ` on the header's line, and the YAML 1.2 core
 * schema for plain scalars (null, booleans, ints in decimal, octal `0o` and
 * hex `0x`, floats, `.inf`, `.nan`). Anything else — anchors, aliases, tags,
 * directives, document markers, block scalars with an indentation indicator
 * (`|2`), at the root or with the header on a line of its own, multi-line
 * plain or quoted scalars or flow collections, complex or non-text keys,
 * tabs, control characters, every syntax error — makes `fastParse` return
 * undefined, and the caller uses the full parser. So a document is either
 * read here exactly as the `yaml` package reads it (same data, same node
 * positions, same duplicate-key errors), or not at all. Every character of
 * a document taken is looked at, comments included, and none of those
 * parse.ts's findControlCharacter reports is accepted anywhere: a text taken
 * here holds none (parseSource relies on it).
 *
 * Positions cost no objects: each collection is one record in a flat
 * Uint32Array (its kind and number of entries, its start offset, then per
 * entry the key's offset for a mapping and the value: the offset of a scalar,
 * or a collection's record marked by the top bit, as the record holds its
 * start), and a locator walks a data path through the records,
 * giving the offset of the node (or of its nearest ancestor) as the `yaml`
 * package's `range[0]` would.
 */

import { withRoom } from '../shared/grow.js';

/** Thrown inside the parser to give up; never escapes `fastParse`. */
const UNSUPPORTED = Symbol('unsupported');

const MAP = 0;
const SEQ = 1;
/** Marks a value entry that is a collection's record rather than a scalar's offset (offsets stay below 2^31: a string is shorter). */
const RECORD_BIT = 0x80000000;

export interface FastDocument {
  data: unknown;
  /** Offsets of keys that repeat an earlier key of the same mapping (the `yaml` package's DUPLICATE_KEY errors). */
  duplicateKeys: number[];
  /** Offset of the node at `path` (or its nearest ancestor), or of `key` inside the mapping there. */
  locate(path: readonly (string | number)[], key?: string): number;
}

const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Percent = 37,
  Amp = 38,
  SQuote = 39,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  Gt = 62,
  Question = 63,
  At = 64,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Backtick = 96,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
}

/** Characters the full parser may treat specially, or reject, anywhere: give up on them. */
function isOdd(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0xfffe || c === 0xffff;
}

/** The characters findControlCharacter (parse.ts) reports, but for a lone CR: what a comment must not hold either. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== Ch.Tab && c !== Ch.LF && c !== Ch.CR) || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0xfffe || c === 0xffff;
}

const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar as the YAML 1.2 core schema types it (the `yaml` package's order of tests). */
export function resolvePlain(s: string): unknown {
  const c = s.charCodeAt(0);
  // Numbers start with a digit, a sign or a dot; anything else is null, a boolean or a string.
  const numeric = (c >= 0x30 && c <= 0x39) || c === Ch.Plus || c === Ch.Dash || c === Ch.Dot;
  if (!numeric) {
    if (s.length > 5) return s;
    switch (s) {
      case '':
      case '~':
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
    }
    return s;
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

/** Most slots of a parse's cache of plain keys (a power of two), and how many of them a key may take. */
const KEY_CACHE_SIZE = 1024;
const KEY_CACHE_PROBES = 4;
/** Most slots of a parse's cache of short plain texts (a power of two), and the longest text it shares. */
const TEXT_CACHE_SIZE = 4096;
const SHARED_TEXT_MAX = 32;

/**
 * Slots for a cache of a text of `length` characters: a slot per 64 characters
 * up to `most`. A folder of 12,500 team files is 12,500 parses; full-size caches
 * would cost 250 MB to allocate and clear.
 */
function cacheSlots(length: number, most: number): number {
  let slots = 64;
  while (slots < most && slots * 64 < length) slots *= 2;
  return slots;
}

/** The internalized copy of `s` (as V8 keeps property names), so that storing it as a key needs no string-table lookup. */
function internalized(s: string): string {
  return Object.keys({ [s]: 0 })[0]!;
}

/** Refused by the full parser wherever it appears as a key. */
const PROTO = '__proto__';

/** Object.prototype's names: the `yaml` package defines these as own properties rather than assigning them. */
const PROTO_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (PROTO_KEYS.has(key)) Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

/**
 * Reads `text` (without a byte-order mark) if it is in the subset; undefined
 * otherwise. Nesting beyond `maxDepth` (flow brackets, or a node starting past
 * column 2 × maxDepth) is also left to the full parser, which refuses it.
 * Never takes a text holding a character findControlCharacter reports.
 */
export function fastParse(text: string, maxDepth = 64): FastDocument | undefined {
  try {
    return parse(text, maxDepth);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    if (error instanceof RangeError) return undefined; // too deep for the stack: the full parser decides
    throw error;
  }
}

function unsupported(): never {
  throw UNSUPPORTED;
}

function parse(src: string, maxDepth: number): FastDocument {
  const len = src.length;
  const maxColumn = 2 * maxDepth;
  let flowDepth = 0;
  const code = (i: number): number => (i < len ? src.charCodeAt(i) : -1);

  // ------------------------------------------------------------ records
  let tree = new Uint32Array(Math.max(64, len >> 3));
  let treeLen = 1; // 0 means "a scalar, no record"
  /** Entries (a mapping's key offsets and values, a sequence's values) of the collections being read, innermost last. */
  let entries = new Uint32Array(1024);
  let entriesLen = 0;
  /** Items of the sequences being read, innermost last: each array is made at its final size (push over-allocates). */
  const items: unknown[] = [];
  let itemsLen = 0;
  const duplicateKeys: number[] = [];

  /** Adds the last node read (vOff, vRef) as a value entry, after the key offset `keyOff` in a mapping (-1 in a sequence). */
  const pushEntry = (keyOff: number): void => {
    entries = withRoom(entries, entriesLen + 2);
    if (keyOff >= 0) entries[entriesLen++] = keyOff;
    entries[entriesLen++] = vRef === 0 ? vOff : vRef + RECORD_BIT;
  };

  /** The items pushed since `base`, as an array of their number; drops them from `items`. */
  const takeItems = (base: number): unknown[] => {
    const arr = items.slice(base, itemsLen);
    itemsLen = base;
    return arr;
  };

  const writeRecord = (kind: number, start: number, base: number): number => {
    const n = entriesLen - base;
    const need = treeLen + 2 + n;
    tree = withRoom(tree, need);
    const ref = treeLen;
    tree[ref] = ((kind === MAP ? n / 2 : n) << 1) | kind;
    tree[ref + 1] = start;
    for (let k = 0; k < n; k++) tree[ref + 2 + k] = entries[base + k]!;
    treeLen = need;
    entriesLen = base;
    return ref;
  };

  // ------------------------------------------------------------ lines
  /** Current content line: where it starts, its indentation, its first non-space character; `eof` past the last one. */
  let indent = 0;
  let content = 0;
  let eof = false;

  const isEol = (i: number): boolean => {
    const c = code(i);
    if (c === -1 || c === Ch.LF) return true;
    if (c === Ch.CR) {
      if (code(i + 1) === Ch.LF) return true;
      unsupported();
    }
    return false;
  };

  /**
   * The line feed ending the line from `i` (the start of a comment, or its
   * end), or -1 at the end of the text. The comment's characters are checked as
   * the scanners check a value's: so that a text is only ever taken when it
   * holds no control character at all, which lets parseSource skip its own
   * scan for them.
   */
  const commentEnd = (i: number): number => {
    for (let k = i; k < len; k++) {
      const c = src.charCodeAt(k);
      if (c === Ch.LF) return k;
      if (c === Ch.CR) {
        if (code(k + 1) !== Ch.LF) unsupported();
      } else if (isControl(c)) unsupported();
    }
    return -1;
  };

  /**
   * The least indentation of the lines the last seekContent skipped that
   * lower the `yaml` lexer's indentation for a scalar's continuation lines to
   * theirs (Lexer#parseLineStart): a comment line whose `#` is followed by
   * more than a space or its end (`#x`), or a blank line followed by a line
   * that starts with such a character in column 0.
   */
  let skippedLow = Infinity;

  /** Moves to the next line holding more than spaces or a comment, from the line starting at `p`. */
  const seekContent = (p: number): void => {
    skippedLow = Infinity;
    for (;;) {
      if (p >= len) {
        eof = true;
        return;
      }
      let k = p;
      while (code(k) === Ch.Space) k++;
      const c = code(k);
      if (c === -1) {
        eof = true;
        return;
      }
      const c1 = code(k + 1);
      if ((c === Ch.LF || c === Ch.Hash) && !(c1 === -1 || c1 === Ch.Space || c1 === Ch.Tab || c1 === Ch.LF || c1 === Ch.CR) && k - p < skippedLow) skippedLow = k - p;
      if (c === Ch.LF) {
        p = k + 1;
        continue;
      }
      if (c === Ch.CR) {
        if (code(k + 1) !== Ch.LF) unsupported();
        p = k + 2;
        continue;
      }
      if (c === Ch.Hash) {
        const nl = commentEnd(k);
        if (nl === -1) {
          eof = true;
          return;
        }
        p = nl + 1;
        continue;
      }
      if (c === Ch.Tab) unsupported();
      indent = k - p;
      content = k;
      // Document markers and directives belong to the full parser.
      if (indent === 0 && (c === Ch.Dash || c === Ch.Dot) && code(k + 1) === c && code(k + 2) === c && (isEol(k + 3) || code(k + 3) === Ch.Space || code(k + 3) === Ch.Tab)) unsupported();
      return;
    }
  };

  /** After a value ending at `i`: only spaces and a comment may follow on the line; then the next content line. */
  const endLine = (i: number): void => {
    const from = i;
    while (code(i) === Ch.Space) i++;
    if (!isEol(i)) {
      if (code(i) !== Ch.Hash || i === from) unsupported();
    }
    const nl = commentEnd(i);
    if (nl === -1) eof = true;
    else seekContent(nl + 1);
  };

  // ------------------------------------------------------------ scalars
  /** End of the last scanned token, and for plain block scalars whether a `:` made it a key. */
  let tokenEnd = 0;
  let plainKey = false;

  /** The last plain scan that was not a key, reused when a scalar tried as a key turns out to be a value. */
  let lastPlainAt = -1;
  let lastPlainEnd = 0;

  /**
   * A plain scalar in block context from `i`: the end of its text (trailing
   * spaces dropped; the caller slices only what it keeps); sets tokenEnd (there,
   * or for a key at the colon) and plainKey.
   */
  const scanPlainBlock = (i: number): number => {
    if (i === lastPlainAt) {
      plainKey = false;
      tokenEnd = lastPlainEnd;
      return lastPlainEnd;
    }
    const start = i;
    let end = -1;
    plainKey = false;
    for (;;) {
      const c = code(i);
      if (c > Ch.Colon && c < 0x7f) {
        i++; // a letter or most punctuation: nothing to decide (most of an org file's text)
        continue;
      }
      if (c === -1 || c === Ch.LF) break;
      if (c === Ch.CR) {
        if (code(i + 1) !== Ch.LF) unsupported();
        break;
      }
      if (c === Ch.Colon) {
        const n = code(i + 1);
        if (n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR) {
          plainKey = true;
          end = i;
          break;
        }
      } else if (c === Ch.Space) {
        if (code(i + 1) === Ch.Hash) break;
      } else if (isOdd(c)) unsupported();
      i++;
    }
    if (end === -1) end = i;
    while (end > start && code(end - 1) === Ch.Space) end--;
    tokenEnd = plainKey ? i : end; // for a key: at the colon
    if (!plainKey) {
      lastPlainAt = start;
      lastPlainEnd = end;
    }
    return end;
  };

  /**
   * Plain keys seen so far, by a hash of their text: an org file repeats a
   * handful of keys millions of times, and handing back the same (internalized)
   * string spares a slice per key and V8 the string-table lookup when the key
   * is stored into the object.
   */
  let keyCache: string[] = new Array<string>(cacheSlots(len, KEY_CACHE_SIZE)).fill('');
  const keyMask = keyCache.length - 1;

  /** A hash of the text from `start` to `end`, for the caches below. */
  const textHash = (start: number, end: number): number => {
    let hash = end - start;
    for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + src.charCodeAt(k)) | 0;
    return hash ^ (hash >>> 15);
  };

  /** The plain key written from `start` to `end` (not empty); refuses keys that are not strings in the core schema. */
  const plainKeyText = (start: number, end: number): string => {
    const home = textHash(start, end) & keyMask;
    // A few slots from the hash's on, so that two keys of a file rarely push each other out.
    let free = home;
    for (let probe = 0; probe < KEY_CACHE_PROBES; probe++) {
      const slot = (home + probe) & keyMask;
      const cached = keyCache[slot]!;
      if (cached === '') {
        free = slot;
        break;
      }
      if (cached.length === end - start && src.startsWith(cached, start)) return cached;
    }
    const text = src.slice(start, end);
    if (typeof resolvePlain(text) !== 'string' || text === PROTO) unsupported();
    const key = internalized(text);
    keyCache[free] = key;
    return key;
  };

  /**
   * The plain scalar from `start` to `end` as data: a decimal integer is read
   * in place, a short text shared with its earlier occurrences when it is still
   * in the cache (fewer strings to keep and for the garbage collector to copy),
   * anything else sliced out and typed.
   */
  const plainValue = (start: number, end: number): unknown => {
    // `effort: 12` is the common number: no slice, no regular expressions (as INT and parseInt(s, 10) read it).
    if (end - start <= 15) {
      let n = 0;
      let k = start;
      for (; k < end; k++) {
        const digit = src.charCodeAt(k) - 0x30;
        if (digit < 0 || digit > 9) break;
        n = n * 10 + digit;
      }
      if (k === end && k > start) return n;
    }
    if (end - start > SHARED_TEXT_MAX || end === start) return resolvePlain(src.slice(start, end));
    // Short texts (a role, a team, a discipline, a tag) repeat: hand back the same string.
    const slot = textHash(start, end) & textMask;
    const cached = textCache[slot]!;
    if (cached.length === end - start && src.startsWith(cached, start)) return cached;
    const value = resolvePlain(src.slice(start, end));
    if (typeof value === 'string') textCache[slot] = value;
    return value;
  };
  let textCache: string[] = new Array<string>(cacheSlots(len, TEXT_CACHE_SIZE)).fill('');
  const textMask = textCache.length - 1;

  /** A quoted scalar on one line from `i` (at the quote); sets tokenEnd after the closing quote. */
  const scanQuoted = (i: number): string => {
    const q = code(i);
    let k = i + 1;
    if (q === Ch.SQuote) {
      let out: string | undefined;
      let from = k;
      for (;;) {
        const c = code(k);
        if (c === -1 || c === Ch.LF || c === Ch.CR) unsupported();
        if (c === Ch.SQuote) {
          if (code(k + 1) === Ch.SQuote) {
            out = (out ?? '') + src.slice(from, k + 1);
            k += 2;
            from = k;
            continue;
          }
          tokenEnd = k + 1;
          return out === undefined ? src.slice(from, k) : out + src.slice(from, k);
        }
        if (c !== Ch.Tab && isOdd(c)) unsupported();
        k++;
      }
    }
    let out: string | undefined;
    let from = k;
    for (;;) {
      const c = code(k);
      if (c === -1 || c === Ch.LF || c === Ch.CR) unsupported();
      if (c === Ch.DQuote) {
        tokenEnd = k + 1;
        return out === undefined ? src.slice(from, k) : out + src.slice(from, k);
      }
      if (c === Ch.Backslash) {
        out = (out ?? '') + src.slice(from, k);
        const e = src[k + 1];
        if (e === undefined) unsupported();
        const simple = DQ_ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          k += 2;
        } else if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          const hex = src.substr(k + 2, n);
          if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) unsupported();
          const cp = parseInt(hex, 16);
          if (cp > 0x10ffff) unsupported();
          out += String.fromCodePoint(cp);
          k += 2 + n;
        } else unsupported();
        from = k;
        continue;
      }
      if (c === Ch.Space) {
        // Trailing spaces before the closing quote are kept; spaces are only trimmed at line folds.
      } else if (c !== Ch.Tab && isOdd(c)) unsupported();
      k++;
    }
  };

  /** True when a plain scalar may start with the character at `i` in block context (`-` is the caller's business). */
  const plainStartOk = (i: number): boolean => {
    const c = code(i);
    switch (c) {
      case Ch.Question:
      case Ch.Colon:
      case Ch.Comma:
      case Ch.LBracket:
      case Ch.RBracket:
      case Ch.LBrace:
      case Ch.RBrace:
      case Ch.Hash:
      case Ch.Amp:
      case Ch.Star:
      case Ch.Bang:
      case Ch.Pipe:
      case Ch.Gt:
      case Ch.SQuote:
      case Ch.DQuote:
      case Ch.Percent:
      case Ch.At:
      case Ch.Backtick:
        return false;
      case Ch.Dash: {
        const n = code(i + 1);
        return !(n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR || n === Ch.Tab);
      }
      default:
        return !isOdd(c);
    }
  };

  /** A key at `i` if the line holds `key:` there: its text (sets tokenEnd past the colon); undefined otherwise. */
  const tryKey = (i: number): string | undefined => {
    const c = code(i);
    if (c === Ch.DQuote || c === Ch.SQuote) {
      const key = scanQuoted(i);
      let k = tokenEnd;
      while (code(k) === Ch.Space) k++;
      if (code(k) !== Ch.Colon) return undefined;
      const n = code(k + 1);
      if (!(n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR)) unsupported();
      if (k - i > 1024 || key === PROTO) unsupported();
      tokenEnd = k + 1;
      return key;
    }
    if (!plainStartOk(i)) return undefined;
    const end = scanPlainBlock(i);
    if (!plainKey) return undefined;
    if (tokenEnd - i > 1024) unsupported();
    tokenEnd += 1;
    return plainKeyText(i, end);
  };

  // ------------------------------------------------------------ flow
  /** Offset and record of the last node read. */
  let vOff = 0;
  let vRef = 0;

  /** A flow scalar from `i`: plain (up to a flow indicator, `: ` or ` #`) or quoted; sets tokenEnd. */
  const flowScalar = (i: number): unknown => {
    const c = code(i);
    if (c === Ch.DQuote || c === Ch.SQuote) return scanQuoted(i);
    if (!plainStartOk(i)) unsupported();
    if (c === Ch.Dash) {
      const n = code(i + 1);
      if (n === Ch.Comma || n === Ch.LBracket || n === Ch.RBracket || n === Ch.LBrace || n === Ch.RBrace) unsupported();
    }
    const start = i;
    for (;;) {
      const d = code(i);
      if (d === -1 || d === Ch.LF || d === Ch.CR) unsupported(); // flow collections end on their line here
      if (d === Ch.Comma || d === Ch.LBracket || d === Ch.RBracket || d === Ch.LBrace || d === Ch.RBrace) break;
      if (d === Ch.Colon) {
        const n = code(i + 1);
        if (n === Ch.Space || n === Ch.Comma || n === Ch.LBracket || n === Ch.RBracket || n === Ch.LBrace || n === Ch.RBrace) break;
      } else if (d === Ch.Space) {
        if (code(i + 1) === Ch.Hash) unsupported();
      } else if (isOdd(d)) unsupported();
      i++;
    }
    let end = i;
    while (end > start && code(end - 1) === Ch.Space) end--;
    tokenEnd = i;
    return plainValue(start, end);
  };

  /** A flow node at `i`; sets vOff, vRef and tokenEnd. */
  const flowNode = (i: number): unknown => {
    const c = code(i);
    if (c === Ch.LBracket) return flowSeq(i);
    if (c === Ch.LBrace) return flowMap(i);
    const value = flowScalar(i);
    vOff = i;
    vRef = 0;
    return value;
  };

  const skipFlowSpaces = (i: number): number => {
    while (code(i) === Ch.Space) i++;
    return i;
  };

  const flowSeq = (open: number): unknown[] => {
    if (++flowDepth > maxDepth) unsupported();
    const base = entriesLen;
    const itemBase = itemsLen;
    let i = skipFlowSpaces(open + 1);
    if (code(i) !== Ch.RBracket) {
      for (;;) {
        const at = i;
        const value = flowNode(i);
        items[itemsLen++] = value;
        pushEntry(-1);
        i = skipFlowSpaces(tokenEnd);
        const c = code(i);
        if (c === Ch.Colon) unsupported(); // a pair inside a sequence
        if (c === Ch.Comma) {
          i = skipFlowSpaces(i + 1);
          if (code(i) === Ch.RBracket || code(i) === Ch.Comma) unsupported();
          if (i === at) unsupported();
          continue;
        }
        if (c === Ch.RBracket) break;
        unsupported();
      }
    }
    tokenEnd = i + 1;
    flowDepth--;
    const arr = takeItems(itemBase);
    vRef = writeRecord(SEQ, open, base);
    vOff = open;
    return arr;
  };

  const flowMap = (open: number): Record<string, unknown> => {
    if (++flowDepth > maxDepth) unsupported();
    const base = entriesLen;
    const obj: Record<string, unknown> = {};
    let i = skipFlowSpaces(open + 1);
    if (code(i) !== Ch.RBrace) {
      for (;;) {
        const keyOff = i;
        const c0 = code(i);
        if (c0 === Ch.LBracket || c0 === Ch.LBrace) unsupported();
        const quoted = c0 === Ch.DQuote || c0 === Ch.SQuote;
        const key = flowScalar(i);
        if (typeof key !== 'string' || tokenEnd - keyOff > 1024 || key === PROTO) unsupported();
        i = skipFlowSpaces(tokenEnd);
        if (code(i) !== Ch.Colon) unsupported(); // `{ a }`: a key without a value
        if (!quoted && code(i + 1) !== Ch.Space) unsupported();
        i = skipFlowSpaces(i + 1);
        const c = code(i);
        if (c === Ch.Comma || c === Ch.RBrace) unsupported(); // an empty value
        const value = flowNode(i);
        // In a flow mapping the full parser reports a repeated key after its value.
        if (Object.hasOwn(obj, key)) duplicateKeys.push(keyOff);
        else setKey(obj, key, value);
        pushEntry(keyOff);
        i = skipFlowSpaces(tokenEnd);
        const d = code(i);
        if (d === Ch.Comma) {
          i = skipFlowSpaces(i + 1);
          if (code(i) === Ch.RBrace || code(i) === Ch.Comma) unsupported();
          continue;
        }
        if (d === Ch.RBrace) break;
        unsupported();
      }
    }
    tokenEnd = i + 1;
    flowDepth--;
    vRef = writeRecord(MAP, open, base);
    vOff = open;
    return obj;
  };

  // ------------------------------------------------------------ block scalars
  /**
   * A block scalar (`|`, `>`, with `-` or `+` or no chomping indicator) whose
   * header is at `h`, as the value of a mapping at column `col` or an item of
   * a sequence whose dash is at column `col`: its content must be indented
   * past `col`. Moves to the next content line after it; sets vOff (the
   * header, the `yaml` package's range start) and vRef.
   *
   * A port of the `yaml` package (v2): where its lexer ends the scalar
   * (Lexer#parseBlockScalar: the token's lines), then how its composer reads
   * them (resolveBlockScalar). Left to it: indentation indicators (`|2`),
   * anything after the header but a comment, tabs, lone CRs and other odd
   * characters anywhere in the scalar, and more-indented blank lines before
   * the first content line (an error there).
   */
  const blockScalar = (h: number, col: number): string => {
    const folded = code(h) === Ch.Gt;
    let j = h + 1;
    const chomp = code(j);
    if (chomp === Ch.Dash || chomp === Ch.Plus) j++;
    const keep = chomp === Ch.Plus;
    // The header ends the line, or a comment separated from it by spaces does.
    const headerEnd = j;
    while (code(j) === Ch.Space) j++;
    if (!isEol(j) && !(code(j) === Ch.Hash && j > headerEnd)) unsupported();
    const headerNl = commentEnd(j);
    const pos = headerNl === -1 ? len : headerNl + 1; // the token starts on the next line

    // The lexer: skip blank lines to the first content line and take its indentation.
    const minIndent = col + 1;
    let nl = pos - 1;
    let indent = 0;
    let i = pos;
    for (; i < len; i++) {
      const c = code(i);
      if (c === Ch.Space) indent++;
      else if (c === Ch.LF) {
        nl = i;
        indent = 0;
      } else if (c === Ch.CR) {
        if (code(i + 1) !== Ch.LF) unsupported();
      } else break;
    }
    if (indent >= minIndent) {
      // Lines indented that far, and blank lines, continue the scalar.
      for (;;) {
        let k = nl + 1;
        let sp = 0;
        while (code(k) === Ch.Space) {
          k++;
          sp++;
        }
        const c = code(k);
        if (!(c === Ch.LF || (c === Ch.CR && code(k + 1) === Ch.LF) || sp >= indent)) break;
        nl = src.indexOf('\n', k);
        if (nl === -1) {
          nl = len;
          break;
        }
      }
    }
    {
      // The lexer would take a tab-indented line after the scalar into it (an error).
      let k = nl + 1;
      while (code(k) === Ch.Space) k++;
      if (code(k) === Ch.Tab) unsupported();
    }
    if (!keep) {
      // Trailing blank lines not indented past the content are not part of the token.
      for (;;) {
        let k = nl - 1;
        let c = code(k);
        if (c === Ch.CR) c = code(--k);
        const lastChar = k;
        while (c === Ch.Space) c = code(--k);
        if (c === Ch.LF && k >= pos && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    const tokenStart = pos;
    const tokenStop = Math.min(nl + 1, len);

    // The composer: the token's lines, each as its indentation and content.
    const starts: number[] = [];
    if (tokenStop > tokenStart) {
      starts.push(tokenStart);
      for (let k = tokenStart; k < tokenStop; k++) {
        const c = code(k);
        if (c === Ch.LF) starts.push(k + 1);
        else if (c === Ch.CR) {
          if (code(k + 1) !== Ch.LF) unsupported();
        } else if (isOdd(c)) unsupported(); // tabs, control characters, NEL, LS, PS, BOM
      }
    }
    const n = starts.length;
    const lineEnd = (l: number): number => (l + 1 < n ? starts[l + 1]! - 1 : tokenStop);
    const indentOf = (l: number): number => {
      let k = starts[l]!;
      const end = lineEnd(l);
      while (k < end && code(k) === Ch.Space) k++;
      return k - starts[l]!;
    };
    /** Whether line `l` holds only spaces (and a CR). */
    const blank = (l: number): boolean => {
      const k = starts[l]! + indentOf(l);
      const end = lineEnd(l);
      return k === end || (k + 1 === end && code(k) === Ch.CR);
    };
    let chompStart = n;
    while (chompStart > 0 && blank(chompStart - 1)) chompStart--;
    let value: string;
    if (chompStart === 0) {
      value = keep && n > 0 ? '\n'.repeat(Math.max(1, n - 1)) : '';
    } else {
      let contentStart = 0;
      while (blank(contentStart)) contentStart++;
      const trim = indentOf(contentStart);
      if (trim < minIndent) unsupported();
      // More-indented blank lines before the first content line are an error there.
      for (let l = 0; l < contentStart; l++) if (indentOf(l) > trim) unsupported();
      // Trailing blank lines indented past the content are content.
      for (let l = n - 1; l >= chompStart; l--) {
        if (indentOf(l) > trim) {
          chompStart = l + 1;
          break;
        }
      }
      const parts: string[] = [];
      for (let l = 0; l < contentStart; l++) parts.push('\n');
      let sep = '';
      let prevMoreIndented = false;
      for (let l = contentStart; l < chompStart; l++) {
        const ind = indentOf(l);
        const from = starts[l]! + ind;
        let end = lineEnd(l);
        if (end > from && code(end - 1) === Ch.CR) end--;
        if (end > from && ind < trim) unsupported(); // the lexer ends the scalar before such a line
        const more = src.slice(starts[l]! + Math.min(trim, ind), from); // indentation past the content's
        if (!folded) {
          parts.push(sep, more, src.slice(from, end));
          sep = '\n';
        } else if (ind > trim) {
          if (sep === ' ') sep = '\n';
          else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
          parts.push(sep, more, src.slice(from, end));
          sep = '\n';
          prevMoreIndented = true;
        } else if (end === from) {
          if (sep === '\n') parts.push('\n');
          else sep = '\n';
        } else {
          parts.push(sep, src.slice(from, end));
          sep = ' ';
          prevMoreIndented = false;
        }
      }
      if (keep) {
        for (let l = chompStart; l < n; l++) parts.push('\n', src.slice(starts[l]! + Math.min(trim, indentOf(l)), starts[l]! + indentOf(l)));
        value = parts.join('');
        if (value.charCodeAt(value.length - 1) !== Ch.LF) value += '\n';
      } else {
        if (chomp !== Ch.Dash) parts.push('\n');
        value = parts.join('');
      }
    }
    vOff = h;
    vRef = 0;
    seekContent(tokenStop);
    return value;
  };

  // ------------------------------------------------------------ block
  /**
   * An inline value at `i` (a scalar or a flow collection), ending its line;
   * moves to the next content line. Sets vOff and vRef.
   */
  const inlineValue = (i: number): unknown => {
    const c = code(i);
    let value: unknown;
    if (c === Ch.LBracket || c === Ch.LBrace) {
      value = flowNode(i);
    } else if (c === Ch.DQuote || c === Ch.SQuote) {
      value = scanQuoted(i);
      vOff = i;
      vRef = 0;
    } else {
      if (!plainStartOk(i)) unsupported();
      const end = scanPlainBlock(i);
      if (plainKey) unsupported(); // `a: b: c`
      value = plainValue(i, end);
      vOff = i;
      vRef = 0;
    }
    endLine(tokenEnd);
    return value;
  };

  /**
   * A block node whose first character is at `i`, in column `col` (its
   * indentation, or its column after a `- `). Leaves the position on the next
   * content line after it. `lowered`: on a line after an empty value, past a
   * line that lowered the lexer's indentation (skippedLow): the `yaml`
   * package would read a plain scalar there on into the lines after it.
   */
  const blockNode = (i: number, col: number, lowered = false): unknown => {
    if (col > maxColumn) unsupported();
    const c = code(i);
    if (c === Ch.Dash) {
      const n = code(i + 1);
      if (n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR) return blockSeq(i, col);
    }
    const keyStart = i;
    const key = tryKey(i);
    if (key !== undefined) return blockMap(keyStart, col, key);
    if (lowered && !(c === Ch.DQuote || c === Ch.SQuote || c === Ch.LBracket || c === Ch.LBrace)) unsupported();
    return inlineValue(i);
  };

  /** The value after `key:` (tokenEnd is past the colon) of a mapping at column `col`. */
  const mapValue = (col: number): unknown => {
    let i = tokenEnd;
    while (code(i) === Ch.Space) i++;
    if (isEol(i) || code(i) === Ch.Hash) {
      if (code(i) === Ch.Hash && code(i - 1) !== Ch.Space) unsupported();
      const emptyAt = i;
      const nl = commentEnd(i);
      if (nl === -1) eof = true;
      else seekContent(nl + 1);
      if (!eof && indent > col) return blockNode(content, indent, skippedLow <= col);
      if (!eof && indent === col && code(content) === Ch.Dash) {
        const n = code(content + 1);
        if (n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR) return blockSeq(content, col);
      }
      vOff = emptyAt;
      vRef = 0;
      return null;
    }
    if (code(i) === Ch.Dash) {
      const n = code(i + 1);
      if (n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR) unsupported(); // `key: - item`
    }
    if (code(i) === Ch.Tab) unsupported();
    if (code(i) === Ch.Pipe || code(i) === Ch.Gt) return blockScalar(i, col);
    return inlineValue(i);
  };

  const blockMap = (first: number, col: number, firstKey: string): Record<string, unknown> => {
    const base = entriesLen;
    const obj: Record<string, unknown> = {};
    let keyOff = first;
    let key = firstKey;
    for (;;) {
      // The full parser reports a repeated key before it reads the value.
      const repeated = Object.hasOwn(obj, key);
      if (repeated) duplicateKeys.push(keyOff);
      const value = mapValue(col);
      if (!repeated) setKey(obj, key, value);
      pushEntry(keyOff);
      if (eof || indent < col) break;
      if (indent > col) unsupported();
      keyOff = content;
      const next = tryKey(content);
      if (next === undefined) unsupported();
      key = next;
    }
    vRef = writeRecord(MAP, first, base);
    vOff = first;
    return obj;
  };

  const blockSeq = (first: number, col: number): unknown[] => {
    const base = entriesLen;
    const itemBase = itemsLen;
    let dash = first;
    for (;;) {
      let i = dash + 1;
      while (code(i) === Ch.Space) i++;
      let value: unknown;
      if (isEol(i) || code(i) === Ch.Hash) {
        if (code(i) === Ch.Hash && i === dash + 1) unsupported();
        const emptyAt = i;
        const nl = commentEnd(i);
        if (nl === -1) eof = true;
        else seekContent(nl + 1);
        if (!eof && indent > col) value = blockNode(content, indent, skippedLow <= col);
        else {
          value = null;
          vOff = emptyAt;
          vRef = 0;
        }
      } else {
        if (code(i) === Ch.Tab) unsupported();
        if (code(i) === Ch.Pipe || code(i) === Ch.Gt) {
          if (col + (i - dash) > maxColumn) unsupported();
          value = blockScalar(i, col);
        } else value = blockNode(i, col + (i - dash));
      }
      items[itemsLen++] = value;
      pushEntry(-1);
      if (eof || indent < col) break;
      if (indent > col) unsupported();
      if (code(content) !== Ch.Dash) break; // a mapping's next key at the same indentation
      const n = code(content + 1);
      if (!(n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR)) break;
      dash = content;
    }
    const arr = takeItems(itemBase);
    vRef = writeRecord(SEQ, first, base);
    vOff = first;
    return arr;
  };

  // ------------------------------------------------------------ document
  seekContent(0);
  if (eof) unsupported(); // empty: the full parser says so
  const data = blockNode(content, indent);
  const rootOff = vOff;
  const rootRef = vRef;
  if (!eof) unsupported(); // less-indented content after the root, or a second node
  // The locator keeps this function's variables alive as long as the document: keep only what it needs, at its size.
  const records = treeLen < tree.length ? tree.slice(0, treeLen) : tree;
  tree = records;
  entries = new Uint32Array(0);
  items.length = 0;
  keyCache = textCache = [];

  // ------------------------------------------------------------ locate
  /** Whether the key written at `at` reads as `key`. */
  const keyIs = (at: number, key: string): boolean => {
    const c = code(at);
    if (c === Ch.DQuote || c === Ch.SQuote) return scanQuoted(at) === key;
    // A plain key never ends in a space: `a- :` is the key "a-", not "a- ".
    const last = key.charCodeAt(key.length - 1);
    if (key === '' || last === Ch.Space || last === Ch.Tab || !src.startsWith(key, at)) return false;
    let k = at + key.length;
    while (code(k) === Ch.Space) k++;
    if (code(k) !== Ch.Colon) return false;
    const n = code(k + 1);
    return n === Ch.Space || n === -1 || n === Ch.LF || n === Ch.CR;
  };
  /** Index of the first entry of the mapping record `ref` whose key is `key`, or -1. */
  const entryOf = (ref: number, key: string): number => {
    const count = records[ref]! >>> 1;
    for (let e = 0; e < count; e++) if (keyIs(records[ref + 2 + 2 * e]!, key)) return e;
    return -1;
  };
  const bigMaps = new Map<number, Map<string, number>>();
  /** entryOf, with the keys of big mappings (a file's top level) looked up once. */
  const entryOfCached = (ref: number, key: string): number => {
    if (records[ref]! >>> 1 <= 16) return entryOf(ref, key);
    let byKey = bigMaps.get(ref);
    if (!byKey) bigMaps.set(ref, (byKey = new Map()));
    let e = byKey.get(key);
    if (e === undefined) byKey.set(key, (e = entryOf(ref, key)));
    return e;
  };

  return {
    data,
    duplicateKeys,
    locate(path, key) {
      let ref = rootRef;
      let offset = rootOff;
      for (const segment of path) {
        if (ref === 0) break;
        const kind = records[ref]! & 1;
        let value: number;
        if (kind === SEQ) {
          const index = typeof segment === 'string' && segment ? Number(segment) : segment;
          if (!(typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < records[ref]! >>> 1)) break;
          value = records[ref + 2 + index]!;
        } else {
          const e = typeof segment === 'string' ? entryOfCached(ref, segment) : -1;
          if (e < 0) break;
          value = records[ref + 2 + 2 * e + 1]!;
        }
        if (value >= RECORD_BIT) {
          ref = value - RECORD_BIT;
          offset = records[ref + 1]!;
        } else {
          ref = 0;
          offset = value;
        }
      }
      if (key !== undefined && ref !== 0 && (records[ref]! & 1) === MAP) {
        const e = entryOfCached(ref, key);
        if (e >= 0) offset = records[ref + 2 + 2 * e]!;
      }
      return offset;
    },
  };
}

/** 1-based line and column of offsets, as the `yaml` package's LineCounter gives them. */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  let starts: Uint32Array | undefined;
  let last = 0;
  return (offset) => {
    if (!starts) {
      let n = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
      starts = new Uint32Array(n);
      let k = 1;
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
    }
    // Positions are mostly asked for in file order: try the line after the last answer first.
    const n = starts.length;
    for (let line = last; line < n && line < last + 4; line++) {
      if (offset >= starts[line]! && (line + 1 === n || offset < starts[line + 1]!)) {
        last = line;
        return { line: line + 1, col: offset - starts[line]! + 1 };
      }
    }
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (offset < starts[mid]!) high = mid;
      else low = mid + 1;
    }
    last = Math.max(0, low - 1);
    return { line: low, col: offset - starts[low - 1]! + 1 };
  };
}
