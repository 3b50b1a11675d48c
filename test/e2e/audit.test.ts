import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rocks } from '../helpers.js';

describe('rocks audit (built binary)', () => {
  it('prints the four reports of the bundled example and exits 0', () => {
    const run = rocks(['audit', 'examples/startup.yaml']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    for (const heading of ['LOAD', 'GAPS', 'UNICORN RISK', 'HANDOFFS']) expect(run.stdout).toContain(heading);
    expect(run.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('keeps the report layout (reviewed snapshot) within 80 columns', () => {
    const run = rocks(['audit', 'test/fixtures/audit/layout.yaml']);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(run.stdout).toMatchSnapshot();
  });

  it('prints one JSON document with the documented fields', () => {
    const run = rocks(['audit', 'test/fixtures/audit/layout.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.org).toBe('Layout & Co');
    const priya = doc.members.find((m: { name: string }) => m.name === 'Priya Shah');
    expect(priya).toMatchObject({ role: 'Head of Product', capacity: 32, effort: 45, load: 141 });
    expect(priya.tasks[0]).toMatchObject({ title: 'Write the PRD for the wall scanner v2', discipline: 'product-management', effort: 12, classifiedBy: 'explicit', confidence: 1 });
    expect(doc.disciplines.find((d: { id: string }) => d.id === 'product-operations')).toMatchObject({ owners: [], status: 'gap' });
    expect(doc.unicorns[0]).toMatchObject({ name: 'Priya Shah', level: 'high' });
    expect(doc.handoffs).toContainEqual(expect.objectContaining({ task: 'KPI dashboard for activation', from: null, to: null, role: 'Product Operations Specialist' }));
    expect(doc.unassigned).toHaveLength(1);
  });

  it('shows only the worst rows unless --all is given', () => {
    const members = Array.from({ length: 20 }, (_, i) => `  - name: Person ${String(i).padStart(2, '0')}\n    tasks: [{ title: Fix bug ${i}, discipline: engineering, effort: ${i + 1} }]`).join('\n');
    const input = `version: 1\norg: Big\nmembers:\n${members}\n`;
    const short = rocks(['audit', '-'], { input });
    expect(short.code).toBe(0);
    expect(short.stdout).toContain('… and 5 more members (--all shows everything)');
    expect(short.stdout.indexOf('Person 19')).toBeLessThan(short.stdout.indexOf('Person 10'));
    const all = rocks(['audit', '-', '--all'], { input });
    expect(all.stdout).toContain('Person 00');
    expect(all.stdout).not.toContain('more members');
  });

  it('explains each task with --explain', () => {
    const run = rocks(['audit', 'test/fixtures/audit/layout.yaml', '--explain']);
    expect(run.stdout).toContain('CLASSIFICATION');
    expect(run.stdout).toMatch(/Beta schedule\n\s+→ project-management \(100%\): explicit discipline/);
  });

  it('exits 2 with every located problem and no stack trace on invalid input', () => {
    const run = rocks(['audit', '-'], { input: 'version: 1\nmembers:\n  - name: A\n    capasity: 3\n  - name: B\n    capacity: -1\n' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('<stdin>:4:5: error: unknown key "capasity" in members[0]; did you mean "capacity"?');
    expect(run.stderr).toContain('<stdin>:6:15: error: members[1].capacity must be greater than 0');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing file and for usage errors', () => {
    const missing = rocks(['audit', 'nope.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('rocks: nope.yaml: no such file or folder\n');
    expect(rocks(['audit']).code).toBe(2);
    expect(rocks(['audit', 'examples/startup.yaml', '--format', 'xml']).code).toBe(2);
    expect(rocks(['frobnicate']).code).toBe(2);
    expect(rocks(['--help']).code).toBe(0);
  });

  it('writes the report to --output and refuses to overwrite an input', () => {
    const overwrite = rocks(['audit', 'test/fixtures/audit/layout.yaml', '--output', 'test/fixtures/audit/layout.yaml']);
    expect(overwrite.code).toBe(2);
    expect(overwrite.stderr).toContain('refusing to write the report over an input file');
  });
});

describe('rocks audit on a folder', () => {
  it('skips hidden folders and node_modules, whose YAML is not an org file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rocks-folder-'));
    writeFileSync(join(dir, 'team.yaml'), 'version: 1\norg: Folder Co\nmembers:\n  - name: Ana\n    tasks: [Fix the login bug]\n');
    for (const sub of ['.github/workflows', 'node_modules/some-package']) {
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, 'ci.yml'), 'on: push\njobs: {}\n');
    }
    const run = rocks(['audit', dir]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Folder Co');
  });
});
