import { analyse } from '../../analyse/analyse.js';
import { rollupByTeam } from '../../analyse/rollup.js';
import { auditJsonChunks } from '../../format/audit-json.js';
import { AUDIT_FORMATTERS, type AuditFormat } from '../../format/audit.js';
import { groupDigits } from '../../format/wording.js';
import { wantsColor, type Streams } from '../io.js';
import { EXIT } from '../errors.js';
import { writeOutput } from '../write.js';
import { loadFromPaths } from '../load-org.js';
import { progressLine } from '../progress.js';

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
  if (options.format === 'html') {
    const { formatAuditHtml } = await import('../../format/html/index.js');
    const page = formatAuditHtml(report, { all: options.all });
    progress(undefined);
    await writeOutput(page, options.output, streams, options.paths);
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
