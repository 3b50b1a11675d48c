/**
 * Positions without an object per node. Each collection is one record in a
 * flat Uint32Array: a header word (its number of entries, shifted left once,
 * and its kind in the low bit), its start offset, then per entry the key's
 * offset for a mapping and the value's position word. A position word is a
 * scalar's offset, or a collection's record index marked by RECORD_BIT (the
 * record holds the collection's start). Offsets stay below 2^31: a string is
 * shorter.
 *
 * While a document is read, every reader that reads a node adds the node's
 * position word to the open entries (after its key's offset, in a mapping);
 * closing a collection moves its entries into its record and adds the
 * record's word in their place. After the root, the one open entry left is
 * the root's word.
 */
import { withRoom } from '../../shared/grow.js';

export const MAP = 0;
export const SEQ = 1;
/** Marks a position word that is a collection's record rather than a scalar's offset. */
export const RECORD_BIT = 0x80000000;

/** The records of a document read, and its root's position word. */
export interface DocumentRecords {
  records: Uint32Array;
  root: number;
}

export class RecordWriter {
  private tree: Uint32Array;
  /** Record 0 is never written: a record index is never 0. */
  private treeLen = 1;
  /** Entries (a mapping's key offsets and values, a sequence's values) of the collections being read, innermost last. */
  private entries = new Uint32Array(1024);
  private entriesLen = 0;

  constructor(textLength: number) {
    this.tree = new Uint32Array(Math.max(64, textLength >> 3));
  }

  /** Where the entries of a collection about to be read start: pass it to closeMap or closeSeq. */
  open(): number {
    return this.entriesLen;
  }

  /** Adds the offset of a mapping entry's key; its value's word follows. */
  key(offset: number): void {
    this.push(offset);
  }

  /** Adds a scalar (or an empty value) at `offset`. */
  scalar(offset: number): void {
    this.push(offset);
  }

  /** Closes the mapping starting at `start` whose entries start at `base`. */
  closeMap(start: number, base: number): void {
    this.close(MAP, (this.entriesLen - base) / 2, start, base);
  }

  /** Closes the sequence starting at `start` whose entries start at `base`. */
  closeSeq(start: number, base: number): void {
    this.close(SEQ, this.entriesLen - base, start, base);
  }

  private push(word: number): void {
    this.entries = withRoom(this.entries, this.entriesLen + 1);
    this.entries[this.entriesLen++] = word;
  }

  private close(kind: number, count: number, start: number, base: number): void {
    const n = this.entriesLen - base;
    const need = this.treeLen + 2 + n;
    const tree = (this.tree = withRoom(this.tree, need));
    const ref = this.treeLen;
    tree[ref] = (count << 1) | kind;
    tree[ref + 1] = start;
    const entries = this.entries;
    for (let k = 0; k < n; k++) tree[ref + 2 + k] = entries[base + k]!;
    this.treeLen = need;
    this.entriesLen = base;
    this.push(ref + RECORD_BIT);
  }

  /** The records at their size, and the root's word (the document is read: one entry is open). */
  finish(): DocumentRecords {
    const records = this.treeLen < this.tree.length ? this.tree.slice(0, this.treeLen) : this.tree;
    return { records, root: this.entries[0]! };
  }
}
