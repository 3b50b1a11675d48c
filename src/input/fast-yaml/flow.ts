/**
 * Flow collections on one line (`[a, b]`, `{ title: x, effort: 2 }`), nested
 * up to maxDepth. The lexer's side is Lexer#parseFlowCollection
 * (node_modules/yaml/dist/parse/lexer.js); the composer's is
 * resolveFlowCollection (node_modules/yaml/dist/compose/resolve-flow-collection.js).
 * Left to the full parser: a collection running onto another line, comments
 * inside, empty entries, pairs in a sequence (`[a: b]`), keys without a value
 * (`{a}`) and collections as keys.
 */
import { Ch, isFlowIndicator } from './chars.js';
import type { Cursor } from './cursor.js';
import { decline } from './decline.js';
import { PROTO, setKey, type ItemStack } from './objects.js';
import type { PlainScalars } from './plain.js';
import { readQuoted } from './quoted.js';
import type { RecordWriter } from './records.js';

/** Each method that reads a node returns its data, adds its position to the records and leaves the cursor after it. */
export class FlowReader {
  /** How many flow collections the cursor is inside. */
  private depth = 0;

  constructor(
    private readonly cur: Cursor,
    private readonly plain: PlainScalars,
    private readonly records: RecordWriter,
    private readonly items: ItemStack,
    /** Where the offsets of repeated keys go (shared with the block reader). */
    private readonly duplicateKeys: number[],
    private readonly maxDepth: number,
  ) {}

  /** A flow scalar from `i`, plain (up to a flow indicator or `: `) or quoted; leaves the cursor after it (its position is the caller's). */
  scalar(i: number): unknown {
    const cur = this.cur;
    const c = cur.code(i);
    if (c === Ch.DQuote || c === Ch.SQuote) return readQuoted(cur, i);
    if (!this.plain.startsAt(i)) decline();
    if (c === Ch.Dash) {
      const n = cur.code(i + 1);
      if (isFlowIndicator(n)) decline();
    }
    const stop = this.plain.scanFlow(i);
    cur.pos = stop;
    return this.plain.value(i, this.plain.textEnd(i, stop));
  }

  /** A flow node (a collection or a scalar) at `i`. */
  node(i: number): unknown {
    const c = this.cur.code(i);
    if (c === Ch.LBracket) return this.seq(i);
    if (c === Ch.LBrace) return this.map(i);
    const value = this.scalar(i);
    this.records.scalar(i);
    return value;
  }

  /** The flow sequence whose `[` is at `open`. */
  seq(open: number): unknown[] {
    if (++this.depth > this.maxDepth) decline();
    const cur = this.cur;
    const base = this.records.open();
    const itemBase = this.items.open();
    let i = cur.skipSpaces(open + 1);
    if (cur.code(i) !== Ch.RBracket) {
      for (;;) {
        this.items.push(this.node(i));
        i = cur.skipSpaces(cur.pos);
        if (cur.code(i) === Ch.Colon) decline(); // a pair inside a sequence
        if (cur.code(i) === Ch.RBracket) break;
        i = this.pastComma(i, Ch.RBracket);
      }
    }
    this.close(i);
    const arr = this.items.take(itemBase);
    this.records.closeSeq(open, base);
    return arr;
  }

  /** The flow mapping whose `{` is at `open`. */
  map(open: number): Record<string, unknown> {
    if (++this.depth > this.maxDepth) decline();
    const cur = this.cur;
    const base = this.records.open();
    const obj: Record<string, unknown> = {};
    let i = cur.skipSpaces(open + 1);
    if (cur.code(i) !== Ch.RBrace) {
      for (;;) {
        const keyOff = i;
        const c0 = cur.code(i);
        if (c0 === Ch.LBracket || c0 === Ch.LBrace) decline();
        const quoted = c0 === Ch.DQuote || c0 === Ch.SQuote;
        const key = this.scalar(i);
        // KEY_OVER_1024_CHARS in resolveFlowCollection; __proto__ is parse-yaml.ts's to refuse.
        if (typeof key !== 'string' || cur.pos - keyOff > 1024 || key === PROTO) decline();
        i = cur.skipSpaces(cur.pos);
        if (cur.code(i) !== Ch.Colon) decline(); // `{ a }`: a key without a value
        if (!quoted && cur.code(i + 1) !== Ch.Space) decline();
        i = cur.skipSpaces(i + 1);
        const c = cur.code(i);
        if (c === Ch.Comma || c === Ch.RBrace) decline(); // an empty value
        this.records.key(keyOff);
        const value = this.node(i);
        // resolveFlowCollection reports a repeated key after it has read the value.
        if (Object.hasOwn(obj, key)) this.duplicateKeys.push(keyOff);
        else setKey(obj, key, value);
        i = cur.skipSpaces(cur.pos);
        if (cur.code(i) === Ch.RBrace) break;
        i = this.pastComma(i, Ch.RBrace);
      }
    }
    this.close(i);
    this.records.closeMap(open, base);
    return obj;
  }

  /** After an entry, at `i`, not at the `close` bracket: the next entry's offset past a `,`; declines anything else, and empty entries. */
  private pastComma(i: number, close: number): number {
    const cur = this.cur;
    if (cur.code(i) !== Ch.Comma) decline();
    const next = cur.skipSpaces(i + 1);
    const n = cur.code(next);
    if (n === close || n === Ch.Comma) decline();
    return next;
  }

  /** Leaves a collection at its closing bracket at `i`. */
  private close(i: number): void {
    this.cur.pos = i + 1;
    this.depth--;
  }
}
