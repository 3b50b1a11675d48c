/**
 * The happy path of shape validation for big org files: the whole file
 * checked in one pass, without copying what needs no change, with exactly the
 * rules and the output of the zod schema (strings trimmed, strict keys, the
 * same limits). Both are built from the one field declaration
 * (model/org-file-fields.ts): each kind of value becomes a check made once,
 * here, and a section a check of its keys. Whatever the check does not accept
 * goes to zod, which then reports every problem; so it can only be faster,
 * never different. Differential tests (test/scale/fast-validate*.test.ts) hold
 * the two together.
 *
 * It takes data as the readers make it: plain objects and arrays whose
 * properties are own, enumerable values.
 */
import { DATE_PATTERN, HOURS_PER_WEEK, MEMBER_FIELDS, ORG_FILE_FIELDS, TASK, type Section, type ValueKind } from '../model/org-file-fields.js';
import { isKebabId } from '../shared/id.js';
import type { MemberEntry, OrgFile, TaskEntry } from './schema.js';

/** Marks a value the fast path does not accept. */
const NO = Symbol('no');
type Checked<T> = T | typeof NO;

/** A value as zod would return it (the same value when nothing changes), or NO. */
export type Check = (value: unknown) => unknown;

/**
 * The check of a kind of value, or undefined for a kind left to zod: a map
 * (classification.weights), whose record semantics are not worth copying for
 * a section of a few lines; and so any section holding one.
 */
export function checkOf(kind: ValueKind): Check | undefined {
  switch (kind.kind) {
    case 'text':
      return text(kind.maxLength);
    case 'id':
      return (v) => (isKebabId(v) ? v : NO);
    case 'string':
      return (v) => (typeof v === 'string' ? v : NO);
    case 'date':
      return (v) => (typeof v === 'string' && DATE_PATTERN.test(v) ? v : NO);
    case 'version':
      return (v) => (v === 1 ? v : NO);
    case 'hours':
      return range(0, false, HOURS_PER_WEEK, false);
    case 'positive-hours':
      return range(0, true, HOURS_PER_WEEK, false);
    case 'percent':
      return range(0, true, kind.max, false);
    case 'number':
      return range(kind.min, kind.aboveMin === true, kind.max, false);
    case 'int':
      return range(kind.min, false, kind.max, true);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : NO);
    case 'enum': {
      const values = new Set<unknown>(kind.values);
      return (v) => (values.has(v) ? v : NO);
    }
    case 'list': {
      const item = checkOf(kind.of);
      return item && list(item, kind.minItems ?? 0, kind.maxItems);
    }
    case 'mapping': {
      const plan = planOf(kind.section);
      return plan && ((v) => checkMapping(v, plan));
    }
    case 'text-or-mapping': {
      const title = text(kind.maxLength);
      const plan = planOf(kind.section);
      return plan && ((v) => (typeof v === 'string' ? title(v) : checkMapping(v, plan)));
    }
    case 'map':
      return undefined;
  }
}

/** `z.string().trim().min(1).max(max)`: the trimmed text, or NO. */
function text(max: number): Check {
  return (v) => {
    if (typeof v !== 'string') return NO;
    const trimmed = v.trim();
    return trimmed.length < 1 || trimmed.length > max ? NO : trimmed;
  };
}

/** A finite number from min (or above it) to max, an integer when `integer` (zod's `.int()` takes safe integers). */
function range(min: number, aboveMin: boolean, max: number, integer: boolean): Check {
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v) || (integer && !Number.isSafeInteger(v))) return NO;
    return (aboveMin ? v > min : v >= min) && v <= max ? v : NO;
  };
}

/** A list of `min` to `max` items: the list itself when no item changes, else a copy with the changed items. */
function list(item: Check, min: number, max: number): Check {
  return (v) => {
    if (!Array.isArray(v) || v.length < min || v.length > max) return NO;
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      const checked = item(x);
      if (checked === NO) return NO;
      if (checked !== x) (out ??= v.slice(0, i)).push(checked);
      else out?.push(checked);
    }
    return out ?? v;
  };
}

