/**
 * The memo of words a WordScan keeps: what its learner found out about each
 * distinct word (its keys and flags), by the word's hashes and length (see
 * chars.ts), so that the learner (the matcher: the stemmer and the wildcard
 * prefixes) runs once per distinct word, not once per occurrence. Open
 * addressing: a word is found without comparing its characters.
 */

export const NO_KEYS: readonly number[] = [];
/** Initial and maximum slots (powers of two). The memo doubles when half full, and is cleared at the maximum. */
const MEMO_MIN = 1 << 8;
const MEMO_MAX = 1 << 16;

export class WordMemo {
  private hashes = new Int32Array(MEMO_MIN); // 0 marks an empty slot; stored hashes are odd
  private hashes2 = new Int32Array(MEMO_MIN);
  private lengths = new Int32Array(MEMO_MIN);
  private count = 0;
  /** Per slot: the word's keys. Replaced when the memo grows: read it after add(). */
  keys: (readonly number[])[] = new Array<readonly number[]>(MEMO_MIN).fill(NO_KEYS);
  /** Per slot: the word's flags. Replaced when the memo grows. */
  flags = new Uint8Array(MEMO_MIN);

  /** The slot of the word with these hashes and length, or -1 when it is not memoised. */
  slot(hash: number, hash2: number, len: number): number {
    hash |= 1;
    const hashes = this.hashes;
    const mask = hashes.length - 1;
    let i = hash & mask;
    for (;;) {
      const h = hashes[i]!;
      if (h === 0) return -1;
      if (h === hash && this.hashes2[i] === hash2 && this.lengths[i] === len) return i;
      i = (i + 1) & mask;
    }
  }

  /** Memoises a word that slot() did not find, with its keys and flags; returns its slot. */
  add(hash: number, hash2: number, len: number, keys: readonly number[], flags: number): number {
    if (this.count >= this.hashes.length >> 1) this.grow();
    return this.insert(hash | 1, hash2, len, keys, flags);
  }

  private insert(hash: number, hash2: number, len: number, keys: readonly number[], flags: number): number {
    const mask = this.hashes.length - 1;
    let i = hash & mask;
    while (this.hashes[i] !== 0) i = (i + 1) & mask;
    this.hashes[i] = hash;
    this.hashes2[i] = hash2;
    this.lengths[i] = len;
    this.keys[i] = keys;
    this.flags[i] = flags;
    this.count++;
    return i;
  }

  private clear(size = MEMO_MIN): void {
    this.hashes = new Int32Array(size);
    this.hashes2 = new Int32Array(size);
    this.lengths = new Int32Array(size);
    this.keys = new Array<readonly number[]>(size).fill(NO_KEYS);
    this.flags = new Uint8Array(size);
    this.count = 0;
  }

  private grow(): void {
    const size = this.hashes.length;
    if (size >= MEMO_MAX) {
      this.clear();
      return;
    }
    const { hashes, hashes2, lengths, keys, flags } = this;
    this.clear(size * 2);
    for (let i = 0; i < size; i++) if (hashes[i] !== 0) this.insert(hashes[i]!, hashes2[i]!, lengths[i]!, keys[i]!, flags[i]!);
  }
}
