import { describe, expect, it } from 'vitest';
import type { DataPath } from '../src/model/diagnostics.js';
import { MEMBER_FIELDS, ORG_FILE_FIELDS, TASK, TASK_FIELDS, type Section, type ValueKind } from '../src/model/org-file-fields.js';
import { checkOf, fastOrgFile, fileCheckOf } from '../src/input/fast-validate.js';
import { jsonSchemaOf, orgJsonSchema } from '../src/input/json-schema.js';
import { orgFileSchema, sectionSchema } from '../src/input/schema.js';
import { checkShape } from '../src/input/validate.js';
import { completeWithSchema, keysAt } from '../src/input/validate-full.js';

// The org file's fields are declared once (src/model/org-file-fields.ts); the
// zod schema, the one-pass check, the "did you mean" lists and the JSON Schema
// are derived from it. These tests walk the declaration, so a field added to
// it is covered here with no edit to them.

/** A valid value of a kind; texts padded so that the trimming path is taken too. */
function sample(kind: ValueKind): unknown {
  switch (kind.kind) {
    case 'text':
      return ' Sample text ';
    case 'id':
      return 'sample-id';
    case 'string':
      return './rocks.schema.json';
    case 'date':
      return '2030-01-31';
    case 'version':
      return 1;
    case 'hours':
    case 'positive-hours':
      return 2.5;
    case 'percent':
    case 'number':
      return kind.max;
    case 'int':
      return kind.min;
    case 'boolean':
      return true;
    case 'enum':
      return kind.values[kind.values.length - 1];
    case 'list':
      return Array.from({ length: Math.max(1, kind.minItems ?? 0) }, () => sample(kind.of));
    case 'mapping':
    case 'text-or-mapping':
      return sampleOf(kind.section);
    case 'map':
      return { 'sample-id': sample(kind.of) };
  }
}

/** A mapping holding every field of a section. */
function sampleOf(section: Section): Record<string, unknown> {
  return Object.fromEntries(Object.entries(section.fields).map(([key, field]) => [key, sample(field)]));
}

function sectionIn(kind: ValueKind): Section | undefined {
  if (kind.kind === 'mapping' || kind.kind === 'text-or-mapping') return kind.section;
  return kind.kind === 'list' ? sectionIn(kind.of) : undefined;
}

/** Every section of the file with the path of its first mapping in a sample (lists hold one item). */
function sectionsOf(section: Section, path: (string | number)[] = []): { path: (string | number)[]; section: Section }[] {
  const found = [{ path, section }];
  for (const [key, field] of Object.entries(section.fields)) {
    const inner = sectionIn(field);
    if (inner) found.push(...sectionsOf(inner, field.kind === 'list' ? [...path, key, 0] : [...path, key]));
  }
  return found;
}

function at(data: unknown, path: DataPath): Record<string, unknown> {
  return path.reduce<unknown>((value, segment) => (value as Record<string | number, unknown>)[segment], data) as Record<string, unknown>;
}

const locator = { locate: () => ({ line: 1, col: 1 }) };
const sections = sectionsOf(ORG_FILE_FIELDS);

