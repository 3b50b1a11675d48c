/**
 * CSV exports read with csv-parse (BOM, CRLF, quoted fields over several
 * lines, a column repeated once per value, ragged rows), one record at a
 * time: a 300,000-row export is never held whole, as text or as rows.
 *
 * csv-parse's own line count takes a CRLF inside a quoted field for two
 * lines; rows are located by its count less the CRLFs read inside fields.
 */
import { parse, type CsvError } from 'csv-parse';
import type { CsvRecord } from './columns.js';

/** A record and the line it starts on. */
export interface CsvRow {
  line: number;
  record: CsvRecord;
  /** Whether the row has more fields than the header has columns (the extra ones are dropped). */
  extraFields: boolean;
}

export interface CsvEvents {
  /** The header, before any row. */
  header(names: string[]): void;
  /** A row that cannot be read; the rest still is. */
  problem(line: number, message: string): void;
}

/** The longest record read: past it a quote that never closes would swallow the rest of the file. */
const MAX_RECORD = 1 << 20;

/** Line breaks in a record's raw text (CRLF, LF and a lone CR each count once). */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d && raw.charCodeAt(i + 1) !== 0x0a) n++;
  }
  return n;
}

/** Why csv-parse skipped a record, in the words of a message about a row. */
function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed; the rest of the file is read as part of it';
    case 'CSV_MAX_RECORD_SIZE':
      return `a row longer than ${MAX_RECORD / 1024} KB (an unclosed quote?); skipped`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a field that is not doubled ("" inside quotes); row skipped';
    default:
      return `cannot be read (${error.message.split(':')[0]}); row skipped`;
  }
}

/**
 * The rows of a CSV export, in order, each with the line it starts on. Rows
 * csv-parse cannot read are reported through `events.problem` and skipped.
 */
export async function* csvRows(chunks: AsyncIterable<string | Uint8Array>, events: CsvEvents): AsyncGenerator<CsvRow> {
  /** CRLFs inside quoted fields so far: csv-parse counted each as two lines. */
  let overcount = 0;
  /** Where the last record ended, by csv-parse's count less the overcount. */
  let lastEnd = 0;
  /** Fields in the header; -1 until it is read. */
  let columnCount = -1;
  const queue: CsvRow[] = [];
  const parser = parse({
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD,
    on_record: (record: string[], context: { lines: number }) => {
      let inner = 0;
      for (const field of record) {
        if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
        inner += lineBreaks(field);
        overcount += field.split('\r\n').length - 1;
      }
      // csv-parse's count is the line the record ends on (empty lines before it included).
      const end = context.lines - overcount;
      lastEnd = end;
      if (columnCount === -1) {
        // The first record is the header.
        columnCount = record.length;
        events.header(record.map((h, i) => (h.trim() === '' ? `(column ${i + 1})` : h)));
        return null;
      }
      queue.push({ line: end - inner, record, extraFields: record.length > columnCount });
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      // An unclosed quote is found at the end of the file: say where the row that opens it starts.
      const at = error && error.code !== 'CSV_QUOTE_NOT_CLOSED' && typeof (error as { lines?: unknown }).lines === 'number' ? (error as unknown as { lines: number }).lines - overcount : lastEnd + 1;
      events.problem(at, error ? describeCsvError(error) : 'cannot be read; row skipped');
      return undefined;
    },
  });
  let failure: unknown;
  parser.on('error', (error: unknown) => {
    failure = error;
  });
  parser.resume();
  const flushed = new Promise<void>((resolve) => parser.on('finish', resolve).on('error', () => resolve()));
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (failure !== undefined) break;
    while (queue.length > 0) yield queue.shift()!;
  }
  parser.end();
  await flushed;
  while (queue.length > 0) yield queue.shift()!;
  if (failure !== undefined) throw failure;
  if (columnCount === -1) events.header([]);
}
