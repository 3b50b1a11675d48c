/**
 * The handoff plan. Greedy: the most loaded member over 100 % first hands
 * side rocks (disciplines they spend least on) to members who already work in
 * the discipline or list it as a skill and stay at or under 100 % and under
 * the giver's load. A move that would turn anyone into a high-risk unicorn is
 * skipped. What cannot move goes to a role to open; rocks nobody carries go
 * to someone with the discipline and room, or to a role too.
 */
import type { Org, Task } from '../../model/org.js';
import type { Handoff, RoleToOpen } from '../../model/audit.js';
import { nameOrder, type NameOrder } from '../name-order.js';
import { scanTasks, type TaskScan } from '../scan.js';
import { EPSILON, hasSkill, initialPlanState, loadOf, move, ownersOf, riskOf, type PlanState } from './plan-state.js';
import { ReceiverIndex } from './receiver-index.js';
import { rolesToOpen } from './roles-to-open.js';

export interface HandoffPlan {
  handoffs: Handoff[];
  rolesToOpen: RoleToOpen[];
}

export function planHandoffs(org: Org): HandoffPlan {
  const scan = scanTasks(org);
  return planFromScan(org, scan, nameOrder(scan.names));
}

/** The plan, from the scan of the members' tasks (which it reads, never changes) and their name order. */
export function planFromScan(org: Org, scan: TaskScan, names: NameOrder): HandoffPlan {
  const planner = new HandoffPlanner(org, scan, names);
  const unplaced = planner.handOffSideRocks();
  planner.openRolesFor(unplaced);
  planner.placeUnassigned();
  return { handoffs: planner.handoffs, rolesToOpen: rolesToOpen(planner.handoffs) };
}

/** A side rock no member could take, and its giver. */
interface UnplacedRock {
  task: Task;
  from: number;
}

class HandoffPlanner {
  readonly handoffs: Handoff[] = [];
  private readonly state: PlanState;
  private readonly index: ReceiverIndex;
  /** Discipline numbers: the scan's (tasks and skills), then unassigned rocks' in disciplines no member has. */
  private readonly numbers: Map<string, number>;
  private readonly roleOf: Map<string, string>;
  /** Nobody hands off at or under this load, and nobody receives above it. */
  private readonly limit: number;
  private readonly maxUnicornScore: number;

  constructor(
    private readonly org: Org,
    private readonly scan: TaskScan,
    private readonly names: NameOrder,
  ) {
    this.limit = Math.min(100, org.policy.maxLoad);
    this.maxUnicornScore = org.policy.maxUnicornScore;
    this.numbers = new Map(scan.idIndex);
    for (const t of org.unassigned) if (t.discipline) this.numberOf(t.discipline);
    this.state = initialPlanState(scan, this.numbers.size);
    this.roleOf = new Map(org.disciplines.map((d) => [d.id, d.role]));
    this.index = new ReceiverIndex(this.state, scan, names);
  }

