/**
 * Terminal columns, measured as cli-table3 measures them (string-width), so
 * that the tables it lays out and the ones written a line per row agree.
 */
import stringWidth from 'string-width';

const SGR = /\u001b\[[0-9;]*m/g;
/** Splits a text around its colour codes: the codes at odd indexes. */
const SGR_SPLIT = /(\u001b\[[0-9;]*m)/;

/**
 * Characters that take one column and are a character of their own (no
 * combining mark, no emoji), by string-width's count too: Latin letters with
 * their accents (U+00A0–U+02FF), Greek and Cyrillic letters, and the dashes,
 * quotes, ellipsis, arrows and box drawing of rocks' own reports. Names and
 * titles made of them, nearly every cell of a large table, are measured and
 * cut without string-width, whose regexes run over every string it measures.
 */
function isOneColumn(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) ||
    (c >= 0xa0 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x52f) ||
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2190 && c <= 0x21ff) ||
    (c >= 0x2500 && c <= 0x257f)
  );
}

/** Whether every character of `text` is one column and one character (isOneColumn). */
function isNarrowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (!isOneColumn(text.charCodeAt(i))) return false;
  }
  return true;
}

/** Columns a string takes in a terminal; colour codes take none. */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  return isNarrowText(plain) ? plain.length : stringWidth(plain);
}

let graphemes: Intl.Segmenter | undefined;

/**
 * The text cut to `width` columns with a trailing "…" if it is wider; never
 * inside what the terminal draws as one character (an emoji sequence, a flag,
 * a letter and its combining accents), and with every colour code kept, so a
 * style opened before the cut still closes after it.
 */
export function fitWidth(text: string, width: number): string {
  // The usual case, a plain name or title: a character a column.
  if (!text.includes('\u001b') && isNarrowText(text)) return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
  if (displayWidth(text) <= width) return text;
  let out = '';
  let room = width - 1;
  const parts = text.split(SGR_SPLIT);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) out += part;
    else if (room >= 0) {
      const cut = cutToColumns(part, room);
      out += cut.text;
      room = cut.full ? -1 : room - displayWidth(cut.text);
      if (cut.full) out += '…';
    }
  }
  return out;
}

/** The longest start of `text` within `columns` columns, and whether something was left out. */
function cutToColumns(text: string, columns: number): { text: string; full: boolean } {
  if (isNarrowText(text)) return text.length <= columns ? { text, full: false } : { text: text.slice(0, columns), full: true };
  // Grapheme clusters need ICU's segmenter: made on first use, which a report of plain names and titles never reaches.
  graphemes ??= new Intl.Segmenter();
  let used = 0;
  let end = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > columns) return { text: text.slice(0, index), full: true };
    used += w;
    end = index + segment.length;
  }
  return { text: text.slice(0, end), full: false };
}
