/**
 * Every field of the org file, declared once: where it sits, what kind of
 * value it holds, its limits and the description editors show on hover. The
 * zod schema (input/schema.ts), the one-pass check (input/fast-validate.ts),
 * the "did you mean" lists (input/validate-full.ts) and the JSON Schema
 * (`rocks schema`) are derived from it, so a field added here is known to all
 * of them. Data only: the validators decide how each kind is checked.
 */
import { STAGES } from './stage.js';

/** Hours per week are at most the hours of a whole week. */
export const HOURS_PER_WEEK = 168;

/** `YYYY-MM-DD`, as waivers write their expiry date. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** What a value may be. Text is trimmed and must not be empty; ids follow shared/id.ts. */
export type ValueKind =
  | { readonly kind: 'text'; readonly maxLength: number }
  | { readonly kind: 'id' }
  /** Any string, kept as written. */
  | { readonly kind: 'string' }
  | { readonly kind: 'date' }
  /** The format version: exactly 1. */
  | { readonly kind: 'version' }
  /** Hours per week, 0 to HOURS_PER_WEEK. */
  | { readonly kind: 'hours' }
  /** Hours per week, above 0 and at most HOURS_PER_WEEK. */
  | { readonly kind: 'positive-hours' }
  /** A percentage above 0, at most `max`. */
  | { readonly kind: 'percent'; readonly max: number }
  /** A number from `min` (or above it, when `aboveMin`) to `max`. */
  | { readonly kind: 'number'; readonly min: number; readonly aboveMin?: true; readonly max: number }
  | { readonly kind: 'int'; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly [string, ...string[]] }
  | { readonly kind: 'list'; readonly of: ValueKind; readonly minItems?: number; readonly maxItems: number }
  /** A mapping holding the fields of `section`, and no other key. */
  | { readonly kind: 'mapping'; readonly section: Section }
  /** A text (at most `maxLength`) standing for a mapping's title, or the mapping itself. */
  | { readonly kind: 'text-or-mapping'; readonly maxLength: number; readonly section: Section; readonly description: string }
  /** A mapping from ids to values (keys are not declared). */
  | { readonly kind: 'map'; readonly of: ValueKind };

/** A key of a section: its kind, whether it must be given, and its hover text. */
export type Field = ValueKind & { readonly required?: true; readonly description?: string };

/** A mapping with declared keys, in the order editors and messages list them. */
export interface Section {
  readonly description?: string;
  readonly fields: { readonly [key: string]: Field };
}

const TEXT = { kind: 'text', maxLength: 1000 } as const;
const SHORT_TEXT = { kind: 'text', maxLength: 200 } as const;
const ID = { kind: 'id' } as const;
const HOURS = { kind: 'hours' } as const;
const POSITIVE_HOURS = { kind: 'positive-hours' } as const;
const WEIGHT = { kind: 'number', min: -100, max: 100 } as const;
const SMALL_COUNT = { kind: 'int', min: 1, max: 100 } as const;
const BOOLEAN = { kind: 'boolean' } as const;

export const TASK_FIELDS = {
  description: 'A task given as a mapping.',
  fields: {
    title: { ...TEXT, required: true, description: 'What the rock is, as the team would write it.' },
    effort: { ...HOURS, description: 'Hours per week this task takes; defaults.effort when absent.' },
    discipline: { ...ID, description: 'Explicit discipline id; overrides the classification rules.' },
    tags: { kind: 'list', of: SHORT_TEXT, maxItems: 50, description: 'Free tags; they count as classification evidence.' },
    context: { ...TEXT, description: 'Handoff context: what the next owner needs to value this rock.' },
    handoff: { ...TEXT, description: 'Synonym of context: a handoff note for the next owner.' },
    link: { ...TEXT, description: "A link to the rock's context (doc, ticket, wiki page)." },
  },
} as const satisfies Section;

/** A task: a plain text is its title. */
export const TASK = {
  kind: 'text-or-mapping',
  maxLength: TEXT.maxLength,
  section: TASK_FIELDS,
  description: 'A task ("rock"): a plain string is its title; a mapping gives more detail.',
} as const satisfies ValueKind;

export const MEMBER_FIELDS = {
  description: 'A person and the rocks they carry.',
  fields: {
    name: { ...SHORT_TEXT, required: true, description: 'Unique name of the member within the org.' },
    role: { ...SHORT_TEXT, description: 'Job title; may break classification ties.' },
    team: { ...SHORT_TEXT, description: 'Team the member belongs to (for --by team).' },
    capacity: { ...POSITIVE_HOURS, description: 'Hours per week the member can carry; defaults.capacity when absent.' },
    skills: { kind: 'list', of: ID, maxItems: 50, description: 'Discipline ids the member could take on even without a task in them today.' },
    tasks: { kind: 'list', of: TASK, maxItems: 10000, description: 'The rocks this member carries.' },
  },
} as const satisfies Section;

export const DISCIPLINE_FIELDS = {
  description: 'A custom discipline added to the twelve built-in ones.',
  fields: {
    id: { ...ID, required: true, description: 'Stable kebab-case id used by rules, policies and reports.' },
    name: { ...SHORT_TEXT, required: true, description: 'Human name of the discipline.' },
    role: { ...SHORT_TEXT, description: "Role to open when nobody can take this discipline's work." },
    required: { ...BOOLEAN, description: 'Whether the discipline must have an owner (adds it to policy.required).' },
  },
} as const satisfies Section;

