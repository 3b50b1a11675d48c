/**
 * The org file, format version 1, as a zod schema built from the field
 * declaration (model/org-file-fields.ts). Field descriptions become hover
 * text in editors through the generated JSON Schema (`rocks schema`).
 * Objects are strict so a typo is an error with a "did you mean", not a
 * silently ignored key. The messages of each kind are written here.
 */
import { z } from 'zod';
import {
  CLASSIFICATION_FIELDS,
  DATE_PATTERN,
  DISCIPLINE_FIELDS,
  HOURS_PER_WEEK,
  MEMBER_FIELDS,
  ORG_FILE_FIELDS,
  POLICY_FIELDS,
  RULE_FIELDS,
  TASK,
  TASK_FIELDS,
  WAIVER_FIELDS,
  type Field,
  type Section,
  type ValueKind,
} from '../model/org-file-fields.js';
import { KEBAB_ID, MAX_ID_LENGTH } from '../shared/id.js';

/** The zod schema a kind of value becomes. */
type ZodOf<K> = K extends { kind: 'text' | 'id' | 'string' | 'date' }
  ? z.ZodString
  : K extends { kind: 'version' }
    ? z.ZodLiteral<1>
    : K extends { kind: 'hours' | 'positive-hours' | 'percent' | 'number' | 'int' }
      ? z.ZodNumber
      : K extends { kind: 'boolean' }
        ? z.ZodBoolean
        : K extends { kind: 'enum'; values: infer V extends readonly string[] }
          ? z.ZodEnum<{ [E in V[number]]: E }>
          : K extends { kind: 'list'; of: infer Of }
            ? z.ZodArray<ZodOf<Of>>
            : K extends { kind: 'mapping'; section: infer S extends Section }
              ? SectionSchema<S>
              : K extends { kind: 'text-or-mapping'; section: infer S extends Section }
                ? z.ZodUnion<[z.ZodString, SectionSchema<S>]>
                : K extends { kind: 'map'; of: infer Of }
                  ? z.ZodRecord<z.ZodString, ZodOf<Of>>
                  : never;

type FieldSchema<F> = F extends { required: true } ? ZodOf<F> : z.ZodOptional<ZodOf<F>>;

/** The strict zod object of a section, typed field by field. */
export type SectionSchema<S extends Section> = z.ZodObject<{ -readonly [K in keyof S['fields']]: FieldSchema<S['fields'][K]> }, z.core.$strict>;

const weekMessage = `must be at most ${HOURS_PER_WEEK} hours (a whole week)`;
const aboveZero = 'must be greater than 0';

const text = (maxLength: number): z.ZodString =>
  z.string().trim().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`);

const id = (): z.ZodString =>
  z.string().regex(KEBAB_ID, 'must be a kebab-case id such as product-marketing').max(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH} characters`);

// One schema per section and per task kind, so one used twice (tasks of members, unassigned rocks) is one schema.
const built = new WeakMap<object, z.ZodType>();

// zod 4 numbers already reject NaN and Infinity.
function zodOf(kind: ValueKind): z.ZodType {
  switch (kind.kind) {
    case 'text':
      return text(kind.maxLength);
    case 'id':
      return id();
    case 'string':
      return z.string();
    case 'date':
      return z.string().regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD');
    case 'version':
      return z.literal(1, { error: 'must be 1 (the only org file format version)' });
    case 'hours':
      return z.number().min(0, 'must not be negative').max(HOURS_PER_WEEK, weekMessage);
    case 'positive-hours':
      return z.number().gt(0, aboveZero).max(HOURS_PER_WEEK, weekMessage);
    case 'percent':
      return z.number().gt(0, aboveZero).max(kind.max, `must be at most ${kind.max}`);
    case 'number':
      return (kind.aboveMin ? z.number().gt(kind.min) : z.number().min(kind.min)).max(kind.max);
    case 'int':
      return z.number().int().min(kind.min).max(kind.max);
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(kind.values);
    case 'list': {
      const list = z.array(zodOf(kind.of));
      return (kind.minItems === undefined ? list : list.min(kind.minItems)).max(kind.maxItems);
    }
    case 'mapping':
      return sectionSchema(kind.section);
    case 'text-or-mapping': {
      let union = built.get(kind);
      if (!union) built.set(kind, (union = z.union([text(kind.maxLength), sectionSchema(kind.section)]).describe(kind.description)));
      return union;
    }
    case 'map':
      return z.record(id(), zodOf(kind.of));
  }
}

function fieldSchema(field: Field): z.ZodType {
  const value = zodOf(field);
  const schema = field.required ? value : value.optional();
  return field.description === undefined ? schema : schema.describe(field.description);
}


/** The strict zod object of a section of the org file. */
export function sectionSchema<S extends Section>(section: S): SectionSchema<S> {
  let schema = built.get(section);
  if (!schema) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, field] of Object.entries(section.fields)) shape[key] = fieldSchema(field);
    const object = z.strictObject(shape);
    schema = section.description === undefined ? object : object.describe(section.description);
    built.set(section, schema);
  }
  return schema as SectionSchema<S>;
}

export const taskObjectSchema = sectionSchema(TASK_FIELDS);
export const taskSchema = zodOf(TASK) as ZodOf<typeof TASK>;
export const memberSchema = sectionSchema(MEMBER_FIELDS);
export const disciplineSchema = sectionSchema(DISCIPLINE_FIELDS);
export const ruleSchema = sectionSchema(RULE_FIELDS);
export const classificationSchema = sectionSchema(CLASSIFICATION_FIELDS);
export const policySchema = sectionSchema(POLICY_FIELDS);
export const waiverSchema = sectionSchema(WAIVER_FIELDS);
export const orgFileSchema = sectionSchema(ORG_FILE_FIELDS);

export type OrgFile = z.infer<typeof orgFileSchema>;
export type TaskEntry = z.infer<typeof taskSchema>;
export type MemberEntry = z.infer<typeof memberSchema>;
export type PolicyEntry = z.infer<typeof policySchema>;