  /** Each member over the limit, most loaded first, hands side rocks away until back under it. Returns the rocks nobody could take. */
  handOffSideRocks(): UnplacedRock[] {
    const { state, limit } = this;
    const unplaced: UnplacedRock[] = [];
    for (const g of this.giversByLoad()) {
      for (const task of this.scan.sideRocks.get(g)!) {
        const before = loadOf(state, g);
        if (before <= limit) break;
        const d = this.numberOf(task.discipline!);
        const to = this.giverTurnsHigh(d, task.effort, g) ? -1 : this.index.find(d, task.effort, g, Math.min(limit, before), this.canReceive(d), this.keepsRiskDown(d, task.effort, g));
        if (to < 0) {
          unplaced.push({ task, from: g });
          continue;
        }
        const toBefore = loadOf(state, to);
        this.commit(d, task.effort, g, to);
        this.handoffs.push({
          task: task.title,
          discipline: task.discipline!,
          effort: task.effort,
          from: this.scan.names[g]!,
          to: this.scan.names[to]!,
          fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, g)) },
          toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) },
        });
      }
    }
    return unplaced;
  }

  /** Whoever is still over the limit sheds the rocks nobody could take to new roles until back under it. */
  openRolesFor(unplaced: readonly UnplacedRock[]): void {
    const { state, limit } = this;
    for (const { task, from } of unplaced) {
      const before = loadOf(state, from);
      if (before <= limit) continue;
      this.commit(this.numberOf(task.discipline!), task.effort, from, -1);
      this.handoffs.push({
        task: task.title,
        discipline: task.discipline!,
        effort: task.effort,
        from: this.scan.names[from]!,
        to: null,
        role: this.roleOf.get(task.discipline!)!,
        fromLoad: { before: Math.round(before), after: Math.round(loadOf(state, from)) },
      });
    }
  }

  /** Rocks on the ground: someone with the discipline and room (at most the limit after), the least loaded first; else a role to open. */
  placeUnassigned(): void {
    const { state, limit } = this;
    for (const task of this.org.unassigned) {
      const id = task.discipline;
      if (!id) continue;
      const d = this.numberOf(id);
      const to = this.index.find(d, task.effort, -1, limit, this.canReceive(d), this.keepsRiskDown(d, task.effort, -1));
      if (to >= 0) {
        const toBefore = loadOf(state, to);
        this.commit(d, task.effort, -1, to);
        this.handoffs.push({ task: task.title, discipline: id, effort: task.effort, from: null, to: this.scan.names[to]!, toLoad: { before: Math.round(toBefore), after: Math.round(loadOf(state, to)) } });
      } else {
        this.handoffs.push({ task: task.title, discipline: id, effort: task.effort, from: null, to: null, role: this.roleOf.get(id)! });
      }
    }
  }

  /** The members over the limit, most loaded first, then by name. */
  private giversByLoad(): number[] {
    const { state, limit } = this;
    const { position } = this.names;
    const givers: number[] = [];
    for (let i = 0; i < this.scan.names.length; i++) if (loadOf(state, i) > limit) givers.push(i);
    return givers.sort((a, b) => loadOf(state, b) - loadOf(state, a) || position[a]! - position[b]!);
  }

  private numberOf(id: string): number {
    let k = this.numbers.get(id);
    if (k === undefined) this.numbers.set(id, (k = this.numbers.size));
    return k;
  }

  /** Who may receive discipline d: a member who carries it or lists it as a skill. */
  private canReceive(d: number): (i: number) => boolean {
    const { state } = this;
    return (i) => state.holdings.hours(i, d) > EPSILON || hasSkill(state, i, d);
  }

  /** Whether a move of `effort` hours of d from `from` to a receiver leaves nobody newly at high risk. */
  private keepsRiskDown(d: number, effort: number, from: number): (to: number) => boolean {
    const { state, maxUnicornScore } = this;
    return (to) => {
      // Only these can change level: the two parties, and an owner who may become the last one.
      const affected = new Set<number>([to]);
      if (from >= 0) affected.add(from);
      if (state.ownerCount[d]! <= 2) for (const o of ownersOf(state, d)) affected.add(o);
      const before = new Map([...affected].map((m) => [m, riskOf(state, m, maxUnicornScore)]));
      const undo = move(state, d, effort, from, to);
      const after = new Map([...affected].map((m) => [m, riskOf(state, m, maxUnicornScore)]));
      undo();
      for (const m of affected) if (after.get(m) === 'high' && before.get(m) !== 'high') return false;
      return true;
    };
  }

  /**
   * True when handing this rock away would make the giver a high-risk unicorn
   * whoever takes it: with three or more owners of the discipline, nobody's
   * sole ownership changes, so the giver's risk after the move does not depend
   * on the receiver, and every receiver would be refused. Saves trying them all.
   */
  private giverTurnsHigh(d: number, effort: number, from: number): boolean {
    const { state, maxUnicornScore } = this;
    if (state.ownerCount[d]! < 3) return false;
    const before = riskOf(state, from, maxUnicornScore);
    if (before === 'high') return false;
    const undo = move(state, d, effort, from, -1);
    const after = riskOf(state, from, maxUnicornScore);
    undo();
    return after === 'high';
  }

  /** Makes a move for good, and re-files its parties in the receiver index. */
  private commit(d: number, effort: number, from: number, to: number): void {
    move(this.state, d, effort, from, to);
    if (from >= 0) this.index.update(from);
    if (to >= 0) {
      this.index.add(to, d);
      this.index.update(to);
    }
  }
}
