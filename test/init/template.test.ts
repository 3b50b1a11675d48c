import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOrg } from '../../src/input/load.js';
import { renderDraft, renderTemplate, shellQuote } from '../../src/init/document.js';
import { joinTemplate, setModeline, setOrgName, splitTemplate, summariseTemplate } from '../../src/init/template.js';
import { ROOT } from '../helpers.js';

const TEMPLATES = readdirSync(join(ROOT, 'templates'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [f, readFileSync(join(ROOT, 'templates', f), 'utf8')] as const);

const NAMES = [
  'Acme: the #1 company',
  '# not a comment',
  'two\nlines',
  '  padded  ',
  '"quoted" and \'single\'',
  '- dash',
  '[flow], {map}',
  'yes',
  '123',
  'null',
  '~',
  '&anchor *alias !tag',
  'Ünïcødé 株式会社 🚀',
  'x'.repeat(200),
  'tab\there',
  'trailing backslash \\',
];

async function orgName(text: string): Promise<string> {
  const result = await loadOrg([{ file: 'team.yaml', text }]);
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`).join('\n'));
  return result.org.name;
}

describe('templates', () => {
  it('ship a startup, a scale-up and an enterprise template', () => {
    expect(TEMPLATES.map(([f]) => f)).toEqual(expect.arrayContaining(['startup.yaml', 'scale-up.yaml', 'enterprise.yaml']));
  });

  it.each(TEMPLATES)('%s is valid, starts with the modeline and names its org Acme on one line', async (_file, text) => {
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+rocks\.schema\.json$/);
    expect(text).toMatch(/^org: Acme$/m);
    expect(await orgName(text)).toBe('Acme');
  });

  it.each(TEMPLATES)('%s splits into sections and joins back unchanged', (_file, text) => {
    const split = splitTemplate(text);
    expect(joinTemplate(split)).toBe(text);
    expect(split.header.startsWith('# yaml-language-server:')).toBe(true);
    expect(split.sections.map((s) => s.key)).toEqual(expect.arrayContaining(['version', 'org', 'members', 'policy']));
  });

  it.each(NAMES.map((n) => [JSON.stringify(n), n]))('sets the org name %s without breaking the YAML', async (_label, name) => {
    for (const [, text] of TEMPLATES) {
      const named = setOrgName(text, name);
      expect(await orgName(named)).toBe(name.trim());
      // Nothing but the org line changed.
      const before = text.split('\n');
      const after = named.split('\n');
      const orgLine = before.indexOf('org: Acme');
      expect(after.slice(0, orgLine)).toEqual(before.slice(0, orgLine));
      const extra = after.length - before.length;
      expect(after.slice(orgLine + 1 + extra)).toEqual(before.slice(orgLine + 1));
    }
  });

  it('points the modeline at the schema, adding one when missing', () => {
    expect(setModeline('# yaml-language-server: $schema=old.json\nversion: 1\n', './new.json')).toBe('# yaml-language-server: $schema=./new.json\nversion: 1\n');
    expect(setModeline('version: 1\n', '/abs/rocks.schema.json')).toBe('# yaml-language-server: $schema=/abs/rocks.schema.json\nversion: 1\n');
  });

  it('renders a template for --yes: modeline and name set, the rest as written', () => {
    const [, text] = TEMPLATES.find(([f]) => f === 'startup.yaml')!;
    const out = renderTemplate(text, { file: 'team.yaml', schemaRef: '../schema/rocks.schema.json', org: 'Initech' });
    expect(out.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/rocks.schema.json');
    expect(out.split('\n').slice(1).join('\n')).toBe(text.split('\n').slice(1).join('\n').replace(/^org: Acme$/m, 'org: Initech'));
  });

  it('renders a draft on every template into a valid file with the template\'s policy', async () => {
    for (const [file, text] of TEMPLATES) {
      const out = renderDraft(
        text,
        { org: 'Initech', members: [{ name: 'Peter', tasks: [{ title: 'TPS reports' }] }], unassigned: [] },
        { file: 'team.yaml', schemaRef: './s.json' },
      );
      const data = parse(out) as Record<string, unknown>;
      expect(data.policy, file).toEqual((parse(text) as Record<string, unknown>).policy);
      expect(data.unassigned, file).toEqual([]);
      expect(await orgName(out)).toBe('Initech');
    }
  });

  it('summarises a template for --list-templates', () => {
    const [, text] = TEMPLATES.find(([f]) => f === 'startup.yaml')!;
    const s = summariseTemplate('startup', text);
    expect(s).toMatchObject({ name: 'startup', stage: 'startup' });
    expect(s.description).toMatch(/startup\.$/);
    expect(s.members).toBeGreaterThan(0);
  });

  it('quotes file names for the shell only when needed', () => {
    expect(shellQuote('team.yaml')).toBe('team.yaml');
    expect(shellQuote('org/my team.yaml')).toBe("'org/my team.yaml'");
    expect(shellQuote("it's.yaml")).toBe("'it'\\''s.yaml'");
  });
});
