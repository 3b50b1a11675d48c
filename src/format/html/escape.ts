/**
 * The HTML report's two media for untrusted strings: HTML text and attribute
 * values, and JSON embedded in a <script> element. Every string from an org
 * file goes through one of these.
 */
import { terminalSafe } from '../escape.js';

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * For HTML text and quoted attribute values alike. Control and bidi
 * characters first become visible escapes (as in the terminal report): a
 * right-to-left override in a name would otherwise reorder the rest of its
 * table cell or chart label.
 */
export function html(text: string): string {
  return terminalSafe(text).replace(HTML_SPECIAL, (ch) => HTML_ENTITY[ch]!);
}

// What could end the <script> element or start a comment in it (<, >, &),
// what a JavaScript parser older than ES2019 reads as a line end (U+2028,
// U+2029), and the bidi and C1 controls that JSON.stringify leaves raw.
const UNSAFE_IN_SCRIPT = /[<>&\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * A value as JSON safe to place between <script type="application/json"> and
 * </script>: such characters occur only inside strings, where the \u escape
 * means the same character, so JSON.parse reads the same value back.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_SCRIPT, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
