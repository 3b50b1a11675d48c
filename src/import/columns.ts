/**
 * Cells of a CSV record by column name. Headers are matched case- and
 * space-insensitively (`Original Estimate` and `Original estimate` are the
 * same column across Jira versions), and a column that repeats (Jira writes
 * `Labels` once per label) holds every value.
 */

/** A record as csv-parse gives it with `group_columns_by_name`: a repeated column is a list. */
export type CsvRecord = Record<string, string | string[] | undefined>;

/** A column name as matched: lower case, spaces folded. */
export function columnKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class Columns {
  /** The header as the file writes it. */
  readonly names: readonly string[];
  readonly #byKey = new Map<string, string>();

  constructor(header: readonly string[]) {
    this.names = header;
    for (const name of header) if (!this.#byKey.has(columnKey(name))) this.#byKey.set(columnKey(name), name);
  }

  /** The first of `candidates` the header has, as written there. */
  find(...candidates: readonly string[]): string | undefined {
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
export function cells(record: CsvRecord, column: string | undefined): string[] {
  if (column === undefined) return [];
  const value = record[column];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: string[] = [];
  for (const v of list) {
    const t = v.trim();
    if (t !== '') out.push(t);
  }
  return out;
}

/** The first non-empty value of the first of `columns` that has one. */
export function cell(record: CsvRecord, ...columns: readonly (string | undefined)[]): string | undefined {
  for (const column of columns) {
    const [first] = cells(record, column);
    if (first !== undefined) return first;
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
