/**
 * Folder per team: a file found below a folder given on the command line, with
 * no `team:` of its own, belongs to the team its folder names. Pure string
 * work on the paths as the CLI found them (no file system, no `node:path`).
 */

/** Path segments with `.` and empty parts dropped and `..` applied where it can be. */
function segments(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out;
}

/**
 * The team chain a file's folders give it, outermost first: under the input
 * folder `org`, `org/platform/payments/team.yaml` gives `['platform',
 * 'payments']` (team `payments`, parent `platform`). A file directly in the
 * input folder, or read on its own, gives none.
 */
export function folderTeams(file: string, folder: string | undefined): string[] {
  if (folder === undefined) return [];
  const root = segments(folder);
  const path = segments(file);
  if (path.length <= root.length + 1) return [];
  for (let i = 0; i < root.length; i++) if (path[i] !== root[i]) return [];
  return path.slice(root.length, -1).map((name) => name.trim()).filter((name) => name !== '');
}
