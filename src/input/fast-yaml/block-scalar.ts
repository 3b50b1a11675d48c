/**
 * Block scalars (`|`, `>`, with `-`, `+` or no chomping indicator) as the
 * value of a `key:` or a `- ` on the header's line. A port of the `yaml`
 * package: where its lexer ends the scalar (Lexer#parseBlockScalarHeader and
 * Lexer#parseBlockScalar in node_modules/yaml/dist/parse/lexer.js: the
 * token's lines), then how its composer reads them (resolveBlockScalar in
 * node_modules/yaml/dist/compose/resolve-block-scalar.js). Left to it:
 * indentation indicators (`|2`), anything after the header but a comment,
 * tabs, lone CRs and other odd characters anywhere in the scalar, and
 * more-indented blank lines before the first content line (an error there).
 */
import { Ch, isOdd } from './chars.js';
import type { Cursor } from './cursor.js';
import { decline } from './decline.js';

/**
 * The block scalar whose header is at `h`, as the value of a mapping at
 * column `col` or an item of a sequence whose dash is at column `col`: its
 * content must be indented past `col`. Moves the cursor to the next content
 * line after it; its position (the `yaml` package's range start) is the
 * header's, which is the caller's to record.
 */
export function readBlockScalar(cur: Cursor, h: number, col: number): string {
  const folded = cur.code(h) === Ch.Gt;
  let j = h + 1;
  const chomp = cur.code(j);
  if (chomp === Ch.Dash || chomp === Ch.Plus) j++;
  // The header ends the line, or a comment separated from it by spaces does.
  const headerEnd = j;
  j = cur.skipSpaces(j);
  // (Lexer#parseBlockScalarHeader reads indentation indicators and more; they are declined here.)
  if (!cur.isEol(j) && !(cur.code(j) === Ch.Hash && j > headerEnd)) decline();
  const headerNl = cur.commentEnd(j);
  const start = headerNl === -1 ? cur.len : headerNl + 1; // the token starts on the next line
  const minIndent = col + 1;
  const stop = tokenEnd(cur, start, minIndent, chomp === Ch.Plus);
  const value = compose(cur, new ScalarLines(cur, start, stop), folded, chomp, minIndent);
  cur.seekContent(stop);
  return value;
}

/**
 * Where the lexer ends the scalar's token that starts at `start` (Lexer#parseBlockScalar):
 * lines indented at least as far as its first content line, and blank lines;
 * without `keep` (`+`), not the trailing blank lines indented no further than it.
 */
function tokenEnd(cur: Cursor, start: number, minIndent: number, keep: boolean): number {
  const len = cur.len;
  // Skip blank lines to the first content line and take its indentation.
  let nl = start - 1;
  let indent = 0;
  for (let i = start; i < len; i++) {
    const c = cur.code(i);
    if (c === Ch.Space) indent++;
    else if (c === Ch.LF) {
      nl = i;
      indent = 0;
    } else if (c === Ch.CR) {
      if (cur.code(i + 1) !== Ch.LF) decline();
    } else break;
  }
  if (indent >= minIndent) {
    // Lines indented that far, and blank lines, continue the scalar (Lexer#continueScalar).
    for (;;) {
      const k = cur.skipSpaces(nl + 1);
      const c = cur.code(k);
      if (!(c === Ch.LF || (c === Ch.CR && cur.code(k + 1) === Ch.LF) || k - (nl + 1) >= indent)) break;
      nl = cur.src.indexOf('\n', k);
      if (nl === -1) {
        nl = len;
        break;
      }
    }
  }
  // The lexer would take a tab-indented line after the scalar into it (an error).
  if (cur.code(cur.skipSpaces(nl + 1)) === Ch.Tab) decline();
  if (!keep) {
    // Trailing blank lines not indented past the content are not part of the token ("Drop the line if last char not more indented").
    for (;;) {
      let k = nl - 1;
      let c = cur.code(k);
      if (c === Ch.CR) c = cur.code(--k);
      const lastChar = k;
      while (c === Ch.Space) c = cur.code(--k);
      if (c === Ch.LF && k >= start && k + 1 + indent > lastChar) nl = k;
      else break;
    }
  }
  return Math.min(nl + 1, len);
}

/** The lines of a block scalar's token, from `start` to `stop`, as the composer's splitLines sees them: each an indentation and a content. */
class ScalarLines {
  readonly count: number;
  private readonly starts: number[] = [];

