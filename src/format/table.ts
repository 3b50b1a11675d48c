/**
 * Terminal tables: columns two spaces apart and a rule under the header, like
 * kubectl or npm outdated. cli-table3 lays out every cell that wraps (word
 * wrap, alignment, colour closed at the end of a wrapped line and opened
 * again on the next); rows are those cells' lines side by side. A table of
 * more rows than a person reads (`--all` on a large org) is written a line
 * per row instead, each cell cut to one line.
 */
import Table from 'cli-table3';
import { displayWidth, fitWidth } from './width.js';

export interface TableSpec {
  head: string[];
  /** Widths of the columns; columns are two spaces apart, so a table is Σwidths + 2·(n − 1) wide. */
  widths: number[];
  /** Cells escaped for the terminal (terminalSafe); they may carry rocks' own colour. */
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: number[];
}

/** Past this many rows a table is written a line per row, each cell cut to one line. */
const LAID_OUT_ROW_LIMIT = 200;

/** No borders: columns two spaces apart, and a rule under the header (the line between the first two rows of a compact table). */
const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '─', 'mid-mid': '  ', right: '', 'right-mid': '',
  middle: '  ',
};

/**
 * A table that fits the given widths. Cells wrap at spaces and at their own
 * line breaks; a word wider than its column is cut with "…".
 */
export function renderTable(spec: TableSpec): string {
  const right = new Set(spec.right);
  const widths = spec.widths;
  const lines = [tableLine(spec.head, widths, right), widths.map((w) => '─'.repeat(w)).join('  ')];
  // Past the limit a row is one line, each cell cut to fit; below it cells wrap, and cli-table3 wraps them.
  const wraps = spec.rows.length <= LAID_OUT_ROW_LIMIT;
  for (const row of spec.rows) {
    if (!wraps) {
      lines.push(tableLine(row, widths, right));
      continue;
    }
    const cells = widths.map((width, i) => cellLines(row[i] ?? '', width, right.has(i)));
    const height = Math.max(...cells.map((c) => c.length));
    for (let l = 0; l < height; l++) lines.push(tableLine(cells.map((c) => c[l] ?? ''), widths, right));
  }
  return lines.join('\n');
}

/**
 * A cell's lines in its column. A cell whose lines fit is those lines; any
 * other is laid out by cli-table3 in a table of its own, exactly as it would
 * lay it out among the others (a test holds the two ways together). Laying
 * out only the cells that wrap keeps cli-table3's per-cell work, and
 * string-width's per-call regexes, out of most of a small report's start-up.
 */
function cellLines(cell: string, width: number, alignRight: boolean): string[] {
  const lines = cell.includes('\n') ? cell.split('\n') : [cell];
  // Colour across a cell's own line breaks is closed and opened again per line by cli-table3.
  if (lines.length > 1 && cell.includes('\u001b')) return wrappedCell(cell, width, alignRight);
  for (const line of lines) if (displayWidth(line) > width) return wrappedCell(cell, width, alignRight);
  return lines;
}

function wrappedCell(cell: string, width: number, alignRight: boolean): string[] {
  const table = new Table({
    colWidths: [width],
    colAligns: [alignRight ? 'right' : 'left'],
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  table.push([tableCell(cell, width)]);
  return table.toString().split('\n');
}

/** A cell as cli-table3 takes it: wrapped only when it does not fit (wrapping measures every word). */
function tableCell(cell: string, width: number): Table.CellValue | Table.CellOptions {
  if (!cell.includes('\n') && displayWidth(cell) <= width) return { content: cell, wordWrap: false };
  return stackLines(cutLongWords(cell, width), width);
}

/**
 * The cell's lines on one line, a column's width of spaces apart: cli-table3
 * wraps them exactly where the line breaks were. It would lay out a cell of
 * several lines just as well, but measures the whole text of such a cell
 * once per character for its debug log (Cell.draw truncates it to ten
 * columns), and a five-line cell then cost more than the rest of a report.
 */
function stackLines(cell: string, width: number): string {
  return cell.includes('\n') ? cell.split('\n').join(' '.repeat(width)) : cell;
}

/**
 * The cell with every word wider than its column cut to it. cli-table3 would
 * cut such a word itself, but counting code units where the text looks plain
 * to it, which can split an emoji in two.
 */
function cutLongWords(cell: string, width: number): string {
  if (displayWidth(cell) <= width) return cell;
  return cell.replace(/\S+/g, (word) => fitWidth(word, width));
}

/** A row on one line: line breaks inside a cell become spaces, a cell wider than its column is cut. Each cell is measured once. */
function tableLine(cells: readonly string[], widths: readonly number[], right: ReadonlySet<number>): string {
  let line = '';
  for (let i = 0; i < widths.length; i++) {
    const width = widths[i]!;
    let cell = cells[i] ?? '';
    if (cell.includes('\n')) cell = cell.replace(/\n/g, ' ');
    let used = displayWidth(cell);
    if (used > width) {
      cell = fitWidth(cell, width);
      used = displayWidth(cell);
    }
    const room = width - used;
    if (i > 0) line += '  ';
    line += room <= 0 ? cell : right.has(i) ? ' '.repeat(room) + cell : cell + ' '.repeat(room);
  }
  return line.trimEnd();
}
