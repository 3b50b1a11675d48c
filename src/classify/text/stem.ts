/**
 * A light, deterministic stemmer applied to rule words and task text alike, so
 * plan / plans / planning / planned all become "plan", and prioritise /
 * prioritize / prioritisation become "prioritiz". Words with digits or symbols
 * and words of one or two letters are left alone.
 *
 * It works on code units in a buffer (stemCodes), so that the matcher can stem
 * the words of a task without making strings; stem() is the same stemmer for
 * a string.
 */
import { WordIndex } from './word-index.js';

/** British spellings folded onto one form before stemming. Each is no longer than its key (stemCodes rewrites in place). */
const SPELLING: readonly (readonly [string, string])[] = [
  ['colour', 'color'],
  ['colours', 'color'],
  ['centre', 'center'],
  ['centres', 'center'],
  ['behaviour', 'behavior'],
  ['behaviours', 'behavior'],
  ['programme', 'program'],
  ['programmes', 'program'],
  ['catalogue', 'catalog'],
  ['licence', 'license'],
  ['favourite', 'favorite'],
  ['enquiry', 'inquiry'],
  ['enquiries', 'inquiry'],
  ['cancelled', 'canceled'],
  ['modelling', 'modeling'],
  ['labelling', 'labeling'],
  ['travelling', 'traveling'],
];

/** Words the suffix rules would merge with a different word. */
const PROTECTED = [
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
];

/**
 * The words the suffix rules do not treat alone, sorted: the spelling
 * variants (stemmed as their American form) and the protected words (kept).
 * A special word's stem may start differently from the word ("enquiry").
 */
export const SPECIAL_WORDS: readonly string[] = [...SPELLING.map(([from]) => from), ...PROTECTED].sort();

/** Per special word: its American form, or undefined for a protected word. */
const REWRITE: readonly (string | undefined)[] = SPECIAL_WORDS.map((w) => SPELLING.find(([from]) => from === w)?.[1]);
/** SPECIAL_WORDS, found by code units. */
export const SPECIAL_WORD_INDEX = new WordIndex(SPECIAL_WORDS);

function endsWith(buf: Uint16Array, len: number, suffix: string): boolean {
  const n = suffix.length;
  if (len < n) return false;
  for (let i = 0; i < n; i++) if (buf[len - n + i] !== suffix.charCodeAt(i)) return false;
  return true;
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121; // a e i o u y
}

/**
 * Stems the lowercased word buf[0, len) in place and returns the stem's
 * length (never more than len).
 */
export function stemCodes(buf: Uint16Array, len: number): number {
  if (len < 3) return len;
  for (let i = 0; i < len; i++) {
    const c = buf[i]!;
    if (c < 97 || c > 122) return len; // digits, symbols, non-ASCII: as is
  }
  const special = SPECIAL_WORD_INDEX.indexOf(buf, len);
  if (special >= 0) {
    const rewrite = REWRITE[special];
    if (rewrite === undefined) return len;
    for (let i = 0; i < rewrite.length; i++) buf[i] = rewrite.charCodeAt(i);
    len = rewrite.length;
  }
  if ((endsWith(buf, len, 'ies') || endsWith(buf, len, 'ied')) && len > 4) {
    buf[len - 3] = 121; // y
    return len - 2;
  }
  let w = len;
  let changed = false;
  // plural -s (but not -ss, -us, or -is in longer words: analysis, status, business)
  if (endsWith(buf, w, 's') && !endsWith(buf, w, 'ss') && !endsWith(buf, w, 'us') && !(endsWith(buf, w, 'is') && w >= 5)) {
    w--;
    changed = true;
  }
  if (endsWith(buf, w, 'ing') && w - 3 >= 3) {
    w -= 3;
    changed = true;
  } else if (endsWith(buf, w, 'ed') && w - 2 >= 3) {
    w -= 2;
    changed = true;
  } else if ((endsWith(buf, w, 'ization') || endsWith(buf, w, 'isation')) && w - 7 >= 3) {
    w -= 7;
    buf[w++] = 105; // i
    buf[w++] = 122; // z
    changed = true;
  } else if (endsWith(buf, w, 'ation') && w - 5 >= 4) {
    w -= 5;
    buf[w++] = 97; // a
    buf[w++] = 116; // t
    changed = true;
  } else if (endsWith(buf, w, 'e') && w >= 4) {
    w--;
    changed = true;
  }
  // -ise / -yse → -ize / -yze
  if (changed && w >= 4 && buf[w - 1] === 115 && (buf[w - 2] === 105 || buf[w - 2] === 121)) buf[w - 1] = 122;
  // planned → plann → plan, staff → staf, billing → bill → bil
  const last = buf[w - 1]!;
  if (w >= 4 && last === buf[w - 2] && !isVowel(last)) w--;
  return w;
}

let scratch = new Uint16Array(64);

/** The stem of a lowercased word without apostrophes (see stemCodes). */
export function stem(word: string): string {
  const len = word.length;
  if (len > scratch.length) scratch = new Uint16Array(len);
  const buf = scratch;
  for (let i = 0; i < len; i++) buf[i] = word.charCodeAt(i);
  const n = stemCodes(buf, len);
  let same = 0;
  while (same < n && buf[same] === word.charCodeAt(same)) same++;
  if (same === n) return n === len ? word : word.slice(0, n);
  let out = word.slice(0, same);
  for (let i = same; i < n; i++) out += String.fromCharCode(buf[i]!);
  return out;
}
