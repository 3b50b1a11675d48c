/** An org file that parsed and has the right shape, waiting to be merged with the others into one Org. */
import type { Locator } from './source.js';
import type { OrgFile } from './schema.js';

export interface CheckedFile {
  file: string;
  data: OrgFile;
  locator: Locator;
  /** Teams named by the file's folders below the input folder, outermost first; empty when the file says `team:`. */
  folderTeams: string[];
  origin: Origin;
}

/**
 * The file a member or rock was written in, and how to find a path in it; not
 * the CheckedFile, whose parsed data the model must not keep alive.
 */
export interface Origin {
  readonly file: string;
  readonly locator: Locator;
}