export const RULE_FIELDS = {
  description: 'A custom classification rule.',
  fields: {
    id: { ...ID, required: true, description: 'Stable rule id, unique across built-in and custom rules.' },
    discipline: { ...ID, required: true, description: 'The discipline the rule votes for (or against, with a negative weight).' },
    match: { kind: 'list', of: SHORT_TEXT, minItems: 1, maxItems: 500, required: true, description: 'Words and phrases; a trailing * is a prefix wildcard.' },
    weight: { ...WEIGHT, description: 'Vote strength (default 2); negative rules a discipline out.' },
    description: { ...SHORT_TEXT, description: 'What the rule recognises.' },
  },
} as const satisfies Section;

export const CLASSIFICATION_FIELDS = {
  description: 'How tasks are classified into disciplines.',
  fields: {
    threshold: { kind: 'number', min: 0, max: 1, description: 'Minimum confidence (0..1) to classify a task.' },
    rules: { kind: 'list', of: { kind: 'mapping', section: RULE_FIELDS }, maxItems: 1000, description: 'Custom rules.' },
    disable: { kind: 'list', of: ID, maxItems: 1000, description: 'Built-in rule ids to switch off.' },
    weights: { kind: 'map', of: WEIGHT, description: 'New weights for rules, by rule id.' },
  },
} as const satisfies Section;

export const POLICY_FIELDS = {
  description: 'Limits the audit and `rocks check` hold the org to; stage-aware defaults apply.',
  fields: {
    maxLoad: { kind: 'percent', max: 1000, description: 'Maximum load in percent of capacity before a member is overloaded.' },
    maxDisciplines: { ...SMALL_COUNT, description: 'Maximum disciplines one person should carry.' },
    required: { kind: 'list', of: ID, maxItems: 100, description: 'Discipline ids that must have an owner.' },
    minOwners: { ...SMALL_COUNT, description: 'Minimum owners per required discipline.' },
    maxUnicornScore: { kind: 'number', min: 0, aboveMin: true, max: 100, description: 'Unicorn score above which a member is a finding.' },
    allowUnassigned: { ...BOOLEAN, description: 'Whether rocks nobody carries are acceptable.' },
    allowUnclassified: { ...BOOLEAN, description: 'Whether tasks the rules cannot classify are acceptable.' },
    requireHandoffContext: { ...BOOLEAN, description: 'Whether a rock that changes owner must carry context (rocks diff / check --base).' },
  },
} as const satisfies Section;

export const WAIVER_FIELDS = {
  description: 'Accepts a finding for a while, with a reason.',
  fields: {
    rule: { ...ID, required: true, description: 'The finding rule id to waive.' },
    target: { ...SHORT_TEXT, description: 'What the finding is about (member name, discipline id or task title); all targets when absent.' },
    reason: { ...TEXT, required: true, description: 'Why the finding is accepted.' },
    expires: { kind: 'date', required: true, description: 'Date (YYYY-MM-DD) after which the waiver stops waiving.' },
  },
} as const satisfies Section;

export const DEFAULTS_FIELDS = {
  fields: {
    capacity: { ...POSITIVE_HOURS, description: 'Hours per week a member can carry (default 40).' },
    effort: { ...HOURS, description: 'Hours per week for a task that gives none (default 4).' },
  },
} as const satisfies Section;

/** The org file, format version 1. */
export const ORG_FILE_FIELDS = {
  description: 'A rocks org file: a team, its members and the rocks they carry.',
  fields: {
    $schema: { kind: 'string', description: 'JSON Schema reference for editors; ignored by rocks.' },
    version: { kind: 'version', required: true, description: 'Org file format version.' },
    org: { ...SHORT_TEXT, description: 'Organisation name. Required in at least one file of a folder.' },
    stage: { kind: 'enum', values: STAGES, description: 'startup | scale-up | enterprise; inferred from headcount when absent.' },
    team: { ...SHORT_TEXT, description: 'Default team for the members of this file.' },
    parent: { ...SHORT_TEXT, description: "Parent team of this file's team (teams nest)." },
    defaults: { kind: 'mapping', section: DEFAULTS_FIELDS, description: 'Defaults for members and tasks.' },
    members: { kind: 'list', of: { kind: 'mapping', section: MEMBER_FIELDS }, maxItems: 1_000_000, description: 'The people and the rocks they carry.' },
    unassigned: { kind: 'list', of: TASK, maxItems: 100000, description: 'Rocks nobody carries yet.' },
    disciplines: { kind: 'list', of: { kind: 'mapping', section: DISCIPLINE_FIELDS }, maxItems: 100, description: 'Custom disciplines.' },
    classification: { kind: 'mapping', section: CLASSIFICATION_FIELDS },
    policy: { kind: 'mapping', section: POLICY_FIELDS },
    waivers: { kind: 'list', of: { kind: 'mapping', section: WAIVER_FIELDS }, maxItems: 1000, description: 'Accepted findings.' },
  },
} as const satisfies Section;
