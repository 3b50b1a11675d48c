/**
 * Finds the files rocks ships beside its code (templates/, schema/) from the
 * running module: src/cli/*.ts under tests, dist/rocks.cjs in the bundle,
 * node_modules/rocks/... when installed. Walks up to rocks' package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InitTemplate } from '../init/questionnaire.js';
import { summariseTemplate } from '../init/template.js';
import { CliError, EXIT } from './errors.js';

let root: string | undefined;

/** The folder holding rocks' package.json. */
export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'rocks') return (root = dir);
      } catch {
        // Not ours, or unreadable: keep walking up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new CliError('cannot find the rocks package folder (templates/ and schema/ live there); reinstall rocks', EXIT.internal);
    dir = parent;
  }
}

export function schemaPath(): string {
  return join(packageRoot(), 'schema', 'rocks.schema.json');
}

/** Stage order first, then any other template alphabetically. */
const ORDER = ['startup', 'scale-up', 'enterprise'];

export async function loadTemplates(): Promise<InitTemplate[]> {
  const dir = join(packageRoot(), 'templates');
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  if (names.length === 0) throw new CliError(`no templates in ${dir}; reinstall rocks`, EXIT.internal);
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(dir, `${name}.yaml`), 'utf8');
      const s = summariseTemplate(name, text);
      return { name, text, description: `${s.description} Example team: ${s.members} members, ${s.tasks} rocks.` };
    }),
  );
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}
