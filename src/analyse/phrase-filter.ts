/**
 * A quick first look for the deliverable search: rules out the tasks that
 * cannot mention any of some phrases, so that only the rest have their words
 * walked.
 */
import type { Task } from '../model/org.js';
import { withRoom } from '../shared/grow.js';
import { taskText } from './phrase-words.js';

/** Lets through every task that mentions one of some phrases, and few others. */
export interface PhraseFilter {
  mayMention(t: Task): boolean;
}

export const NO_PHRASES: PhraseFilter = { mayMention: () => false };

/** A filter for `phrases` (each as its words). */
export function phraseFilter(phrases: readonly (readonly string[])[]): PhraseFilter {
  if (phrases.length === 0) return NO_PHRASES;
  if (phrases.every((words) => words.every((w) => /^[a-z0-9]+$/.test(w)))) return new AsciiPhraseFilter(phrases);
  // The words of a phrase a task mentions are in its lower-cased text, one
  // after another with something other than a letter or digit between them.
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(phrases.map((words) => words.map(escape).join('[^\\p{L}\\p{N}]+')).join('|'), 'u');
  return { mayMention: (t) => pattern.test(taskText(t).toLowerCase()) };
}

/** The characters beyond ASCII whose lower case holds an ASCII character: "\u0130" (to "i" and a dot) and the Kelvin sign (to "k"). */
const DOTTED_CAPITAL_I = 0x130;
const KELVIN_SIGN = 0x212a;
export const LOWER_CASED_TO_ASCII = String.fromCharCode(DOTTED_CAPITAL_I, KELVIN_SIGN);

/** A hash of a word of ASCII letters (lower case) and digits, as AsciiPhraseFilter reads it from a text. */
function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Rules out tasks that cannot mention any of some phrases of ASCII words,
 * without building, lower-casing or splitting their text (a regex over the
 * text took half a second at 300,000 members): the words of the title and
 * tags are hashed as they are read, ASCII letters lower-cased and anything
 * else ending a word, and looked up by first word. The ASCII words of the
 * lower-cased text are read here whole and in the same sequence (what lies
 * between two of them is no ASCII letter or digit, and ends a word here too),
 * except where a character beyond ASCII lower-cases to ASCII: a task holding
 * one passes (test/scale/deliverables-equivalence.test.ts checks there are no
 * others). So a task mentioning a phrase always passes; hashes that collide
 * only let a task through to the exact search.
 */
class AsciiPhraseFilter implements PhraseFilter {
  /** Phrases as the hashes of their words, by the hash of the first; and the low bits of those first hashes, for a quick no. */
  private readonly byFirst = new Map<number, number[][]>();
  private readonly firstBits = new Uint8Array(1 << 12);
  /** The hashes of the words of the task being read. */
  private words = new Int32Array(64);
  private count = 0;

  constructor(phrases: readonly (readonly string[])[]) {
    for (const words of phrases) {
      const hashes = words.map((word) => hashWord(word));
      const first = hashes[0]!;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push(hashes);
      this.firstBits[first & 0xfff] = 1;
    }
  }

  mayMention(t: Task): boolean {
    this.count = 0;
    if (!this.read(t.title)) return true;
    for (const tag of t.tags) if (!this.read(tag)) return true;
    const { words, count, firstBits } = this;
    for (let w = 0; w < count; w++) {
      const first = words[w]!;
      if (firstBits[first & 0xfff] === 0) continue;
      const phrases = this.byFirst.get(first);
      if (!phrases) continue;
      for (const phrase of phrases) {
        if (w + phrase.length > count) continue;
        let k = 1;
        while (k < phrase.length && words[w + k] === phrase[k]) k++;
        if (k === phrase.length) return true;
      }
    }
    return false;
  }

  /** Adds the hashes of the words of `text`; false when it holds a character beyond ASCII that lower-cases to ASCII. */
  private read(text: string): boolean {
    let hash = 0;
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        hash = (Math.imul(hash, 31) + c) | 0;
        inWord = true;
        continue;
      }
      if (c === DOTTED_CAPITAL_I || c === KELVIN_SIGN) return false;
      if (inWord) {
        this.add(hash);
        hash = 0;
        inWord = false;
      }
    }
    if (inWord) this.add(hash);
    return true;
  }

  private add(hash: number): void {
    this.words = withRoom(this.words, this.count + 1);
    this.words[this.count++] = hash;
  }
}
