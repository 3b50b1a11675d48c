/**
 * Terminal tables: columns two spaces apart and a rule under the header, like
 * kubectl or npm outdated. cli-table3 lays them out (word wrap, alignment,
 * colour closed at the end of a wrapped line and opened again on the next).
 * A table of more rows than a person reads (`--all` on a large org) is
 * written a line per row instead: cli-table3's layout is quadratic in the
 * number of rows.
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
  // Without rows cli-table3 draws no rule under the header; the line writer draws both.
  if (spec.rows.length === 0 || spec.rows.length > LAID_OUT_ROW_LIMIT) {
    const right = new Set(spec.right);
    return [spec.head, spec.widths.map((w) => '─'.repeat(w)), ...spec.rows].map((row) => tableLine(row, spec.widths, right)).join('\n');
  }
  const table = new Table({
    head: spec.head,
    colWidths: spec.widths,
    colAligns: spec.widths.map((_, i) => (spec.right?.includes(i) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  table.push(...spec.rows.map((row) => spec.widths.map((width, i) => tableCell(row[i] ?? '', width))));
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
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