/** A key of a section, with its check (undefined: left to zod). */
interface Slot {
  readonly key: string;
  readonly index: number;
  readonly required: boolean;
  readonly check: Check | undefined;
}

/** The keys of a section and the check of each, made once. */
interface Plan {
  readonly slots: ReadonlyMap<string, Slot>;
  readonly order: readonly Slot[];
  readonly required: number;
}

/** The plan of a section; undefined when a field of it is left to zod (the root alone keeps such fields, see fastOrgFile). */
function planOf(section: Section, keepLeftToZod = false): Plan | undefined {
  const order: Slot[] = [];
  for (const [key, field] of Object.entries(section.fields)) {
    const check = checkOf(field);
    if (check === undefined && !keepLeftToZod) return undefined;
    order.push({ key, index: order.length, required: field.required === true, check });
  }
  return { slots: new Map(order.map((slot) => [slot.key, slot])), order, required: order.filter((slot) => slot.required).length };
}

/**
 * A strict zod object: the mapping as zod returns it (the same object when
 * nothing changes and it is plain), or NO. Keys whose check is undefined are
 * pushed to `leftToZod` and left out.
 */
function checkMapping(value: unknown, plan: Plan, leftToZod?: string[]): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NO;
  const o = value as Record<string, unknown>;
  let required = 0;
  // Most mappings need no change: the checked values are kept only once one differs.
  let changed: unknown[] | undefined;
  for (const key in o) {
    const slot = plan.slots.get(key);
    if (slot === undefined || !Object.hasOwn(o, key)) return NO;
    const x = o[key];
    if (x === undefined) {
      if (slot.required) return NO;
      continue;
    }
    if (slot.required) required++;
    if (slot.check === undefined) {
      leftToZod!.push(key);
      continue;
    }
    const checked = slot.check(x);
    if (checked === NO) return NO;
    if (checked !== x) (changed ??= new Array<unknown>(plan.order.length))[slot.index] = checked;
  }
  if (required !== plan.required) return NO;
  if (changed === undefined && leftToZod === undefined && Object.getPrototypeOf(o) === Object.prototype) return o;
  const out: Record<string, unknown> = {};
  for (const slot of plan.order) {
    const x = Object.hasOwn(o, slot.key) ? o[slot.key] : undefined;
    if (x === undefined || slot.check === undefined) continue;
    const checked = changed?.[slot.index];
    out[slot.key] = checked === undefined ? x : checked;
  }
  return out;
}

/** `taskSchema`: the task as zod would return it (the same object when nothing changes), or NO. */
export const fastTask = checkOf(TASK) as (value: unknown) => Checked<TaskEntry>;

/** `memberSchema`: the member as zod would return it (reusing what needs no change), or NO. */
export const fastMember = checkOf({ kind: 'mapping', section: MEMBER_FIELDS }) as (value: unknown) => Checked<MemberEntry>;

/**
 * What the one-pass check made of a file: the fields it checked, as zod
 * returns them, and the keys of those it leaves to zod (parse each with its
 * field of orgFileSchema, in declaration order, to complete the file).
 */
export interface FastShape {
  checked: Partial<OrgFile>;
  leftToZod: string[];
}

/** The one-pass check of a whole file declared by `root`: its fields checked here, those of kinds left to zod named. */
export function fileCheckOf(root: Section): (data: Record<string, unknown>) => FastShape | undefined {
  const plan = planOf(root, true)!;
  return (data) => {
    const leftToZod: string[] = [];
    const checked = checkMapping(data, plan, leftToZod);
    return checked === NO ? undefined : { checked: checked as Partial<OrgFile>, leftToZod };
  };
}

/**
 * `orgFileSchema.safeParse(data)` when it succeeds, faster for big files:
 * everything checked here but the fields left to zod. Undefined when anything
 * is off: then zod runs on the whole file for its messages.
 */
export const fastOrgFile = fileCheckOf(ORG_FILE_FIELDS);
