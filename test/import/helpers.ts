import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assemble, type ImportedOrg } from '../../src/import/assemble.js';
import { DEFAULT_HOURS_PER_POINT } from '../../src/import/effort.js';
import { DisciplineHints } from '../../src/import/hints.js';
import type { ImportedExport, ImportedPerson } from '../../src/import/model.js';
import { readExport, type ReadOptions } from '../../src/import/read.js';
import { renderOrgFile } from '../../src/import/render.js';
import { loadOrg } from '../../src/input/load.js';
import type { Org } from '../../src/model/org.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES}${name}`, 'utf8');
}

/** A text as an export stream, cut into chunks of `size` characters. */
export async function* chunked(text: string, size = 1 << 16): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

export function readOptions(overrides: Partial<ReadOptions> = {}): ReadOptions {
  return { hoursPerPoint: DEFAULT_HOURS_PER_POINT, includeDone: false, maxBytes: 1 << 26, hints: new DisciplineHints(), ...overrides };
}

export async function read(name: string, overrides: Partial<ReadOptions> = {}, text = fixture(name)): Promise<ImportedExport> {
  return readExport(name, chunked(text, 97), readOptions(overrides));
}

export function assembled(exported: ImportedExport, people: readonly ImportedPerson[] = []): ImportedOrg {
  return assemble(exported, { people, hoursPerPoint: DEFAULT_HOURS_PER_POINT, defaultEffort: 4 });
}

export function rendered(org: ImportedOrg): string {
  return [...renderOrgFile(org, { org: 'Acme', command: 'rocks import test', hoursPerPoint: DEFAULT_HOURS_PER_POINT, defaultEffort: 4 })].join('');
}

/** The org a rendered import loads as; fails the test with the diagnostics when it does not load. */
export async function loaded(text: string, file = 'team.yaml'): Promise<Org> {
  const result = await loadOrg([{ file, text }]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org;
}
