/** Character codes the fast reader looks at, and the classes of characters it declines. */

/** UTF-16 code units (`src.charCodeAt(i)`); -1 stands for the end of the text. */
export const enum Ch {
  Tab = 9,
  LF = 10,
  CR = 13,
  Space = 32,
  Bang = 33,
  DQuote = 34,
  Hash = 35,
  Percent = 37,
  Amp = 38,
  SQuote = 39,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Dash = 45,
  Dot = 46,
  Colon = 58,
  Gt = 62,
  Question = 63,
  At = 64,
  LBracket = 91,
  Backslash = 92,
  RBracket = 93,
  Backtick = 96,
  LBrace = 123,
  Pipe = 124,
  RBrace = 125,
}

/** Characters the full parser may treat specially, or reject, anywhere: the reader gives up on them. */
export function isOdd(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x2028 || c === 0x2029 || c === 0xfffe || c === 0xffff;
}

/** The characters findControlCharacter (parse.ts) reports, but for a lone CR: what a comment must not hold either. */
export function isControl(c: number): boolean {
  return (c < 0x20 && c !== Ch.Tab && c !== Ch.LF && c !== Ch.CR) || (c >= 0x7f && c <= 0x9f && c !== 0x85) || c === 0xfffe || c === 0xffff;
}

/**
 * A space, a line break or the end of the text: what makes `:` a mapping's
 * value indicator and `-` a sequence's item indicator in block context (the
 * `yaml` lexer's isEmpty, node_modules/yaml/dist/parse/lexer.js, without the
 * tab, which the reader declines wherever it would matter).
 */
export function isSpaceOrEnd(c: number): boolean {
  return c === Ch.Space || c === -1 || c === Ch.LF || c === Ch.CR;
}

/** `,[]{}`: the `yaml` lexer's flowIndicatorChars (node_modules/yaml/dist/parse/lexer.js). */
export function isFlowIndicator(c: number): boolean {
  return c === Ch.Comma || c === Ch.LBracket || c === Ch.RBracket || c === Ch.LBrace || c === Ch.RBrace;
}
