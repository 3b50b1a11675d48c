/**
 * Cells of a CSV record by column name. Headers are matched case- and
 * space-insensitively (`Original Estimate` and `Original estimate` are the
 * same column across Jira versions), and a column that repeats (Jira writes
 * `Labels` once per label) holds every value, in order.
 *
 * Records are arrays and columns lists of positions, rather than csv-parse's
 * objects with `group_columns_by_name`: building an object per row was a
 * third of the parse time of a 300,000-row export (1.4 s of 3.8 s).
 */

/** A record as csv-parse gives it without `columns`: the fields in order. */
export type CsvRecord = readonly string[];

/** A column of the header: its name as written, and every position it takes. */
export interface Column {
  name: string;
  indexes: readonly number[];
}

/** A column name as matched: lower case, spaces folded. */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class Columns {
  /** The header as the file writes it. */
  readonly names: readonly string[];
  readonly #byKey = new Map<string, { name: string; indexes: number[] }>();

  constructor(header: readonly string[]) {
    this.names = header;
    header.forEach((name, i) => {
      const key = columnKey(name);
      const found = this.#byKey.get(key);
      if (found) found.indexes.push(i);
      else this.#byKey.set(key, { name, indexes: [i] });
    });
  }

  /** The first of `candidates` the header has. */
  find(...candidates: readonly string[]): Column | undefined {
    for (const c of candidates) {
      const found = this.#byKey.get(columnKey(c));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  has(...candidates: readonly string[]): boolean {
    return this.find(...candidates) !== undefined;
  }
}

/** Every non-empty value of a column in a record, trimmed. */
export function cells(record: CsvRecord, column: Column | undefined): string[] {
  if (column === undefined) return [];
  const out: string[] = [];
  for (const i of column.indexes) {
    const t = record[i]?.trim();
    if (t) out.push(t);
  }
  return out;
}

/** The first non-empty value of the first of `columns` that has one. */
export function cell(record: CsvRecord, ...columns: readonly (Column | undefined)[]): string | undefined {
  for (const column of columns) {
    if (column === undefined) continue;
    for (const i of column.indexes) {
      const t = record[i]?.trim();
      if (t) return t;
    }
  }
  return undefined;
}

/** Values of a cell that lists several, `a, b; c` (Linear's and Asana's labels and tags). */
export function splitList(text: string | undefined): string[] {
  if (text === undefined) return [];
  return text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
