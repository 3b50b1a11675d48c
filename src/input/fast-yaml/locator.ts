/**
 * Data paths back to offsets, through the records (records.ts): the offset of
 * the node at a path, or of its nearest ancestor, as the `yaml` package's
 * `range[0]` of the node `doc.getIn(path, true)` finds (parse-yaml.ts's
 * locateOffset, which the tests hold this to).
 */
import { Ch, isSpaceOrEnd } from './chars.js';
import { Cursor } from './cursor.js';
import { readQuoted } from './quoted.js';
import { MAP, RECORD_BIT, SEQ, type DocumentRecords } from './records.js';

/** Mappings with more entries than this have their keys looked up once (a file's top level, a team's members). */
const SMALL_MAP = 16;

export class RecordLocator {
  private readonly cur: Cursor;
  private readonly records: Uint32Array;
  private readonly root: number;
  private readonly bigMaps = new Map<number, Map<string, number>>();

  constructor(src: string, { records, root }: DocumentRecords) {
    this.cur = new Cursor(src);
    this.records = records;
    this.root = root;
  }

  /** Offset of the node at `path` (or its nearest ancestor), or of `key` inside the mapping there. */
  locate(path: readonly (string | number)[], key?: string): number {
    const records = this.records;
    let word = this.root;
    let ref = word >= RECORD_BIT ? word - RECORD_BIT : 0;
    let offset = ref === 0 ? word : records[ref + 1]!;
    for (const segment of path) {
      if (ref === 0) break;
      if ((records[ref]! & 1) === SEQ) {
        const index = typeof segment === 'string' && segment ? Number(segment) : segment;
        if (!(typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < records[ref]! >>> 1)) break;
        word = records[ref + 2 + index]!;
      } else {
        const e = typeof segment === 'string' ? this.entryOf(ref, segment) : -1;
        if (e < 0) break;
        word = records[ref + 2 + 2 * e + 1]!;
      }
      if (word >= RECORD_BIT) {
        ref = word - RECORD_BIT;
        offset = records[ref + 1]!;
      } else {
        ref = 0;
        offset = word;
      }
    }
    if (key !== undefined && ref !== 0 && (records[ref]! & 1) === MAP) {
      const e = this.entryOf(ref, key);
      if (e >= 0) offset = records[ref + 2 + 2 * e]!;
    }
    return offset;
  }

  /** Index of the first entry of the mapping record `ref` whose key is `key`, or -1; the keys of big mappings are looked up once. */
  private entryOf(ref: number, key: string): number {
    if (this.records[ref]! >>> 1 <= SMALL_MAP) return this.scan(ref, key);
    let byKey = this.bigMaps.get(ref);
    if (!byKey) this.bigMaps.set(ref, (byKey = new Map()));
    let e = byKey.get(key);
    if (e === undefined) byKey.set(key, (e = this.scan(ref, key)));
    return e;
  }

  private scan(ref: number, key: string): number {
    const records = this.records;
    const count = records[ref]! >>> 1;
    for (let e = 0; e < count; e++) if (this.keyIs(records[ref + 2 + 2 * e]!, key)) return e;
    return -1;
  }

  /** Whether the key written at `at` reads as `key`. */
  private keyIs(at: number, key: string): boolean {
    const cur = this.cur;
    const c = cur.code(at);
    if (c === Ch.DQuote || c === Ch.SQuote) return readQuoted(cur, at) === key;
    // A plain key never ends in a space: `a- :` is the key "a-", not "a- ".
    const last = key.charCodeAt(key.length - 1);
    if (key === '' || last === Ch.Space || last === Ch.Tab || !cur.src.startsWith(key, at)) return false;
    const k = cur.skipSpaces(at + key.length);
    return cur.code(k) === Ch.Colon && isSpaceOrEnd(cur.code(k + 1));
  }
}
