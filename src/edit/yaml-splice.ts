/**
 * Edits a YAML file in place: each change is a splice of text at the node
 * ranges the yaml package reports, so every byte outside the edited ranges
 * (comments, blank lines, quoting, folded text, anchors, line ends, a
 * byte-order mark) stays as it was. Re-serialising the document would
 * re-wrap lines, re-flow `>` text, merge blank lines and turn CRLF into LF.
 *
 * Edits are queued against the original text and materialised together by
 * `toString()`, so several changes to one list (append two items to an empty
 * `tasks: []`, remove every item) become one consistent splice. Pure: text in,
 * text out.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { yamlBlock, yamlFlow } from '../import/yaml-text.js';

export type EditPath = readonly (string | number)[];

/** One replacement of the original text: `[start, end)` becomes `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

interface SeqOps {
  seq: YAMLSeq;
  /** The mapping pair whose value the list is, when it is one (to rewrite `key: []`). */
  pair: Pair | undefined;
  removed: Set<number>;
  replaced: Map<number, unknown>;
  /** Items inserted before an existing index, or at the end (index = length), with a blank line to part them from the others. */
  inserted: { before: number; value: unknown; blankLine: boolean }[];
}

interface MapOps {
  map: YAMLMap;
  pair: Pair | undefined;
  removed: Set<string>;
  set: Map<string, unknown>;
}

type Range = [number, number, number];

/** A problem with an edit: the path does not lead to the node the edit needs. */
export class EditError extends Error {
  override name = 'EditError';
}

export class YamlEditor {
  readonly text: string;
  readonly doc: Document.Parsed;
  /** The file's line end: the first one it uses, LF for a file with none. */
  readonly eol: '\n' | '\r\n';
  readonly #seqs = new Map<YAMLSeq, SeqOps>();
  readonly #maps = new Map<YAMLMap, MapOps>();

