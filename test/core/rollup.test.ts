import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { loadOrg } from '../../src/input/load.js';
import type { Org } from '../../src/model/org.js';
import { rollupByTeam } from '../../src/analyse/rollup.js';
import { type TeamRollup } from '../../src/model/audit.js';
import { orgFrom } from '../helpers.js';

const rollup = (org: Org): TeamRollup[] => rollupByTeam(org, analyse(org));
const byName = (rows: TeamRollup[]): Record<string, TeamRollup> => Object.fromEntries(rows.map((r) => [r.name ?? '(no team)', r]));

async function orgOf(...files: [string, string][]): Promise<Org> {
  const result = await loadOrg(files.map(([file, text]) => ({ file, text })));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org;
}

// Payments and Search nest under Platform; Sales stands alone; Zoe has no team.
const nested = await orgOf(
  ['platform.yaml', `version: 1
policy: { required: [product-management, engineering, sales] }
team: Platform
members:
  - name: Pat
    capacity: 40
    tasks: [{ title: Platform roadmap, discipline: product-management, effort: 20 }]
`],
  ['payments.yaml', `version: 1
team: Payments
parent: Platform
members:
  - name: Ann
    capacity: 40
    tasks: [{ title: Card ledger, discipline: engineering, effort: 60 }, { title: Pricing page copy, discipline: product-marketing, effort: 4 }]
  - name: Bo
    capacity: 40
    tasks: [{ title: Refunds API, discipline: engineering, effort: 20 }]
`],
  ['search.yaml', `version: 1
team: Search
parent: Platform
members:
  - name: Cy
    capacity: 20
    tasks: [{ title: Index rebuild, discipline: engineering, effort: 10 }]
`],
  ['sales.yaml', `version: 1
team: Sales
members:
  - name: Sam
    capacity: 40
    tasks: [{ title: Renewals, discipline: sales, effort: 30 }]
  - name: Zoe
    team: Sales
    capacity: 40
    tasks: [{ title: Quota plan, discipline: sales, effort: 10 }]
`],
  ['loose.yaml', `version: 1
members:
  - name: Zed
    capacity: 40
    tasks: [{ title: Board deck, discipline: sales, effort: 2 }]
`],
);

