import Table from 'cli-table3';

export interface TableSpec {
  head: string[];
  /** Widths of the columns; columns are two spaces apart, so a table is Σwidths + 2·(n − 1) wide. */
  widths: number[];
  rows: string[][];
  /** Columns aligned right (numbers). */
  right?: number[];
}

/** cli-table3 lays out cells in quadratic time; past this many rows we render plainly. */
const BOXED_ROW_LIMIT = 200;

/**
 * A table that fits the given widths. Cells must already be escaped (and may
 * carry colour). Small tables get boxes and word wrap; large ones a linear
 * plain layout with truncated cells.
 */
export function renderTable(spec: TableSpec): string {
  if (spec.rows.length > BOXED_ROW_LIMIT) return renderPlain(spec);
  const table = new Table({
    colWidths: spec.widths,
    colAligns: spec.head.map((_, i) => (spec.right?.includes(i) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  table.push(spec.head, rule(spec.widths), ...spec.rows);
  return table.toString().split('\n').map((line) => line.trimEnd()).join('\n');
}

// Columns two spaces apart and a rule under the header, like kubectl or npm outdated.
const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: '  ',
};

function rule(widths: readonly number[]): string[] {
  return widths.map((w) => '─'.repeat(w));
}

const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

function fit(text: string, width: number, right: boolean): string {
  const length = visibleLength(text);
  if (length > width) {
    const plain = [...text.replace(ANSI, '')];
    return `${plain.slice(0, Math.max(0, width - 1)).join('')}…`;
  }
  const pad = ' '.repeat(width - length);
  return right ? pad + text : text + pad;
}

function renderPlain(spec: TableSpec): string {
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => fit(c.replace(/\n/g, ' '), spec.widths[i]!, spec.right?.includes(i) ?? false))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(spec.head), line(rule(spec.widths))];
  for (const row of spec.rows) out.push(line(row));
  return out.join('\n');
}
