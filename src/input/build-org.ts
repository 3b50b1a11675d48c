/**
 * The last step of loading: the checked files merged into one classified Org,
 * or the problems that only show across files.
 */
import { createClassifier } from '../classify/classifier.js';
import { checkRuleConfig } from '../classify/config-check.js';
import type { RuleConfig } from '../model/classification.js';
import { compareDiagnostics, type DataPath, type Diagnostic } from '../model/diagnostics.js';
import type { Member, Org, Task, Team, Waiver } from '../model/org.js';
import { inferStage, resolvePolicy } from '../model/policy.js';
import type { Stage } from '../model/stage.js';
import { BUILTIN_DISCIPLINES, type Discipline } from '../model/taxonomy.js';
import { closest } from '../shared/suggest.js';
import type { CheckedFile } from './checked-file.js';
import { LoadedMember, LoadedTask, NO_TAGS, UNASSIGNED } from './loaded.js';
import type { LoadResult } from './load-result.js';
import type { OrgFile, TaskEntry } from './schema.js';

const DEFAULT_CAPACITY = 40;
const DEFAULT_EFFORT = 4;

/** Merges checked files into one Org: cross-references checked (disciplines, duplicate names, sections set twice), every rock classified. */
export function buildOrg(files: readonly CheckedFile[]): LoadResult {
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
