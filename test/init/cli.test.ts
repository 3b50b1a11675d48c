/**
 * `rocks init` end to end: the built binary in a real pseudo-terminal for the
 * questionnaire, and through pipes for scripts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOrg } from '../../src/input/load.js';
import { ROOT, rocks } from '../helpers.js';
import { KEY, requireScript, Terminal } from './pty.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rocks-init-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function validOrg(path: string) {
  const result = await loadOrg([{ file: path, text: readFileSync(path, 'utf8') }]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org;
}

describe('rocks init in a terminal', () => {
  beforeAll(requireScript);

  it('answers the questionnaire, corrects a classification and writes a valid file', { timeout: 90_000 }, async () => {
    const dir = tempDir();
    const term = new Terminal(['init'], dir);
    await term.answer(/organisation called\?/, 'Acme Test', KEY.enter);
    await term.answer(/What stage/, KEY.down, KEY.enter); // scale-up
    await term.answer(/Start with/, KEY.enter);
    await term.answer(/First member's name\?/, 'Jordan Lee', KEY.enter);
    await term.answer(/Jordan Lee's role\?/, 'Head of Product', KEY.enter);
    await term.answer(/Hours per week Jordan Lee works\?/, KEY.enter);
    await term.answer(/Jordan Lee's rock 1\?/, 'PRD for the onboarding redesign', KEY.enter);
    await term.answer(/Discipline of "PRD for the onboarding redesign"[\s\S]*select/, KEY.enter); // keep the rules' choice
    await term.answer(/Jordan Lee's rock 2\?/, 'Weekly sync about the thing', KEY.enter);
    await term.answer(/Discipline of "Weekly sync about the thing"[\s\S]*select/, KEY.down, KEY.enter); // correct it
    await term.answer(/Jordan Lee's rock 3\?/, KEY.enter);
    await term.answer(/Member 2's name\?/, KEY.enter);
    await term.answer(/Unassigned rock 1\?/, 'Pricing for the paid plan', KEY.enter);
    await term.answer(/Discipline of "Pricing for the paid plan"[\s\S]*select/, KEY.enter);
    await term.answer(/Unassigned rock 2\?/, KEY.enter);
    await term.answer(/Write team\.yaml\?/, 'y', KEY.enter);
    expect(await term.exit()).toBe(0);

    expect(term.text).toMatch(/Acme Test \(scale-up\): 1 member, 3 rocks \(1 nobody carries\)/);
    expect(term.text).toContain('Next: rocks audit team.yaml');
    const path = join(dir, 'team.yaml');
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/rocks\.schema\.json$/);
    const org = await validOrg(path);
    expect(org).toMatchObject({ name: 'Acme Test', stage: 'scale-up' });
    expect(org.members[0]!.tasks.map((t) => t.title)).toEqual(['PRD for the onboarding redesign', 'Weekly sync about the thing']);
    const corrected = (parse(text) as { members: { tasks: unknown[] }[] }).members[0]!.tasks[1];
    expect(corrected).toMatchObject({ title: 'Weekly sync about the thing', discipline: expect.any(String) });
    expect(org.members[0]!.tasks[1]!.classification.source).toBe('explicit');
    expect(readdirSync(dir)).toEqual(['team.yaml']);

    // And the next command works on it.
    const audit = rocks(['audit', 'team.yaml'], { cwd: dir });
    expect(audit.stderr).toBe('');
    expect(audit.stdout).toContain('Acme Test');
  });

  it('exits 130 on Ctrl-C and writes nothing', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const term = new Terminal(['init'], dir);
    await term.answer(/organisation called\?/, 'Acme', KEY.enter);
    await term.answer(/What stage/, KEY.enter);
    await term.answer(/Start with/, KEY.enter);
    await term.answer(/First member's name\?/, 'Jordan', KEY.enter);
    await term.answer(/Jordan's role\?/, KEY.ctrlC);
    expect(await term.exit()).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an existing file when the user does not confirm', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const path = join(dir, 'team.yaml');
    writeFileSync(path, 'precious: true\n');
    const term = new Terminal(['init'], dir);
    await term.answer(/team\.yaml already exists\. Replace it at the end\? \(y\/N\)/, KEY.enter);
    expect(await term.exit()).toBe(0);
    expect(term.text).toContain('nothing written');
    expect(readFileSync(path, 'utf8')).toBe('precious: true\n');
    expect(readdirSync(dir)).toEqual(['team.yaml']);
  });
});

describe('rocks init in scripts', () => {
  it('exits 2 naming the flags instead of prompting into a pipe', () => {
    const dir = tempDir();
    const run = rocks(['init'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/needs a terminal.*--yes --template/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes a template with --yes --template --org', async () => {
    const dir = tempDir();
    const run = rocks(['init', '--yes', '--template', 'enterprise', '--org', 'Globex: #1\nCorp', 'org.yaml'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Next: rocks audit org.yaml');
    const org = await validOrg(join(dir, 'org.yaml'));
    expect(org).toMatchObject({ name: 'Globex: #1\nCorp', stage: 'enterprise' });
  });

  it('refuses to overwrite without --force, and replaces with it', async () => {
    const dir = tempDir();
    const path = join(dir, 'team.yaml');
    writeFileSync(path, 'precious: true\n');
    const refused = rocks(['init', '--yes'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('precious: true\n');
    const forced = rocks(['init', '--yes', '--force', '--template', 'startup'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(await (await validOrg(path)).name).toBe('Acme');
    expect(readdirSync(dir)).toEqual(['team.yaml']);
  });

  it('names the templates, and suggests one for a typo', () => {
    const list = rocks(['init', '--list-templates']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^startup\s+.+\nscale-up\s+.+\nenterprise\s+.+/);
    const typo = rocks(['init', '--yes', '--template', 'startp'], { cwd: tempDir() });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "startup"');
  });

  it('fails before asking anything when the folder does not exist', () => {
    const run = rocks(['init', '--yes', 'no/such/folder/team.yaml'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('does not exist');
  });
});

describe('rocks init start-up cost', () => {
  /** The packages from node_modules a run of the built binary loaded. */
  function packagesLoaded(args: string[], cwd = ROOT): string[] {
    const preload = join(tempDir(), 'loaded.cjs');
    writeFileSync(preload, "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));\n");
    const run = rocks(args, { cwd, env: { NODE_OPTIONS: `--require=${preload}` } });
    expect([0, 1], run.stderr).toContain(run.code); // check exits 1 on findings
    const files = JSON.parse(/^LOADED (.*)$/m.exec(run.stderr)![1]!) as string[];
    return [...new Set(files.flatMap((f) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1] ?? []))].sort();
  }

  it('keeps Inquirer (and yaml and zod) out of what an audit loads', () => {
    expect(packagesLoaded(['audit', 'examples/startup.yaml'])).toEqual([]);
    expect(packagesLoaded(['check', 'examples/scale-up.yaml', '--format', 'json'])).not.toContain('@inquirer/prompts');
    // The probe sees packages when they load: an anchor sends the file to the yaml package.
    const dir = tempDir();
    writeFileSync(join(dir, 'anchors.yaml'), 'version: 1\norg: A\nmembers:\n  - name: &n Dana\n    tasks: [Write the PRD]\n');
    expect(packagesLoaded(['audit', 'anchors.yaml'], dir)).toContain('yaml');
  });

  it('rejects an --org the org file would reject, before writing', () => {
    const dir = tempDir();
    const run = rocks(['init', '--yes', '--org', '   '], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--org must not be empty');
    expect(readdirSync(dir)).toEqual([]);
  });
});
