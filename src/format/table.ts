import Table from 'cli-table3';

export interface TableSpec {
  head: string[];
  /** Widths of the columns' content, borders excluded. */
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
    head: spec.head,
    // cli-table3 widths include one space of padding on each side.
    colWidths: spec.widths.map((w) => w + 2),
    colAligns: spec.head.map((_, i) => (spec.right?.includes(i) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [], compact: false },
  });
  for (const row of spec.rows) table.push(row);
  return table.toString();
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
  const out: string[] = [line(spec.head), spec.widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const row of spec.rows) out.push(line(row));
  return out.join('\n');
}
