// The quadratic analyse.ts before issue 6, kept as the oracle of the differential
// test. One change: trying a move and undoing it restores every value exactly
// (the original undid by subtracting, which could leave a member's hours a float
// apart, 7.5 + 7 − 7 ≠ 7.5, after merely being considered as a receiver).
/**
 * The four reports (load, gaps, unicorn risk, handoffs) as data. Pure: an Org
 * in, an Audit out; no I/O, no colour, no wording beyond short statuses.
 */
import type { Member, Org, Task } from '../../src/model/org.js';
import { loadPercent } from '../../src/model/org.js';
// The report's shape is the model's (src/model/audit.ts): only the computation is the original's.
import type { Audit, CoverageStatus, DisciplineCoverage, DisciplineEffort, Handoff, LoadStatus, MemberLoad, MissingDeliverable, RiskLevel, RoleToOpen, TaskRef, TruckFactor, UnicornRisk } from '../../src/model/audit.js';

/** The root collation, as src/analyse/name-order.ts orders names (src/shared/collate.ts), checked independently. */
const ROOT = new Intl.Collator('en');

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function analyse(org: Org): Audit {
  const ownership = disciplineOwnership(org.members);
  const members = org.members.map((m) => memberLoad(m, org.policy.maxLoad)).sort(byLoadDesc);
  const unicorns = org.members
    .map((m) => unicornRisk(m, ownership, org))
    .sort((a, b) => b.score - a.score || ROOT.compare(a.name, b.name));

  let effort = 0;
  let capacity = 0;
  let tasks = 0;
  for (const m of org.members) {
    for (const t of m.tasks) effort += t.effort;
    capacity += m.capacity;
    tasks += m.tasks.length;
  }
  const { handoffs, rolesToOpen } = planHandoffs(org);
  return {
    org: org.name,
    stage: org.stage,
    stageInferred: org.stageInferred,
    headcount: org.members.length,
    totals: { effort: round1(effort), capacity: round1(capacity), load: Math.round(loadPercent(effort, capacity)), tasks },
    members,
    disciplines: coverage(org, ownership),
    missingDeliverables: missingDeliverables(org),
    unassigned: org.unassigned.map(taskRef),
    unclassified: [...org.members.flatMap((m) => m.tasks), ...org.unassigned].filter((t) => t.discipline === null).map(taskRef),
    unicorns,
    truckFactor: truckFactor(org, ownership),
    handoffs,
    rolesToOpen,
  };
}

function taskRef(t: Task): TaskRef {
  return { title: t.title, owner: t.owner, discipline: t.discipline, effort: t.effort, file: t.ref.file, line: t.pos.line, col: t.pos.col };
}

function byLoadDesc(a: MemberLoad, b: MemberLoad): number {
  return b.load - a.load || ROOT.compare(a.name, b.name);
}

export function loadStatus(load: number, maxLoad: number): LoadStatus {
  if (load > maxLoad) return 'overloaded';
  if (load > 100) return 'stretched';
  return 'ok';
}

function disciplineEfforts(tasks: readonly Task[]): DisciplineEffort[] {
  const byId = new Map<string, number>();
  for (const t of tasks) if (t.discipline) byId.set(t.discipline, (byId.get(t.discipline) ?? 0) + t.effort);
  return [...byId].map(([id, effort]) => ({ id, effort })).sort((a, b) => b.effort - a.effort || ROOT.compare(a.id, b.id));
}

function memberLoad(m: Member, maxLoad: number): MemberLoad {
  let effort = 0;
  for (const t of m.tasks) effort += t.effort;
  const load = Math.round(loadPercent(effort, m.capacity));
  return {
    name: m.name,
    ...(m.role !== undefined ? { role: m.role } : {}),
    ...(m.team !== undefined ? { team: m.team } : {}),
    capacity: m.capacity,
    effort: round1(effort),
    load,
    tasks: m.tasks.length,
    disciplines: disciplineEfforts(m.tasks),
    status: loadStatus(load, maxLoad),
  };
}

