/**
 * The four reports (load, gaps, unicorn risk, handoffs) as data. Pure: an Org
 * in, an Audit out; no I/O, no colour, no wording beyond short statuses.
 */
import type { Member, Org, Task } from './model.js';
import { loadPercent } from './model.js';
import type { Stage } from './schema.js';
import type { Discipline } from './taxonomy.js';
import { compareText, SORT_NATIVELY_FROM, sortable } from './collate.js';

export type LoadStatus = 'ok' | 'stretched' | 'overloaded';
export type CoverageStatus = 'gap' | 'thin' | 'covered' | 'unowned';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface DisciplineEffort {
  id: string;
  effort: number;
}

export interface MemberLoad {
  name: string;
  role?: string;
  team?: string;
  capacity: number;
  effort: number;
  /** Percent of capacity. */
  load: number;
  tasks: number;
  /** Disciplines carried, most effort first. */
  disciplines: DisciplineEffort[];
  status: LoadStatus;
}

export interface DisciplineCoverage {
  id: string;
  name: string;
  required: boolean;
  owners: string[];
  effort: number;
  /** Percent of the org's classified effort. */
  share: number;
  /** gap: required and nobody carries it; thin: fewer owners than policy.minOwners (a bus factor of one by default); unowned: optional and nobody carries it. */
  status: CoverageStatus;
  /** The role to open for this discipline. */
  role: string;
}

export interface MissingDeliverable {
  discipline: string;
  deliverable: string;
}

export interface UnicornRisk {
  name: string;
  /** Effective number of disciplines: exp of the Shannon entropy of the member's effort shares. */
  span: number;
  disciplines: string[];
  /** Disciplines nobody else carries. */
  soleOwnerOf: string[];
  load: number;
  /** span × max(1, load / 100) + 0.5 × soleOwnerOf.length */
  score: number;
  level: RiskLevel;
}

export interface TruckFactor {
  /** Fewest people whose departure leaves most required disciplines without an owner; null when no departure can. */
  people: number | null;
  /** One such set of people. */
  members: string[];
  /** The required disciplines they would leave without an owner. */
  disciplines: string[];
}

export interface LoadChange {
  before: number;
  after: number;
}

export interface Handoff {
  task: string;
  discipline: string;
  effort: number;
  /** Current owner; null for an unassigned rock. */
  from: string | null;
  /** Receiver; null when a role should be opened instead. */
  to: string | null;
  /** The role to open, when `to` is null. */
  role?: string;
  fromLoad?: LoadChange;
  toLoad?: LoadChange;
}

export interface RoleToOpen {
  discipline: string;
  role: string;
  /** Hours per week the role would carry. */
  hours: number;
  tasks: number;
}

export interface TaskRef {
  title: string;
  owner: string | null;
  discipline: string | null;
  effort: number;
  file: string;
  line: number;
  col: number;
}