  constructor(
    private readonly cur: Cursor,
    start: number,
    private readonly stop: number,
  ) {
    if (stop > start) {
      this.starts.push(start);
      for (let k = start; k < stop; k++) {
        const c = cur.code(k);
        if (c === Ch.LF) this.starts.push(k + 1);
        else if (c === Ch.CR) {
          if (cur.code(k + 1) !== Ch.LF) decline();
        } else if (isOdd(c)) decline(); // tabs, control characters, NEL, LS, PS, BOM
      }
    }
    this.count = this.starts.length;
  }

  /** Where line `l` starts. */
  start(l: number): number {
    return this.starts[l]!;
  }

  /** Where line `l` ends (at its line feed). */
  end(l: number): number {
    return l + 1 < this.count ? this.starts[l + 1]! - 1 : this.stop;
  }

  /** How many spaces line `l` starts with. */
  indentOf(l: number): number {
    const start = this.starts[l]!;
    const end = this.end(l);
    let k = start;
    while (k < end && this.cur.code(k) === Ch.Space) k++;
    return k - start;
  }

  /** Whether line `l` holds only spaces (and a CR). */
  blank(l: number): boolean {
    const k = this.starts[l]! + this.indentOf(l);
    const end = this.end(l);
    return k === end || (k + 1 === end && this.cur.code(k) === Ch.CR);
  }

  /** The spaces of line `l` past the first `trim`. */
  moreIndent(l: number, trim: number): string {
    const start = this.starts[l]!;
    const indent = this.indentOf(l);
    return this.cur.src.slice(start + Math.min(trim, indent), start + indent);
  }
}

/** The scalar's value from its lines (resolveBlockScalar): trimmed of the content's indentation, folded for `>`, chomped. */
function compose(cur: Cursor, lines: ScalarLines, folded: boolean, chomp: number, minIndent: number): string {
  const src = cur.src;
  const n = lines.count;
  const keep = chomp === Ch.Plus;
  // "determine the end of content & start of chomping", then the "shortcut for empty contents".
  let chompStart = n;
  while (chompStart > 0 && lines.blank(chompStart - 1)) chompStart--;
  if (chompStart === 0) return keep && n > 0 ? '\n'.repeat(Math.max(1, n - 1)) : '';

  let contentStart = 0;
  while (lines.blank(contentStart)) contentStart++;
  const trim = lines.indentOf(contentStart);
  if (trim < minIndent) decline();
  // More-indented blank lines before the first content line are an error there.
  for (let l = 0; l < contentStart; l++) if (lines.indentOf(l) > trim) decline();
  // Trailing blank lines indented past the content are content.
  for (let l = n - 1; l >= chompStart; l--) {
    if (lines.indentOf(l) > trim) {
      chompStart = l + 1;
      break;
    }
  }
  // The loop of resolveBlockScalar over the content lines: literal lines joined by line feeds, folded ones by
  // spaces, but for blank and more-indented lines.
  const parts: string[] = [];
  for (let l = 0; l < contentStart; l++) parts.push('\n');
  let sep = '';
  let prevMoreIndented = false;
  for (let l = contentStart; l < chompStart; l++) {
    const ind = lines.indentOf(l);
    const from = lines.start(l) + ind;
    let end = lines.end(l);
    if (end > from && cur.code(end - 1) === Ch.CR) end--;
    if (end > from && ind < trim) decline(); // the lexer ends the scalar before such a line
    const more = lines.moreIndent(l, trim); // indentation past the content's
    if (!folded) {
      parts.push(sep, more, src.slice(from, end));
      sep = '\n';
    } else if (ind > trim) {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      parts.push(sep, more, src.slice(from, end));
      sep = '\n';
      prevMoreIndented = true;
    } else if (end === from) {
      if (sep === '\n') parts.push('\n');
      else sep = '\n';
    } else {
      parts.push(sep, src.slice(from, end));
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (keep) {
    for (let l = chompStart; l < n; l++) parts.push('\n', lines.moreIndent(l, trim));
    const value = parts.join('');
    return value.charCodeAt(value.length - 1) !== Ch.LF ? `${value}\n` : value;
  }
  if (chomp !== Ch.Dash) parts.push('\n');
  return parts.join('');
}
