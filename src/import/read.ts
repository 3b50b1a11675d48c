/**
 * An export, as chunks of text, to rocks, people and teams: the source
 * detected or given, CSV read row by row, JSON and YAML read whole (the GitHub
 * CLI and a Backstage catalog write them small). Pure: the caller hands in the
 * chunks (a file stream, standard input, a string in tests).
 */
import { isBackstageCatalog, readBackstage } from './backstage.js';
import { Columns } from './columns.js';
import { csvRows } from './csv.js';
import { CSV_SOURCES, detectCsvSource, exportShape } from './detect.js';
import { isGithubJson, readGithub } from './github.js';
import type { ImportedExport, ImportedRock, ImportProblem, ImportSource } from './model.js';
import type { RowReader, SourceOptions } from './row-source.js';

/** The export cannot be read at all: the import stops, exit 2, nothing written. */
export class ExportError extends Error {
  override name = 'ExportError';
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ReadOptions extends SourceOptions {
  /** The source named by --from; detected when absent. */
  from?: ImportSource;
  /** Largest JSON or YAML export read whole, in bytes (CSV streams). */
  maxBytes: number;
}

const decoder = (): ((chunk: string | Uint8Array, end?: boolean) => string) => {
  const d = new TextDecoder('utf-8');
  return (chunk, end = false) => (typeof chunk === 'string' ? chunk : d.decode(chunk, { stream: !end }));
};

/** The chunks with the first one put back, once it has been looked at. */
async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Reads an export. Throws ExportError when nothing sensible can be read. */
export async function readExport(file: string, chunks: AsyncIterable<string | Uint8Array>, options: ReadOptions): Promise<ImportedExport> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) throw new ExportError(file, 0, 'the export is empty');
  const head = decoder()(first.value, false);
  const shape = options.from === 'github' ? 'json' : options.from === 'backstage' ? 'yaml' : options.from !== undefined ? 'csv' : exportShape(head);
  const all = prepend(first.value, iterator);
  if (shape === 'csv') return readCsv(file, all, options);
  const text = await readWhole(file, all, options.maxBytes);
  if (shape === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ExportError(file, 0, `not valid JSON (${(error as Error).message}); export GitHub issues with gh issue list --json number,title,assignees,labels,milestone,state,url`);
    }
    if (!isGithubJson(data)) throw new ExportError(file, 1, 'JSON that is not GitHub CLI output (a list of issues, or a project\'s { "items": [...] })');
    const read = readGithub(file, text, options);
    return { source: 'github', rocks: read.rocks, people: [], teams: [], problems: read.problems, rows: read.rows, done: read.done };
  }
  if (options.from !== 'backstage' && !isBackstageCatalog(text)) throw new ExportError(file, 1, 'YAML that is not a Backstage catalog (User and Group entities); name the source with --from');
  const read = readBackstage(file, text);
  if (read.people.length === 0 && read.teams.length === 0) throw new ExportError(file, 1, 'no User or Group entities in this catalog');
  return { source: 'backstage', rocks: [], people: read.people, teams: read.teams, problems: read.problems, rows: read.rows, done: 0 };
}

async function readWhole(file: string, chunks: AsyncIterable<string | Uint8Array>, maxBytes: number): Promise<string> {
  const decode = decoder();
  let text = '';
  for await (const chunk of chunks) {
    text += decode(chunk);
    if (text.length > maxBytes) throw new ExportError(file, 0, `over the ${Math.round(maxBytes / 1048576)} MB limit; raise it with --max-file-size <MB>`);
  }
  return text + decode(new Uint8Array(), true);
}

async function readCsv(file: string, chunks: AsyncIterable<string | Uint8Array>, options: ReadOptions): Promise<ImportedExport> {
  const problems: ImportProblem[] = [];
  const rocks: ImportedRock[] = [];
  let source: ImportSource | undefined = options.from;
  let reader: RowReader | undefined;
  let setup: string | undefined;
  let rows = 0;
  let done = 0;
  let extra = 0;
  const rowsIn = csvRows(chunks, {
    header(names) {
      const columns = new Columns(names);
      source ??= detectCsvSource(columns) ?? (options.map !== undefined ? 'csv' : undefined);
      if (source === undefined) {
        const shown = names.slice(0, 12).map((n) => (n.length > 40 ? `${n.slice(0, 37)}...` : n));
        setup = `cannot tell which tracker this CSV is from (columns: ${shown.join(', ')}${names.length > 12 ? ', ...' : ''}); name it with --from jira|linear|asana, or --from csv --map title=COLUMN,person=COLUMN`;
        return;
      }
      const bound = CSV_SOURCES[source as keyof typeof CSV_SOURCES].bind(columns, options);
      if (typeof bound === 'string') setup = bound;
      else reader = bound;
    },
    problem(line, message) {
      problems.push({ file, line, message });
    },
  });
  for await (const row of rowsIn) {
    if (reader === undefined) break;
    rows++;
    if (row.extraFields) extra++;
    const result = reader(row.record, row.line);
    if (result.kind === 'done') done++;
    else if (result.kind === 'rock') {
      rocks.push(result.rock);
      if (result.warning !== undefined) problems.push({ file, line: row.line, message: result.warning });
    }
    else problems.push({ file, line: row.line, message: result.message });
  }
  if (setup !== undefined) throw new ExportError(file, 1, setup);
  if (reader === undefined) throw new ExportError(file, 1, 'the export has no header row');
  if (extra > 0) problems.push({ file, line: 0, message: `${extra} ${extra === 1 ? 'row has' : 'rows have'} more fields than the header; the extra fields were ignored` });
  return { source: source!, rocks, people: [], teams: [], problems, rows, done };
}
