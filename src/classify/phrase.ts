/**
 * Rule phrases: a match entry ("go to market", "onboard*", "on-call") split
 * into the words the matcher looks for, by the same tokenizer and stemmer as
 * the text it is matched against.
 */
import { tokenizeLower } from './text/tokenize.js';
import { stem } from './text/stem.js';

/** One word of a compiled phrase: an exact stem, or a prefix of the raw word. */
export interface PhraseWord {
  stem?: string;
  prefix?: string;
}

/** Characters a match entry may contain (besides a trailing `*` on a word). */
export const ALLOWED_MATCH = /^[\p{L}\p{N} \-/'\u2019&.+#*]*$/u;

/** Whether a match entry can be matched at all: a string of allowed characters (checkMatchEntry says what is wrong with one). */
export function isMatchable(entry: unknown): entry is string {
  return typeof entry === 'string' && ALLOWED_MATCH.test(entry);
}

/**
 * Splits a match entry into words. Returns the phrase variants the entry
 * stands for: the phrase itself and, for a hyphen/slash compound, its joined
 * form too ("on-call" also matches "oncall"). Returns [] for an entry with no
 * words.
 */
export function compilePhrase(entry: string): PhraseWord[][] {
  const lower = entry.toLowerCase().trim();
  const toks = tokenizeLower(lower).map((t) => ({ raw: t.text, glued: t.glued, wildcard: lower.charCodeAt(t.end) === 42 }));
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

/** The distinct phrases of a rule's match entries, in entry order (what the matcher indexes). */
export function compileEntries(match: readonly unknown[]): PhraseWord[][] {
  const out: PhraseWord[][] = [];
  const seen = new Set<string>();
  for (const entry of match) {
    if (!isMatchable(entry)) continue;
    for (const words of compilePhrase(entry)) {
      const key = phraseKey(words);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(words);
    }
  }
  return out;
}
