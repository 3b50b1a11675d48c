/**
 * One import: read the export, group its rocks into members, and decide
 * whether anything sensible came out of it. Pure.
 */
import { assemble, type ImportedOrg } from './assemble.js';
import type { ImportedPerson } from './model.js';
import { ExportError, readExport, type ReadOptions } from './read.js';

export interface ImportOptions extends ReadOptions {
  /** People from --people. */
  people: readonly ImportedPerson[];
  defaultEffort: number;
}

/** Reads and assembles an export; throws ExportError when no row could be used. */
export async function importExport(file: string, chunks: AsyncIterable<string | Uint8Array>, options: ImportOptions): Promise<ImportedOrg> {
  const read = await readExport(file, chunks, options);
  if (read.rocks.length === 0 && read.people.length === 0 && read.problems.length > 0 && read.rows > read.done) {
    const first = read.problems[0]!;
    throw new ExportError(file, first.line, `no row could be imported (${read.problems.length} problems; the first: ${first.message})`);
  }
  return assemble(read, { people: options.people, hoursPerPoint: options.hoursPerPoint, defaultEffort: options.defaultEffort });
}
