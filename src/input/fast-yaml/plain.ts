/**
 * Plain (unquoted) scalars on one line: where they may start and where they
 * stop, in block and in flow context, as the `yaml` package's lexer decides
 * (Lexer#parseDocument, Lexer#parseFlowCollection and Lexer#parsePlainScalar
 * in node_modules/yaml/dist/parse/lexer.js), and their value (resolvePlain,
 * with the caches). A plain scalar running onto another line is declined.
 */
import { SHARED_TEXT_MAX, PlainKeys, SharedTexts } from './caches.js';
import { Ch, isFlowIndicator, isOdd, isSpaceOrEnd } from './chars.js';
import type { Cursor } from './cursor.js';
import { decline } from './decline.js';
import { resolvePlain } from './resolve-plain.js';

export class PlainScalars {
  private readonly cur: Cursor;
  private readonly keys: PlainKeys;
  private readonly texts: SharedTexts;
  /** The last block scan that did not stop at a key's colon, reused when a scalar tried as a key turns out to be a value. */
  private lastAt = -1;
  private lastStop = 0;

  constructor(cur: Cursor) {
    this.cur = cur;
    this.keys = new PlainKeys(cur.src);
    this.texts = new SharedTexts(cur.src);
  }

  /**
   * True when a plain scalar may start with the character at `i` in block
   * context (`-` is the caller's business): not an indicator that
   * Lexer#parseDocument and Lexer#pushIndicators read as something else (a
   * flow collection, a quote, a block scalar header, an anchor, alias or tag,
   * a comment, an explicit key or value), nor a character YAML reserves
   * (`%` at a line start is a directive; `@` and backticks).
   */
  startsAt(i: number): boolean {
    const c = this.cur.code(i);
    switch (c) {
      case Ch.Question:
      case Ch.Colon:
      case Ch.Comma:
      case Ch.LBracket:
      case Ch.RBracket:
      case Ch.LBrace:
      case Ch.RBrace:
      case Ch.Hash:
      case Ch.Amp:
      case Ch.Star:
      case Ch.Bang:
      case Ch.Pipe:
      case Ch.Gt:
      case Ch.SQuote:
      case Ch.DQuote:
      case Ch.Percent:
      case Ch.At:
      case Ch.Backtick:
        return false;
      case Ch.Dash: {
        const n = this.cur.code(i + 1);
        return !(isSpaceOrEnd(n) || n === Ch.Tab);
      }
      default:
        return !isOdd(c);
    }
  }

  /**
   * Where a plain scalar from `i` in block context stops: at the `:` that
   * makes it a key (a colon before a space or the line's end), at the end of
   * its line, or at the space before a comment. Lexer#parsePlainScalar,
   * for a scalar that ends on its line.
   */
  scanBlock(i: number): number {
    if (i === this.lastAt) return this.lastStop;
    const cur = this.cur;
    const start = i;
    for (;;) {
      const c = cur.code(i);
      if (c > Ch.Colon && c < 0x7f) {
        i++; // a letter or most punctuation: nothing to decide (most of an org file's text)
        continue;
      }
      if (c === -1 || c === Ch.LF) break;
      if (c === Ch.CR) {
        if (cur.code(i + 1) !== Ch.LF) decline();
        break;
      }
      if (c === Ch.Colon) {
        // parsePlainScalar ends at a `:` before isEmpty (a key); `a:b` goes on.
        if (isSpaceOrEnd(cur.code(i + 1))) return i;
      } else if (c === Ch.Space) {
        // parsePlainScalar ends before ` #` (a comment); `a#b` goes on.
        if (cur.code(i + 1) === Ch.Hash) break;
      } else if (isOdd(c)) decline();
      i++;
    }
    this.lastAt = start;
    this.lastStop = i;
    return i;
  }

  /**
   * Where a plain scalar from `i` in flow context stops: at a flow indicator,
   * or at a `:` before a space or one. Lexer#parsePlainScalar with flowLevel
   * above 0; a comment or the line's end inside a flow collection is declined.
   */
  scanFlow(i: number): number {
    const cur = this.cur;
    for (;;) {
      const d = cur.code(i);
      if (d === -1 || d === Ch.LF || d === Ch.CR) decline(); // flow collections end on their line here
      if (isFlowIndicator(d)) return i;
      if (d === Ch.Colon) {
        const n = cur.code(i + 1);
        if (n === Ch.Space || isFlowIndicator(n)) return i;
      } else if (d === Ch.Space) {
        if (cur.code(i + 1) === Ch.Hash) decline();
      } else if (isOdd(d)) decline();
      i++;
    }
  }

  /** The end of the text of a plain scalar from `start` that stops at `stop`: without the spaces before the stop. */
  textEnd(start: number, stop: number): number {
    let end = stop;
    while (end > start && this.cur.code(end - 1) === Ch.Space) end--;
    return end;
  }

  /** The plain key written from `start` to `end` (not empty); declines keys that are not strings in the core schema. */
  key(start: number, end: number): string {
    return this.keys.key(start, end);
  }

  /**
   * The plain scalar from `start` to `end` as data: a decimal integer is read
   * in place, a short text shared with its earlier occurrences when it is still
   * in the cache (fewer strings to keep and for the garbage collector to copy),
   * anything else sliced out and typed.
   */
  value(start: number, end: number): unknown {
    const src = this.cur.src;
    // `effort: 12` is the common number: no slice, no regular expressions (as INT and parseInt(s, 10) read it).
    if (end - start <= 15) {
      let n = 0;
      let k = start;
      for (; k < end; k++) {
        const digit = src.charCodeAt(k) - 0x30;
        if (digit < 0 || digit > 9) break;
        n = n * 10 + digit;
      }
      if (k === end && k > start) return n;
    }
    if (end - start > SHARED_TEXT_MAX || end === start) return resolvePlain(src.slice(start, end));
    // Short texts (a role, a team, a discipline, a tag) repeat: hand back the same string.
    return this.texts.resolve(start, end);
  }
}
