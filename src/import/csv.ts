/**
 * CSV exports read with csv-parse (BOM, CRLF, quoted fields over several
 * lines, a column repeated once per value, ragged rows), one record at a
 * time: a 300,000-row export is never held whole, as text or as rows.
 *
 * csv-parse's own line count takes a CRLF inside a quoted field for two
 * lines, so rows are located by counting the line breaks of each record's
 * raw text here instead.
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
  let line = 1;
  let headerSeen = false;
  let invalidLengths = 0;
  let columnCount = 0;
  const queue: CsvRow[] = [];
  const parser = parse({
    bom: true,
    columns: (header: string[]) => {
      headerSeen = true;
      line = 2;
      events.header(header.map((h) => String(h)));
      columnCount = new Set(header.map((h) => String(h))).size;
      return header.map((h, i) => (String(h).trim() === '' ? `(column ${i + 1})` : String(h)));
    },
    group_columns_by_name: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD,
    raw: true,
    // With `raw`, csv-parse hands each record over as { record, raw }.
    on_record: (read: { record: CsvRecord; raw?: string }, context: { invalid_field_length: number }) => {
      const raw = read.raw ?? '';
      // Empty lines skipped before the record are part of its raw text.
      const start = line + lineBreaks(/^[\r\n]*/.exec(raw)![0]);
      line += lineBreaks(raw);
      // csv-parse counts short rows too; a short row (trailing empty fields left out) lacks some columns.
      const extraFields = context.invalid_field_length > invalidLengths && Object.keys(read.record).length >= columnCount;
      invalidLengths = context.invalid_field_length;
      queue.push({ line: start, record: read.record, extraFields });
      return null;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      events.problem(line, error ? describeCsvError(error) : 'cannot be read; row skipped');
      line += lineBreaks(raw ?? '');
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
  if (!headerSeen) events.header([]);
}
