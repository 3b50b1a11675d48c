import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { orgJsonSchema, orgJsonSchemaText, undocumentedProperties } from '../src/input/json-schema.js';
import { ROOT, rocks } from './helpers.js';

const committed = (): string => readFileSync(join(ROOT, 'schema/rocks.schema.json'), 'utf8');

function yamlFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...yamlFilesUnder(path));
    else if (/\.ya?ml$/.test(entry.name)) found.push(path);
  }
  return found.sort();
}

const documents = [...yamlFilesUnder(join(ROOT, 'examples')), ...yamlFilesUnder(join(ROOT, 'templates'))];

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  return ajv.compile(JSON.parse(committed()));
}

describe('the org file JSON Schema', () => {
  it('is committed and up to date (run `npm run schema` after changing src/model/org-file-fields.ts)', () => {
    expect(committed()).toBe(orgJsonSchemaText());
  });

  it('is draft-07, which yaml-language-server supports', () => {
    expect(orgJsonSchema().$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('closes every object so editors flag unknown keys', () => {
    const open: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (o.properties !== undefined && o.additionalProperties !== false) open.push(at);
      for (const [k, v] of Object.entries(o)) visit(v, `${at}/${k}`);
    };
    visit(orgJsonSchema(), '#');
    expect(open).toEqual([]);
  });

  it('describes every property (the hover text in editors)', () => {
    expect(undocumentedProperties(orgJsonSchema())).toEqual([]);
  });

  it('finds examples and templates to validate', () => {
    const names = documents.map((d) => relative(ROOT, d));
    expect(names).toEqual(expect.arrayContaining(['templates/startup.yaml', 'templates/scale-up.yaml', 'templates/enterprise.yaml']));
    expect(names.some((n) => n.startsWith('examples/'))).toBe(true);
  });

  it.each(documents.map((d) => [relative(ROOT, d), d]))('accepts %s', (_name, path) => {
    const validate = validator();
    const data: unknown = parse(readFileSync(path, 'utf8'));
    const ok = validate(data);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('rejects a typo in a key, a wrong type and a bad discipline id', () => {
    const validate = validator();
    expect(validate({ version: 1, members: [{ name: 'Ann', taks: [] }] })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ keyword: 'additionalProperties', params: { additionalProperty: 'taks' } });
    expect(validate({ version: 1, members: [{ name: 'Ann', capacity: 'forty' }] })).toBe(false);
    expect(validate({ version: 1, members: [{ name: 'Ann', skills: ['Product Design'] }] })).toBe(false);
    expect(validate({ version: 2 })).toBe(false);
    expect(validate({ version: 1, members: [{ name: 'Ann', tasks: ['PRD', { title: 'Launch plan', discipline: 'product-marketing' }] }] })).toBe(true);
  });

  it('is what `rocks schema` prints', () => {
    const run = rocks(['schema']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(committed());
  });
});
