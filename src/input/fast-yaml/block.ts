/**
 * Block mappings and sequences (compact `- key: value` items too), and the
 * one-line values in them: the document's structure by indentation, as the
 * `yaml` package's lexer lines it up (Lexer#parseLineStart and
 * Lexer#parseBlockStart in node_modules/yaml/dist/parse/lexer.js) and its
 * composer reads it (resolveBlockMap and resolveBlockSeq in
 * node_modules/yaml/dist/compose/resolve-block-map.js and resolve-block-seq.js).
 */
import { Ch, isSpaceOrEnd } from './chars.js';
import { Cursor } from './cursor.js';
import { decline } from './decline.js';
import { readBlockScalar } from './block-scalar.js';
import { FlowReader } from './flow.js';
import { ItemStack, PROTO, setKey } from './objects.js';
import { PlainScalars } from './plain.js';
import { readQuoted } from './quoted.js';
import { RecordWriter } from './records.js';

/**
 * Reads one document. Each method that reads a node returns its data, adds
 * its position to `records` and leaves the cursor on the next content line
 * after the node.
 */
export class BlockReader {
  readonly records: RecordWriter;
  /** Offsets of keys that repeat an earlier key of the same mapping (the `yaml` package's DUPLICATE_KEY errors). */
  readonly duplicateKeys: number[] = [];
  private readonly cur: Cursor;
  private readonly plain: PlainScalars;
  private readonly items = new ItemStack();
  private readonly flow: FlowReader;
  /** Nodes starting past this column nest deeper than maxDepth: the full parser refuses them. */
  private readonly maxColumn: number;

  constructor(src: string, maxDepth: number) {
    this.cur = new Cursor(src);
    this.plain = new PlainScalars(this.cur);
    this.records = new RecordWriter(src.length);
    this.flow = new FlowReader(this.cur, this.plain, this.records, this.items, this.duplicateKeys, maxDepth);
    this.maxColumn = 2 * maxDepth;
  }

  /** The document's data: one block node from the first content line to the end. */
  document(): unknown {
    const cur = this.cur;
    cur.seekContent(0);
    if (cur.eof) decline(); // empty: the full parser says so
    const data = this.node(cur.content, cur.indent);
    if (!cur.eof) decline(); // less-indented content after the root, or a second node
    return data;
  }

  /**
   * A block node whose first character is at `i`, in column `col` (its
   * indentation, or its column after a `- `). `lowered`: on a line after an
   * empty value, past a line that lowered the lexer's indentation
   * (Cursor#skippedLow): the `yaml` lexer would read a plain scalar there on
   * into the lines after it (Lexer#continueScalar in
   * node_modules/yaml/dist/parse/lexer.js, with indentNext lowered).
   */
  private node(i: number, col: number, lowered = false): unknown {
    if (col > this.maxColumn) decline();
    const c = this.cur.code(i);
    // `- ` starts a sequence (Lexer#parseBlockStart); anything else is a key, or a value on its line.
    if (c === Ch.Dash && isSpaceOrEnd(this.cur.code(i + 1))) return this.seq(i, col);
    const key = this.key(i);
    if (key !== undefined) return this.map(i, col, key);
    if (lowered && !(c === Ch.DQuote || c === Ch.SQuote || c === Ch.LBracket || c === Ch.LBrace)) decline();
    return this.inline(i);
  }

  /**
   * The key at `i` if the line holds `key:` there, leaving the cursor past the
   * colon; undefined otherwise. An implicit key ends on its line, within 1,024
   * characters (KEY_OVER_1024_CHARS in resolveBlockMap).
   */
  private key(i: number): string | undefined {
    const cur = this.cur;
    const c = cur.code(i);
    if (c === Ch.DQuote || c === Ch.SQuote) {
      const key = readQuoted(cur, i);
      const k = cur.skipSpaces(cur.pos);
      if (cur.code(k) !== Ch.Colon) return undefined;
      if (!isSpaceOrEnd(cur.code(k + 1))) decline();
      if (k - i > 1024 || key === PROTO) decline();
      cur.pos = k + 1;
      return key;
    }
    if (!this.plain.startsAt(i)) return undefined;
    const stop = this.plain.scanBlock(i);
    if (cur.code(stop) !== Ch.Colon) return undefined;
    if (stop - i > 1024) decline();
    cur.pos = stop + 1;
    return this.plain.key(i, this.plain.textEnd(i, stop));
  }

