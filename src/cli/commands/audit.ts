import { analyse } from '../../core/analyse.js';
import { InputError } from '../../core/diagnostics.js';
import { loadOrgLazily, type LoadResult } from '../../core/load.js';
import { rollupByTeam } from '../../core/rollup.js';
import { auditJsonChunks } from '../../format/audit-json.js';
import { AUDIT_FORMATTERS, type AuditFormat } from '../../format/index.js';
import { groupDigits } from '../../format/wording.js';
import { readSources, wantsColor, type Streams } from '../io.js';
import { EXIT } from '../errors.js';
import { writeChunks, writeOutput } from '../write.js';

export interface AuditOptions {
  paths: string[];
  format: AuditFormat;
  all: boolean;
  explain: boolean;
  output?: string;
  maxFileMb: number;
  /** Roll the report up per team as well. */
  by?: 'team';
}

/** Reads, validates and classifies the org; throws InputError with every problem at once. */
export async function loadFromPaths(paths: readonly string[], streams: Streams, maxFileMb: number): Promise<Extract<LoadResult, { ok: true }>> {
  const sources = await readSources(paths, streams, { maxBytes: maxFileMb * 1048576 });
  const result = await loadOrgLazily(sources);
  if (!result.ok) throw new InputError(result.diagnostics);
  return result;
}

export async function audit(options: AuditOptions, streams: Streams): Promise<number> {
  const progress = progressLine(streams);
  progress('reading and checking the org');
  const { org } = await loadFromPaths(options.paths, streams, options.maxFileMb);
  progress(`analysing ${groupDigits(org.members.length)} members`);
  const analysed = analyse(org);
  const report = { org, audit: analysed, ...(options.by === 'team' ? { teams: rollupByTeam(org, analysed) } : {}) };
  progress('writing the report');
  if (options.format === 'json') {
    // Streamed, to stdout or atomically to --output FILE: a big org's
    // document is longer than a JavaScript string can be.
    await writeOutput(auditJsonChunks(report), options.output, streams, options.paths);
    progress(undefined);
    return EXIT.ok;
  }
  progress(undefined);
  const text = AUDIT_FORMATTERS[options.format](report, {
    color: options.output === undefined && wantsColor(streams),
    all: options.all,
    explain: options.explain,
    limit: 15,
  });
  await writeOutput(text, options.output, streams, options.paths);
  return EXIT.ok;
}

export { writeChunks };

/**
 * Progress on standard error for runs longer than a second, and only when it
 * is a terminal: `progress(step)` shows the step (once a second has passed),
 * `progress(undefined)` clears the line.
 */
export function progressLine(streams: Streams): (step: string | undefined) => void {
  if (streams.stderr.isTTY !== true) return () => undefined;
  const started = Date.now();
  let shown = false;
  return (step) => {
    if (step === undefined) {
      if (shown) streams.stderr.write('\r\u001b[K');
      shown = false;
    } else if (Date.now() - started >= 1000) {
      streams.stderr.write(`\r\u001b[Krocks: ${step}…`);
      shown = true;
    }
  };
}
