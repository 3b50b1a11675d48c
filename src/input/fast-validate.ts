/**
 * The happy path of shape validation for big org files: members and tasks
 * checked by hand, in one pass and without copying what needs no change, with
 * exactly the rules and the output of the zod schema in schema.ts (strings
 * trimmed, strict keys, the same limits). Whatever it does not accept goes to
 * zod, which then reports every problem; so it can only be faster, never
 * different. A differential test (test/scale/fast-validate.test.ts) holds the
 * two together, and a schema whose keys changed switches this path off.
 */
import { isKebabId } from '../shared/id.js';
import type { MemberEntry, OrgFile, PolicyEntry, TaskEntry } from './schema.js';

/** The keys of memberSchema and taskObjectSchema, in order (a test holds them to the schema). */
export const MEMBER_KEYS = ['name', 'role', 'team', 'capacity', 'skills', 'tasks'];
export const TASK_KEYS = ['title', 'effort', 'discipline', 'tags', 'context', 'handoff', 'link'];
/** The keys of orgFileSchema, and those of its sections checked here (a test holds them to the schema). */
export const FILE_KEYS = ['$schema', 'version', 'org', 'stage', 'team', 'parent', 'defaults', 'members', 'unassigned', 'disciplines', 'classification', 'policy', 'waivers'];
export const DEFAULTS_KEYS = ['capacity', 'effort'];
export const POLICY_KEYS = ['maxLoad', 'maxDisciplines', 'required', 'minOwners', 'maxUnicornScore', 'allowUnassigned', 'allowUnclassified', 'requireHandoffContext'];
/** Sections of the file checked here; any other (disciplines, classification, waivers) goes to zod. */
const REST_KEY_SET = new Set(['$schema', 'version', 'org', 'stage', 'team', 'parent', 'defaults', 'policy']);
const DEFAULTS_KEY_SET = new Set(DEFAULTS_KEYS);
const POLICY_KEY_SET = new Set(POLICY_KEYS);
const STAGE_SET = new Set(['startup', 'scale-up', 'enterprise']);
const MEMBER_KEY_SET = new Set(MEMBER_KEYS);
const TASK_KEY_SET = new Set(TASK_KEYS);
/** The optional texts of a task and of a member (module constants: no array made per task). */
const TASK_TEXT_KEYS = ['context', 'handoff', 'link'] as const;
const MEMBER_TEXT_KEYS = ['role', 'team'] as const;


/** Marks a value the fast path does not accept. */
const NO = Symbol('no');
type Checked<T> = T | typeof NO;

/** `z.string().trim().min(1).max(max)`: the trimmed text, or NO. */
function text(value: unknown, max: number): Checked<string> {
  if (typeof value !== 'string') return NO;
  const trimmed = value.trim();
  return trimmed.length < 1 || trimmed.length > max ? NO : trimmed;
}

const id = isKebabId;

/** A finite number in [min, max], or above min when `exclusive`. */
function hours(value: unknown, positive: boolean): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return (positive ? value > 0 : value >= 0) && value <= 168;
}

/** A list of short texts (tags): the list, a copy with trimmed entries, or NO. */
function shortTexts(value: unknown, maxItems: number): Checked<string[]> {
  if (!Array.isArray(value) || value.length > maxItems) return NO;
  let out: string[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const t = text(value[i], 200);
    if (t === NO) return NO;
    if (t !== value[i]) (out ??= value.slice(0, i)).push(t);
    else out?.push(t);
  }
  return out ?? (value as string[]);
}

/** `taskSchema`: the task as zod would return it (the same object when nothing changes), or NO. */
export function fastTask(value: unknown): Checked<TaskEntry> {
  if (typeof value === 'string') return text(value, 1000);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NO;
  const task = value as Record<string, unknown>;
  let changed = false;
  for (const key in task) {
    if (!TASK_KEY_SET.has(key) || !Object.hasOwn(task, key)) return NO;
  }
  const title = text(task.title, 1000);
  if (title === NO) return NO;
  changed ||= title !== task.title;
  if (task.effort !== undefined && !hours(task.effort, false)) return NO;
  if (task.discipline !== undefined && !id(task.discipline)) return NO;
  let tags: string[] | undefined;
  if (task.tags !== undefined) {
    const checked = shortTexts(task.tags, 50);
    if (checked === NO) return NO;
    tags = checked;
    changed ||= tags !== task.tags;
  }
  for (const key of TASK_TEXT_KEYS) {
    if (task[key] === undefined) continue;
    const t = text(task[key], 1000);
    if (t === NO) return NO;
    changed ||= t !== task[key];
  }
  // Most tasks need no change: the copy below, and its trimmed texts, are made only for the others.
  if (!changed && Object.getPrototypeOf(task) === Object.prototype) return task as TaskEntry;
  const extra: Record<string, string> = {};
  for (const key of TASK_TEXT_KEYS) if (task[key] !== undefined) extra[key] = text(task[key], 1000) as string;
  return {
    title,
    ...(task.effort !== undefined ? { effort: task.effort as number } : {}),
    ...(task.discipline !== undefined ? { discipline: task.discipline as string } : {}),
    ...(tags !== undefined ? { tags } : {}),
    ...extra,
  };
}

