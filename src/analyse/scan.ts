/**
 * One pass over every member's tasks that gathers what the reports need.
 * Disciplines are numbered in order of first appearance (`ids`), so that
 * per-member and per-discipline figures live in flat arrays instead of a Map
 * per member: at 300,000 members those Maps were most of the scan's time and
 * a good part of the garbage collector's.
 */
import type { Org, Task } from '../model/org.js';
import { loadPercent } from '../model/org.js';
import { taskRef, type DisciplineEffort, type MemberLoad, type TaskRef } from '../model/audit.js';
import { compareText } from '../shared/collate.js';
import { withRoom } from '../shared/grow.js';
import { memberLoad } from './load.js';

export interface TaskScan {
  /** Discipline ids by number (those of tasks, then skills), and their numbers. */
  ids: string[];
  idIndex: Map<string, number>;
  /** Per member: name and capacity, read once here (each pass over 300,000 members costs a cache miss per member). */
  names: string[];
  capacity: Float64Array;
  totalCapacity: number;
  /** Per member: the load report, and its load (the key it is sorted by). */
  loads: MemberLoad[];
  loadKeys: Float64Array;
  /** Per member: the disciplines (by number) they list as skills, once each: member i's from skillStart[i] up to skillStart[i + 1]. */
  skillStart: Int32Array;
  skillIds: Int32Array;
  /**
   * Per member over min(100, maxLoad): the rocks they would hand off, in the
   * order the planner tries them (side rocks first: the disciplines they spend
   * least on, then the biggest task in them). Sorted here, while their tasks
   * are at hand: the planner reached them again at random, a cache miss each.
   */
  sideRocks: Map<number, Task[]>;
  /** Per member: hours in all tasks. */
  effort: Float64Array;
  /** Per member: hours in unclassified tasks. */
  unclassifiedEffort: Float64Array;
  /** Per member: disciplines carried, most effort first. */
  carried: DisciplineEffort[][];
  /**
   * Per member: discipline numbers and hours in the order the disciplines
   * first appear in their tasks (the planner's starting state). Member i's
   * are at holdingStart[i] up to holdingStart[i + 1].
   */
  holdingStart: Int32Array;
  holdingIds: Int32Array;
  holdingHours: Float64Array;
  /** Per discipline number: the members with a task in it, in member order. */
  owners: number[][];
  /** Per discipline number: hours, summed task by task in member order. */
  effortById: number[];
  /** Hours in classified tasks, and in all tasks, summed task by task in member order. */
  classifiedEffort: number;
  totalEffort: number;
  tasks: number;
  /** Members' unclassified tasks, in member and task order. */
  unclassified: TaskRef[];
}

export function scanTasks(org: Org): TaskScan {
  const members = org.members;
  const n = members.length;
  const maxLoad = org.policy.maxLoad;
  const handOffAbove = Math.min(100, maxLoad);
  const scan = emptyScan(n);
  const numbers = new DisciplineNumbers(scan);
  for (let i = 0; i < n; i++) {
    const m = members[i]!;
    const effort = holdTasks(scan, numbers, i, m.tasks);
    const carried = carriedByEffort(scan, i);
    scan.carried[i] = carried;
    if (loadPercent(effort, m.capacity) > handOffAbove) scan.sideRocks.set(i, sideRocksInTurn(scan, numbers, m.tasks));
    scan.names[i] = m.name;
    scan.capacity[i] = m.capacity;
    scan.totalCapacity += m.capacity;
    const load = memberLoad(m, maxLoad, carried, effort);
    scan.loads[i] = load;
    scan.loadKeys[i] = load.load;
    listSkills(scan, numbers, i, m.skills);
  }
  return scan;
}

function emptyScan(n: number): TaskScan {
  return {
    ids: [],
    idIndex: new Map(),
    names: new Array<string>(n),
    capacity: new Float64Array(n),
    totalCapacity: 0,
    loads: new Array<MemberLoad>(n),
    loadKeys: new Float64Array(n),
    skillStart: new Int32Array(n + 1),
    skillIds: new Int32Array(n),
    sideRocks: new Map(),
    effort: new Float64Array(n),
    unclassifiedEffort: new Float64Array(n),
    carried: new Array<DisciplineEffort[]>(n),
    holdingStart: new Int32Array(n + 1),
    holdingIds: new Int32Array(4 * n),
    holdingHours: new Float64Array(4 * n),
    owners: [],
    effortById: [],
    classifiedEffort: 0,
    totalEffort: 0,
    tasks: 0,
    unclassified: [],
  };
}

/** Numbers discipline ids as the scan meets them, and knows where the member being scanned holds each. */
class DisciplineNumbers {
  /** Per discipline number: the last member who had a task in it, and where that member's hours in it are. */
  readonly lastMember: number[] = [];
  readonly slot: number[] = [];

