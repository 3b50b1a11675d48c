/**
 * parse → validate → classify: org file texts to one classified Org, or every
 * problem at once as located diagnostics. Pure: callers hand in the texts.
 */
import type { z } from 'zod';
import { createClassifier } from '../classify/engine.js';
import { checkRuleConfig } from '../classify/engine.js';
import { closest } from '../shared/suggest.js';
import type { Classification, Classifier, RuleConfig } from '../model/classification.js';
import { compareDiagnostics, type DataPath, type Diagnostic, type Position, type SourceRef } from '../model/diagnostics.js';
import type { Member, Org, Task, Team, Waiver } from '../model/org.js';
import { fastOrgFile } from './fast-validate.js';
import { folderTeams } from './folder-team.js';
import { DEFAULT_PARSE_LIMITS, parseSource, type Locator, type ParseLimits } from './parse.js';
import { inferStage, resolvePolicy } from '../model/policy.js';
import type { OrgFile, TaskEntry } from './schema.js';
import type { Stage } from '../model/stage.js';
import { need, withSlowParts } from './slow-path.js';
import './slow-path-eager.js';
import { BUILTIN_DISCIPLINES, type Discipline } from '../model/taxonomy.js';

export interface OrgSource {
  /** The name shown in diagnostics (a path relative to where rocks runs). */
  file: string;
  text: string;
  /** The folder given as input that this file was found under: its sub-folders name teams (folder per team). */
  folder?: string;
}

export interface LoadOptions {
  limits?: ParseLimits;
}