export interface Audit {
  org: string;
  stage: Stage;
  stageInferred: boolean;
  headcount: number;
  totals: { effort: number; capacity: number; load: number; tasks: number };
  members: MemberLoad[];
  disciplines: DisciplineCoverage[];
  missingDeliverables: MissingDeliverable[];
  unassigned: TaskRef[];
  unclassified: TaskRef[];
  unicorns: UnicornRisk[];
  truckFactor: TruckFactor;
  handoffs: Handoff[];
  rolesToOpen: RoleToOpen[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function analyse(org: Org): Audit {
  const scan = scanTasks(org);
  const rank = nameRanks(org.members);
  const loads = org.members.map((m, i) => memberLoad(m, org.policy.maxLoad, scan.carried[i]!, scan.effort[i]!));
  const members = sortedBy(loads, (a, b) => loads[b]!.load - loads[a]!.load || rank[a]! - rank[b]! || a - b);
  const risks = org.members.map((m, i) => unicornRisk(m, scan, org, i));
  const unicorns = sortedBy(risks, (a, b) => risks[b]!.score - risks[a]!.score || rank[a]! - rank[b]! || a - b);

  let capacity = 0;
  for (const m of org.members) capacity += m.capacity;
  const { handoffs, rolesToOpen } = planWithRanks(org, rank, scan);
  const unclassified: TaskRef[] = scan.unclassified;
  for (const t of org.unassigned) if (t.discipline === null) unclassified.push(taskRef(t));
  const effort = scan.totalEffort;
  return {
    org: org.name,
    stage: org.stage,
    stageInferred: org.stageInferred,
    headcount: org.members.length,
    totals: { effort: round1(effort), capacity: round1(capacity), load: Math.round(loadPercent(effort, capacity)), tasks: scan.tasks },
    members,
    disciplines: coverage(org, scan, rank),
    missingDeliverables: missingDeliverables(org),
    unassigned: org.unassigned.map(taskRef),
    unclassified,
    unicorns,
    truckFactor: truckFactor(org, scan.owners),
    handoffs,
    rolesToOpen,
  };
}

/** What the reports need from every member's tasks, gathered in one pass over them. */
interface TaskScan {
  /** Per member: hours in all tasks. */
  effort: number[];
  /** Per member: hours in unclassified tasks. */
  unclassifiedEffort: number[];
  /** Per member: disciplines carried, most effort first. */
  carried: DisciplineEffort[][];
  /** Per member: discipline → hours, in the order the disciplines first appear (the planner's starting state). */
  carriedInOrder: Map<string, number>[];
  /** Discipline → indexes of the members with a task in it, in member order. */
  owners: Map<string, number[]>;
  /** Discipline → hours, summed task by task in member order. */
  effortById: Map<string, number>;
  /** Hours in classified tasks, and in all tasks, summed task by task in member order. */
  classifiedEffort: number;
  totalEffort: number;
  tasks: number;
  /** Members' unclassified tasks, in member and task order. */
  unclassified: TaskRef[];
}

function scanTasks(org: Org): TaskScan {
  const n = org.members.length;
  const scan: TaskScan = {
    effort: new Array<number>(n),
    unclassifiedEffort: new Array<number>(n),
    carried: new Array<DisciplineEffort[]>(n),
    carriedInOrder: new Array<Map<string, number>>(n),
    owners: new Map(),
    effortById: new Map(),
    classifiedEffort: 0,
    totalEffort: 0,
    tasks: 0,
    unclassified: [],
  };
  for (let i = 0; i < n; i++) {
    const m = org.members[i]!;
    let effort = 0;
    let unclassified = 0;
    const byId = new Map<string, number>();
    for (const t of m.tasks) {
      effort += t.effort;
      scan.totalEffort += t.effort;
      const d = t.discipline;
      if (!d) {
        unclassified += t.effort;
        if (d === null) scan.unclassified.push(taskRef(t));
        continue;
      }
      const mine = byId.get(d);
      if (mine === undefined) {
        byId.set(d, t.effort);
        let owners = scan.owners.get(d);
        if (!owners) scan.owners.set(d, (owners = []));
        owners.push(i);
      } else byId.set(d, mine + t.effort);
      scan.effortById.set(d, (scan.effortById.get(d) ?? 0) + t.effort);
      scan.classifiedEffort += t.effort;
    }
    scan.effort[i] = effort;
    scan.unclassifiedEffort[i] = unclassified;
    scan.carriedInOrder[i] = byId;
    scan.carried[i] = [...byId].map(([id, e]) => ({ id, effort: e })).sort((a, b) => b.effort - a.effort || compareIds(a.id, b.id));
    scan.tasks += m.tasks.length;
  }
  return scan;
}

/**
 * Each member's place in the order of names (compareText; equal names share a
 * place), so hot sorts compare two integers instead of two strings. Sorting by
 * (key, rank, index) gives exactly the order a stable sort by (key,
 * compareText) gives.
 */
function nameRanks(members: readonly { name: string }[]): Int32Array {
  const small = members.length < SORT_NATIVELY_FROM;
  const names = members.map((m) => (small ? m.name : sortable(m.name)));
  const byName = small ? compareText : (x: string, y: string) => x.localeCompare(y, 'en');
  const compare = (a: number, b: number): number => byName(names[a]!, names[b]!);
  const order = members.map((_, i) => i).sort((a, b) => compare(a, b) || a - b);
  const rank = new Int32Array(members.length);
  for (let k = 0, r = 0; k < order.length; k++) {
    if (k > 0 && compare(order[k]!, order[k - 1]!) !== 0) r = k;
    rank[order[k]!] = r;
  }
  return rank;
}

/**
 * Discipline ids in name order. Ids are kebab-case ASCII (the schema checks
 * it), where code-unit order is the root collation's ("-" < digits < letters):
 * compareText's answer, without its loop.
 */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Member indexes ordered by rank, equal ranks by index: a counting sort (ranks are below the member count). */
function indexesByRank(rank: Int32Array): Int32Array {
  const n = rank.length;
  const next = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) next[rank[i]! + 1]!++;
  for (let r = 1; r <= n; r++) next[r]! += next[r - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[rank[i]!]!++] = i;
  return order;
}

/** `items` sorted by a comparator of their indexes. */
function sortedBy<T>(items: readonly T[], compare: (a: number, b: number) => number): T[] {
  return items
    .map((_, i) => i)
    .sort(compare)
    .map((i) => items[i]!);
}

/** A task as reports list it: what, whose, how big, and where it was written. */
export function taskRef(t: Task): TaskRef {
  return { title: t.title, owner: t.owner, discipline: t.discipline, effort: t.effort, file: t.ref.file, line: t.pos.line, col: t.pos.col };
}

export function loadStatus(load: number, maxLoad: number): LoadStatus {
  if (load > maxLoad) return 'overloaded';
  if (load > 100) return 'stretched';
  return 'ok';
}

function memberLoad(m: Member, maxLoad: number, carried: DisciplineEffort[], effort: number): MemberLoad {
  const load = Math.round(loadPercent(effort, m.capacity));
  return {
    name: m.name,
    ...(m.role !== undefined ? { role: m.role } : {}),
    ...(m.team !== undefined ? { team: m.team } : {}),
    capacity: m.capacity,
    effort: round1(effort),
    load,
    tasks: m.tasks.length,
    disciplines: carried,
    status: loadStatus(load, maxLoad),
  };
}

function coverage(org: Org, scan: TaskScan, rank: Int32Array): DisciplineCoverage[] {
  // Owners in name order: the members once in rank order (a counting sort), not one sort per discipline.
  const sortedOwners = new Map<string, string[]>();
  const names = org.members.map((m) => m.name);
  for (const i of indexesByRank(rank)) {
    // Every member with a task in a discipline owns it; `carried` lists each discipline once.
    for (const { id } of scan.carried[i]!) {
      let list = sortedOwners.get(id);
      if (!list) sortedOwners.set(id, (list = []));
      list.push(names[i]!);
    }
  }
  const effortById = scan.effortById;
  const total = scan.classifiedEffort;
  const required = new Set(org.policy.required);
  const statusOrder: Record<CoverageStatus, number> = { gap: 0, thin: 1, unowned: 2, covered: 3 };
  return org.disciplines
    .map((d): DisciplineCoverage => {
      const owners = sortedOwners.get(d.id) ?? [];
      const isRequired = required.has(d.id);
      const status: CoverageStatus =
        owners.length === 0 ? (isRequired ? 'gap' : 'unowned') : owners.length < Math.max(2, isRequired ? org.policy.minOwners : 2) ? 'thin' : 'covered';
      const effort = effortById.get(d.id) ?? 0;
      return {
        id: d.id,
        name: d.name,
        required: isRequired,
        owners,
        effort: round1(effort),
        share: total > 0 ? round1((effort / total) * 100) : 0,
        status,
        role: d.role,
      };
    })
    .sort((a, b) => statusOrder[a.status] - statusOrder[b.status] || Number(b.required) - Number(a.required) || b.effort - a.effort);
}

/** Lower-case words joined by single spaces, padded, so phrases match on word boundaries. */
function wordString(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function missingDeliverables(org: Org): MissingDeliverable[] {
  const required = new Set(org.policy.required);
  // A deliverable is mentioned when the words of one of its phrases, or those
  // words with an "s" on the last, appear in a row in a task's words. Phrases
  // are looked up by their first word while walking each task's words once,
  // until every deliverable is met.
  const deliverables: { discipline: string; name: string; met: boolean }[] = [];
  const byFirst = new Map<string, { words: string[]; of: number[] }[]>();
  const metByNoWords: number[] = []; // deliverables with a phrase of no words: met by a task of no words
  const addPhrase = (words: string[], of: number): void => {
    let list = byFirst.get(words[0]!);
    if (!list) byFirst.set(words[0]!, (list = []));
    const key = words.join(' ');
    const same = list.find((p) => p.words.join(' ') === key);
    if (same) same.of.push(of);
    else list.push({ words, of: [of] });
  };
  for (const d of org.disciplines) {
    if (!required.has(d.id)) continue;
    for (const deliverable of d.deliverables) {
      const index = deliverables.push({ discipline: d.id, name: deliverable.name, met: false }) - 1;
      for (const p of deliverable.mentions) {
        const words = phraseWords(p);
        if (words.length === 0) {
          metByNoWords.push(index);
          addPhrase(['s'], index);
        } else {
          addPhrase(words, index);
          addPhrase([...words.slice(0, -1), `${words.at(-1)}s`], index);
        }
      }
    }
  }
  let unmet = deliverables.length;
  const meet = (of: readonly number[]): void => {
    for (const i of of) {
      if (deliverables[i]!.met) continue;
      deliverables[i]!.met = true;
      unmet--;
    }
  };
  const scanned = new Set<string>();
  // A phrase's first word is part of the lower-cased text of any task that
  // mentions it: most tasks mention none. Rebuilt as deliverables are met, so
  // that once the common ones are, only the first words of the rest are looked for.
  let firstWords = /(?!)/u;
  let unmetAtBuild = -1;
  const mayMention = (text: string): boolean => {
    if (unmetAtBuild < 0 || (unmet < unmetAtBuild && unmet <= unmetAtBuild >> 1)) {
      const words = [...byFirst]
        .filter(([, phrases]) => phrases.some((p) => p.of.some((i) => !deliverables[i]!.met)))
        .map(([w]) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      firstWords = new RegExp(words.join('|') || '(?!)', 'u');
      unmetAtBuild = unmet;
    }
    return firstWords.test(text.toLowerCase());
  };
  const noWordsPending = (): boolean => metByNoWords.some((i) => !deliverables[i]!.met);
  const scan = (t: Task): void => {
    const text = t.tags.length ? `${t.title} ${t.tags.join(' ')}` : t.title;
    // Most tasks mention no phrase: ruled out by one regex test.
    if (!mayMention(text) && !(metByNoWords.length > 0 && noWordsPending())) return;
    if (scanned.has(text)) return; // a recurring rock says nothing new
    scanned.add(text);
    const words = phraseWords(text);
    if (words.length === 0) meet(metByNoWords);
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirst.get(words[i]!);
      if (!candidates) continue;
      for (const phrase of candidates) {
        if (i + phrase.words.length > words.length) continue;
        let k = 1;
        while (k < phrase.words.length && words[i + k] === phrase.words[k]) k++;
        if (k === phrase.words.length) meet(phrase.of);
      }
    }
  };
  for (const m of org.members) {
    if (unmet === 0) break;
    for (const t of m.tasks) scan(t);
  }
  for (const t of org.unassigned) {
    if (unmet === 0) break;
    scan(t);
  }
  return deliverables.filter((d) => !d.met).map((d) => ({ discipline: d.discipline, deliverable: d.name }));
}

/**
 * The lower-case words of a text, as `wordString` delimits them. ASCII text
 * (after lower-casing) is split by a loop over its characters, where \p{L} and
 * \p{N} are [a-z] and [0-9]; anything else goes through `wordString`.
 */
function phraseWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return slowPhraseWords(text);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

function slowPhraseWords(text: string): string[] {
  const words = wordString(text).trim();
  return words === '' ? [] : words.split(' ');
}

// ---------------------------------------------------------------- unicorn risk

/** Effective number of disciplines (Hill number of order 1): a token task adds little. */
export function effectiveSpan(efforts: readonly number[]): number {
  const total = efforts.reduce((s, e) => s + e, 0);
  if (total <= 0) return efforts.length > 0 ? 1 : 0;
  let entropy = 0;
  for (const e of efforts) {
    if (e <= 0) continue;
    const p = e / total;
    entropy -= p * Math.log(p);
  }
  return Math.exp(entropy);
}

export function unicornScore(span: number, load: number, soleOwned: number): number {
  return round1(span * Math.max(1, load / 100) + 0.5 * soleOwned);
}

export function riskLevel(score: number, maxUnicornScore: number): RiskLevel {
  if (score > maxUnicornScore) return 'high';
  if (score > maxUnicornScore * 0.7) return 'medium';
  return 'low';
}

function unicornRisk(m: Member, scan: TaskScan, org: Org, i: number): UnicornRisk {
  const carried = scan.carried[i]!;
  const span = effectiveSpan(carried.map((d) => d.effort));
  const soleOwnerOf = carried.filter((d) => scan.owners.get(d.id)?.length === 1).map((d) => d.id);
  const load = Math.round(loadPercent(carried.reduce((s, d) => s + d.effort, 0) + scan.unclassifiedEffort[i]!, m.capacity));
  const score = unicornScore(span, load, soleOwnerOf.length);
  return {
    name: m.name,
    span: round1(span),
    disciplines: carried.map((d) => d.id),
    soleOwnerOf,
    load,
    score,
    level: riskLevel(score, org.policy.maxUnicornScore),
  };
}

/**
 * The smallest set of people whose departure leaves more than half of the
 * required disciplines without an owner; among equals, the set that leaves the
 * most disciplines ownerless. Exact for up to 16 owned required disciplines
 * (it enumerates subsets of disciplines, which are few, not of people).
 */
function truckFactor(org: Org, ownership: Map<string, number[]>): TruckFactor {
  const required = org.policy.required.filter((id) => (ownership.get(id)?.length ?? 0) > 0);
  const alreadyGap = org.policy.required.length - required.length;
  const need = Math.floor(org.policy.required.length / 2) + 1 - alreadyGap;
  if (org.policy.required.length === 0 || required.length === 0) return { people: null, members: [], disciplines: [] };
  if (need <= 0) return { people: 0, members: [], disciplines: [] };
  if (required.length > 16 || need > required.length) return { people: null, members: [], disciplines: [] };
  // Each owner as the bit set of the required disciplines they carry; the
  // people a set S of disciplines loses are those whose bits meet S, counted
  // for every S at once by a sum over subsets (n · 2^n, not people · 2^n).
  const n = required.length;
  const full = (1 << n) - 1;
  const bitsOf = new Int32Array(org.members.length); // member → required disciplines they carry
  required.forEach((id, i) => {
    for (const p of ownership.get(id)!) bitsOf[p]! |= 1 << i;
  });
  const within = new Float64Array(1 << n); // within[X]: owners whose bits are a subset of X
  for (const bits of bitsOf) if (bits !== 0) within[bits]!++;
  for (let i = 0; i < n; i++) for (let x = 0; x <= full; x++) if (x & (1 << i)) within[x]! += within[x ^ (1 << i)]!;
  let best: { mask: number; size: number; count: number } | undefined;
  for (let mask = 1; mask <= full; mask++) {
    let bits = 0;
    for (let x = mask; x; x &= x - 1) bits++;
    if (bits < need) continue;
    const size = within[full]! - within[full & ~mask]!;
    if (!best || size < best.size || (size === best.size && bits > best.count)) best = { mask, size, count: bits };
  }
  if (!best) return { people: null, members: [], disciplines: [] };
  const chosen = best.mask;
  return {
    people: best.size,
    members: org.members.filter((_, p) => bitsOf[p]! & chosen).map((m) => m.name).sort(compareText),
    disciplines: required.filter((_, i) => chosen & (1 << i)),
  };
}

// ---------------------------------------------------------------- handoffs

interface PlanState {
  /** Per member (by index into org.members): hours carried. */
  effort: number[];
  capacity: number[];
  /** member → discipline → effort, in the order the disciplines were first carried */
  carried: Map<string, number>[];
  skills: Set<string>[];
  /** discipline → members carrying some of it */
  owners: Map<string, Set<number>>;
}

function loadOf(state: PlanState, i: number): number {
  return loadPercent(state.effort[i]!, state.capacity[i]!);
}

function riskOf(state: PlanState, i: number, maxUnicornScore: number): RiskLevel {
  const carried = state.carried[i]!;
  const efforts: number[] = [];
  let sole = 0;
  for (const [id, e] of carried) {
    if (e <= EPSILON) continue;
    efforts.push(e);
    if (state.owners.get(id)?.size === 1) sole++;
  }
  return riskLevel(unicornScore(effectiveSpan(efforts), Math.round(loadOf(state, i)), sole), maxUnicornScore);
}

const EPSILON = 1e-9;

/**
 * Moves `effort` of `discipline` between members (-1 = outside the org) and
 * returns an undo that restores every value exactly (subtracting again could
 * leave hours a float apart: 7.5 + 7 − 7 ≠ 7.5).
 */
function move(state: PlanState, discipline: string, effort: number, from: number, to: number): () => void {
  let owners = state.owners.get(discipline);
  if (!owners) state.owners.set(discipline, (owners = new Set()));
  const set = owners;
  const saved = [from, to].map((i) => (i < 0 ? undefined : { i, effort: state.effort[i]!, carried: state.carried[i]!.get(discipline) ?? 0, owner: set.has(i) }));
  const shift = (i: number, delta: number): void => {
    if (i < 0) return;
    state.effort[i] = state.effort[i]! + delta;
    const c = state.carried[i]!;
    const carried = (c.get(discipline) ?? 0) + delta;
    c.set(discipline, carried);
    if (carried > EPSILON) set.add(i);
    else set.delete(i);
  };
  shift(from, -effort);
  shift(to, effort);
  return () => {
    for (const s of saved.reverse()) {
      if (!s) continue;
      state.effort[s.i] = s.effort;
      state.carried[s.i]!.set(discipline, s.carried);
      if (s.owner) set.add(s.i);
      else set.delete(s.i);
    }
  };
}

/** A binary min-heap over a comparator. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const items = this.items;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(item, items[parent]!)) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && this.before(items[child + 1]!, items[child]!)) child++;
      if (!this.before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/** Heap methods that peek. */
function peek<T>(heap: Heap<T>): T | undefined {
  return (heap as unknown as { items: T[] }).items[0];
}

/**
 * The members of one capacity who may receive one discipline, bucketed by the
 * hours they carry: per bucket a heap by name; across buckets a heap of the
 * distinct hours. Entries go stale when a member's hours change (they then
 * sit in another bucket too) and are dropped when met.
 */
class CapacityGroup {
  readonly buckets = new Map<number, Heap<number>>();
  readonly efforts = new Heap<number>((a, b) => a < b);
  /** Hours present in `efforts`, so each is there once. */
  readonly listed = new Set<number>();
  constructor(private readonly byName: (a: number, b: number) => boolean) {}

  insert(member: number, effort: number): void {
    let bucket = this.buckets.get(effort);
    if (!bucket) this.buckets.set(effort, (bucket = new Heap(this.byName)));
    bucket.push(member);
    this.list(effort);
  }

  list(effort: number): void {
    if (this.listed.has(effort)) return;
    this.listed.add(effort);
    this.efforts.push(effort);
  }
}

/**
 * Who can take a task of a discipline, best first, without scanning the org.
 * For one capacity, load after a move grows with hours carried, so the hours
 * buckets of a capacity group, smallest first, yield candidates in load order
 * (two neighbouring buckets may round to the same load: they are merged by
 * name) and stop at the first bucket over the ceiling; a merge across the
 * capacities gives exactly the order of a full sort by (load after the move,
 * name, org order).
 */
class ReceiverIndex {
  private readonly groups = new Map<string, Map<number, CapacityGroup>>();
  /** Per member: the disciplines whose groups hold them */
  private readonly indexed: Set<string>[];
  private readonly seen: Int32Array;
  private query = 0;
  private readonly byName: (a: number, b: number) => boolean;

  constructor(
    private readonly state: PlanState,
    rank: Int32Array,
  ) {
    this.byName = (a, b) => rank[a]! < rank[b]! || (rank[a] === rank[b] && a < b);
    this.indexed = state.carried.map(() => new Set());
    this.seen = new Int32Array(state.carried.length);
    state.carried.forEach((carried, i) => {
      for (const d of carried.keys()) this.add(i, d);
      for (const d of state.skills[i]!) this.add(i, d);
    });
  }

  /** Makes `member` a candidate for `discipline` (idempotent). */
  add(member: number, discipline: string): void {
    if (this.indexed[member]!.has(discipline)) return;
    this.indexed[member]!.add(discipline);
    this.groupFor(discipline, this.state.capacity[member]!).insert(member, this.state.effort[member]!);
  }

  /** Re-files `member` after their hours changed. */
  update(member: number): void {
    const effort = this.state.effort[member]!;
    for (const d of this.indexed[member]!) this.groupFor(d, this.state.capacity[member]!).insert(member, effort);
  }

  private groupFor(discipline: string, capacity: number): CapacityGroup {
    let byCapacity = this.groups.get(discipline);
    if (!byCapacity) this.groups.set(discipline, (byCapacity = new Map()));
    let group = byCapacity.get(capacity);
    if (!group) byCapacity.set(capacity, (group = new CapacityGroup(this.byName)));
    return group;
  }

  /**
   * The first member, in order of load after taking `effort` hours and then
   * name, who can receive the discipline, is not `from`, stays at or under
   * `ceiling` and passes `accept`; -1 when there is none.
   */
  find(discipline: string, effort: number, from: number, ceiling: number, canReceive: (member: number) => boolean, accept: (member: number) => boolean): number {
    const byCapacity = this.groups.get(discipline);
    if (!byCapacity) return -1;
    const query = ++this.query;
    const { state, seen, byName } = this;

    interface Cursor {
      group: CapacityGroup;
      capacity: number;
      /** The buckets of the current run (same load), and the hours taken out of `efforts`. */
      run: { effort: number; bucket: Heap<number> }[];
      poppedEfforts: number[];
      taken: { bucket: Heap<number>; effort: number; member: number }[];
      head: number;
      load: number;
      done: boolean;
    }
    const loadAt = (c: Cursor, hours: number): number => loadPercent(hours + effort, c.capacity);

    /** The next candidate of the current run, by name; -1 when the run is spent. */
    const nextInRun = (c: Cursor): number => {
      for (;;) {
        let best: { effort: number; bucket: Heap<number> } | undefined;
        for (const r of c.run) {
          const top = peek(r.bucket);
          if (top === undefined) continue;
          if (!best || byName(top, peek(best.bucket)!)) best = r;
        }
        if (!best) return -1;
        const member = best.bucket.pop()!;
        if (state.effort[member] !== best.effort) continue; // stale: filed under other hours now
        if (seen[member] === query) {
          c.taken.push({ bucket: best.bucket, effort: best.effort, member });
          continue;
        }
        if (!canReceive(member)) {
          this.indexed[member]!.delete(discipline); // can never receive it again: that only comes with a move to them
          continue;
        }
        seen[member] = query;
        c.taken.push({ bucket: best.bucket, effort: best.effort, member });
        if (member === from) continue;
        return member;
      }
    };

    /** Starts the next run: the smallest hours under the ceiling, with any next hours of equal load. */
    const nextRun = (c: Cursor): void => {
      c.run = [];
      const { group } = c;
      const take = (): number | undefined => {
        for (;;) {
          const hours = peek(group.efforts);
          if (hours === undefined) return undefined;
          const bucket = group.buckets.get(hours);
          if (bucket && bucket.size > 0) return hours;
          group.efforts.pop();
          group.listed.delete(hours);
          group.buckets.delete(hours);
        }
      };
      const first = take();
      if (first === undefined || !(loadAt(c, first) <= ceiling + 1e-9)) {
        c.done = true;
        return;
      }
      c.load = loadAt(c, first);
      for (let hours: number | undefined = first; hours !== undefined && loadAt(c, hours) === c.load; hours = take()) {
        group.efforts.pop();
        group.listed.delete(hours);
        c.poppedEfforts.push(hours);
        c.run.push({ effort: hours, bucket: group.buckets.get(hours)! });
      }
    };

    const cursors: Cursor[] = [];
    for (const [capacity, group] of byCapacity) {
      const c: Cursor = { group, capacity, run: [], poppedEfforts: [], taken: [], head: -1, load: 0, done: false };
      cursors.push(c);
    }
    const advance = (c: Cursor): void => {
      for (;;) {
        if (c.run.length === 0) nextRun(c);
        if (c.done) return;
        c.head = nextInRun(c);
        if (c.head >= 0) return;
        c.run = [];
      }
    };
    for (const c of cursors) advance(c);

    let found = -1;
    for (;;) {
      let best: Cursor | undefined;
      for (const c of cursors) {
        if (c.done) continue;
        if (!best || c.load < best.load || (c.load === best.load && byName(c.head, best.head))) best = c;
      }
      if (!best) break;
      if (accept(best.head)) {
        found = best.head;
        break;
      }
      advance(best);
    }

    // Put back what was taken out: each member once, if still filed under those hours; then the hours.
    const restored = ++this.query;
    for (const c of cursors) {
      for (const t of c.taken) {
        if (state.effort[t.member] !== t.effort || seen[t.member] === restored) continue;
        seen[t.member] = restored;
        t.bucket.push(t.member);
      }
      for (const hours of c.poppedEfforts) {
        const bucket = c.group.buckets.get(hours);
        if (bucket && bucket.size > 0) c.group.list(hours);
        else c.group.buckets.delete(hours);
      }
    }
    return found;
  }
}

/**
 * Greedy plan: the most loaded member over 100 % first hands side rocks
 * (disciplines they spend least on) to members who already work in the
 * discipline or list it as a skill and stay at or under 100 % and under the
 * giver's load. A move that would turn anyone into a high-risk unicorn is
 * skipped. What cannot move goes to a role to open.
 */
export function planHandoffs(org: Org): { handoffs: Handoff[]; rolesToOpen: RoleToOpen[] } {
  return planWithRanks(org, nameRanks(org.members), scanTasks(org));
}

/** The plan, from the scan of the members' tasks (whose per-member maps it takes over and changes). */
function planWithRanks(org: Org, rank: Int32Array, scan: TaskScan): { handoffs: Handoff[]; rolesToOpen: RoleToOpen[] } {
  const { maxUnicornScore, maxLoad } = org.policy;
  const limit = Math.min(100, maxLoad);
  const state: PlanState = { effort: scan.effort.slice(), capacity: [], carried: scan.carriedInOrder, skills: [], owners: new Map() };
  org.members.forEach((m, i) => {
    for (const [d, e] of state.carried[i]!) {
      let owners = state.owners.get(d);
      if (!owners) state.owners.set(d, (owners = new Set()));
      if (e > 0) owners.add(i); // hours are never negative: some task in d has hours
    }
    state.capacity.push(m.capacity);
    state.skills.push(new Set(m.skills));
  });
  const names = org.members.map((m) => m.name);
  const roleOf = new Map(org.disciplines.map((d) => [d.id, d.role]));
  const handoffs: Handoff[] = [];
  const index = new ReceiverIndex(state, rank);

  const canReceive = (discipline: string) => (i: number): boolean =>
    (state.carried[i]!.get(discipline) ?? 0) > EPSILON || state.skills[i]!.has(discipline);

  const keepsRiskDown = (discipline: string, effort: number, from: number) => (to: number): boolean => {
    // Only these can change level: the two parties, and an owner who may become the last one.
    const affected = new Set<number>([to]);
    if (from >= 0) affected.add(from);
    const owners = state.owners.get(discipline);
    if (owners && owners.size <= 2) for (const o of owners) affected.add(o);
    const before = new Map([...affected].map((n) => [n, riskOf(state, n, maxUnicornScore)]));
    const undo = move(state, discipline, effort, from, to);
    const after = new Map([...affected].map((n) => [n, riskOf(state, n, maxUnicornScore)]));
    undo();
    for (const n of affected) if (after.get(n) === 'high' && before.get(n) !== 'high') return false;
    return true;
  };

  /**
   * True when handing this rock away would make the giver a high-risk unicorn
   * whoever takes it: with three or more owners of the discipline, nobody's
   * sole ownership changes, so the giver's risk after the move does not depend
   * on the receiver, and every receiver would be refused. Saves trying them all.
   */
  const giverTurnsHigh = (discipline: string, effort: number, from: number): boolean => {
    if ((state.owners.get(discipline)?.size ?? 0) < 3) return false;
    const before = riskOf(state, from, maxUnicornScore);
    if (before === 'high') return false;
    const undo = move(state, discipline, effort, from, -1);
    const after = riskOf(state, from, maxUnicornScore);
    undo();
    return after === 'high';
  };

  const commit = (discipline: string, effort: number, from: number, to: number): void => {
    move(state, discipline, effort, from, to);
    if (from >= 0) index.update(from);
    if (to >= 0) {
      index.add(to, discipline);
      index.update(to);
    }
  };

  const overloaded = org.members
    .map((_, i) => i)
    .filter((i) => loadOf(state, i) > limit)
    .sort((a, b) => loadOf(state, b) - loadOf(state, a) || rank[a]! - rank[b]! || a - b);
  const pendingRoles: { task: Task; from: number }[] = [];
  for (const g of overloaded) {
    const giver = org.members[g]!;
    const carried = state.carried[g]!;
    // Side rocks first: the disciplines the giver spends least on, then the biggest task in them.
    const candidates = giver.tasks
      .filter((t) => t.discipline !== null && t.effort > 0)
      .sort((a, b) => carried.get(a.discipline!)! - carried.get(b.discipline!)! || b.effort - a.effort || compareText(a.title, b.title));
    for (const task of candidates) {
      const before = loadOf(state, g);
      if (before <= limit) break;
      const ceiling = Math.min(limit, before);
      const d = task.discipline!;
      const to = giverTurnsHigh(d, task.effort, g) ? -1 : index.find(d, task.effort, g, ceiling, canReceive(d), keepsRiskDown(d, task.effort, g));
      if (to < 0) {
        pendingRoles.push({ task, from: g });
        continue;
      }
      const toBefore = loadOf(state, to);
      commit(d, task.effort, g, to);
      handoffs.push({
        task: task.title,
        discipline: d,
        effort: task.effort,
        from: names[g]!,
        to: names[to]!,
        fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, g)) },
        toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) },
      });
    }
  }
  // Whoever is still over the limit sheds side rocks to new roles until back under it.
  for (const { task, from } of pendingRoles) {
    const before = loadOf(state, from);
    if (before <= limit) continue;
    commit(task.discipline!, task.effort, from, -1);
    handoffs.push({
      task: task.title,
      discipline: task.discipline!,
      effort: task.effort,
      from: names[from]!,
      to: null,
      role: roleOf.get(task.discipline!)!,
      fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, from)) },
    });
  }
  // Rocks on the ground: someone with the discipline and room (at most 100% after), the least loaded first.
  for (const task of org.unassigned) {
    const d = task.discipline;
    if (!d) continue;
    const to = index.find(d, task.effort, -1, limit, canReceive(d), keepsRiskDown(d, task.effort, -1));
    if (to >= 0) {
      const toBefore = loadOf(state, to);
      commit(d, task.effort, -1, to);
      handoffs.push({ task: task.title, discipline: d, effort: task.effort, from: null, to: names[to]!, toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) } });
    } else {
      handoffs.push({ task: task.title, discipline: d, effort: task.effort, from: null, to: null, role: roleOf.get(d)! });
    }
  }

  const roles = new Map<string, RoleToOpen>();
  for (const h of handoffs) {
    if (h.to !== null) continue;
    const r = roles.get(h.discipline) ?? { discipline: h.discipline, role: h.role!, hours: 0, tasks: 0 };
    r.hours = round1(r.hours + h.effort);
    r.tasks++;
    roles.set(h.discipline, r);
  }
  return { handoffs, rolesToOpen: [...roles.values()].sort((a, b) => b.hours - a.hours || compareIds(a.discipline, b.discipline)) };
}

export type { Discipline };
