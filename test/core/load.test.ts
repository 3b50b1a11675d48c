import { describe, expect, it } from 'vitest';
import { loadOrg } from '../../src/input/load.js';
import { analyse } from '../../src/analyse/analyse.js';
import { orgFrom, problemsOf } from '../helpers.js';

describe('loading an org file', () => {
  it('applies defaults and keeps where each member and task was written', async () => {
    const org = await orgFrom(`version: 1
org: Acme
defaults:
  capacity: 30
  effort: 5
members:
  - name: Priya
    tasks:
      - title: Write the PRD
        discipline: product-management
      - title: Pricing page
        effort: 2
        discipline: product-operations
`);
    const priya = org.members[0]!;
    expect(priya.capacity).toBe(30);
    expect(priya.tasks.map((t) => t.effort)).toEqual([5, 2]);
    expect(priya.pos).toEqual({ line: 7, col: 5 });
    expect(priya.tasks[1]!.pos).toEqual({ line: 11, col: 9 });
    expect(org.stage).toBe('startup');
    expect(org.stageInferred).toBe(true);
  });

  it('reports every problem at once, each at its node', async () => {
    const problems = await problemsOf(`version: 1
org: Acme
membres: []
members:
  - name: Priya
    capacity: lots
    tasks:
      - title: PRD
        efort: 3
      - 42
  - name: Priya
`);
    expect(problems).toEqual([
      '3:1: unknown key "membres"; did you mean "members"?',
      '6:15: members[0].capacity must be a number, not the text "lots"',
      '9:9: unknown key "efort" in members[0].tasks[0]; did you mean "effort"?',
      '10:9: members[0].tasks[1] must be a task title or a mapping with a "title", not 42',
    ]);
  });

  it('rejects duplicate keys, duplicate members and unknown disciplines with their positions', async () => {
    expect(await problemsOf(`version: 1\norg: A\norg: B\n`)).toEqual([
      '3:1: duplicate key: a mapping must not repeat a key (the second would silently replace the first)',
    ]);
    expect(await problemsOf(`version: 1
members:
  - name: Dana
  - name: dana
`)).toEqual(['4:11: member "dana" is already defined at team.yaml:3:11']);
    expect(await problemsOf(`version: 1
members:
  - name: Dana
    skills: [product-desing]
    tasks:
      - title: Wireframes
        discipline: design
`)).toEqual([
      '4:14: unknown discipline "product-desing"; did you mean "product-design"?',
      '7:21: unknown discipline "design"; see `rocks rules` for the known ids',
    ]);
  });

  it('explains files that are not org files', async () => {
    expect(await problemsOf('')).toEqual(['1:1: the file is empty; an org file is a mapping starting with `version: 1`']);
    expect(await problemsOf('- a\n- b\n')).toEqual(['1:1: the file holds a list; an org file is a mapping starting with `version: 1`']);
    expect(await problemsOf('version: 2\n')).toEqual(['1:10: version must be 1 (the only org file format version), not 2']);
    expect(await problemsOf('org: Acme\n')).toEqual(['1:1: the file needs "version"']);
  });

  it('refuses a waiver that expires on a day the calendar does not have', async () => {
    expect(await problemsOf('version: 1\nwaivers:\n  - rule: load-over-limit\n    reason: launch month\n    expires: 2025-02-30\n')).toEqual([
      '5:14: waivers[0].expires: 2025-02-30 is not a date on the calendar',
    ]);
  });

  it('explains the usual YAML slip: an unquoted ": " inside a title', async () => {
    expect(await problemsOf('version: 1\nmembers:\n  - name: A\n    tasks:\n      - title: Incident review: 2 June\n')).toEqual([
      '5:16: nested mappings are not allowed in compact mappings; text that contains ": " must be quoted, as in title: "Incident review: 2 June"',
    ]);
  });

  it('merges several files and names both places of a member defined twice', async () => {
    const result = await loadOrg([
      { file: 'org/a.yaml', text: 'version: 1\norg: Acme\nmembers:\n  - name: Lee\n' },
      { file: 'org/b.yaml', text: 'version: 1\nmembers:\n  - name: Sam\n  - name: Lee\n' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.message}`)).toEqual([
      'org/b.yaml:4:11: member "Lee" is already defined at org/a.yaml:4:11',
    ]);
  });
});

describe('custom disciplines and rules in the org file', () => {
  it('classifies with a custom rule that gives no weight (default 2)', async () => {
    const org = await orgFrom(`version: 1
disciplines:
  - id: legal
    name: Legal
    role: Legal Counsel
classification:
  rules:
    - id: legal-contracts
      discipline: legal
      match: [NDA, terms of service]
members:
  - name: Ana
    tasks: [Review the NDA with Initech]
`);
    const task = org.members[0]!.tasks[0]!;
    expect(task.discipline).toBe('legal');
    expect(task.classification.rules).toContain('legal-contracts');
    expect(task.classification.hits.find((h) => h.rule === 'legal-contracts')?.weight).toBe(2);
  });
});

describe('duplicate members', () => {
  const names = (...list: string[]) => `version: 1\nmembers:\n${list.map((n) => `  - name: ${JSON.stringify(n)}\n`).join('')}`;
  const duplicates = async (text: string) => await (await problemsOf(text)).filter((p) => p.includes('already defined'));

  it('are the same name in any case, also beyond ASCII, and each is reported at the later one', async () => {
    expect(await duplicates(names('Dana Scully', 'dana scully', 'DANA SCULLY'))).toHaveLength(2);
    expect(await duplicates(names('Zoë Ångström', 'ZOË ÅNGSTRÖM'))).toHaveLength(1);
    // KELVIN SIGN lower-cases to an ASCII "k".
    expect(await duplicates(names('\u212Aim', 'kim'))).toHaveLength(1);
    expect(await duplicates(names('kim', '\u212Aim'))).toHaveLength(1);
  });

  it('are not names that only look alike', async () => {
    expect(await duplicates(names('Dana', 'Dána', 'Dan', 'Dana2', 'Danä'))).toEqual([]);
    // Many names, so that some land on the same hash slot chain: still no false match.
    expect(await duplicates(names(...Array.from({ length: 5000 }, (_, i) => `Member ${i}`)))).toEqual([]);
  });
});

describe('a loaded org as data', () => {
  const text = `version: 1
members:
  - name: Priya
    role: Product Manager
    tasks:
      - Write the PRD
      - title: Misc
        effort: 2
        tags: [ops]
        context: see the wiki
  - name: Sam
    tasks: []
unassigned:
  - Renew the domain
`;

  it('computes positions when read, and JSON keeps them (an analysis of the copy is the same)', async () => {
    const org = await orgFrom(text);
    const [priya, sam] = org.members;
    expect(priya!.tasks[1]!.pos).toEqual({ line: 7, col: 9 });
    expect(priya!.tasks[1]!.ref).toEqual({ file: 'team.yaml', path: ['members', 0, 'tasks', 1] });
    expect(org.unassigned[0]!.ref.path).toEqual(['unassigned', 0]);
    expect(sam!.pos).toEqual({ line: 11, col: 5 });
    const copy = JSON.parse(JSON.stringify(org));
    expect(copy.members[0].tasks[1].pos).toEqual({ line: 7, col: 9 });
    expect(copy.members[0].tasks[1].context).toBe('see the wiki');
    expect(Object.keys(copy.members[1])).toEqual(['name', 'capacity', 'skills', 'tasks', 'ref', 'pos']);
    expect(Object.keys(copy.members[0].tasks[0])).toEqual(['title', 'effort', 'discipline', 'classification', 'tags', 'owner', 'ref', 'pos']);
    expect(analyse(copy)).toEqual(analyse(org));
  });

  it('shares no tag list between rocks that could be changed through one of them', async () => {
    const org = await orgFrom(text);
    const untagged = org.members[0]!.tasks[0]!.tags as string[];
    expect(() => untagged.push('x')).toThrow(TypeError);
    expect(org.unassigned[0]!.tags).toEqual([]);
  });
});