  constructor(text: string) {
    this.text = text;
    this.doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: true, logLevel: 'error' });
    if (this.doc.errors.length > 0) throw new EditError(`not valid YAML: ${this.doc.errors[0]!.message}`);
    const nl = text.indexOf('\n');
    this.eol = nl > 0 && text[nl - 1] === '\r' ? '\r\n' : '\n';
  }

  /** The node at `path` (keys and list indexes), or undefined. */
  node(path: EditPath): Node | undefined {
    if (path.length === 0) return (this.doc.contents ?? undefined) as Node | undefined;
    return this.doc.getIn(path, true) as Node | undefined;
  }

  /** Whether any edit is queued. */
  get changed(): boolean {
    return this.#seqs.size > 0 || this.#maps.size > 0;
  }

  /** Sets `key` of the mapping at `path` to `value`: replaces its value, or adds the entry at the end. */
  setEntry(path: EditPath, key: string, value: unknown): this {
    const ops = this.#mapOps(path);
    ops.removed.delete(key);
    ops.set.set(key, value);
    return this;
  }

  /** Removes `key` from the mapping at `path`; nothing when it is absent. */
  removeEntry(path: EditPath, key: string): this {
    const ops = this.#mapOps(path);
    ops.set.delete(key);
    if (ops.map.has(key)) ops.removed.add(key);
    return this;
  }

  /**
   * Inserts an item into the list at `path`, before the item at `before`
   * (default: at the end); in a block list with `blankLine`, a blank line
   * parts it from its neighbours.
   */
  insertItem(path: EditPath, value: unknown, before?: number, options: { blankLine?: boolean } = {}): this {
    const ops = this.#seqOps(path);
    const at = before ?? ops.seq.items.length;
    if (at < 0 || at > ops.seq.items.length) throw new EditError(`no item ${at} in ${describe(path)}`);
    ops.inserted.push({ before: at, value, blankLine: options.blankLine ?? false });
    return this;
  }

  /** Whether the items of the block list at `path` are parted by blank lines (as members are in the templates). */
  spacedItems(path: EditPath): boolean {
    const seq = this.node(path);
    return isSeq(seq) && !seq.flow && seq.items.length > 1 && seq.items.slice(1).every((item) => (item as Node).spaceBefore === true);
  }

  /** Replaces the item at `index` of the list at `path`. */
  replaceItem(path: EditPath, index: number, value: unknown): this {
    const ops = this.#seqOps(path);
    this.#checkIndex(ops, path, index);
    ops.replaced.set(index, value);
    return this;
  }

  /** Removes the item at `index` of the list at `path`. */
  removeItem(path: EditPath, index: number): this {
    const ops = this.#seqOps(path);
    this.#checkIndex(ops, path, index);
    ops.replaced.delete(index);
    ops.removed.add(index);
    return this;
  }

  /** The queued edits as splices of the original text, in order, none overlapping. */
  splices(): Splice[] {
    const out: Splice[] = [];
    for (const ops of this.#seqs.values()) out.push(...(ops.seq.flow ? this.#flowSeq(ops) : this.#blockSeq(ops)));
    for (const ops of this.#maps.values()) out.push(...(ops.map.flow ? this.#flowMap(ops) : this.#blockMap(ops)));
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < out.length; i++) {
      if (out[i]!.start < out[i - 1]!.end) throw new EditError('two edits overlap: edit a node, or what is inside it, not both');
    }
    return out;
  }

  /** The text with every queued edit applied. */
  toString(): string {
    return applySplices(this.text, this.splices());
  }

  #checkIndex(ops: SeqOps, path: EditPath, index: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= ops.seq.items.length) throw new EditError(`no item ${index} in ${describe(path)}`);
  }

  #parentPair(path: EditPath): Pair | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1));
    const key = path[path.length - 1];
    return isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  }

  #seqOps(path: EditPath): SeqOps {
    const seq = this.node(path);
    if (!isSeq(seq) || !seq.range) throw new EditError(`${describe(path)} is not a list`);
    let ops = this.#seqs.get(seq);
    if (!ops) this.#seqs.set(seq, (ops = { seq, pair: this.#parentPair(path), removed: new Set(), replaced: new Map(), inserted: [] }));
    return ops;
  }

  #mapOps(path: EditPath): MapOps {
    const map = this.node(path);
    if (!isMap(map) || !map.range) throw new EditError(`${describe(path)} is not a mapping`);
    let ops = this.#maps.get(map);
    if (!ops) this.#maps.set(map, (ops = { map, pair: this.#parentPair(path), removed: new Set(), set: new Map() }));
    return ops;
  }

  // ------------------------------------------------------------- positions

  #lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** Just past the line end of the line holding `offset` (or the end of the text). */
  #lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  /** Column of `offset` on its line (a byte-order mark takes none). */
  #column(offset: number): number {
    const start = this.#lineStart(offset);
    return offset - start - (start === 0 && this.text.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  /**
   * The column of a block mapping whose first key is at `offset`: where its
   * line's text starts after the indentation and any `- ` indicators (an anchor
   * or tag before the key belongs to that column, `- &a title: x`).
   */
  #entryColumn(offset: number): number {
    const start = this.#lineStart(offset);
    const lead = /^\ufeff?[ \t]*(?:-[ \t]+)*/.exec(this.text.slice(start, offset))![0];
    return lead.length - (lead.startsWith('\ufeff') ? 1 : 0);
  }

  /**
   * The range of whole lines from `lineStart` to `end`; when they end the text
   * without a line end, the line end before them goes instead, so that
   * removing what was appended to such a file gives it back.
   */
  #wholeLines(lineStart: number, end: number): [number, number] {
    if (end === this.text.length && this.text[end - 1] !== '\n' && lineStart > 0) return [lineStart - (this.text[lineStart - 2] === '\r' ? 2 : 1), end];
    return [lineStart, end];
  }

  /** Where a node's own text ends, to the end of its last line (its trailing comment included). */
  #contentEnd(node: { range?: Range | null }): number {
    const end = node.range![1];
    return end > 0 && this.text[end - 1] === '\n' ? end : this.#lineEnd(end);
  }

  /** The start of the comment lines glued above `lineStart` (no blank line between). */
  #gluedCommentsStart(lineStart: number): number {
    let start = lineStart;
    while (start > 0) {
      const previous = this.#lineStart(start - 1);
      if (!/^[ \t]*#/.test(this.text.slice(previous, start))) break;
      start = previous;
    }
    return start;
  }

  /** Whole lines to insert at `offset`; after a last line with no line end, the line end goes first. */
  #lines(offset: number, lines: readonly string[]): string {
    const bare = offset === this.text.length && offset > 0 && this.text[offset - 1] !== '\n';
    return bare ? lines.map((l) => `${this.eol}${l}`).join('') : lines.map((l) => `${l}${this.eol}`).join('');
  }

  /** Offset of the `- ` indicator of a block list item. */
  #dash(item: Node): number {
    const start = this.#lineStart(item.range![0]);
    // The first `-` of the line, before the item's text (an anchor or tag may stand between: `- &a-b title: x`).
    const lead = /^\ufeff?[ \t]*-(?=[ \t]|$)/.exec(this.text.slice(start, item.range![0]));
    if (!lead) throw new EditError('a list item that does not start its line cannot be edited');
    return start + lead[0].length - 1;
  }

  /** After the `key:` of a pair, where a value written on the key's line starts. */
  #afterColon(pair: Pair): number {
    const key = pair.key as Node;
    const colon = this.text.indexOf(':', key.range![1]);
    return colon + 1;
  }

  // ------------------------------------------------------------ block list

  #blockSeq(ops: SeqOps): Splice[] {
    const { seq } = ops;
    const items = seq.items as Node[];
    const splices: Splice[] = [];
    if (items.length === 0) return this.#emptySeq(ops);
    const dashes = items.map((item) => this.#dash(item));
    const indent = this.#column(dashes[0]!);
    const render = (value: unknown): string => `${' '.repeat(indent)}- ${yamlBlock(value, indent + 2, this.eol)}`;
    const kept = items.length - ops.removed.size + ops.inserted.length;
    if (kept === 0 && ops.pair) {
      // Every item goes: `key:` and its block become `key: []`, the line end after it kept.
      const last = items[items.length - 1]!;
      let end = this.#contentEnd(last);
      if (this.text[end - 1] === '\n') end -= this.text[end - 2] === '\r' ? 2 : 1;
      return [{ start: this.#afterColon(ops.pair), end, text: ' []' }];
    }
    items.forEach((item, i) => {
      const lineStart = this.#lineStart(dashes[i]!);
      const before = ops.inserted.filter((x) => x.before === i);
      if (before.length > 0) {
        const at = this.#gluedCommentsStart(lineStart);
        splices.push({ start: at, end: at, text: this.#lines(at, before.flatMap((x) => (x.blankLine ? [render(x.value), ''] : [render(x.value)]))) });
      }
      if (ops.removed.has(i)) {
        const [start, end] = this.#wholeLines(this.#gluedCommentsStart(lineStart), this.#contentEnd(item));
        splices.push({ start, end, text: '' });
      }
      else if (ops.replaced.has(i)) splices.push(this.#replaceNode(item, ops.replaced.get(i), indent + 2));
    });
    const after = ops.inserted.filter((x) => x.before === items.length);
    if (after.length > 0) {
      const at = this.#contentEnd(items[items.length - 1]!);
      splices.push({ start: at, end: at, text: this.#lines(at, after.flatMap((x) => (x.blankLine ? ['', render(x.value)] : [render(x.value)]))) });
    }
    return splices;
  }

  /** Items put into an empty list: `key: []` becomes a block list under its key (or stays flow elsewhere). */
  #emptySeq(ops: SeqOps): Splice[] {
    const values = ops.inserted.map((x) => x.value);
    if (values.length === 0) return [];
    const seq = ops.seq;
    const key = ops.pair?.key as Node | undefined;
    const parentIsBlock = key?.range && !this.#insideFlow(key.range[0]);
    if (!ops.pair || !parentIsBlock || !seq.flow) return [{ start: seq.range![0], end: seq.range![1], text: yamlFlow(values) }];
    const indent = this.#column(key!.range![0]) + 2;
    const lines = values.map((v) => `${this.eol}${' '.repeat(indent)}- ${yamlBlock(v, indent + 2, this.eol)}`).join('');
    return [{ start: this.#afterColon(ops.pair), end: seq.range![1], text: lines }];
  }

  /** Whether `offset` lies inside a flow collection (an unclosed `[` or `{` before it on the way from the root). */
  #insideFlow(offset: number): boolean {
    let inside = false;
    const visit = (node: unknown): void => {
      if (inside || !(isMap(node) || isSeq(node)) || !node.range) return;
      if (node.range[0] > offset || node.range[1] <= offset) return;
      if (node.flow) {
        inside = true;
        return;
      }
      for (const item of node.items as unknown[]) {
        if (isMap(node)) {
          visit((item as Pair).value);
        } else visit(item);
      }
    };
    visit(this.doc.contents);
    return inside;
  }

  /** A node's text replaced by `value` rendered for column `indent`, keeping the line end it ended with. */
  #replaceNode(node: Node, value: unknown, indent: number): Splice {
    const [start, end] = node.range!;
    const own = this.text.slice(start, end);
    const tail = /\r?\n$/.exec(own)?.[0] ?? '';
    return { start, end, text: `${yamlBlock(value, indent, this.eol)}${tail === '' ? '' : this.eol}` };
  }

  // ------------------------------------------------------------- flow list

  /**
   * A flow list edited in place: items removed with the separator after them
   * (before them, for a last run), inserted with one, replaced alone; what is
   * inside an untouched item may be edited too.
   */
  #flowSeq(ops: SeqOps): Splice[] {
    const items = ops.seq.items as Node[];
    if (items.length === 0) return this.#emptySeq(ops);
    const spans = items.map((item) => ({ start: item.range![0], end: item.range![1] }));
    const inserted = (i: number): string[] => ops.inserted.filter((x) => x.before === i).map((x) => yamlFlow(x.value));
    const splices = flowRuns(spans, ops.removed, (i) => (ops.replaced.has(i) ? yamlFlow(ops.replaced.get(i)) : undefined), inserted);
    return splices;
  }

  // ----------------------------------------------------------- block map

  #blockMap(ops: MapOps): Splice[] {
    const pairs = ops.map.items as Pair[];
    const splices: Splice[] = [];
    if (pairs.length === 0) return this.#flowMap(ops);
    const indent = this.#entryColumn(ops.map.range![0]);
    const remaining = pairs.filter((p) => !ops.removed.has(String((p.key as { value?: unknown }).value))).length;
    const added = [...ops.set.keys()].filter((k) => !ops.map.has(k));
    if (remaining + added.length === 0) throw new EditError('removing every entry of a mapping is not supported');
    for (const pair of pairs) {
      const key = String((pair.key as { value?: unknown }).value);
      const keyNode = pair.key as Node;
      if (ops.removed.has(key)) {
        const end = pair.value && (pair.value as Node).range ? this.#contentEnd(pair.value as Node) : this.#lineEnd(keyNode.range![1]);
        const [start, stop] = this.#wholeLines(this.#gluedCommentsStart(this.#lineStart(keyNode.range![0])), end);
        splices.push({ start, end: stop, text: '' });
      } else if (ops.set.has(key)) splices.push(this.#setValue(pair, ops.set.get(key), indent));
    }
    if (added.length > 0) {
      const last = pairs[pairs.length - 1]!;
      const at = last.value && (last.value as Node).range ? this.#contentEnd(last.value as Node) : this.#lineEnd((last.key as Node).range![1]);
      const lines = added.map((k) => `${' '.repeat(indent)}${yamlFlow(k)}:${valueText(ops.set.get(k), indent, this.eol)}`);
      splices.push({ start: at, end: at, text: this.#lines(at, lines) });
    }
    return splices;
  }

  /** The value of an existing pair replaced; the key, and a comment after a scalar value, stay. */
  #setValue(pair: Pair, value: unknown, indent: number): Splice {
    const node = pair.value as Node | null;
    const text = valueText(value, indent, this.eol);
    const afterColon = this.#afterColon(pair);
    if (!node || !node.range) return { start: afterColon, end: afterColon, text };
    const [start, end] = node.range;
    const tail = /\r?\n$/.test(this.text.slice(start, end)) ? this.eol : '';
    // An inline value replaces the old value's text; one on the lines below starts right after the colon.
    const sameLine = !this.text.slice(afterColon, start).includes('\n');
    return text.startsWith(' ') && sameLine ? { start, end, text: `${text.slice(1)}${tail}` } : { start: afterColon, end, text: `${text}${tail}` };
  }

  // ------------------------------------------------------------ flow map

  #flowMap(ops: MapOps): Splice[] {
    const pairs = ops.map.items as Pair[];
    const added = [...ops.set].filter(([k]) => !ops.map.has(k)).map(([k, v]) => `${yamlFlow(k)}: ${yamlFlow(v)}`);
    if (pairs.length === 0) {
      const [start, end] = ops.map.range!;
      return added.length > 0 ? [{ start, end, text: `{${added.join(', ')}}` }] : [];
    }
    const keyOf = (p: Pair): string => String((p.key as { value?: unknown }).value);
    const spans = pairs.map((p) => {
      const value = p.value as Node | null;
      return { start: (p.key as Node).range![0], end: value?.range ? value.range[1] : (p.key as Node).range![1] };
    });
    const removed = new Set(pairs.flatMap((p, i) => (ops.removed.has(keyOf(p)) ? [i] : [])));
    const splices = flowRuns(spans, removed, () => undefined, (i) => (i === pairs.length ? added : []));
    pairs.forEach((p, i) => {
      const key = keyOf(p);
      if (removed.has(i) || !ops.set.has(key)) return;
      const value = p.value as Node | null;
      const text = yamlFlow(ops.set.get(key));
      if (value?.range) splices.push({ start: value.range[0], end: value.range[1], text });
      else splices.push({ start: spans[i]!.end, end: spans[i]!.end, text: `: ${text}` });
    });
    return splices;
  }
}

/**
 * Splices for the entries of a flow collection (`spans`: each entry's text):
 * runs of removed entries go with the separator after them (before them for a
 * run at the end), `replace(i)` rewrites an entry, `insert(i)` puts entries
 * before entry i (after the last for i = length).
 */
function flowRuns(spans: readonly { start: number; end: number }[], removed: ReadonlySet<number>, replace: (i: number) => string | undefined, insert: (i: number) => string[]): Splice[] {
  const n = spans.length;
  const out: Splice[] = [];
  const kept = spans.map((_, i) => !removed.has(i));
  if (!kept.some(Boolean)) {
    const texts = [...Array.from({ length: n + 1 }, (_, i) => insert(i)).flat()];
    return [{ start: spans[0]!.start, end: spans[n - 1]!.end, text: texts.join(', ') }];
  }
  for (let i = 0; i < n; ) {
    if (kept[i]) {
      const text = replace(i);
      if (text !== undefined) out.push({ start: spans[i]!.start, end: spans[i]!.end, text });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !kept[j + 1]) j++;
    // A run before a kept entry goes with the separator after it; a run at the end, with the one before it.
    if (j + 1 < n) out.push({ start: spans[i]!.start, end: spans[j + 1]!.start, text: '' });
    else out.push({ start: spans[i - 1]!.end, end: spans[j]!.end, text: '' });
    i = j + 1;
  }
  for (let i = 0; i < n; i++) {
    const before = insert(i);
    if (before.length === 0) continue;
    // Before a removed run the entries go where the run started; its splice begins there too, so insert first.
    out.push({ start: spans[i]!.start, end: spans[i]!.start, text: `${before.join(', ')}, ` });
  }
  const after = insert(n);
  const lastKept = kept.lastIndexOf(true);
  if (after.length > 0) out.push({ start: spans[lastKept]!.end, end: spans[lastKept]!.end, text: `, ${after.join(', ')}` });
  return out;
}

/**
 * What follows `key:` in a block mapping at column `indent`: ` value` on the
 * same line, or a nested collection on the lines below.
 */
function valueText(value: unknown, indent: number, eol: string): string {
  const nested = typeof value === 'object' && value !== null && Object.keys(value).length > 0 && !(Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null));
  if (nested) return `${eol}${' '.repeat(indent + 2)}${yamlBlock(value, indent + 2, eol)}`;
  return ` ${yamlBlock(value, indent + 2, eol)}`;
}

function describe(path: EditPath): string {
  return path.length === 0 ? 'the document' : path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/** Applies sorted, non-overlapping splices to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  let out = '';
  let cursor = 0;
  for (const s of splices) {
    out += text.slice(cursor, s.start) + s.text;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}
