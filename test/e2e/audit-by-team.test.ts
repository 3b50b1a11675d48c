import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rocks } from '../helpers.js';

describe('rocks audit --by team (built binary)', () => {
  it('rolls examples/org up per team before the usual report, within 80 columns', () => {
    const run = rocks(['audit', 'examples/org', '--by', 'team']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const teams = run.stdout.indexOf('TEAMS');
    expect(teams).toBeGreaterThan(0);
    expect(teams).toBeLessThan(run.stdout.indexOf('LOAD'));
    for (const name of ['Product', 'Go-to-Market', '· Engineering']) expect(run.stdout).toContain(name);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    // The usual report follows, the same as without --by.
    const plain = rocks(['audit', 'examples/org']);
    expect(run.stdout.endsWith(plain.stdout.slice(plain.stdout.indexOf('\nLOAD')))).toBe(true);
  });

  it('adds teams[] to JSON and a Teams table to Markdown', () => {
    const json = rocks(['audit', 'examples/org', '--by', 'team', '--format', 'json']);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.stdout);
    const engineering = doc.teams.find((t: { name: string }) => t.name === 'Engineering');
    expect(engineering).toMatchObject({ parent: 'Product & Engineering', depth: 1 });
    const parent = doc.teams.find((t: { name: string }) => t.name === 'Product & Engineering');
    expect(parent.headcount).toBeGreaterThanOrEqual(engineering.headcount);
    expect(JSON.parse(rocks(['audit', 'examples/org', '--format', 'json']).stdout)).not.toHaveProperty('teams');

    const md = rocks(['audit', 'examples/org', '--by', 'team', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('### Teams');
    expect(md.stdout).toMatch(/\| · Engineering \| 5 \|/);
  });

  it('shows a hostile team name inert in the table and in Markdown', () => {
    const input = 'version: 1\nmembers:\n  - name: A\n    team: "Evil\\e[31m|<b>\\u202e"\n    tasks: [Write the PRD]\n';
    const table = rocks(['audit', '-', '--by', 'team'], { input });
    expect(table.code).toBe(0);
    expect(table.stdout).not.toMatch(/\u001b|\u202e/);
    expect(table.stdout).toContain('Evil\\e[31m');
    const md = rocks(['audit', '-', '--by', 'team', '--format', 'markdown'], { input });
    expect(md.stdout).toContain('| Evil\\\\e\\[31m\\|&lt;b&gt;');
  });

  it('refuses an unknown dimension', () => {
    const run = rocks(['audit', 'examples/org', '--by', 'department']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are team');
  });

  describe('a folder per team', () => {
    const root = mkdtempSync(join(tmpdir(), 'rocks-teams-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (path: string, text: string): void => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('org/org.yaml', 'version: 1\norg: Folders Inc\nmembers:\n  - name: Cleo\n    tasks: [{ title: Company OKRs, discipline: product-strategy, effort: 10 }]\n');
    write('org/platform/payments/team.yaml', 'version: 1\nmembers:\n  - name: Ann\n    tasks: [{ title: Card ledger, discipline: engineering, effort: 50 }]\n  - name: Bo\n    tasks: [{ title: Refunds API, discipline: engineering, effort: 20 }]\n');
    write('org/platform/search/team.yml', 'version: 1\nmembers:\n  - name: Cy\n    tasks: [{ title: Index rebuild, discipline: engineering, effort: 10 }]\n');
    write('org/sales/emea.yaml', 'version: 1\nteam: EMEA Sales\nmembers:\n  - name: Sam\n    tasks: [{ title: Renewals, discipline: sales, effort: 30 }]\n');

    it('names teams after folders, nests them, and keeps members of the root file without a team', () => {
      const run = rocks(['audit', join(root, 'org'), '--by', 'team', '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const doc = JSON.parse(run.stdout);
      const rows = doc.teams.map((t: { name: string | null; parent: string | null; headcount: number }) => [t.name, t.parent, t.headcount]);
      expect(rows).toEqual([
        ['EMEA Sales', null, 1], // 75 %: worst first
        ['platform', null, 3], // 80 of 120 h
        ['payments', 'platform', 2],
        ['search', 'platform', 1],
        [null, null, 1],
      ]);
      expect(doc.members.find((m: { name: string }) => m.name === 'Ann')).toMatchObject({ team: 'payments', location: { line: 3, col: 5 } });

      const table = rocks(['audit', join(root, 'org'), '--by', 'team']);
      expect(table.stdout).toMatch(/\n· payments +2 /);
      expect(table.stdout).toContain('(no team)');
    });
  });
});
