import { analyse } from '../../core/analyse.js';
import { InputError } from '../../core/diagnostics.js';
import { loadOrg, type LoadResult } from '../../core/load.js';
import { AUDIT_FORMATTERS, type AuditFormat } from '../../format/index.js';
import { readSources, wantsColor, type Streams } from '../io.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../write.js';

export interface AuditOptions {
  paths: string[];
  format: AuditFormat;
  all: boolean;
  explain: boolean;
  output?: string;
  maxFileMb: number;
}

/** Reads, validates and classifies the org; throws InputError with every problem at once. */
export async function loadFromPaths(paths: readonly string[], streams: Streams, maxFileMb: number): Promise<Extract<LoadResult, { ok: true }>> {
  const sources = await readSources(paths, streams, { maxBytes: maxFileMb * 1048576 });
  const result = loadOrg(sources);
  if (!result.ok) throw new InputError(result.diagnostics);
  return result;
}

export async function audit(options: AuditOptions, streams: Streams): Promise<number> {
  const { org } = await loadFromPaths(options.paths, streams, options.maxFileMb);
  const report = { org, audit: analyse(org) };
  const text = AUDIT_FORMATTERS[options.format](report, {
    color: options.output === undefined && wantsColor(streams),
    all: options.all,
    explain: options.explain,
    limit: 15,
  });
  await writeOutput(text, options.output, streams, options.paths);
  return EXIT.ok;
}