  /** A value on the line at `i` (a scalar or a flow collection), which it ends. */
  private inline(i: number): unknown {
    const cur = this.cur;
    const c = cur.code(i);
    if (c === Ch.LBracket || c === Ch.LBrace) {
      const value = this.flow.node(i);
      cur.endLine(cur.pos);
      return value;
    }
    if (c === Ch.DQuote || c === Ch.SQuote) {
      const value = readQuoted(cur, i);
      this.records.scalar(i);
      cur.endLine(cur.pos);
      return value;
    }
    if (!this.plain.startsAt(i)) decline();
    const stop = this.plain.scanBlock(i);
    if (cur.code(stop) === Ch.Colon) decline(); // `a: b: c`
    const value = this.plain.value(i, this.plain.textEnd(i, stop));
    this.records.scalar(i);
    cur.endLine(stop);
    return value;
  }

  /** A block scalar whose header is at `h`, the value of a key at, or a dash in, column `col`. */
  private blockScalar(h: number, col: number): string {
    const value = readBlockScalar(this.cur, h, col);
    this.records.scalar(h);
    return value;
  }

  /**
   * The value of a key or a dash in column `col` whose line ends at `at` (or
   * a comment starts there): the node on the next content line if it is
   * indented further (for a key, also a sequence in the key's column), else
   * null, placed at `at`: after the spaces that follow the indicator, as
   * emptyScalarPosition (node_modules/yaml/dist/compose/util-empty-scalar-position.js)
   * places an empty value.
   */
  private valueBelow(at: number, col: number, sequenceAtColumn: boolean): unknown {
    const cur = this.cur;
    cur.skipLine(at);
    if (!cur.eof && cur.indent > col) return this.node(cur.content, cur.indent, cur.skippedLow <= col);
    if (sequenceAtColumn && !cur.eof && cur.indent === col && cur.code(cur.content) === Ch.Dash && isSpaceOrEnd(cur.code(cur.content + 1))) {
      return this.seq(cur.content, col);
    }
    this.records.scalar(at);
    return null;
  }

  /** The value after `key:` (the cursor is past the colon) of a mapping in column `col`. */
  private mapValue(col: number): unknown {
    const cur = this.cur;
    const i = cur.skipSpaces(cur.pos);
    const c = cur.code(i);
    if (cur.isEol(i) || c === Ch.Hash) {
      if (c === Ch.Hash && cur.code(i - 1) !== Ch.Space) decline();
      return this.valueBelow(i, col, true);
    }
    if (c === Ch.Dash && isSpaceOrEnd(cur.code(i + 1))) decline(); // `key: - item`
    if (c === Ch.Tab) decline();
    if (c === Ch.Pipe || c === Ch.Gt) return this.blockScalar(i, col);
    return this.inline(i);
  }

  /** The block mapping in column `col` whose first key, `firstKey`, is at `first` (the cursor is past its colon). */
  private map(first: number, col: number, firstKey: string): Record<string, unknown> {
    const cur = this.cur;
    const base = this.records.open();
    const obj: Record<string, unknown> = {};
    let keyOff = first;
    let key = firstKey;
    for (;;) {
      // resolveBlockMap reports a repeated key before it reads the value (mapIncludes, compose/util-map-includes.js).
      const repeated = Object.hasOwn(obj, key);
      if (repeated) this.duplicateKeys.push(keyOff);
      this.records.key(keyOff);
      const value = this.mapValue(col);
      if (!repeated) setKey(obj, key, value);
      if (cur.eof || cur.indent < col) break;
      if (cur.indent > col) decline();
      keyOff = cur.content;
      const next = this.key(cur.content);
      if (next === undefined) decline();
      key = next;
    }
    this.records.closeMap(first, base);
    return obj;
  }

  /** The block sequence in column `col` whose first dash is at `first`. */
  private seq(first: number, col: number): unknown[] {
    const cur = this.cur;
    const base = this.records.open();
    const itemBase = this.items.open();
    let dash = first;
    for (;;) {
      const i = cur.skipSpaces(dash + 1);
      const c = cur.code(i);
      let value: unknown;
      if (cur.isEol(i) || c === Ch.Hash) {
        if (c === Ch.Hash && i === dash + 1) decline();
        value = this.valueBelow(i, col, false);
      } else {
        if (c === Ch.Tab) decline();
        if (c === Ch.Pipe || c === Ch.Gt) {
          if (col + (i - dash) > this.maxColumn) decline();
          value = this.blockScalar(i, col);
        } else value = this.node(i, col + (i - dash));
      }
      this.items.push(value);
      if (cur.eof || cur.indent < col) break;
      if (cur.indent > col) decline();
      // A mapping's next key at the same indentation ends the sequence.
      if (cur.code(cur.content) !== Ch.Dash || !isSpaceOrEnd(cur.code(cur.content + 1))) break;
      dash = cur.content;
    }
    const arr = this.items.take(itemBase);
    this.records.closeSeq(first, base);
    return arr;
  }
}
