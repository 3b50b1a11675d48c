/**
 * Each source's fixture, written in the vendor's column layout, read into
 * rocks: people, effort, tags, links, done rows left out, unassigned rows on
 * the ground, malformed rows reported by line while the rest imports.
 */
import { describe, expect, it } from 'vitest';
import { DisciplineHints } from '../../src/import/hints.js';
import { parsePeopleMap } from '../../src/import/identity.js';
import { ExportError } from '../../src/import/read.js';
import { assembled, fixture, loaded, read, rendered } from './helpers.js';

const byTitle = <T extends { title: string }>(list: readonly T[], title: string): T => {
  const found = list.find((r) => r.title === title);
  if (!found) throw new Error(`no rock "${title}" in ${list.map((r) => r.title).join(', ')}`);
  return found;
};

describe('jira (Export CSV, all fields: BOM, CRLF, repeated Labels, multi-line description, ragged row)', () => {
  it('reads open issues with their assignee, points or remaining time, labels, components and type', async () => {
    const jira = await read('jira.csv');
    expect(jira.source).toBe('jira');
    expect(jira.done).toBe(1);
    const prd = byTitle(jira.rocks, 'Carrier self-service portal: PRD');
    expect(prd).toMatchObject({ person: 'Priya Shah', link: 'PAY-101', effort: 10, effortOrigin: 'points', team: 'Payments', line: 2 });
    expect(prd.tags).toEqual(['prd', 'product-management', 'carrier-portal', 'Story']);
    // Remaining Estimate (14400 s) wins over Original (28800 s) for open work.
    expect(byTitle(jira.rocks, 'Retry failed card captures')).toMatchObject({ effort: 4, effortOrigin: 'time', line: 5, tags: ['backend', 'engineering', 'API', 'Bug'] });
    expect(byTitle(jira.rocks, 'Quarterly roadmap review')).toMatchObject({ effort: 56, effortOrigin: 'time' });
    expect(byTitle(jira.rocks, 'Wireframes for refund flow').person).toBeUndefined();
    expect(jira.rocks.map((r) => r.title)).not.toContain('Migrate ledger to Postgres 16');
  });

  it('reports a bad estimate at its line and keeps the rock on the default; a short row still imports', async () => {
    const jira = await read('jira.csv');
    expect(jira.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(['jira.csv:10: Custom field (Story Points) "lots" is not a number of points; the default effort is used']);
    expect(byTitle(jira.rocks, 'Fraud rules: weekly tuning')).toMatchObject({ effortOrigin: 'default', person: 'Amara Okafor' });
    expect(byTitle(jira.rocks, 'Support escalations for Maersk')).toMatchObject({ person: 'Amara Okafor', line: 11 });
  });

  it('keeps done work with --include-done', async () => {
    const jira = await read('jira.csv', { includeDone: true });
    expect(jira.done).toBe(0);
    expect(jira.rocks.map((r) => r.title)).toContain('Migrate ledger to Postgres 16');
  });

  it('writes full links with --url', async () => {
    const jira = await read('jira.csv', { url: 'https://acme.atlassian.net/' });
    expect(jira.rocks[0]!.link).toBe('https://acme.atlassian.net/browse/PAY-101');
  });
});

describe('linear (LF, labels in one cell, Completed and Canceled dates, a long row)', () => {
  it('reads open issues, points as effort, comma-separated labels, and says a row had extra fields', async () => {
    const linear = await read('linear.csv');
    expect(linear.source).toBe('linear');
    expect(linear.done).toBe(2);
    expect(byTitle(linear.rocks, 'Checkout: Apple Pay button')).toMatchObject({ person: 'lena@acme.example', effort: 6, link: 'ENG-201', team: 'Engineering', tags: ['Frontend', 'engineering', 'Feature'], line: 2 });
    expect(byTitle(linear.rocks, 'Rate-limit the coupon API')).toMatchObject({ person: 'Marco Rossi', line: 9 });
    expect(linear.problems.map((p) => p.message)).toEqual(['1 row has more fields than the header; the extra fields were ignored']);
  });
});

describe('asana (project CSV, custom-field effort column)', () => {
  it('takes effort from --effort-column, in hours or as a duration, and Completed At as done', async () => {
    const asana = await read('asana.csv', { effortColumn: 'estimated hours' });
    expect(asana.source).toBe('asana');
    expect(asana.done).toBe(1);
    expect(byTitle(asana.rocks, 'Launch plan for the retail channel')).toMatchObject({ effort: 6, effortOrigin: 'field', email: 'jo@acme.example', team: 'Go-to-Market', link: 'https://app.asana.com/0/0/1206001' });
    expect(byTitle(asana.rocks, 'Sales deck refresh').effort).toBe(3);
    expect(asana.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['7: Estimated hours "two" is not a number of hours; the default effort is used']);
  });

  it('names the columns when --effort-column is not one of them', async () => {
    await expect(read('asana.csv', { effortColumn: 'Hours' })).rejects.toThrow(/--effort-column "Hours" is not a column of this export \(columns: Task ID, /);
  });
});

describe('csv with --map', () => {
  it('reads the columns it names; status names mean done; tags split on commas and semicolons', async () => {
    const generic = await read('generic.csv', { from: 'csv', map: { person: 'Owner', effort: 'Hours', team: 'Squad', tags: 'Labels', status: 'State' } });
    expect(generic.rocks.map((r) => [r.title, r.person, r.effort, r.tags])).toEqual([
      ['Monday pipeline review', 'Dana Whitfield', 2, ['sales']],
      ['Renewal forecast', 'Dana Whitfield', 3, ['sales', 'forecast']],
      ['Help-centre article on refunds', undefined, 1, ['support', 'customer-support']],
    ]);
    expect(generic.done).toBe(1);
  });

  it('needs a title column it can find, and says which columns there are', async () => {
    await expect(read('generic.csv', { from: 'csv', map: { title: 'Headline' } })).rejects.toThrow('--map title=Headline: the export has no column "Headline" (columns: Task, Owner, Hours, Squad, Labels, State)');
  });
});

describe('github (gh issue list --json, gh project item-list --format json)', () => {
  it('splits an issue with two assignees into two rocks sharing the effort; CLOSED is done', async () => {
    const project = await read('github-project.json', { effortField: 'Estimate', team: 'Checkout' });
    expect(project.source).toBe('github');
    expect(project.done).toBe(1);
    const webhook = project.rocks.filter((r) => r.title === 'Webhook retries double-charge');
    expect(webhook.map((r) => [r.person, r.effort])).toEqual([
      ['marco-r', 5],
      ['lena-k', 5],
    ]);
    expect(project.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['23: Estimate "a lot" is not a number of points or a duration; the default effort is used']);
    expect(byTitle(project.rocks, 'Plan the checkout beta').person).toBeUndefined();
  });

  it('reads issue lists with assignee and label objects', async () => {
    const issues = await read('github-issues.json');
    expect(issues.rocks.map((r) => [r.title.slice(0, 20), r.person, r.link])).toEqual([
      ['Checkout: saved card', 'lena-k', 'https://github.com/acme/shop/issues/41'],
      ['Webhook retries doub', 'marco-r', 'https://github.com/acme/shop/issues/42'],
      ['Webhook retries doub', 'lena-k', 'https://github.com/acme/shop/issues/42'],
      ['Empty-state illustra', undefined, 'https://github.com/acme/shop/issues/43'],
    ]);
  });
});

describe('backstage (catalog YAML)', () => {
  it('reads users with their group and groups with their parent; other kinds are ignored', async () => {
    const catalog = await read('backstage.yaml');
    expect(catalog.source).toBe('backstage');
    expect(catalog.people.map((p) => [p.name, p.login, p.email, p.team])).toEqual([
      ['Tomás Ortega', 'tortega', 'tomas@acme.example', 'Payments'],
      ['Priya Shah', 'pshah', 'priya@acme.example', 'Payments'],
    ]);
    expect(catalog.teams).toEqual([{ name: 'Platform' }, { name: 'Payments', parent: 'Platform' }]);
  });
});

describe('detection and exports that cannot be read', () => {
  it('tells the source from the header or the shape', async () => {
    for (const [name, source] of [
      ['jira.csv', 'jira'],
      ['linear.csv', 'linear'],
      ['asana.csv', 'asana'],
      ['github-issues.json', 'github'],
      ['backstage.yaml', 'backstage'],
    ] as const) {
      expect((await read(name)).source).toBe(source);
    }
  });

  it('stops with a located message when nothing sensible can be read', async () => {
    await expect(read('x.csv', {}, '')).rejects.toThrow(ExportError);
    await expect(read('x.csv', {}, 'Foo,Bar\n1,2\n')).rejects.toThrow(/cannot tell which tracker this CSV is from \(columns: Foo, Bar\); name it with --from/);
    await expect(read('x.json', {}, '{"items": 3')).rejects.toThrow(/not valid JSON/);
    await expect(read('x.json', {}, '{"a": 1}')).rejects.toThrow(/not GitHub CLI output/);
    await expect(read('x.yaml', {}, 'kind: Deployment\n')).rejects.toThrow(/not a Backstage catalog/);
  });

  it('reports an unclosed quote at the line it opens and keeps the rows before it', async () => {
    const text = 'Summary,Issue key,Assignee\r\nOne,K-1,Ann\r\nTwo,K-2,Bob\r\n"Three,K-3,Cy\r\nFour,K-4,Di\r\n';
    const jira = await read('x.csv', {}, text);
    expect(jira.rocks.map((r) => r.title)).toEqual(['One', 'Two']);
    expect(jira.problems.map((p) => `${p.line}: ${p.message}`)).toEqual(['4: a quoted field is never closed; the rest of the file is read as part of it']);
  });

  it('takes a quote inside an unquoted field as text', async () => {
    const jira = await read('x.csv', {}, 'Summary,Issue key\n5" screen mock-up,K-1\n');
    expect(jira.rocks[0]!.title).toBe('5" screen mock-up');
  });
});

describe('assembling', () => {
  it('resolves assignees through the identity map by e-mail, login or alias, and lists the names it did not find', async () => {
    const people = parsePeopleMap('people.yaml', fixture('people.yaml'));
    expect(people.problems).toEqual([]);
    const org = assembled(await read('linear.csv'), people.people);
    expect(org.members.map((m) => [m.name, m.team, m.capacity, m.rocks.length])).toEqual([
      ['Lena Kovacs', 'Checkout', 32, 1],
      ['Marco Rossi', 'Checkout', undefined, 2],
      ['Noor Haddad', 'Design', 40, 1],
    ]);
    expect(org.summary).toContain('effort: 4 rocks from story points (2 h per point), 1 took the default (4 h)');
    const asana = assembled(await read('asana.csv', { effortColumn: 'Estimated hours' }), people.people);
    expect(asana.summary.at(-1)).toBe('2 names not in the identity map, kept as written: Jo Park, Sam Lee');
  });

  it('a label naming a discipline becomes its id as a tag; --discipline makes it explicit', async () => {
    const hints = new DisciplineHints([{ id: 'compliance', name: 'Risk & Compliance' }], new Map([['backend', 'engineering']]));
    expect(hints.apply(['UX', 'Risk & Compliance', 'backend'])).toEqual({ tags: ['UX', 'product-design', 'Risk & Compliance', 'compliance', 'backend', 'engineering'], discipline: 'engineering' });
    expect(hints.apply(['customer-1234'])).toEqual({ tags: ['customer-1234'] });
  });

  it('every source renders an org file that loads, members and unassigned rocks in place', async () => {
    const people = parsePeopleMap('people.yaml', fixture('people.yaml')).people;
    for (const [name, options] of [
      ['jira.csv', {}],
      ['linear.csv', {}],
      ['asana.csv', { effortColumn: 'Estimated hours' }],
      ['github-issues.json', { team: 'Checkout' }],
      ['github-project.json', { effortField: 'estimate' }],
      ['backstage.yaml', {}],
      ['generic.csv', { from: 'csv' as const, map: { person: 'Owner', effort: 'Hours' } }],
    ] as const) {
      const org = assembled(await read(name, options), people);
      const text = rendered(org);
      const audited = await loaded(text, name);
      expect(audited.members.map((m) => m.name)).toEqual(org.members.map((m) => m.name));
      expect(audited.unassigned.length).toBe(org.unassigned.length);
      expect(text).toMatch(/^# Imported from /);
    }
  });

  it('escapes what an export says: a title that is YAML syntax loads back as the same text', async () => {
    const hostile = ['Summary,Issue key,Assignee,Labels', '"- item: {x}, &a *b !tag #c",K-1,"Ann: the ""boss""",@x', '"%YAML 1.1",K-2,---,"[a]"', '"tab\there\u0085next",K-3,"",yes'].join('\n');
    const org = assembled(await read('x.csv', {}, hostile));
    const audited = await loaded(rendered(org));
    expect(audited.members.map((m) => m.name)).toEqual(['Ann: the "boss"', '---']);
    expect(audited.members[0]!.tasks[0]!.title).toBe('- item: {x}, &a *b !tag #c');
    expect(audited.members[0]!.tasks[0]!.tags).toContain('@x');
    expect(audited.members[1]!.tasks[0]!.title).toBe('%YAML 1.1');
    expect(audited.unassigned[0]!.title).toBe('tab here next');
  });
});