describe('the org file fields, declared once', () => {
  it('reach every section of the file (members, tasks, rules, waivers...)', () => {
    const paths = sections.map((s) => s.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['', 'defaults', 'members.0', 'members.0.tasks.0', 'unassigned.0', 'disciplines.0', 'classification', 'classification.rules.0', 'policy', 'waivers.0']));
  });

  it('are all accepted by zod and by the one-pass check, with the same output', async () => {
    const file = sampleOf(ORG_FILE_FIELDS);
    const zod = orgFileSchema.safeParse(file);
    expect(zod.success).toBe(true);
    const fast = fastOrgFile(file);
    // classification holds a map (weights), which the one-pass check leaves to zod.
    expect(fast?.leftToZod).toEqual(['classification']);
    expect(completeWithSchema(file, fast!)).toEqual(zod.data);
    expect((await checkShape('org.yaml', file, locator)).data).toEqual(zod.data);
    for (const { path, section } of sections) {
      expect(Object.keys(at(zod.data, path)), path.join('.')).toEqual(Object.keys(section.fields));
    }
  });

  it('are each suggested when misspelt, in every section', async () => {
    for (const { path, section } of sections) {
      for (const key of Object.keys(section.fields)) {
        const file = sampleOf(ORG_FILE_FIELDS);
        const mapping = at(file, path);
        const typo = key.toUpperCase();
        mapping[typo] = mapping[key];
        delete mapping[key];
        // Refused by the one-pass check, or inside a field it leaves to zod.
        const fast = fastOrgFile(file);
        expect(fast === undefined || fast.leftToZod.includes(String(path[0])), `${key} at ${path.join('.')}`).toBe(true);
        const { data, diagnostics } = await checkShape('org.yaml', file, locator);
        expect(data).toBeUndefined();
        const unknown = diagnostics.filter((d) => d.code === 'unknown-key').map((d) => d.message);
        expect(unknown, `${key} at ${path.join('.')}`).toEqual([expect.stringContaining(`unknown key "${typo}"`)]);
        expect(unknown[0]).toContain(`did you mean "${key}"?`);
      }
    }
  });

  it('describe every property of the JSON Schema, one for one', () => {
    const properties = (node: unknown): string[] => Object.keys((node as { properties: object }).properties);
    const schema = orgJsonSchema() as { properties: Record<string, { items?: unknown; anyOf?: unknown[] }> };
    expect(properties(schema)).toEqual(Object.keys(ORG_FILE_FIELDS.fields));
    expect(properties(schema.properties.members!.items)).toEqual(Object.keys(MEMBER_FIELDS.fields));
    expect(properties((schema.properties.unassigned!.items as { anyOf: unknown[] }).anyOf[1])).toEqual(Object.keys(TASK_FIELDS.fields));
  });
});

describe('a field added to the declaration', () => {
  // The one edit a new field takes: its declaration. Here, pronouns on members and an estimate on tasks.
  const task = { ...TASK_FIELDS, fields: { ...TASK_FIELDS.fields, estimate: { kind: 'int', min: 1, max: 13, description: 'Story points.' } } } as const;
  const member = {
    ...MEMBER_FIELDS,
    fields: {
      ...MEMBER_FIELDS.fields,
      pronouns: { kind: 'text', maxLength: 40, description: 'How to refer to the member.' },
      tasks: { ...MEMBER_FIELDS.fields.tasks, of: { ...TASK, section: task } },
    },
  } as const;
  const root = { ...ORG_FILE_FIELDS, fields: { ...ORG_FILE_FIELDS.fields, members: { ...ORG_FILE_FIELDS.fields.members, of: { kind: 'mapping', section: member } } } } as const;
  const schema = sectionSchema(root);
  const fast = fileCheckOf(root);
  const file = (pronouns: unknown, estimate: unknown) => ({ version: 1, members: [{ name: 'Ana', pronouns, tasks: [{ title: 'PRD', estimate }] }] });

  it('is checked by zod and by the one-pass check alike', () => {
    const good = file(' she/her ', 5);
    const parsed = schema.parse(good);
    expect(parsed.members?.[0]?.pronouns).toBe('she/her');
    expect(fast(good)).toEqual({ checked: parsed, leftToZod: [] });
    for (const bad of [file('x'.repeat(41), 5), file('she', 14), file('she', 2.5), file(' ', 1)]) {
      expect(schema.safeParse(bad).success).toBe(false);
      expect(fast(bad)).toBeUndefined();
    }
    expect(schema.safeParse(file('x'.repeat(41), 5)).error?.issues[0]?.message).toBe('must be at most 40 characters');
    expect(checkOf({ kind: 'mapping', section: member })?.({ name: 'Ana', pronouns: 'they' })).toEqual({ name: 'Ana', pronouns: 'they' });
  });

  it('is suggested for a misspelt key', () => {
    expect(keysAt(root, ['members', 0])).toContain('pronouns');
    expect(keysAt(root, ['members', 0, 'tasks', 2])).toContain('estimate');
  });

  it('appears in the JSON Schema with its description and limits', () => {
    const json = jsonSchemaOf(schema) as { properties: { members: { items: { properties: Record<string, unknown> } } } };
    expect(json.properties.members.items.properties.pronouns).toEqual({ description: 'How to refer to the member.', type: 'string', minLength: 1, maxLength: 40 });
  });
});
