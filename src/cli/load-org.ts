/** The org named on the command line: read, validated and classified, as every command that audits needs it. */
import { InputError } from '../model/diagnostics.js';
import { loadOrg } from '../input/load.js';
import type { LoadResult } from '../input/load-result.js';
import { readSources, type Streams } from './io.js';

/** Reads, validates and classifies the org; throws InputError with every problem at once. */
export async function loadFromPaths(paths: readonly string[], streams: Streams, maxFileMb: number): Promise<Extract<LoadResult, { ok: true }>> {
  const sources = await readSources(paths, streams, { maxBytes: maxFileMb * 1048576 });
  const result = await loadOrg(sources);
  if (!result.ok) throw new InputError(result.diagnostics);
  return result;
}
