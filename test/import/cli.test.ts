/**
 * rocks import and audit|check --from, end to end through the built binary:
 * what is written loads and audits, nothing is written on failure, a
 * re-import keeps the file's bytes, --dry-run shows the change.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rocks } from '../helpers.js';
import { FIXTURES } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rocks-import-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const fx = (name: string): string => join(FIXTURES, name);

describe('rocks import', () => {
  it('writes an org file from each source that rocks audit and rocks check read', () => {
    for (const [name, extra] of [
      ['jira.csv', []],
      ['linear.csv', ['--people', fx('people.yaml')]],
      ['asana.csv', ['--effort-column', 'Estimated hours']],
      ['github-issues.json', ['--team', 'Checkout']],
      ['github-project.json', ['--effort-field', 'estimate']],
      ['generic.csv', ['--map', 'person=Owner,effort=Hours,team=Squad,tags=Labels,status=State']],
      ['backstage.yaml', []],
    ] as const) {
      const out = join(dir, `${name}.yaml`);
      const run = rocks(['import', fx(name), '-o', out, ...extra]);
      expect(run.stderr).toContain(`rocks: wrote ${out}`);
      expect(run.code).toBe(0);
      const audit = rocks(['audit', out]);
      expect(audit.stderr).toBe('');
      expect(audit.code).toBe(0);
      expect([0, 1]).toContain(rocks(['check', out]).code);
    }
  });

  it('says what it read and how effort was set, and reports bad rows by line', () => {
    const run = rocks(['import', 'jira', fx('jira.csv'), '-o', join(dir, 'team.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('jira.csv:10: Custom field (Story Points) "lots" is not a number of points; the default effort is used\n');
    expect(run.stderr).toContain('rocks: read 8 rows: 6 rocks for 3 members, 1 unassigned rock; 1 done row left out (--include-done keeps them)\n');
    expect(run.stderr).toContain('rocks: effort: 3 rocks from story points (2 h per point), 2 from time estimates, 2 took the default (4 h)\n');
    const text = readFileSync(join(dir, 'team.yaml'), 'utf8');
    expect(text).toMatch(/^# Imported from Jira by: rocks import jira \S+jira\.csv -o \S+team\.yaml\n/);
    expect(text).toContain('  effort: 4   # hours per week of a rock without an estimate\n');
  });

  it('writes to standard output without -o, and reads standard input with -', () => {
    const run = rocks(['import', 'linear', '-'], { input: readFileSync(fx('linear.csv'), 'utf8') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  - name: Marco Rossi\n');
    expect(run.stdout).toContain('link: ENG-201');
  });

  it('writes a folder of team files with -o folder/, parents from the catalog', () => {
    const out = join(dir, 'org') + '/';
    expect(rocks(['import', fx('backstage.yaml'), '-o', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['org.yaml', 'payments.yaml']);
    expect(readFileSync(join(out, 'payments.yaml'), 'utf8')).toContain('team: Payments\nparent: Platform\n');
    const audit = rocks(['audit', out, '--by', 'team', '--format', 'json']);
    expect(audit.code).toBe(0);
    const teams = (JSON.parse(audit.stdout) as { teams: { name: string; parent?: string }[] }).teams;
    expect(teams.map((t) => [t.name, t.parent])).toContainEqual(['Payments', 'Platform']);
  });

  it('exits 2 and writes nothing when the export cannot be read', () => {
    const bad = join(dir, 'export.csv');
    writeFileSync(bad, 'Foo,Bar\n1,2\n');
    const out = join(dir, 'team.yaml');
    const run = rocks(['import', bad, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/export\.csv:1: cannot tell which tracker this CSV is from/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'version: 1\n');
    expect(rocks(['import', 'jira', join(dir, 'missing.csv'), '-o', out]).code).toBe(2);
    expect(rocks(['import', 'nope', bad]).stderr).toContain('unknown source "nope"');
    expect(readFileSync(out, 'utf8')).toBe('version: 1\n');
  });

  it('re-imports into a hand-edited CRLF file with a byte-order mark: bytes kept, rocks updated, twice is a no-op', () => {
    const out = join(dir, 'team.yaml');
    expect(rocks(['import', 'jira', fx('jira.csv'), '-o', out]).code).toBe(0);
    const edited = `\ufeff${readFileSync(out, 'utf8')
      .replace('  - name: Tomás Ortega\n', '  - name: Tomás Ortega   # backend lead\n    capacity: 30\n')
      .replace('        link: PAY-102\n', '        link: PAY-102\n        context: See the runbook.\n      - On-call this week\n')
      .replace(/\n/g, '\r\n')}`;
    writeFileSync(out, edited);
    const changedExport = join(dir, 'jira2.csv');
    writeFileSync(changedExport, readFileSync(fx('jira.csv'), 'utf8').replace('Retry failed card captures', 'Retry failed card captures (Visa)'));

    const dry = rocks(['import', 'jira', changedExport, '-o', out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('~ Retry failed card captures → Retry failed card captures (Visa)');
    expect(dry.stderr).toContain('rocks: --dry-run: nothing written');
    expect(readFileSync(out, 'utf8')).toBe(edited);

    const run = rocks(['import', 'jira', changedExport, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('rocks: 1 updated, 6 unchanged, 0 added, 0 moved, 0 removed');
    expect(readFileSync(out, 'utf8')).toBe(edited.replace('Retry failed card captures', 'Retry failed card captures (Visa)'));
    const again = rocks(['import', 'jira', changedExport, '-o', out]);
    expect(again.stderr).toContain('is up to date');
  });
});

describe('rocks audit|check --from', () => {
  it('audits an export without writing anything, the same report as auditing the imported file', () => {
    const out = join(dir, 'team.yaml');
    expect(rocks(['import', 'jira', fx('jira.csv'), '-o', out]).code).toBe(0);
    const direct = rocks(['audit', fx('jira.csv'), '--from', 'jira', '--format', 'json']);
    const viaFile = rocks(['audit', out, '--format', 'json']);
    expect(direct.code).toBe(0);
    const strip = (json: string): unknown => {
      const data = JSON.parse(json) as Record<string, unknown>;
      delete data.files;
      return JSON.stringify(data).replace(/"file":"[^"]*"/g, '').replace(/"org":"[^"]*"/, '');
    };
    expect(strip(direct.stdout)).toEqual(strip(viaFile.stdout));
    expect(readdirSync(dir)).toEqual(['team.yaml']);
    expect(rocks(['audit', fx('linear.csv'), '--from', 'auto']).code).toBe(0);
    expect([0, 1]).toContain(rocks(['check', fx('asana.csv'), '--from', 'asana']).code);
  });

  it('reads one export, and does not compare one with a git revision', () => {
    expect(rocks(['audit', fx('jira.csv'), fx('linear.csv'), '--from', 'auto']).stderr).toContain('--from reads one export, not 2 paths');
    const base = rocks(['check', fx('jira.csv'), '--from', 'jira', '--base', 'HEAD']);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('--base compares committed org files; it cannot be used with --from');
  });
});