/** `memberSchema`: the member as zod would return it (reusing what needs no change), or NO. */
export function fastMember(value: unknown): Checked<MemberEntry> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return NO;
  const member = value as Record<string, unknown>;
  for (const key in member) {
    if (!MEMBER_KEY_SET.has(key) || !Object.hasOwn(member, key)) return NO;
  }
  const name = text(member.name, 200);
  if (name === NO) return NO;
  let changed = name !== member.name;
  for (const key of MEMBER_TEXT_KEYS) {
    if (member[key] === undefined) continue;
    const t = text(member[key], 200);
    if (t === NO) return NO;
    changed ||= t !== member[key];
  }
  if (member.capacity !== undefined && !hours(member.capacity, true)) return NO;
  if (member.skills !== undefined) {
    const skills = member.skills;
    if (!Array.isArray(skills) || skills.length > 50 || !skills.every(id)) return NO;
  }
  let tasks: TaskEntry[] | undefined;
  if (member.tasks !== undefined) {
    const list = member.tasks;
    if (!Array.isArray(list) || list.length > 10000) return NO;
    for (let i = 0; i < list.length; i++) {
      const t = fastTask(list[i]);
      if (t === NO) return NO;
      if (t !== list[i]) (tasks ??= list.slice(0, i)).push(t);
      else tasks?.push(t);
    }
    if (tasks) changed = true;
    else tasks = list as TaskEntry[];
  }
  if (!changed && Object.getPrototypeOf(member) === Object.prototype) return member as MemberEntry;
  const short: Record<string, string> = {};
  for (const key of MEMBER_TEXT_KEYS) if (member[key] !== undefined) short[key] = text(member[key], 200) as string;
  return {
    name,
    ...short,
    ...(member.capacity !== undefined ? { capacity: member.capacity as number } : {}),
    ...(member.skills !== undefined ? { skills: member.skills as string[] } : {}),
    ...(tasks !== undefined ? { tasks } : {}),
  };
}

/**
 * What the one-pass check made of a file: its members and unassigned rocks as
 * zod would return them, and the rest of the file, checked here (`head`) or
 * left to zod (`head` undefined: parse `rest` with orgFileSchema and `join`).
 */
export interface FastShape {
  head: Record<string, unknown> | undefined;
  rest: Record<string, unknown>;
  members: MemberEntry[] | undefined;
  unassigned: TaskEntry[] | undefined;
}

/** The file as `orgFileSchema` returns it, from the rest of the file (as zod or fastRest returned it) and the sections checked here. */
export function joinShape(head: Record<string, unknown>, shape: FastShape): OrgFile {
  const { members, unassigned } = shape;
  return { ...head, ...(members ? { members } : {}), ...(unassigned ? { unassigned } : {}) } as OrgFile;
}

/**
 * `orgFileSchema.safeParse(data)` when it succeeds, faster for big files:
 * members and unassigned rocks checked here, the rest of the file here too
 * when it holds only simple sections. Undefined when anything is off: then
 * zod runs on the whole file for its messages.
 */
export function fastOrgFile(data: Record<string, unknown>): FastShape | undefined {
  const rest: Record<string, unknown> = { ...data };
  let members: MemberEntry[] | undefined;
  let unassigned: TaskEntry[] | undefined;
  if (data.members !== undefined) {
    const list = data.members;
    if (!Array.isArray(list) || list.length > 1_000_000) return undefined;
    members = new Array<MemberEntry>(list.length);
    for (let i = 0; i < list.length; i++) {
      const m = fastMember(list[i]);
      if (m === NO) return undefined;
      members[i] = m;
    }
    rest.members = [];
  }
  if (data.unassigned !== undefined) {
    const list = data.unassigned;
    if (!Array.isArray(list) || list.length > 100000) return undefined;
    unassigned = new Array<TaskEntry>(list.length);
    for (let i = 0; i < list.length; i++) {
      const t = fastTask(list[i]);
      if (t === NO) return undefined;
      unassigned[i] = t;
    }
    rest.unassigned = [];
  }
  // The rest of the file: by hand when it holds only the simple sections (no zod at start-up), else zod.
  const checked = fastRest(rest);
  if (checked === NO) return undefined;
  return { head: checked === ZOD ? undefined : checked, rest, members, unassigned };
}

