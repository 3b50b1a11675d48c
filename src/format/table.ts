/**
 * Terminal tables: columns two spaces apart and a rule under the header, like
 * kubectl or npm outdated. Written here rather than with cli-table3, whose
 * width measurement (string-width's emoji regex on every cell) cost a third
 * of rocks' start-up on a three-person org, and whose layout is quadratic in
 * the number of rows.
 */

export interface TableSpec {
  head: string[];
  /** Widths of the columns; columns are two spaces apart, so a table is Σwidths + 2·(n − 1) wide. */
  widths: number[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: number[];
}

/** Past this many rows a cell is cut to one line, so that every row is one line of output. */
const WRAPPED_ROW_LIMIT = 200;

/**
 * A table that fits the given widths. Cells must already be escaped for the
 * terminal (they may carry rocks' own colour). Cells wrap at spaces and at
 * their own line breaks; a word wider than its column is cut with "…".
 * Large tables keep one line per row. Linear in the size of the table.
 */
export function renderTable(spec: TableSpec): string {
  const right = new Set(spec.right ?? []);
  const oneLine = spec.rows.length > WRAPPED_ROW_LIMIT;
  const out: string[] = [];
  const emit = (cells: readonly string[], wrap: boolean): void => {
    const columns = spec.widths.map((width, i) => {
      const cell = cells[i] ?? '';
      return wrap ? wrapCell(cell, width) : [fitLine(cell.replace(/\n/g, ' '), width)];
    });
    const height = Math.max(1, ...columns.map((lines) => lines.length));
    for (let k = 0; k < height; k++) {
      const line = columns.map((lines, i) => pad(lines[k] ?? '', spec.widths[i]!, right.has(i))).join('  ');
      out.push(line.trimEnd());
    }
  };
  /** A row on one line, as emit(cells, false) lays it out, measuring each cell once (a big table's rows are most of a run with --all). */
  const emitLine = (cells: readonly string[]): void => {
    let line = '';
    for (let i = 0; i < spec.widths.length; i++) {
      const width = spec.widths[i]!;
      let cell = cells[i] ?? '';
      if (cell.includes('\n')) cell = cell.replace(/\n/g, ' ');
      let used = displayWidth(cell);
      if (used > width) {
        cell = fitLine(cell, width);
        used = displayWidth(cell);
      }
      const room = width - used;
      if (i > 0) line += '  ';
      line += room <= 0 ? cell : right.has(i) ? ' '.repeat(room) + cell : cell + ' '.repeat(room);
    }
    out.push(line.trimEnd());
  };
  emit(spec.head, true);
  emit(
    spec.widths.map((w) => '─'.repeat(w)),
    false,
  );
  for (const row of spec.rows) {
    if (oneLine) emitLine(row);
    else emit(row, true);
  }
  return out.join('\n');
}

function pad(text: string, width: number, alignRight: boolean): string {
  const room = width - displayWidth(text);
  if (room <= 0) return text;
  return alignRight ? ' '.repeat(room) + text : text + ' '.repeat(room);
}

/** The lines of a cell: its own line breaks, then greedy wrapping at spaces; colour carried across breaks. */
function wrapCell(cell: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of cell.split('\n')) {
    // Words and the runs of spaces between them; a run where the line breaks is dropped, and so are trailing spaces.
    const parts = paragraph.split(/( +)/);
    let line = parts[0]!;
    let lineWidth = displayWidth(line);
    for (let k = 1; k + 1 < parts.length; k += 2) {
      const gap = parts[k]!;
      const word = parts[k + 1]!;
      if (word === '') continue;
      const w = displayWidth(word);
      if (lineWidth > 0 && lineWidth + gap.length + w > width) {
        lines.push(line);
        line = word;
        lineWidth = w;
      } else {
        line += gap + word;
        lineWidth += gap.length + w;
      }
    }
    lines.push(line);
  }
  return carryColour(lines).map((line) => fitLine(line, width));
}

/** The line, cut to `width` columns with a trailing "…" if it is wider; never inside a character the terminal draws as one. */
function fitLine(line: string, width: number): string {
  if (displayWidth(line) <= width) return line;
  // The usual case, plain text a character a column: the first width − 1 characters and the "…".
  if (isNarrowText(line)) return `${line.slice(0, width - 1)}…`;
  let out = '';
  let used = 0;
  let coloured = false;
  for (const part of line.split(SGR_SPLIT)) {
    if (SGR_ONE.test(part)) {
      out += part;
      coloured = true;
      continue;
    }
    for (const cluster of clusters(part)) {
      const w = displayWidth(cluster);
      if (used + w > width - 1) return `${out}…${coloured ? RESET : ''}`;
      out += cluster;
      used += w;
    }
  }
  return out;
}

/**
 * The text in pieces a terminal draws as one: a character with the combining
 * marks, variation selectors, skin tones and tag characters after it, emoji
 * joined by U+200D, and a flag's two regional indicators.
 */