/** Discipline id → names of the members carrying at least one task in it. */
function disciplineOwnership(members: readonly Member[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const m of members) {
    for (const t of m.tasks) {
      if (!t.discipline) continue;
      let set = owners.get(t.discipline);
      if (!set) owners.set(t.discipline, (set = new Set()));
      set.add(m.name);
    }
  }
  return owners;
}

function coverage(org: Org, ownership: Map<string, Set<string>>): DisciplineCoverage[] {
  const effortById = new Map<string, number>();
  let total = 0;
  for (const m of org.members) {
    for (const t of m.tasks) {
      if (!t.discipline) continue;
      effortById.set(t.discipline, (effortById.get(t.discipline) ?? 0) + t.effort);
      total += t.effort;
    }
  }
  const required = new Set(org.policy.required);
  const rank: Record<CoverageStatus, number> = { gap: 0, thin: 1, unowned: 2, covered: 3 };
  return org.disciplines
    .map((d): DisciplineCoverage => {
      const owners = [...(ownership.get(d.id) ?? [])].sort(ROOT.compare);
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
    .sort((a, b) => rank[a.status] - rank[b.status] || Number(b.required) - Number(a.required) || b.effort - a.effort);
}

/** Lower-case words joined by single spaces, padded, so phrases match on word boundaries. */
function wordString(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

function mentions(words: string, phrase: string): boolean {
  const p = wordString(phrase).trim();
  return words.includes(` ${p} `) || words.includes(` ${p}s `);
}

function missingDeliverables(org: Org): MissingDeliverable[] {
  const texts = [...org.members.flatMap((m) => m.tasks), ...org.unassigned].map((t) => wordString(`${t.title} ${t.tags.join(' ')}`));
  const required = new Set(org.policy.required);
  const missing: MissingDeliverable[] = [];
  for (const d of org.disciplines) {
    if (!required.has(d.id)) continue;
    for (const deliverable of d.deliverables) {
      if (!texts.some((words) => deliverable.mentions.some((p) => mentions(words, p)))) {
        missing.push({ discipline: d.id, deliverable: deliverable.name });
      }
    }
  }
  return missing;
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

function unicornRisk(m: Member, ownership: Map<string, Set<string>>, org: Org): UnicornRisk {
  const carried = disciplineEfforts(m.tasks);
  const span = effectiveSpan(carried.map((d) => d.effort));
  const soleOwnerOf = carried.filter((d) => ownership.get(d.id)?.size === 1).map((d) => d.id);
  const load = Math.round(loadPercent(carried.reduce((s, d) => s + d.effort, 0) + unclassifiedEffort(m), m.capacity));
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

function unclassifiedEffort(m: Member): number {
  let e = 0;
  for (const t of m.tasks) if (!t.discipline) e += t.effort;
  return e;
}

/**
 * The smallest set of people whose departure leaves more than half of the
 * required disciplines without an owner; among equals, the set that leaves the
 * most disciplines ownerless. Exact for up to 16 owned required disciplines
 * (it enumerates subsets of disciplines, which are few, not of people).
 */
function truckFactor(org: Org, ownership: Map<string, Set<string>>): TruckFactor {
  const required = org.policy.required.filter((id) => (ownership.get(id)?.size ?? 0) > 0);
  const alreadyGap = org.policy.required.length - required.length;
  const need = Math.floor(org.policy.required.length / 2) + 1 - alreadyGap;
  if (org.policy.required.length === 0 || required.length === 0) return { people: null, members: [], disciplines: [] };
  if (need <= 0) return { people: 0, members: [], disciplines: [] };
  if (required.length > 16 || need > required.length) return { people: null, members: [], disciplines: [] };
  let best: { people: Set<string>; disciplines: string[] } | undefined;
  const n = required.length;
  for (let mask = 1; mask < 1 << n; mask++) {
    let bits = 0;
    for (let x = mask; x; x &= x - 1) bits++;
    if (bits < need) continue;
    const people = new Set<string>();
    const chosen: string[] = [];
    let worse = false;
    for (let i = 0; i < n && !worse; i++) {
      if (!(mask & (1 << i))) continue;
      chosen.push(required[i]!);
      for (const p of ownership.get(required[i]!)!) people.add(p);
      worse = best !== undefined && people.size > best.people.size;
    }
    if (worse) continue;
    if (!best || people.size < best.people.size || (people.size === best.people.size && chosen.length > best.disciplines.length)) {
      best = { people, disciplines: chosen };
    }
  }
  return best ? { people: best.people.size, members: [...best.people].sort(ROOT.compare), disciplines: best.disciplines } : { people: null, members: [], disciplines: [] };
}

// ---------------------------------------------------------------- handoffs

interface PlanState {
  effort: Map<string, number>;
  capacity: Map<string, number>;
  /** member → discipline → effort */
  carried: Map<string, Map<string, number>>;
  skills: Map<string, Set<string>>;
  /** discipline → members carrying some of it */
  owners: Map<string, Set<string>>;
}

function loadOf(state: PlanState, name: string): number {
  return loadPercent(state.effort.get(name)!, state.capacity.get(name)!);
}

function riskOf(state: PlanState, name: string, maxUnicornScore: number): RiskLevel {
  const carried = state.carried.get(name)!;
  const efforts = [...carried.values()].filter((e) => e > EPSILON);
  let sole = 0;
  for (const [id, e] of carried) if (e > EPSILON && state.owners.get(id)?.size === 1) sole++;
  return riskLevel(unicornScore(effectiveSpan(efforts), Math.round(loadOf(state, name)), sole), maxUnicornScore);
}

const EPSILON = 1e-9;

/** Moves `effort` of `discipline` between members (null = outside the org) and returns an undo. */
function move(state: PlanState, discipline: string, effort: number, from: string | null, to: string | null): () => void {
  const saved: (() => void)[] = [];
  const shift = (name: string | null, delta: number): void => {
    if (name === null) return;
    const c = state.carried.get(name)!;
    let owners = state.owners.get(discipline);
    if (!owners) state.owners.set(discipline, (owners = new Set()));
    const [effortBefore, carriedBefore, ownerBefore] = [state.effort.get(name)!, c.get(discipline) ?? 0, owners.has(name)];
    const set = owners;
    saved.push(() => {
      state.effort.set(name, effortBefore);
      c.set(discipline, carriedBefore);
      if (ownerBefore) set.add(name);
      else set.delete(name);
    });
    state.effort.set(name, state.effort.get(name)! + delta);
    const carried = (c.get(discipline) ?? 0) + delta;
    c.set(discipline, carried);
    if (carried > EPSILON) owners.add(name);
    else owners.delete(name);
  };
  shift(from, -effort);
  shift(to, effort);
  return () => {
    for (const restore of saved.reverse()) restore();
  };
}

/**
 * Greedy plan: the most loaded member over 100 % first hands side rocks
 * (disciplines they spend least on) to members who already work in the
 * discipline or list it as a skill and stay at or under 100 % and under the
 * giver's load. A move that would turn anyone into a high-risk unicorn is
 * skipped. What cannot move goes to a role to open.
 */
export function planHandoffs(org: Org): { handoffs: Handoff[]; rolesToOpen: RoleToOpen[] } {
  const { maxUnicornScore, maxLoad } = org.policy;
  const limit = Math.min(100, maxLoad);
  const state: PlanState = { effort: new Map(), capacity: new Map(), carried: new Map(), skills: new Map(), owners: new Map() };
  for (const m of org.members) {
    const carried = new Map<string, number>();
    let effort = 0;
    for (const t of m.tasks) {
      effort += t.effort;
      if (!t.discipline) continue;
      carried.set(t.discipline, (carried.get(t.discipline) ?? 0) + t.effort);
      let owners = state.owners.get(t.discipline);
      if (!owners) state.owners.set(t.discipline, (owners = new Set()));
      if (t.effort > 0) owners.add(m.name);
    }
    state.effort.set(m.name, effort);
    state.capacity.set(m.name, m.capacity);
    state.carried.set(m.name, carried);
    state.skills.set(m.name, new Set(m.skills));
  }
  const roleOf = new Map(org.disciplines.map((d) => [d.id, d.role]));
  const handoffs: Handoff[] = [];

  const canReceive = (name: string, discipline: string): boolean =>
    (state.carried.get(name)!.get(discipline) ?? 0) > EPSILON || state.skills.get(name)!.has(discipline);

  /** Candidates for a task, best first: most spare capacity after the move. */
  const receiversFor = (discipline: string, effort: number, from: string | null, ceiling: number): string[] =>
    org.members
      .map((m) => m.name)
      .filter((name) => name !== from && canReceive(name, discipline))
      .filter((name) => loadPercent(state.effort.get(name)! + effort, state.capacity.get(name)!) <= ceiling + 1e-9)
      .sort((a, b) => loadPercent(state.effort.get(a)! + effort, state.capacity.get(a)!) - loadPercent(state.effort.get(b)! + effort, state.capacity.get(b)!) || ROOT.compare(a, b));

  const keepsRiskDown = (discipline: string, effort: number, from: string | null, to: string): boolean => {
    // Only these can change level: the two parties, and an owner who may become the last one.
    const affected = new Set<string>([to]);
    if (from) affected.add(from);
    const owners = state.owners.get(discipline);
    if (owners && owners.size <= 2) for (const o of owners) affected.add(o);
    const before = new Map([...affected].map((n) => [n, riskOf(state, n, maxUnicornScore)]));
    const undo = move(state, discipline, effort, from, to);
    const after = new Map([...affected].map((n) => [n, riskOf(state, n, maxUnicornScore)]));
    undo();
    for (const n of affected) if (after.get(n) === 'high' && before.get(n) !== 'high') return false;
    return true;
  };

  const overloaded = org.members.filter((m) => loadOf(state, m.name) > limit).sort((a, b) => loadOf(state, b.name) - loadOf(state, a.name) || ROOT.compare(a.name, b.name));
  const pendingRoles: { task: Task; from: Member }[] = [];
  for (const giver of overloaded) {
    const carried = state.carried.get(giver.name)!;
    // Side rocks first: the disciplines the giver spends least on, then the biggest task in them.
    const candidates = giver.tasks
      .filter((t) => t.discipline !== null && t.effort > 0)
      .sort((a, b) => carried.get(a.discipline!)! - carried.get(b.discipline!)! || b.effort - a.effort || ROOT.compare(a.title, b.title));
    for (const task of candidates) {
      const before = loadOf(state, giver.name);
      if (before <= limit) break;
      const ceiling = Math.min(limit, before);
      const to = receiversFor(task.discipline!, task.effort, giver.name, ceiling).find((r) => keepsRiskDown(task.discipline!, task.effort, giver.name, r));
      if (!to) {
        pendingRoles.push({ task, from: giver });
        continue;
      }
      const toBefore = loadOf(state, to);
      move(state, task.discipline!, task.effort, giver.name, to);
      handoffs.push({
        task: task.title,
        discipline: task.discipline!,
        effort: task.effort,
        from: giver.name,
        to,
        fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, giver.name)) },
        toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) },
      });
    }
  }
  // Whoever is still over the limit sheds side rocks to new roles until back under it.
  for (const { task, from } of pendingRoles) {
    const before = loadOf(state, from.name);
    if (before <= limit) continue;
    move(state, task.discipline!, task.effort, from.name, null);
    handoffs.push({
      task: task.title,
      discipline: task.discipline!,
      effort: task.effort,
      from: from.name,
      to: null,
      role: roleOf.get(task.discipline!)!,
      fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, from.name)) },
    });
  }
  // Rocks on the ground: someone with the discipline and room, without raising the highest load.
  for (const task of org.unassigned) {
    if (!task.discipline) continue;
    const to = receiversFor(task.discipline, task.effort, null, limit).find((r) => keepsRiskDown(task.discipline!, task.effort, null, r));
    if (to) {
      const toBefore = loadOf(state, to);
      move(state, task.discipline, task.effort, null, to);
      handoffs.push({ task: task.title, discipline: task.discipline, effort: task.effort, from: null, to, toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) } });
    } else {
      handoffs.push({ task: task.title, discipline: task.discipline, effort: task.effort, from: null, to: null, role: roleOf.get(task.discipline)! });
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
  return { handoffs, rolesToOpen: [...roles.values()].sort((a, b) => b.hours - a.hours || ROOT.compare(a.discipline, b.discipline)) };
}

