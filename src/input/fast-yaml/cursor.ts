/**
 * Where the fast reader is in the text: the current content line (the next
 * line holding more than spaces and a comment) and, within a line, the end of
 * the last token read. Every reader shares one cursor; the line moves only
 * through seekContent, endLine and skipLine.
 */
import { Ch, isControl } from './chars.js';
import { decline } from './decline.js';

export class Cursor {
  readonly src: string;
  readonly len: number;
  /** The end of the last token read (past the colon, for a key): where its line goes on. */
  pos = 0;
  /** The current content line's indentation. */
  indent = 0;
  /** The offset of the current content line's first non-space character. */
  content = 0;
  /** Past the last content line. */
  eof = false;
  /**
   * The least indentation of the lines the last seekContent skipped that
   * lower the `yaml` lexer's indentation for a scalar's continuation lines to
   * theirs (Lexer#parseLineStart, node_modules/yaml/dist/parse/lexer.js): a
   * comment line whose `#` is followed by more than a space or its end
   * (`#x`), or a blank line followed by a line that starts with such a
   * character in column 0. Infinity when there was none.
   */
  skippedLow = Infinity;

  constructor(src: string) {
    this.src = src;
    this.len = src.length;
  }

  /** The code unit at `i`, or -1 past the end. */
  code(i: number): number {
    return i < this.len ? this.src.charCodeAt(i) : -1;
  }

  /** Whether a line ends at `i` (a line feed, CRLF or the end); declines a lone CR. */
  isEol(i: number): boolean {
    const c = this.code(i);
    if (c === -1 || c === Ch.LF) return true;
    if (c === Ch.CR) {
      if (this.code(i + 1) === Ch.LF) return true;
      decline();
    }
    return false;
  }

  /** The first offset from `i` that is not a space. */
  skipSpaces(i: number): number {
    while (this.code(i) === Ch.Space) i++;
    return i;
  }

  /**
   * The line feed ending the line from `i` (the start of a comment, or its
   * end), or -1 at the end of the text. The comment's characters are checked as
   * the scanners check a value's: so that a text is only ever taken when it
   * holds no control character at all, which lets parseSource skip its own
   * scan for them.
   */
  commentEnd(i: number): number {
    const src = this.src;
    const len = this.len;
    for (let k = i; k < len; k++) {
      const c = src.charCodeAt(k);
      if (c === Ch.LF) return k;
      if (c === Ch.CR) {
        if (this.code(k + 1) !== Ch.LF) decline();
      } else if (isControl(c)) decline();
    }
    return -1;
  }

  /** Moves to the next line holding more than spaces or a comment, from the line starting at `p`. */
  seekContent(p: number): void {
    this.skippedLow = Infinity;
    for (;;) {
      if (p >= this.len) {
        this.eof = true;
        return;
      }
      const k = this.skipSpaces(p);
      const c = this.code(k);
      if (c === -1) {
        this.eof = true;
        return;
      }
      const c1 = this.code(k + 1);
      if ((c === Ch.LF || c === Ch.Hash) && !(c1 === -1 || c1 === Ch.Space || c1 === Ch.Tab || c1 === Ch.LF || c1 === Ch.CR) && k - p < this.skippedLow) this.skippedLow = k - p;
      if (c === Ch.LF) {
        p = k + 1;
        continue;
      }
      if (c === Ch.CR) {
        if (c1 !== Ch.LF) decline();
        p = k + 2;
        continue;
      }
      if (c === Ch.Hash) {
        const nl = this.commentEnd(k);
        if (nl === -1) {
          this.eof = true;
          return;
        }
        p = nl + 1;
        continue;
      }
      if (c === Ch.Tab) decline();
      this.indent = k - p;
      this.content = k;
      // Document markers belong to the full parser (`---` or `...` then a space or the line's end: Lexer#parseLineStart).
      if (this.indent === 0 && (c === Ch.Dash || c === Ch.Dot) && c1 === c && this.code(k + 2) === c) {
        const c3 = this.code(k + 3);
        if (this.isEol(k + 3) || c3 === Ch.Space || c3 === Ch.Tab) decline();
      }
      return;
    }
  }

  /** Past the end of the line from `i` (a comment's start, or the line's end), to the next content line. */
  skipLine(i: number): void {
    const nl = this.commentEnd(i);
    if (nl === -1) this.eof = true;
    else this.seekContent(nl + 1);
  }

  /** After a value ending at `i`: only spaces and a comment may follow on the line; then the next content line. */
  endLine(i: number): void {
    const k = this.skipSpaces(i);
    if (!this.isEol(k) && (this.code(k) !== Ch.Hash || k === i)) decline();
    this.skipLine(k);
  }
}
