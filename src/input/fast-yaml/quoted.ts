/**
 * Single- and double-quoted scalars on one line. Where the `yaml` package's
 * lexer ends them is Lexer#parseQuotedScalar (node_modules/yaml/dist/parse/lexer.js);
 * their value is singleQuotedValue and doubleQuotedValue, with its
 * escapeCodes and parseCharCode, in node_modules/yaml/dist/compose/resolve-flow-scalar.js.
 * A quoted scalar running onto another line (folded there) is declined.
 */
import { Ch, isOdd } from './chars.js';
import type { Cursor } from './cursor.js';
import { decline } from './decline.js';

/** escapeCodes of resolve-flow-scalar.js, but for `\` before a tab, which is declined. */
const DQ_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** The quoted scalar whose opening quote is at `i`, on one line; leaves the cursor after the closing quote. */
export function readQuoted(cur: Cursor, i: number): string {
  return cur.code(i) === Ch.SQuote ? singleQuoted(cur, i) : doubleQuoted(cur, i);
}

/** The code unit at `k` inside a quoted scalar: declines at the end of its line (a scalar folded onto the next is the full parser's). */
function onLine(cur: Cursor, k: number): number {
  const c = cur.code(k);
  if (c === -1 || c === Ch.LF || c === Ch.CR) decline();
  return c;
}

/** The scalar's text, `out` (its text before `from`, when it held escapes) then the text up to the closing quote at `k`; leaves the cursor after the quote. */
function close(cur: Cursor, out: string | undefined, from: number, k: number): string {
  cur.pos = k + 1;
  return out === undefined ? cur.src.slice(from, k) : out + cur.src.slice(from, k);
}

function singleQuoted(cur: Cursor, i: number): string {
  let out: string | undefined;
  let k = i + 1;
  let from = k;
  for (;;) {
    const c = onLine(cur, k);
    if (c === Ch.SQuote) {
      if (cur.code(k + 1) !== Ch.SQuote) return close(cur, out, from, k);
      out = (out ?? '') + cur.src.slice(from, k + 1); // '' stands for '
      k += 2;
      from = k;
      continue;
    }
    if (c !== Ch.Tab && isOdd(c)) decline();
    k++;
  }
}

function doubleQuoted(cur: Cursor, i: number): string {
  const src = cur.src;
  let out: string | undefined;
  let k = i + 1;
  let from = k;
  for (;;) {
    const c = onLine(cur, k);
    if (c === Ch.DQuote) return close(cur, out, from, k);
    if (c === Ch.Backslash) {
      out = (out ?? '') + src.slice(from, k);
      const e = src[k + 1];
      if (e === undefined) decline();
      const simple = DQ_ESCAPES[e];
      if (simple !== undefined) {
        out += simple;
        k += 2;
      } else if (e === 'x' || e === 'u' || e === 'U') {
        // parseCharCode: exactly 2, 4 or 8 hex digits, a code point String.fromCodePoint takes.
        const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = src.substr(k + 2, n);
        if (hex.length !== n || !/^[0-9a-fA-F]+$/.test(hex)) decline();
        const cp = parseInt(hex, 16);
        if (cp > 0x10ffff) decline();
        out += String.fromCodePoint(cp);
        k += 2 + n;
      } else decline();
      from = k;
      continue;
    }
    // Spaces before the closing quote are kept: doubleQuotedValue trims them only before a line break.
    if (c !== Ch.Tab && isOdd(c)) decline();
    k++;
  }
}