/** Marks a part of the file left to zod. */
const ZOD = Symbol('zod');

const has = (o: Record<string, unknown>, key: string): boolean => Object.hasOwn(o, key);

/** Only own keys from `allowed`, none of them holding undefined. */
function keysIn(o: Record<string, unknown>, allowed: Set<string>): boolean {
  for (const key in o) {
    if (!allowed.has(key) || !has(o, key) || o[key] === undefined) return false;
  }
  return true;
}

const plainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const smallInt = (v: unknown): boolean => finite(v) && Number.isInteger(v) && v >= 1 && v <= 100;

/**
 * The file without its members and rocks, as `orgFileSchema` returns it, when
 * it holds only the sections checked here; ZOD when it holds another (or a
 * value not checked here), NO when it is not valid.
 */
function fastRest(rest: Record<string, unknown>): Checked<Record<string, unknown>> | typeof ZOD {
  for (const key in rest) {
    if (!has(rest, key)) return ZOD;
    if (key === 'members' || key === 'unassigned') continue;
    if (!REST_KEY_SET.has(key) || rest[key] === undefined) return ZOD;
  }
  const out: Record<string, unknown> = {};
  if (has(rest, '$schema')) {
    if (typeof rest.$schema !== 'string') return NO;
    out.$schema = rest.$schema;
  }
  if (rest.version !== 1) return NO;
  out.version = 1;
  for (const key of ['org', 'stage', 'team', 'parent'] as const) {
    if (!has(rest, key)) continue;
    if (key === 'stage') {
      if (typeof rest.stage !== 'string' || !STAGE_SET.has(rest.stage)) return NO;
      out.stage = rest.stage;
      continue;
    }
    const t = text(rest[key], 200);
    if (t === NO) return NO;
    out[key] = t;
  }
  if (has(rest, 'defaults')) {
    const d = rest.defaults;
    if (!plainObject(d) || !keysIn(d, DEFAULTS_KEY_SET)) return ZOD;
    if (has(d, 'capacity') && !hours(d.capacity, true)) return NO;
    if (has(d, 'effort') && !hours(d.effort, false)) return NO;
    out.defaults = { ...(has(d, 'capacity') ? { capacity: d.capacity } : {}), ...(has(d, 'effort') ? { effort: d.effort } : {}) };
  }
  if (has(rest, 'members')) out.members = rest.members;
  if (has(rest, 'unassigned')) out.unassigned = rest.unassigned;
  if (has(rest, 'policy')) {
    const p = rest.policy;
    if (!plainObject(p) || !keysIn(p, POLICY_KEY_SET)) return ZOD;
    const policy: PolicyEntry = {};
    if (has(p, 'maxLoad')) {
      if (!finite(p.maxLoad) || !(p.maxLoad > 0 && p.maxLoad <= 1000)) return NO;
      policy.maxLoad = p.maxLoad;
    }
    if (has(p, 'maxDisciplines')) {
      if (!smallInt(p.maxDisciplines)) return NO;
      policy.maxDisciplines = p.maxDisciplines as number;
    }
    if (has(p, 'required')) {
      const r = p.required;
      if (!Array.isArray(r) || r.length > 100 || !r.every(id)) return NO;
      policy.required = r as string[];
    }
    if (has(p, 'minOwners')) {
      if (!smallInt(p.minOwners)) return NO;
      policy.minOwners = p.minOwners as number;
    }
    if (has(p, 'maxUnicornScore')) {
      if (!finite(p.maxUnicornScore) || !(p.maxUnicornScore > 0 && p.maxUnicornScore <= 100)) return NO;
      policy.maxUnicornScore = p.maxUnicornScore;
    }
    for (const key of ['allowUnassigned', 'allowUnclassified', 'requireHandoffContext'] as const) {
      if (!has(p, key)) continue;
      if (typeof p[key] !== 'boolean') return NO;
      policy[key] = p[key] as boolean;
    }
    out.policy = policy;
  }
  return out;
}
