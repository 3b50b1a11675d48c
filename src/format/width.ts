/**
 * Terminal columns, measured as cli-table3 measures them (string-width), so
 * that the tables it lays out and the ones written a line per row agree.
 */
import stringWidth from 'string-width';

const SGR = /\u001b\[[0-9;]*m/g;
/** Splits a text around its colour codes: the codes at odd indexes. */
const SGR_SPLIT = /(\u001b\[[0-9;]*m)/;

/**
 * Characters of rocks' own reports that take one column and combine with
 * nothing: the dashes, quotes and ellipsis of U+2010–U+2027, arrows and box
 * drawing (string-width agrees).
 */
function isPlainNarrow(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c <= 0x257f);
}

/** Whether every character of `text` is printable ASCII or plainly narrow: one column each. */
function isNarrowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 || c >= 0x7f) && !isPlainNarrow(c)) return false;
  }
  return true;
}

/**
 * Columns a string takes in a terminal; colour codes take none. Plain text
 * (nearly every cell of a large table) is counted without string-width,
 * whose emoji regex runs over every string it measures.
 */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  return isNarrowText(plain) ? plain.length : stringWidth(plain);
}

let graphemes: Intl.Segmenter | undefined;

/**
 * The text cut to `width` columns with a trailing "…" if it is wider; never
 * inside what the terminal draws as one character (an emoji sequence, a flag,
 * a letter and its accents), and with every colour code kept, so a style
 * opened before the cut still closes after it.
 */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (isNarrowText(text)) return `${text.slice(0, width - 1)}…`;
  // Grapheme clusters need ICU's segmenter: made on first use, which a report of plain text never reaches.
  graphemes ??= new Intl.Segmenter();
  let out = '';
  let used = 0;
  let full = false;
  text.split(SGR_SPLIT).forEach((part, i) => {
    if (i % 2 === 1) out += part;
    else if (!full) {
      for (const { segment } of graphemes!.segment(part)) {
        const w = displayWidth(segment);
        if (used + w > width - 1) {
          full = true;
          out += '…';
          return;
        }
        out += segment;
        used += w;
      }
    }
  });
  return out;
}
