/**
 * Strings from an org file are untrusted. Each output medium has one escaper
 * here, and formatters pass every such string through the one for their medium.
 */

// C0 controls (tab and newline included: inside a cell they are content, not layout),
// DEL, C1 controls, and the bidi controls behind "trojan source" tricks.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

function visibleEscape(ch: string): string {
  const code = ch.codePointAt(0)!;
  switch (ch) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    case '\u001b':
      return '\\e';
  }
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** For a terminal or a plain log: control and bidi characters become visible escapes. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, visibleEscape);
}

/**
 * For messages on standard error: like terminalSafe, but line feeds stay
 * line feeds (a message may span lines; each line is still inert).
 */
export function terminalSafeLines(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (ch) => (ch === '\n' ? ch : visibleEscape(ch)));
}

/**
 * For a Markdown table cell: no control characters, no HTML, nothing Markdown
 * would interpret (emphasis, links, code, a `|` closing the cell).
 */
export function markdownCell(text: string): string {
  return terminalSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1');
}

/** GitHub workflow command message (`::error ...::<data>`). */
export function githubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub workflow command property value (`file=`, `title=`...). */
export function githubProperty(text: string): string {
  return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// What JSON.stringify leaves raw but a terminal or log viewer may act on.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * A JSON document (indented) that is also safe to print: JSON.stringify
 * escapes C0 controls but not DEL, C1 controls or bidi overrides, so those
 * become \u escapes too. Such characters only occur inside strings, where
 * the escape means the same character, so the data is unchanged.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
