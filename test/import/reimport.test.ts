/**
 * Importing again into an org file: imported rocks (matched by link) are
 * updated, moved, added and removed; members, capacities, comments, and rocks
 * written by hand stay byte for byte; the same import twice changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { linkScope, reimport } from '../../src/edit/reimport.js';
import type { ImportedOrg } from '../../src/import/assemble.js';
import { assembled, loaded, read, rendered } from './helpers.js';

const ORG = [
  '# Payments, as we keep it.\r',
  'version: 1\r',
  'org: Acme\r',
  'members:\r',
  '  - name: Priya Shah   # head of product\r',
  '    capacity: 32\r',
  '    tasks:\r',
  '      - title: "PRD: carrier portal"\r',
  '        effort: 10\r',
  '        link: PAY-101\r',
  '        context: Scope agreed with Maersk; see the wiki.\r',
  '      - Weekly exec update          # by hand\r',
  '      - title: Pricing page A/B test\r',
  '        effort: 6\r',
  '        link: PAY-103\r',
  '\r',
  '  - name: Tomás Ortega\r',
  '    capacity: 30\r',
  '    tasks: []\r',
  'unassigned:\r',
  '  - title: Old wireframes\r',
  '    link: PAY-99\r',
  '  - title: Wiki clean-up\r',
  '    link: https://wiki.example.com/cleanup\r',
  '  - title: Other project\r',
  '    link: OPS-7\r',
  '',
].join('\n');

function importOf(members: { name: string; rocks: { title: string; link: string; effort?: number; tags?: string[] }[] }[], unassigned: { title: string; link: string }[] = []): ImportedOrg {
  return {
    source: 'jira',
    members: members.map((m) => ({ name: m.name, rocks: m.rocks.map((r) => ({ tags: [], ...r })) })),
    unassigned: unassigned.map((r) => ({ tags: [], ...r })),
    teams: [],
    problems: [],
    summary: [],
  };
}

describe('reimport', () => {
  const next = importOf(
    [
      { name: 'Priya Shah', rocks: [{ title: 'PRD: carrier self-service portal', link: 'PAY-101', effort: 10 }] },
      {
        name: 'Tomás Ortega',
        rocks: [
          { title: 'Pricing page A/B test', link: 'PAY-103', effort: 8 },
          { title: 'Retry failed card captures', link: 'PAY-102', effort: 4, tags: ['backend'] },
        ],
      },
      { name: 'Zoe Adams', rocks: [{ title: 'Onboarding checklist', link: 'PAY-109' }] },
    ],
    [{ title: 'Refund flow wireframes', link: 'PAY-104' }],
  );

  it('updates, moves, adds and removes the imported rocks and keeps everything else as written', async () => {
    const { changed, counts } = reimport([{ file: 'team.yaml', text: ORG }], next);
    expect(counts).toEqual({ updated: 1, unchanged: 0, added: 3, moved: 1, removed: 1, kept: 3, membersAdded: 1 });
    const text = changed[0]!.text;
    expect(text).toBe(
      [
        '# Payments, as we keep it.\r',
        'version: 1\r',
        'org: Acme\r',
        'members:\r',
        '  - name: Priya Shah   # head of product\r',
        '    capacity: 32\r',
        '    tasks:\r',
        '      - title: "PRD: carrier self-service portal"\r',
        '        effort: 10\r',
        '        link: PAY-101\r',
        '        context: Scope agreed with Maersk; see the wiki.\r',
        '      - Weekly exec update          # by hand\r',
        '\r',
        '  - name: Tomás Ortega\r',
        '    capacity: 30\r',
        '    tasks:\r',
        '      - title: Pricing page A/B test\r',
        '        effort: 8\r',
        '        link: PAY-103\r',
        '      - title: Retry failed card captures\r',
        '        effort: 4\r',
        '        tags: [backend]\r',
        '        link: PAY-102\r',
        '\r',
        '  - name: Zoe Adams\r',
        '    tasks:\r',
        '      - title: Onboarding checklist\r',
        '        link: PAY-109\r',
        'unassigned:\r',
        '  - title: Wiki clean-up\r',
        '    link: https://wiki.example.com/cleanup\r',
        '  - title: Other project\r',
        '    link: OPS-7\r',
        '  - title: Refund flow wireframes\r',
        '    link: PAY-104\r',
        '',
      ].join('\n'),
    );
    await loaded(text);
  });

  it('the same import again changes nothing', () => {
    const once = reimport([{ file: 'team.yaml', text: ORG }], next).changed[0]!.text;
    const again = reimport([{ file: 'team.yaml', text: once }], next);
    expect(again.changed).toEqual([]);
    expect(again.counts).toMatchObject({ updated: 0, added: 0, moved: 0, removed: 0, unchanged: 5 });
  });

  it('a fresh import of a fixture imported again into its own output is a no-op', async () => {
    for (const [name, options] of [
      ['jira.csv', {}],
      ['linear.csv', {}],
      ['github-issues.json', {}],
      ['asana.csv', { effortColumn: 'Estimated hours' }],
    ] as const) {
      const org = assembled(await read(name, options));
      const text = rendered(org);
      expect(reimport([{ file: 'team.yaml', text }], org).changed).toEqual([]);
    }
  });

  it('puts a new member beside the members of their team in a folder of team files', () => {
    const files = [
      { file: 'org/org.yaml', text: 'version: 1\norg: Acme\nmembers: []\n' },
      { file: 'org/payments.yaml', text: 'version: 1\nteam: Payments\nmembers:\n  - name: Ann\n    tasks: []\n' },
    ];
    const org = importOf([{ name: 'Bo', rocks: [{ title: 'Ledger', link: 'PAY-1' }] }]);
    org.members[0]!.team = 'Payments';
    const { changed } = reimport(files, org);
    expect(changed.map((c) => c.file)).toEqual(['org/payments.yaml']);
    expect(changed[0]!.text).toBe('version: 1\nteam: Payments\nmembers:\n  - name: Ann\n    tasks: []\n  - name: Bo\n    tasks:\n      - title: Ledger\n        link: PAY-1\n');
  });

  it('matches rocks without a link (a CSV with no key column) by title, a plain string included', async () => {
    const org = assembled(await read('generic.csv', { from: 'csv', map: { person: 'Owner', effort: 'Hours' } }));
    const text = 'version: 1\nmembers:\n  - name: Dana Whitfield\n    tasks:\n      - Monday pipeline review   # by hand\n      - Call the bank\n';
    const once = reimport([{ file: 'team.yaml', text }], org);
    expect(once.counts).toMatchObject({ updated: 1, added: 3, kept: 1, removed: 0 });
    const written = once.changed[0]!.text;
    expect(written).toContain('      - title: Monday pipeline review\n        effort: 2   # by hand\n      - Call the bank\n');
    expect(reimport([{ file: 'team.yaml', text: written }], org).changed).toEqual([]);
  });

  it('adds the members and unassigned sections to a file that has neither', async () => {
    const { changed, counts } = reimport([{ file: 'team.yaml', text: '# ours\nversion: 1\norg: Acme\n' }], next);
    expect(counts).toMatchObject({ added: 5, membersAdded: 3 });
    const org = await loaded(changed[0]!.text);
    expect(changed[0]!.text.startsWith('# ours\nversion: 1\norg: Acme\nmembers:\n  - name: Priya Shah\n')).toBe(true);
    expect(org.members.map((m) => [m.name, m.tasks.length])).toEqual([
      ['Priya Shah', 1],
      ['Tomás Ortega', 2],
      ['Zoe Adams', 1],
    ]);
    expect(org.unassigned.map((t) => t.title)).toEqual(['Refund flow wireframes']);
  });

  it('scopes removal to the projects the export covers', () => {
    expect(linkScope('PAY-12')).toBe('key:PAY');
    expect(linkScope('https://acme.atlassian.net/browse/PAY-12')).toBe('key:PAY');
    expect(linkScope('https://github.com/acme/shop/issues/4')).toBe('github:acme/shop');
    expect(linkScope('https://app.asana.com/0/0/1206001')).toBe('asana');
    expect(linkScope('https://wiki.example.com/page')).toBeUndefined();
  });
});
