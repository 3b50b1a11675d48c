/**
 * What the handoff planner changes as it goes: members' hours, what they
 * carry and own, and how many own each discipline; with the moves that change
 * them and the figures read from them.
 */
import { loadPercent } from '../../model/org.js';
import type { RiskLevel } from '../../model/audit.js';
import { effectiveSpan, riskLevel, unicornScore } from '../risk.js';
import type { TaskScan } from '../scan.js';
import { Holdings } from './holdings.js';

export interface PlanState {
  /** Per member (by index into org.members): hours carried. */
  effort: Float64Array;
  capacity: Float64Array;
  holdings: Holdings;
  /** Per member: the disciplines (by number) they list as skills, once each: member i's from skillStart[i] up to skillStart[i + 1]. */
  skillStart: Int32Array;
  skillIds: Int32Array;
  /** Per discipline number: how many members own it. */
  ownerCount: number[];
  /** Per discipline number: the members with a task in it at the start, and those who became owners since; its owners are among them. */
  firstOwners: number[][];
  gainedOwners: Set<number>[];
}

/** Hours at or under this are none: what a float leaves of hours moved away. */
export const EPSILON = 1e-9;

/** The state before any move, from the scan (which it reads, never changes), for `disciplineCount` discipline numbers. */
export function initialPlanState(scan: TaskScan, disciplineCount: number): PlanState {
  const state: PlanState = {
    effort: scan.effort.slice(),
    capacity: scan.capacity,
    holdings: new Holdings(scan),
    skillStart: scan.skillStart,
    skillIds: scan.skillIds,
    ownerCount: new Array<number>(disciplineCount).fill(0),
    firstOwners: scan.owners,
    gainedOwners: Array.from({ length: disciplineCount }, () => new Set<number>()),
  };
  const held = scan.holdingStart[scan.names.length]!;
  for (let k = 0; k < held; k++) if (scan.holdingHours[k]! > 0) state.ownerCount[scan.holdingIds[k]!]!++;
  return state;
}

export function hasSkill(state: PlanState, i: number, d: number): boolean {
  for (let k = state.skillStart[i]!, end = state.skillStart[i + 1]!; k < end; k++) if (state.skillIds[k] === d) return true;
  return false;
}

/** The members who own discipline d (asked only when they are two or fewer). */
export function ownersOf(state: PlanState, d: number): Set<number> {
  const owners = new Set<number>();
  for (const i of state.firstOwners[d] ?? []) if (state.holdings.isOwner(i, d)) owners.add(i);
  for (const i of state.gainedOwners[d]!) if (state.holdings.isOwner(i, d)) owners.add(i);
  return owners;
}

/** Sets member i's hours and ownership in d, keeping the owner counts. */
function putHolding(state: PlanState, i: number, d: number, hours: number, owner: boolean): void {
  const was = state.holdings.isOwner(i, d);
  state.holdings.set(i, d, hours, owner);
  if (owner && !was) {
    state.ownerCount[d]!++;
    state.gainedOwners[d]!.add(i);
  } else if (!owner && was) state.ownerCount[d]!--;
}

export function loadOf(state: PlanState, i: number): number {
  return loadPercent(state.effort[i]!, state.capacity[i]!);
}

/** Member i's unicorn risk level as the plan stands. */
export function riskOf(state: PlanState, i: number, maxUnicornScore: number): RiskLevel {
  const { ids, hours, start, end } = state.holdings.entries(i);
  const efforts: number[] = [];
  let total = 0;
  let sole = 0;
  for (let k = start; k < end; k++) {
    const e = hours[k]!;
    if (e <= EPSILON) continue;
    efforts.push(e);
    total += e;
    if (state.ownerCount[ids[k]!] === 1) sole++;
  }
  return riskLevel(unicornScore(effectiveSpan(efforts, total), Math.round(loadOf(state, i)), sole), maxUnicornScore);
}

/**
 * Moves `effort` of discipline `d` between members (-1 = outside the org) and
 * returns an undo that restores every value exactly (subtracting again could
 * leave hours a float apart: 7.5 + 7 − 7 ≠ 7.5).
 */
export function move(state: PlanState, d: number, effort: number, from: number, to: number): () => void {
  const { holdings } = state;
  const saved = [from, to].map((i) => (i < 0 ? undefined : { i, effort: state.effort[i]!, carried: holdings.hours(i, d), owner: holdings.isOwner(i, d) }));
  const shift = (i: number, delta: number): void => {
    if (i < 0) return;
    state.effort[i] = state.effort[i]! + delta;
    const carried = holdings.hours(i, d) + delta;
    putHolding(state, i, d, carried, carried > EPSILON);
  };
  shift(from, -effort);
  shift(to, effort);
  return () => {
    for (const s of saved.reverse()) {
      if (!s) continue;
      state.effort[s.i] = s.effort;
      putHolding(state, s.i, d, s.carried, s.owner);
    }
  };
}
