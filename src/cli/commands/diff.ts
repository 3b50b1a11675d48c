import { analyse } from '../../analyse/analyse.js';
import { diffOrgs } from '../../diff/diff.js';
import { DIFF_FORMATTERS, type DiffFormat } from '../../format/diff.js';
import { EXIT } from '../errors.js';
import { wantsColor, type Streams } from '../io.js';
import { writeOutput } from '../write.js';
import { loadFromPaths } from '../load-org.js';

export interface DiffOptions {
  /** The old version: an org file or folder. */
  before: string;
  /** The new version. */
  after: string;
  format: DiffFormat;
  output?: string;
  all: boolean;
  maxFileMb: number;
}

/** "Give me back my rocks": what moved between two versions of an org. Always exits 0 unless the input is unusable. */
export async function diff(options: DiffOptions, streams: Streams): Promise<number> {
  const before = (await loadFromPaths([options.before], streams, options.maxFileMb)).org;
  const after = (await loadFromPaths([options.after], streams, options.maxFileMb)).org;
  const result = diffOrgs(before, after, { before: analyse(before), after: analyse(after) });
  const text = DIFF_FORMATTERS[options.format](
    { before, after, beforeLabel: options.before, afterLabel: options.after, diff: result },
    { color: options.output === undefined && wantsColor(streams), all: options.all, explain: false, limit: 15 },
  );
  await writeOutput(text, options.output, streams, [options.before, options.after]);
  return EXIT.ok;
}