function clusters(text: string): string[] {
  const out: string[] = [];
  let afterJoiner = false;
  let flagOpen = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const indicator = cp >= 0x1f1e6 && cp <= 0x1f1ff;
    const extendsLast: boolean =
      out.length > 0 &&
      (afterJoiner ||
        cp === 0x200d ||
        (cp >= 0xfe00 && cp <= 0xfe0f) ||
        (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
        (cp >= 0xe0020 && cp <= 0xe007f) ||
        (indicator && flagOpen) ||
        (cp >= 0x300 && ZERO_WIDTH.test(ch)));
    if (extendsLast) out[out.length - 1] += ch;
    else out.push(ch);
    flagOpen = indicator && !(extendsLast && flagOpen);
    afterJoiner = cp === 0x200d;
  }
  return out;
}

// ------------------------------------------------------------------ colour

const RESET = '\u001b[0m';
const SGR = /\u001b\[[0-9;]*m/g;
const SGR_SPLIT = /(\u001b\[[0-9;]*m)/;
const SGR_ONE = /^\u001b\[[0-9;]*m$/;

/** Which open codes a closing SGR code ends (chalk closes each style with its own code). */
const CLOSES: Record<string, (open: number) => boolean> = {
  '22': (n) => n === 1 || n === 2,
  '23': (n) => n === 3,
  '24': (n) => n === 4,
  '27': (n) => n === 7,
  '28': (n) => n === 8,
  '29': (n) => n === 9,
  '39': (n) => (n >= 30 && n <= 38) || (n >= 90 && n <= 97),
  '49': (n) => (n >= 40 && n <= 48) || (n >= 100 && n <= 107),
};

/**
 * A style open at the end of a line is closed there and opened again on the
 * next one, so that padding and the next column are never coloured.
 */
function carryColour(lines: string[]): string[] {
  let open: string[] = [];
  return lines.map((line) => {
    const start = open.join('');
    for (const code of line.match(SGR) ?? []) {
      const params = code.slice(2, -1);
      if (params === '' || params === '0') open = [];
      else if (CLOSES[params]) open = open.filter((o) => !CLOSES[params]!(Number(o.slice(2, -1).split(';')[0])));
      else open.push(code);
    }
    return start + line + (open.length ? RESET : '');
  });
}

// ------------------------------------------------------------------ width

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * Columns a string takes in a terminal: colour codes take none, nor do
 * combining marks and format characters; East Asian wide and fullwidth
 * characters and emoji take two; an emoji sequence joined with U+200D, a flag
 * (two regional indicators) and a skin-tone modifier share the cells of the
 * emoji before them.
 */
export function displayWidth(text: string): number {
  const plain = text.includes('\u001b') ? text.replace(SGR, '') : text;
  let width = 0;
  let simple = true;
  for (let i = 0; i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c >= 0x7f && !isPlainNarrow(c)) {
      simple = false;
      break;
    }
  }
  if (simple) return plain.length;
  let joined = false;
  let previous = 0;
  let pendingFlag = false;
  for (const ch of plain) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x200d) {
      joined = true;
      continue;
    }
    if (joined) {
      joined = false;
      previous = cp;
      continue;
    }
    if (cp === 0xfe0f) {
      // Emoji presentation of a character that is narrow as text: ⚠️, ❤️.
      if (previous !== 0 && !isWide(previous)) width += 1;
      previous = 0;
      continue;
    }
    if (cp >= 0x1f3fb && cp <= 0x1f3ff && previous !== 0) continue;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) {
      if (pendingFlag) {
        pendingFlag = false;
        continue;
      }
      pendingFlag = true;
      width += 2;
      previous = cp;
      continue;
    }
    pendingFlag = false;
    previous = cp;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (cp >= 0x300 && !isPlainNarrow(cp) && ZERO_WIDTH.test(ch)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/**
 * Characters of rocks' own reports that take one column and combine with
 * nothing: the dashes, quotes and ellipsis of U+2010–U+2027, arrows and box
 * drawing. Measured without the Unicode regex (about 1 ms to compile on first
 * use, a tenth of what start-up may spend on a report).
 */
function isPlainNarrow(c: number): boolean {
  return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2190 && c <= 0x21ff) || (c >= 0x2500 && c <= 0x257f);
}

/** Whether every character of `text` is printable ASCII or plainly narrow (isPlainNarrow): one column each, none combining. */
function isNarrowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 || c >= 0x7f) && !isPlainNarrow(c)) return false;
  }
  return true;
}

/** East Asian Wide and Fullwidth characters and emoji with emoji presentation (Unicode 15, condensed). */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f320], [0x1f32d, 0x1f335], [0x1f337, 0x1f37c],
  [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca], [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0], [0x1f3f4, 0x1f3f4],
  [0x1f3f8, 0x1f43e], [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e],
  [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4], [0x1f5fb, 0x1f64f],
  [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2], [0x1f6d5, 0x1f6d7], [0x1f6dc, 0x1f6df],
  [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7eb], [0x1f7f0, 0x1f7f0], [0x1f90c, 0x1f93a],
  [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1fa7c], [0x1fa80, 0x1fa88], [0x1fa90, 0x1fabd],
  [0x1fabf, 0x1fac5], [0x1face, 0x1fadb], [0x1fae0, 0x1fae8], [0x1faf0, 0x1faf8], [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];

function isWide(cp: number): boolean {
  if (cp < 0x1100) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = WIDE[mid]!;
    if (cp < from) hi = mid - 1;
    else if (cp > to) lo = mid + 1;
    else return true;
  }
  return false;
}