  constructor(private readonly scan: TaskScan) {}

  numberOf(id: string): number {
    const { ids, idIndex } = this.scan;
    let k = idIndex.get(id);
    if (k === undefined) {
      k = ids.push(id) - 1;
      idIndex.set(id, k);
      this.scan.owners.push([]);
      this.scan.effortById.push(0);
      this.lastMember.push(-1);
      this.slot.push(0);
    }
    return k;
  }
}

/**
 * Adds member i's tasks to the scan: their hours per discipline (in order of
 * first appearance), the members owning each discipline, and the totals.
 * Returns the member's hours in all tasks.
 */
function holdTasks(scan: TaskScan, numbers: DisciplineNumbers, i: number, tasks: readonly Task[]): number {
  const start = scan.holdingStart[i]!;
  // Grown together: the two have one length.
  scan.holdingIds = withRoom(scan.holdingIds, start + tasks.length);
  scan.holdingHours = withRoom(scan.holdingHours, start + tasks.length);
  const { holdingIds, holdingHours, owners, effortById } = scan;
  const { lastMember, slot } = numbers;
  let h = start;
  let effort = 0;
  let unclassified = 0;
  for (const t of tasks) {
    effort += t.effort;
    scan.totalEffort += t.effort;
    const d = t.discipline;
    if (!d) {
      unclassified += t.effort;
      if (d === null) scan.unclassified.push(taskRef(t));
      continue;
    }
    const k = numbers.numberOf(d);
    if (lastMember[k] !== i) {
      lastMember[k] = i;
      slot[k] = h;
      holdingIds[h] = k;
      holdingHours[h] = t.effort;
      h++;
      owners[k]!.push(i);
    } else holdingHours[slot[k]!]! += t.effort;
    effortById[k]! += t.effort;
    scan.classifiedEffort += t.effort;
  }
  scan.tasks += tasks.length;
  scan.effort[i] = effort;
  scan.unclassifiedEffort[i] = unclassified;
  scan.holdingStart[i + 1] = h;
  return effort;
}

/** Member i's disciplines and hours, most effort first, then by id. */
function carriedByEffort(scan: TaskScan, i: number): DisciplineEffort[] {
  const { ids, holdingIds, holdingHours } = scan;
  const start = scan.holdingStart[i]!;
  const end = scan.holdingStart[i + 1]!;
  const carried = new Array<DisciplineEffort>(end - start);
  for (let k = start; k < end; k++) carried[k - start] = { id: ids[holdingIds[k]!]!, effort: holdingHours[k]! };
  // An insertion sort, as a member carries a handful of disciplines and
  // Array.prototype.sort costs more to call than to run on them. Hours are
  // finite (the schema checks it) and a member's ids distinct, so the order is
  // total and any sort gives this one.
  for (let k = 1; k < carried.length; k++) {
    const entry = carried[k]!;
    let j = k - 1;
    while (j >= 0 && (carried[j]!.effort < entry.effort || (carried[j]!.effort === entry.effort && carried[j]!.id > entry.id))) {
      carried[j + 1] = carried[j]!;
      j--;
    }
    carried[j + 1] = entry;
  }
  return carried;
}

/** The scanned member's classified tasks with hours, in the order the planner would hand them off (TaskScan.sideRocks). */
function sideRocksInTurn(scan: TaskScan, numbers: DisciplineNumbers, tasks: readonly Task[]): Task[] {
  const rocks = tasks.filter((t) => t.discipline !== null && t.effort > 0);
  // A giver's hours per discipline when its turn comes are these: nobody over the limit receives, and tries are undone.
  const { holdingHours, idIndex } = scan;
  const hoursIn = rocks.map((t) => holdingHours[numbers.slot[idIndex.get(t.discipline!)!]!]!);
  return rocks
    .map((_, k) => k)
    .sort((a, b) => hoursIn[a]! - hoursIn[b]! || rocks[b]!.effort - rocks[a]!.effort || compareText(rocks[a]!.title, rocks[b]!.title))
    .map((k) => rocks[k]!);
}

/** Adds the disciplines member i lists as skills, once each, numbering those new to the scan. */
function listSkills(scan: TaskScan, numbers: DisciplineNumbers, i: number, skills: readonly string[]): void {
  const start = scan.skillStart[i]!;
  let s = start;
  if (skills.length > 0) {
    scan.skillIds = withRoom(scan.skillIds, start + skills.length);
    const { skillIds } = scan;
    for (const skill of skills) {
      const d = numbers.numberOf(skill);
      let listed = false;
      for (let k = start; k < s; k++) if (skillIds[k] === d) listed = true;
      if (!listed) skillIds[s++] = d;
    }
  }
  scan.skillStart[i + 1] = s;
}
