/** How the deliverable search reads a task: the words of its title and tags. */
import type { Task } from '../model/org.js';

/** What the deliverable search reads of a task: its title and tags. */
export function taskText(t: Task): string {
  return t.tags.length ? `${t.title} ${t.tags.join(' ')}` : t.title;
}

/** Lower-case words joined by single spaces, padded, so phrases match on word boundaries. */
function wordString(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

/**
 * The lower-case words of a text, as `wordString` delimits them. ASCII text
 * (after lower-casing) is split by a loop over its characters, where \p{L} and
 * \p{N} are [a-z] and [0-9]; so is text whose only other characters are the
 * dashes, quotes and ellipsis of U+2010–U+2027 (separators: none is a letter
 * or a digit), common in titles ("Roadmap — Q3"). Anything else goes through
 * `wordString`, whose Unicode regex costs about 1.5 ms to compile on first use.
 */
export function phraseWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128 && (c < 0x2010 || c > 0x2027)) return slowPhraseWords(text);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

function slowPhraseWords(text: string): string[] {
  const words = wordString(text).trim();
  return words === '' ? [] : words.split(' ');
}
