/**
 * Words sorted in UTF-16 order, found by the code units in a buffer: a binary
 * search among the words that start with the same two characters. Built in
 * one pass over the words, reading two characters of each, so that a
 * classifier can make one at start-up. Only ASCII words are found: the
 * caller looks up ASCII buffers only.
 */
export class WordIndex {
  /** For each two ASCII characters, at c0 * 128 + c1: 1 + the number of the run of words starting so, or 0. */
  private readonly runOf = new Uint16Array(128 * 128);
  /** Per run: its two characters (c0 * 128 + c1), where it starts and where it ends in `words`. */
  private readonly runs: number[] = [];
  /** 1 + the position of the one-character word c, at [c], or 0. */
  private readonly singles = new Int32Array(128);

  constructor(private readonly words: readonly string[]) {
    const runs = this.runs;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const c0 = w.charCodeAt(0);
      if (w.length === 1) {
        if (c0 < 128) this.singles[c0] = i + 1;
        continue;
      }
      const c1 = w.charCodeAt(1);
      if (c0 >= 128 || c1 >= 128) continue;
      const h = c0 * 128 + c1;
      if (this.runOf[h] === 0) {
        runs.push(h, i, i + 1);
        this.runOf[h] = runs.length / 3;
      } else {
        runs[runs.length - 1] = i + 1; // sorted: the words starting alike are one run, the last one
      }
    }
  }

  /** The position in the words of buf[0, len) (ASCII), or -1. */
  indexOf(buf: Uint16Array, len: number): number {
    if (len === 1) return this.singles[buf[0]!]! - 1;
    const run = this.runOf[buf[0]! * 128 + buf[1]!]!;
    if (run === 0) return -1;
    let lo = this.runs[3 * run - 2]!;
    let hi = this.runs[3 * run - 1]! - 1;
    const words = this.words;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const w = words[mid]!;
      // compare w with buf[0, len) in UTF-16 order, past the two characters they share
      const n = w.length < len ? w.length : len;
      let k = 2;
      while (k < n && w.charCodeAt(k) === buf[k]) k++;
      const d = k < n ? w.charCodeAt(k) - buf[k]! : w.length - len;
      if (d === 0) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Whether buf[0, len) (ASCII) is one of the words. */
  has(buf: Uint16Array, len: number): boolean {
    return this.indexOf(buf, len) >= 0;
  }

  /** Marks how the words start: heads[c0 * 128 + c1] = 1, and singles[c0] = 1 for a one-character word. */
  markStarts(heads: Uint8Array, singles: Uint8Array): void {
    for (let r = 0; r < this.runs.length; r += 3) heads[this.runs[r]!] = 1;
    for (let c = 0; c < 128; c++) if (this.singles[c] !== 0) singles[c] = 1;
  }
}