describe('rollupByTeam', () => {
  it('lists each team with its parent and depth, in tree order, siblings worst first, (no team) last', () => {
    const rows = rollup(nested);
    expect(rows.map((r) => [r.name, r.parent, r.depth])).toEqual([
      ['Platform', null, 0],
      ['Payments', 'Platform', 1],
      ['Search', 'Platform', 1],
      ['Sales', null, 0],
      [null, null, 0],
    ]);
  });

  it('counts the members of sub-teams in their parent', () => {
    const t = byName(rollup(nested));
    expect(t.Payments).toMatchObject({ headcount: 2, tasks: 3, effort: 84, capacity: 80, load: 105, overloaded: 1, stretched: 0 });
    expect(t.Search).toMatchObject({ headcount: 1, effort: 10, capacity: 20, load: 50 });
    expect(t.Platform).toMatchObject({ headcount: 4, tasks: 5, effort: 114, capacity: 140, load: 81, overloaded: 1 });
    expect(t.Platform!.disciplines).toEqual(['engineering', 'product-management', 'product-marketing']);
  });

  it('puts members without a team in one (no team) row', () => {
    const t = byName(rollup(nested));
    expect(t['(no team)']).toMatchObject({ name: null, headcount: 1, effort: 2, disciplines: ['sales'] });
  });

  it('reports the required disciplines nobody in the team carries', () => {
    const t = byName(rollup(nested));
    expect(t.Payments!.gaps).toEqual(['product-management', 'sales']);
    expect(t.Platform!.gaps).toEqual(['sales']);
    expect(t.Sales!.gaps).toEqual(['product-management', 'engineering']);
  });

  it('counts handoffs out of and into a team, not moves inside it', async () => {
    const org = await orgFrom(`version: 1
members:
  - name: Over
    team: A
    capacity: 10
    tasks: [{ title: Roadmap one, discipline: product-management, effort: 6 }, { title: Launch copy, discipline: product-marketing, effort: 6 }]
  - name: Taker
    team: B
    capacity: 40
    skills: [product-marketing]
    tasks: [{ title: Newsletter, discipline: product-marketing, effort: 2 }]
`);
    const audit = analyse(org);
    expect(audit.handoffs).toContainEqual(expect.objectContaining({ from: 'Over', to: 'Taker' }));
    const t = byName(rollupByTeam(org, audit));
    expect(t.A).toMatchObject({ handoffsOut: 1, handoffsIn: 0 });
    expect(t.B).toMatchObject({ handoffsOut: 0, handoffsIn: 1 });

    // Under one parent, the same move is neither out of it nor into it.
    const parented = await orgFrom(`version: 1
members:
  - name: Over
    team: A
    capacity: 10
    tasks: [{ title: Roadmap one, discipline: product-management, effort: 6 }, { title: Launch copy, discipline: product-marketing, effort: 6 }]
  - name: Taker
    team: B
    capacity: 40
    skills: [product-marketing]
    tasks: [{ title: Newsletter, discipline: product-marketing, effort: 2 }]
`);
    parented.teams = [{ name: 'A', parent: 'P' }, { name: 'B', parent: 'P' }];
    const p = byName(rollupByTeam(parented, analyse(parented)));
    expect(p.P).toMatchObject({ headcount: 2, handoffsOut: 0, handoffsIn: 0 });
    expect(p.A).toMatchObject({ handoffsOut: 1, handoffsIn: 0 });
  });

  it('nests through a parent that has no members of its own, and survives a cycle of parents', async () => {
    const org = await orgOf(
      ['a.yaml', 'version: 1\nteam: A\nparent: B\nmembers:\n  - name: Ann\n    tasks: [{ title: Roadmap, discipline: product-management, effort: 4 }]\n'],
      ['b.yaml', 'version: 1\nteam: B\nparent: A\nmembers: []\n'],
      ['c.yaml', 'version: 1\nteam: C\nparent: Division\nmembers:\n  - name: Cy\n'],
    );
    const rows = rollup(org);
    expect(rows).toHaveLength(4);
    const t = byName(rows);
    expect(t.Division).toMatchObject({ parent: null, headcount: 1 });
    expect(t.C).toMatchObject({ parent: 'Division', depth: 1 });
    // One link of the cycle is cut; every member is still counted once at the top.
    const top = rows.filter((r) => r.depth === 0);
    expect(top.reduce((n, r) => n + r.headcount, 0)).toBe(2);
  });

  it('rolls up 300,000 members in well under a second', () => {
    const teams = 3000;
    const members = Array.from({ length: 300_000 }, (_, i) => ({ name: `M${i}`, team: `T${i % teams}` }));
    const org = {
      teams: Array.from({ length: teams }, (_, i) => ({ name: `T${i}`, parent: i % 100 === 0 ? `Div${i % 6}` : `T${i - (i % 100)}` })),
      members,
      policy: { required: ['product-management', 'engineering'] },
    } as unknown as Org;
    const audit = {
      members: members.map((m, i) => ({ name: m.name, capacity: 40, effort: i % 50, load: Math.round(((i % 50) / 40) * 100), tasks: 3, disciplines: [{ id: 'engineering', effort: i % 50 }], status: i % 50 > 40 ? 'stretched' : 'ok' })),
      unicorns: members.map((m, i) => ({ name: m.name, level: i % 97 === 0 ? 'high' : 'low' })),
      handoffs: Array.from({ length: 50_000 }, (_, i) => ({ from: `M${i}`, to: `M${i + 7}` })),
    } as unknown as Parameters<typeof rollupByTeam>[1];
    const started = performance.now();
    const rows = rollupByTeam(org, audit);
    const elapsed = performance.now() - started;
    expect(rows.filter((r) => r.depth === 0).reduce((n, r) => n + r.headcount, 0)).toBe(300_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
