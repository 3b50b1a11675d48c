/**
 * Whatever an export holds, the org file rocks writes for it loads, with the
 * same names, titles, tags and links: the renderer is what makes a new file
 * valid (it is not loaded again before it is written).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisciplineHints } from '../../src/import/hints.js';
import type { ImportedExport, ImportedRock } from '../../src/import/model.js';
import { makeRock } from '../../src/import/row-source.js';
import { renderOrgFolder } from '../../src/import/render.js';
import { loadOrg } from '../../src/input/load.js';
import { assembled, loaded, rendered } from './helpers.js';

const hostile = fc.oneof(
  fc.constantFrom('- a', 'a: b', '#x', 'x #y', '&a', '*b', '!t', '|', '>', '%YAML', '---', '...', '"q"', "'s'", '[a]', '{b}', 'yes', 'null', '~', '1e3', '0x1F', '.inf', ' lead', 'trail ', '\u00a0nbsp', 'tab\tx', 'nl\nx', 'crlf\r\nx', '\u0085nel', '\u2028ls', '\u0007bell', 'é', '😀 emoji', 'a'.repeat(1200)),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
);

const hints = new DisciplineHints();

describe('the rendered org file', () => {
  it('loads back with the names, titles, tags, links and efforts that went in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ title: hostile, person: fc.option(hostile, { nil: undefined }), team: fc.option(hostile, { nil: undefined }), tags: fc.array(hostile, { maxLength: 4 }), link: fc.option(hostile, { nil: undefined }), effort: fc.option(fc.integer({ min: 0, max: 1680 }).map((n) => n / 10), { nil: undefined }) }), { minLength: 1, maxLength: 8 }),
        async (rows) => {
          const rocks: ImportedRock[] = [];
          rows.forEach((row, i) => {
            const made = makeRock({ ...row, line: i + 2, effort: row.effort === undefined ? { origin: 'default' } : { effort: row.effort, origin: 'field' }, labels: row.tags, hints });
            if (made.kind === 'rock') rocks.push(made.rock);
          });
          fc.pre(rocks.length > 0);
          const read: ImportedExport = { source: 'csv', rocks, people: [], teams: [], problems: [], rows: rows.length, done: 0 };
          const org = assembled(read);
          const audited = await loaded(rendered(org));
          expect(audited.members.map((m) => m.name)).toEqual(org.members.map((m) => m.name));
          expect(audited.members.map((m) => m.team)).toEqual(org.members.map((m) => m.team));
          const titles = (list: readonly { title: string; tags: readonly string[]; effort?: number }[]) => list.map((r) => [r.title, r.tags]);
          expect(audited.members.map((m) => titles(m.tasks))).toEqual(org.members.map((m) => titles(m.rocks)));
          expect(titles(audited.unassigned)).toEqual(titles(org.unassigned));
          expect(audited.members.flatMap((m) => m.tasks.map((t) => t.effort))).toEqual(org.members.flatMap((m) => m.rocks.map((r) => r.effort ?? 4)));
          expect(audited.members.flatMap((m) => m.tasks.map((t) => t.context))).toEqual(org.members.flatMap((m) => m.rocks.map((r) => r.link)));
          // The folder layout loads too, one file per team.
          const files = [...renderOrgFolder(org, { org: 'Acme', command: 'rocks import x', hoursPerPoint: 2, defaultEffort: 4 })].map(([name, pieces]) => ({ file: `org/${name}`, text: [...pieces].join(''), folder: 'org' }));
          const folder = await loadOrg(files);
          if (!folder.ok) throw new Error(folder.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n'));
          expect(folder.org.members.length).toBe(org.members.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});
