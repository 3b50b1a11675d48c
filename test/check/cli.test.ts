import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHECK_FORMAT_NAMES } from '../../src/format/names.js';
import { rocks, ROOT } from '../helpers.js';

const FIX = 'test/fixtures/check';
const env = { ROCKS_TODAY: '2025-06-01' };
const check = (args: string[], options: { cwd?: string } = {}) => rocks(['check', ...args], { env, ...options });

describe('rocks check exit codes', () => {
  test('a passing org exits 0', () => {
    const r = check([`${FIX}/pass.yaml`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings.');
  });
  test('a failing org exits 1', () => {
    const r = check([`${FIX}/fail.yaml`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('load-over-limit');
  });
  test('a broken org exits 2 with located problems', () => {
    const r = check([`${FIX}/broken.yaml`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FIX}/broken.yaml:1:10: error: version must be 1`);
    expect(r.stdout).toBe('');
  });
  test('an unreadable path exits 2', () => {
    expect(check([`${FIX}/missing.yaml`]).code).toBe(2);
  });
  test('warnings pass by default, fail with --fail-on warning or --max-warnings 0', () => {
    expect(check([`${FIX}/warn.yaml`]).code).toBe(0);
    expect(check([`${FIX}/warn.yaml`, '--fail-on', 'warning']).code).toBe(1);
    expect(check([`${FIX}/warn.yaml`, '--max-warnings', '0']).code).toBe(1);
    expect(check([`${FIX}/warn.yaml`, '--max-warnings', '1']).code).toBe(0);
    expect(check([`${FIX}/pass.yaml`, '--fail-on', 'info']).code).toBe(0);
  });
  test('waived findings do not fail the check; expired and unused waivers are warnings', () => {
    const r = check([`${FIX}/waived.yaml`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('waiver-expired');
    expect(r.stdout).toContain('waiver-unused');
    expect(check([`${FIX}/waived.yaml`], {}).stdout).toContain('(1 waived)');
    // Once the waiver itself expires, the overload counts again.
    expect(rocks(['check', `${FIX}/waived.yaml`], { env: { ROCKS_TODAY: '2100-01-01' } }).code).toBe(1);
  });
  test.each([
    ['an unknown option', ['--bogus', `${FIX}/pass.yaml`]],
    ['a bad --format choice', ['--format', 'xml', `${FIX}/pass.yaml`]],
    ['a bad --fail-on choice', ['--fail-on', 'fatal', `${FIX}/pass.yaml`]],
    ['a bad --max-warnings', ['--max-warnings', 'many', `${FIX}/pass.yaml`]],
    ['no path at all', []],
  ])('commander usage errors exit 2, not 1: %s', (_, args) => {
    const r = check(args);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });
  test('rocks diff with a missing argument exits 2', () => {
    expect(rocks(['diff', `${FIX}/diff/before.yaml`]).code).toBe(2);
  });
  test('--list-rules lists every rule', () => {
    const r = check(['--list-rules']);
    expect(r.code).toBe(0);
    for (const id of ['load-over-limit', 'required-discipline-gap', 'handoff-without-context', 'waiver-unused']) expect(r.stdout).toContain(id);
  });
});

describe('formats end to end', () => {
  test.each(CHECK_FORMAT_NAMES)('%s on the failing org exits 1 and names the rule', (format) => {
    const r = check([`${FIX}/fail.yaml`, '--format', format]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('required-discipline-gap');
  });
  test('--output writes the report to a file, atomically, and still sets the exit code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rocks-check-'));
    const out = join(dir, 'rocks.sarif');
    const r = check([`${FIX}/fail.yaml`, '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
  test('a hostile org file comes out inert in every format', () => {
    for (const format of CHECK_FORMAT_NAMES) {
      const r = check([`${FIX}/hostile.yaml`, '--format', format]);
      expect(r.code, format).toBe(1);
      expect(r.stdout, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      const injected = r.stdout.split('\n').filter((l) => /^\s*::/.test(l) && !/^::(error|warning|notice) (file=[^:]*,line=\d+,col=\d+,title=rocks [a-z-]+|title=rocks check)::/.test(l));
      expect(injected, format).toEqual([]);
    }
  });
});

describe('rocks check --base <git-ref> and rocks diff', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });

  function repo(): string {
    const dir = mkdtempSync(join(tmpdir(), 'rocks-base-'));
    git(dir, 'init', '-q');
    mkdirSync(join(dir, 'org'));
    copyFileSync(join(ROOT, FIX, 'diff/before.yaml'), join(dir, 'org/team.yaml'));
    writeFileSync(join(dir, 'org/README.md'), 'not yaml\n');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'base');
    copyFileSync(join(ROOT, FIX, 'diff/after.yaml'), join(dir, 'org/team.yaml'));
    return dir;
  }

  test('a file: moved rocks without context are warnings; the diff is shown', () => {
    const dir = repo();
    const r = check(['org/team.yaml', '--base', 'HEAD'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('CHANGES since HEAD');
    expect(r.stdout).toMatch(/Pricing for the annual plan\s+Priya\s+Tomás\s+missing/);
    expect(check(['org/team.yaml', '--base', 'HEAD', '--fail-on', 'warning'], { cwd: dir }).code).toBe(1);
  });
  test('a folder, read at the base with git ls-tree', () => {
    const dir = repo();
    const r = check(['org', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.diff.moved.map((m: { title: string }) => m.title)).toContain('Pricing for the annual plan');
    expect(doc.diff.dropped[0].location.file).toBe('HEAD:org/team.yaml');
  });
  test('a file new since the base: everything is added', () => {
    const dir = repo();
    copyFileSync(join(ROOT, FIX, 'pass.yaml'), join(dir, 'org/new.yaml'));
    const r = check(['org/new.yaml', '--base', 'HEAD', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).diff.added).toHaveLength(2);
  });
  test('an unknown ref, an option-like ref, or no repository exit 2', () => {
    const dir = repo();
    expect(check(['org/team.yaml', '--base', 'no-such-branch'], { cwd: dir }).code).toBe(2);
    const r = check(['org/team.yaml', '--base=--output=/tmp/x'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a git revision');
    const plain = mkdtempSync(join(tmpdir(), 'rocks-nogit-'));
    copyFileSync(join(ROOT, FIX, 'pass.yaml'), join(plain, 'team.yaml'));
    expect(check(['team.yaml', '--base', 'HEAD'], { cwd: plain }).stderr).toContain('not inside a git repository');
  });
  test('rocks diff <old> <new> in every format', () => {
    for (const format of ['table', 'json', 'markdown']) {
      const r = rocks(['diff', `${FIX}/diff/before.yaml`, `${FIX}/diff/after.yaml`, '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout, format).toContain('Pricing for the annual plan');
      expect(r.stdout, format).toContain('product-design loses its last owner');
    }
  });
});