export type LoadResult =
  | { ok: true; org: Org; classifier: Classifier; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

const DEFAULT_CAPACITY = 40;
const DEFAULT_EFFORT = 4;

interface CheckedFile {
  file: string;
  data: OrgFile;
  locator: Locator;
  /** Teams named by the file's folders below the input folder, outermost first; empty when the file says `team:`. */
  folderTeams: string[];
  origin: Origin;
}

/**
 * The file a member or rock was written in, and how to find a path in it; not
 * the CheckedFile, whose parsed data the model must not keep alive.
 */
interface Origin {
  readonly file: string;
  readonly locator: Locator;
}

/** The member index of an unassigned rock. */
const UNASSIGNED = -1;
/** Shared by the rocks with no tags (most of them): frozen, so that no rock's change can reach another. */
const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * A rock as loaded. Where it was written is kept as indexes into its file and
 * turned into a reference and a position when read: reports locate only the
 * rocks they name, and a path, a reference and a position per rock would be
 * four more objects per rock (over five million in a 300,000-member org).
 * A copy made by spreading (`{ ...task }`) has no `ref` or `pos`.
 */
class LoadedTask implements Task {
  title: string;
  effort: number;
  discipline: string | null;
  classification: Classification;
  tags: readonly string[];
  context: string | undefined;
  owner: string | null;
  // Private (#): out of enumeration, JSON and deep equality, like a position stored as data.
  readonly #origin: Origin;
  readonly #member: number;
  readonly #index: number;

  constructor(title: string, effort: number, classification: Classification, tags: readonly string[], context: string | undefined, owner: string | null, origin: Origin, member: number, index: number) {
    this.title = title;
    this.effort = effort;
    this.discipline = classification.discipline;
    this.classification = classification;
    this.tags = tags;
    this.context = context;
    this.owner = owner;
    this.#origin = origin;
    this.#member = member;
    this.#index = index;
  }

  get ref(): SourceRef {
    return { file: this.#origin.file, path: this.#path() };
  }

  get pos(): Position {
    return this.#origin.locator.locate(this.#path());
  }

  /** The task as plain data, `ref` and `pos` included: what JSON.stringify writes. */
  toJSON(): Task {
    const { title, effort, discipline, classification, tags, context, owner, ref, pos } = this;
    return context === undefined ? { title, effort, discipline, classification, tags, owner, ref, pos } : { title, effort, discipline, classification, tags, context, owner, ref, pos };
  }

  #path(): DataPath {
    return this.#member === UNASSIGNED ? ['unassigned', this.#index] : ['members', this.#member, 'tasks', this.#index];
  }
}

/** A member as loaded; like a rock, located when asked. */
class LoadedMember implements Member {
  name: string;
  role: string | undefined;
  team: string | undefined;
  capacity: number;
  skills: string[];
  tasks: Task[];
  readonly #origin: Origin;
  readonly #index: number;

  constructor(name: string, role: string | undefined, team: string | undefined, capacity: number, skills: string[], tasks: Task[], origin: Origin, index: number) {
    this.name = name;
    this.role = role;
    this.team = team;
    this.capacity = capacity;
    this.skills = skills;
    this.tasks = tasks;
    this.#origin = origin;
    this.#index = index;
  }

  get ref(): SourceRef {
    return { file: this.#origin.file, path: ['members', this.#index] };
  }

  get pos(): Position {
    return this.#origin.locator.locate(['members', this.#index]);
  }

  /** The member as plain data, `ref` and `pos` included: what JSON.stringify writes. */
  toJSON(): Member {
    const { name, role, team, capacity, skills, tasks, ref, pos } = this;
    return { name, ...(role !== undefined ? { role } : {}), ...(team !== undefined ? { team } : {}), capacity, skills, tasks, ref, pos };
  }
}

export function loadOrg(sources: readonly OrgSource[], options: LoadOptions = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const files: CheckedFile[] = [];
  for (const source of sources) {
    const parsed = parseSource(source.file, source.text, options.limits ?? DEFAULT_PARSE_LIMITS);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.diagnostics.length > 0) continue;
    const shaped = checkShape(source.file, parsed.data, parsed.locator);
    diagnostics.push(...shaped.diagnostics);
    if (shaped.data) {
      const teams = shaped.data.team === undefined ? folderTeams(source.file, source.folder) : [];
      files.push({ file: source.file, data: shaped.data, locator: parsed.locator, folderTeams: teams, origin: { file: source.file, locator: parsed.locator } });
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  return buildOrg(files);
}

/**
 * `loadOrg`, loading the yaml package or the zod schema first when the input
 * needs them (the CLI bundle leaves them out of start-up; see slow-path.ts).
 */
export function loadOrgLazily(sources: readonly OrgSource[], options: LoadOptions = {}): Promise<LoadResult> {
  return withSlowParts(() => loadOrg(sources, options));
}

// ---------------------------------------------------------------- shape

function checkShape(file: string, data: unknown, locator: Locator): { data?: OrgFile; diagnostics: Diagnostic[] } {
  const at = (path: DataPath, code: string, message: string, key?: string): Diagnostic => ({
    file,
    ...locator.locate(path, key),
    code,
    message,
    severity: 'error',
  });
  if (data === null || data === undefined) {
    return { diagnostics: [at([], 'empty-file', 'the file is empty; an org file is a mapping starting with `version: 1`')] };
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    return { diagnostics: [at([], 'not-a-mapping', `the file holds ${kind}; an org file is a mapping starting with \`version: 1\``)] };
  }
  // Big files: members and tasks checked in one pass; zod runs on the whole file only to explain a problem.
  const fast = fastOrgFile(data as Record<string, unknown>);
  if (fast) return { data: fast, diagnostics: [] };
  const result = need('schema').orgFileSchema.safeParse(data);
  if (result.success) return { data: result.data, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) diagnostics.push(...describeIssue(issue, data, at));
  return { diagnostics };
}

type At = (path: DataPath, code: string, message: string, key?: string) => Diagnostic;

function describeIssue(issue: z.core.$ZodIssue, data: unknown, at: At): Diagnostic[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = describePath(path);
  if (issue.code !== 'unrecognized_keys' && path.length > 0 && valueAt(data, path) === undefined) {
    const parent = path.slice(0, -1);
    return [at(parent, 'missing-key', `${describePath(parent) || 'the file'} needs "${String(path[path.length - 1])}"`)];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowed);
        const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; expected one of ${allowed.join(', ')}` : '';
        return at(path, 'unknown-key', `unknown key ${quoted(key)}${where ? ` in ${where}` : ''}${hint}`, key);
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      return [at(path, 'wrong-type', `${where} must be ${article(issue.expected)}, not ${describeValue(value)}`)];
    }
    case 'invalid_union': {
      const value = valueAt(data, path);
      if (isTaskPath(path)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          // A task mapping that failed: report what is wrong inside it rather than "invalid union".
          const branch = issue.errors.find((errs) => errs.some((e) => e.path.length > 0 || e.code === 'unrecognized_keys'));
          if (branch) return branch.flatMap((e) => describeIssue({ ...e, path: [...path, ...e.path] } as z.core.$ZodIssue, data, at));
        }
        return [at(path, 'wrong-type', `${where} must be a task title or a mapping with a "title", not ${describeValue(value)}`)];
      }
      return [at(path, 'wrong-type', `${where} is not valid: ${issue.message}`)];
    }
    case 'invalid_key': {
      // A free-form mapping (classification.weights) whose key is not an id.
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      return [at(parent, 'invalid-key', `${quoted(key)} in ${describePath(parent)} is not a rule id (kebab-case, such as pmm-launch)`, key)];
    }
    case 'invalid_value':
      return [at(path, 'invalid-value', `${where} ${issue.message.startsWith('must') ? issue.message : `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`}, not ${describeValue(valueAt(data, path))}`)];
    default: {
      const message = issue.message.startsWith('Invalid') ? issue.message.toLowerCase() : issue.message;
      return [at(path, 'invalid-value', `${where} ${message}`)];
    }
  }
}

function isTaskPath(path: DataPath): boolean {
  const n = path.length;
  return (n === 2 && path[0] === 'unassigned') || (n === 4 && path[0] === 'members' && path[2] === 'tasks');
}

const KEYS_BY_SECTION: Record<string, string[]> = {
  get ''() {
    return Object.keys(need('schema').orgFileSchema.shape);
  },
  members: ['name', 'role', 'team', 'capacity', 'skills', 'tasks'],
  tasks: ['title', 'effort', 'discipline', 'tags', 'context', 'handoff', 'link'],
  unassigned: ['title', 'effort', 'discipline', 'tags', 'context', 'handoff', 'link'],
  defaults: ['capacity', 'effort'],
  disciplines: ['id', 'name', 'role', 'required'],
  classification: ['threshold', 'rules', 'disable', 'weights'],
  rules: ['id', 'discipline', 'match', 'weight', 'description'],
  policy: [
    'maxLoad',
    'maxDisciplines',
    'required',
    'minOwners',
    'maxUnicornScore',
    'allowUnassigned',
    'allowUnclassified',
    'requireHandoffContext',
  ],
  waivers: ['rule', 'target', 'reason', 'expires'],
};

function allowedKeys(path: DataPath): string[] {
  const section = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  return KEYS_BY_SECTION[section] ?? [];
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, segment) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return value;
}

/** `members[2].tasks[0].effort` as people say it: "member 3, task 1, effort". */
export function describePath(path: DataPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      // Keys of free-form mappings (classification.weights) come from the file.
      const key = segment.length > 40 ? `${segment.slice(0, 37)}...` : segment;
      out += out ? `.${key}` : key;
    }
  }
  return out;
}

function article(expected: string): string {
  if (expected === 'object') return 'a mapping';
  if (expected === 'array') return 'a list';
  if (expected === 'string') return 'text';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** A string from the file, quoted and cut to a readable length. */
function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  if (typeof value === 'number') {
    // How YAML spells them: zod alone would say "received NaN".
    if (Number.isNaN(value)) return '.nan (not a number)';
    if (!Number.isFinite(value)) return `${value < 0 ? '-' : ''}.inf (infinity, or a number too large to hold)`;
    return String(value);
  }
  return `${typeof value} ${String(value)}`;
}

// ---------------------------------------------------------------- model

function buildOrg(files: readonly CheckedFile[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const problem = (f: CheckedFile, path: DataPath, code: string, message: string, key?: string): void => {
    diagnostics.push({ file: f.file, ...f.locator.locate(path, key), code, message, severity: 'error' });
  };
  const firstWith = <K extends keyof OrgFile>(key: K): CheckedFile | undefined => {
    const holders = files.filter((f) => f.data[key] !== undefined);
    for (const extra of holders.slice(1)) {
      const first = holders[0]!;
      const pos = first.locator.locate([], key);
      problem(extra, [], 'duplicate-section', `"${key}" is already set in ${first.file}:${pos.line}:${pos.col}; set it in one file only`, key);
    }
    return holders[0];
  };

  const orgFile = firstWith('org');
  const stageFile = firstWith('stage');
  const policyFile = firstWith('policy');
  const classificationFile = firstWith('classification');

  // Disciplines: built-ins, then custom ones in file order.
  const disciplines: Discipline[] = [...BUILTIN_DISCIPLINES];
  const extraRequired: string[] = [];
  const disciplineIds = new Set(disciplines.map((d) => d.id));
  for (const f of files) {
    f.data.disciplines?.forEach((d, i) => {
      if (disciplineIds.has(d.id)) {
        problem(f, ['disciplines', i, 'id'], 'duplicate-discipline', `discipline "${d.id}" is already defined`);
        return;
      }
      disciplineIds.add(d.id);
      disciplines.push({ id: d.id, name: d.name, role: d.role ?? `${d.name} Lead`, productManagement: false, deliverables: [], custom: true });
      if (d.required) extraRequired.push(d.id);
    });
  }
  const knownIds = [...disciplineIds];
  const checkDiscipline = (f: CheckedFile, path: DataPath, value: string): void => {
    if (disciplineIds.has(value)) return;
    const suggestion = closest(value, knownIds);
    problem(f, path, 'unknown-discipline', `unknown discipline "${value}"${suggestion ? `; did you mean "${suggestion}"?` : '; see `rocks rules` for the known ids'}`);
  };

  const ruleConfig: RuleConfig | undefined = classificationFile?.data.classification as RuleConfig | undefined;
  if (classificationFile && ruleConfig) {
    for (const p of checkRuleConfig(ruleConfig, knownIds)) problem(classificationFile, ['classification', ...p.path], 'invalid-rule', p.message);
  }
  if (policyFile?.data.policy?.required) {
    policyFile.data.policy.required.forEach((id, i) => checkDiscipline(policyFile, ['policy', 'required', i], id));
  }

  // Members, with duplicate names caught within and across files.
  // Members, with duplicate names (compared without case) caught within and across files. Names are found
  // by a number computed from their lower-case characters, not a lower-cased copy per name.
  const memberFiles: CheckedFile[] = [];
  const memberIndexes: number[] = [];
  const firstWithHash = new Map<number, number>();
  const nextWithHash: number[] = [];
  for (const f of files) {
    f.data.members?.forEach((m, index) => {
      const hash = foldedNameHash(m.name);
      let earlier = firstWithHash.get(hash) ?? -1;
      while (earlier >= 0 && !sameNameFolded(nameOf(memberFiles[earlier]!, memberIndexes[earlier]!), m.name)) earlier = nextWithHash[earlier]!;
      if (earlier >= 0) {
        const file = memberFiles[earlier]!;
        const pos = file.locator.locate(['members', memberIndexes[earlier]!, 'name']);
        problem(f, ['members', index, 'name'], 'duplicate-member', `member "${m.name}" is already defined at ${file.file}:${pos.line}:${pos.col}`);
        return;
      }
      const entry = memberFiles.push(f) - 1;
      memberIndexes.push(index);
      nextWithHash.push(firstWithHash.get(hash) ?? -1);
      firstWithHash.set(hash, entry);
      m.skills?.forEach((s, i) => checkDiscipline(f, ['members', index, 'skills', i], s));
      m.tasks?.forEach((t, i) => {
        if (typeof t !== 'string' && t.discipline) checkDiscipline(f, ['members', index, 'tasks', i, 'discipline'], t.discipline);
      });
    });
    f.data.unassigned?.forEach((t, i) => {
      if (typeof t !== 'string' && t.discipline) checkDiscipline(f, ['unassigned', i, 'discipline'], t.discipline);
    });
    f.data.waivers?.forEach((w, i) => {
      if (!isCalendarDate(w.expires)) problem(f, ['waivers', i, 'expires'], 'invalid-value', `waivers[${i}].expires: ${w.expires} is not a date on the calendar`);
    });
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };

  const classifier = createClassifier({ disciplines: knownIds, config: ruleConfig });
  // Every rock is classified, without a memo of results: a classification is about as cheap as a look-up by
  // title (a fresh string per rock has its hash computed on first use), and a result is under 100 bytes.
  const makeTask = (f: CheckedFile, entry: TaskEntry, member: number, index: number, owner: string | null, role: string | undefined): Task => {
    if (typeof entry === 'string') {
      const classification = classifier.classify({ text: entry, tags: NO_TAGS, role });
      return new LoadedTask(entry, f.data.defaults?.effort ?? DEFAULT_EFFORT, classification, NO_TAGS, undefined, owner, f.origin, member, index);
    }
    // The parser made this list for this task alone: kept, not copied.
    const tags = entry.tags?.length ? entry.tags : NO_TAGS;
    const classification = classifier.classify({ text: entry.title, tags, role, explicit: entry.discipline });
    const context = entry.context ?? entry.handoff ?? entry.link;
    const effort = entry.effort ?? f.data.defaults?.effort ?? DEFAULT_EFFORT;
    return new LoadedTask(entry.title, effort, classification, tags, context, owner, f.origin, member, index);
  };

  const members: Member[] = memberFiles.map((f, entry) => {
    const index = memberIndexes[entry]!;
    const m = f.data.members![index]!;
    const entries = m.tasks ?? [];
    const tasks = new Array<Task>(entries.length);
    for (let i = 0; i < entries.length; i++) tasks[i] = makeTask(f, entries[i]!, index, i, m.name, m.role);
    const team = m.team ?? f.data.team ?? f.folderTeams[f.folderTeams.length - 1];
    const capacity = m.capacity ?? f.data.defaults?.capacity ?? DEFAULT_CAPACITY;
    return new LoadedMember(m.name, m.role, team, capacity, m.skills ? [...new Set(m.skills)] : [], tasks, f.origin, index);
  });
  const unassigned = files.flatMap((f) => (f.data.unassigned ?? []).map((t, i) => makeTask(f, t, UNASSIGNED, i, null, undefined)));

  const waivers: Waiver[] = files.flatMap((f) =>
    (f.data.waivers ?? []).map((w, i) => ({
      rule: w.rule,
      ...(w.target !== undefined ? { target: w.target } : {}),
      reason: w.reason,
      expires: w.expires,
      ref: { file: f.file, path: ['waivers', i] },
      pos: f.locator.locate(['waivers', i]),
    })),
  );

  const teams = new Map<string, Team>();
  for (const f of files) {
    if (f.data.team) teams.set(f.data.team, { name: f.data.team, ...(f.data.parent ? { parent: f.data.parent } : {}) });
  }
  for (const f of files) {
    if (!f.data.members?.length) continue;
    f.folderTeams.forEach((name, i) => {
      if (!teams.has(name)) teams.set(name, { name, ...(i > 0 ? { parent: f.folderTeams[i - 1]! } : {}) });
    });
  }
  for (const m of members) if (m.team && !teams.has(m.team)) teams.set(m.team, { name: m.team });

  const written: Stage | undefined = stageFile?.data.stage;
  const stage = written ?? inferStage(members.length);
  const policyPos = policyFile
    ? {
        ref: { file: policyFile.file, path: ['policy'] },
        pos: policyFile.locator.locate(['policy']),
        ...(policyFile.data.policy?.required ? { required: policyFile.data.policy.required.map((_, i) => policyFile.locator.locate(['policy', 'required', i])) } : {}),
      }
    : undefined;
  const org: Org = {
    name: orgFile?.data.org ?? 'Unnamed org',
    stage,
    stageInferred: written === undefined,
    members,
    unassigned,
    disciplines,
    policy: resolvePolicy(stage, policyFile?.data.policy, extraRequired),
    waivers,
    teams: [...teams.values()],
    files: files.map((f) => f.file),
    ...(policyPos ? { policyRef: policyPos } : {}),
  };
  return { ok: true, org, classifier, diagnostics: [] };
}

export type { Position };

function nameOf(f: CheckedFile, index: number): string {
  return f.data.members![index]!.name;
}

/** Whether two names are one name written in different case (as `toLowerCase` folds it). */
function sameNameFolded(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** FNV-1a over the lower-case characters of a name, as a small integer (a cheap key in a map). */
function foldedNameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    // Beyond ASCII, lower-casing is Unicode's (and may change the length): hash the lower-cased copy instead.
    if (c >= 0x80) return rawHash(name.toLowerCase());
    if (c >= 65 && c <= 90) c += 32;
    hash = Math.imul(hash ^ c, 0x01000193);
  }
  return hash & 0x3fffffff;
}

function rawHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash & 0x3fffffff;
}

/** YYYY-MM-DD that names a real day (the schema checks only the shape: 2025-02-30 passes it). */
function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
