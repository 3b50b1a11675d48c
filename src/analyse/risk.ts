/**
 * Unicorn risk: members who carry many disciplines at once, at a high load,
 * or alone. The span, score and level are the library's (src/index.ts) and
 * the handoff planner's too.
 */
import { loadPercent } from '../model/org.js';
import type { RiskLevel, UnicornRisk } from '../model/audit.js';
import { round1 } from './round.js';
import type { TaskScan } from './scan.js';

/**
 * Effective number of disciplines (Hill number of order 1) of the hours
 * carried per discipline: a token task adds little. `total` is the sum of
 * `efforts` in this order, for a caller that has it at hand.
 */
export function effectiveSpan(efforts: ArrayLike<number>, total = sumInOrder(efforts)): number {
  if (total <= 0) return efforts.length > 0 ? 1 : 0;
  let entropy = 0;
  for (let k = 0; k < efforts.length; k++) {
    const e = efforts[k]!;
    if (e <= 0) continue;
    const p = e / total;
    entropy -= p * Math.log(p);
  }
  return Math.exp(entropy);
}

function sumInOrder(values: ArrayLike<number>): number {
  let sum = 0;
  for (let k = 0; k < values.length; k++) sum += values[k]!;
  return sum;
}

export function unicornScore(span: number, load: number, soleOwned: number): number {
  return round1(span * Math.max(1, load / 100) + 0.5 * soleOwned);
}

export function riskLevel(score: number, maxUnicornScore: number): RiskLevel {
  if (score > maxUnicornScore) return 'high';
  if (score > maxUnicornScore * 0.7) return 'medium';
  return 'low';
}

/** The disciplines exactly one member has a task in. */
export function soleOwnedIds(scan: TaskScan): Set<string> {
  const sole = new Set<string>();
  scan.owners.forEach((owners, k) => {
    if (owners.length === 1) sole.add(scan.ids[k]!);
  });
  return sole;
}

/** Member i's row of the unicorn report. */
export function unicornRisk(scan: TaskScan, soleOwned: Set<string>, maxUnicornScore: number, i: number): UnicornRisk {
  const carried = scan.carried[i]!;
  const disciplines = new Array<string>(carried.length);
  const hours = new Array<number>(carried.length);
  const soleOwnerOf: string[] = [];
  let total = 0;
  for (let k = 0; k < carried.length; k++) {
    const { id, effort } = carried[k]!;
    disciplines[k] = id;
    hours[k] = effort;
    total += effort;
    if (soleOwned.has(id)) soleOwnerOf.push(id);
  }
  const span = effectiveSpan(hours, total);
  const load = Math.round(loadPercent(total + scan.unclassifiedEffort[i]!, scan.capacity[i]!));
  const score = unicornScore(span, load, soleOwnerOf.length);
  return {
    name: scan.names[i]!,
    span: round1(span),
    disciplines,
    soleOwnerOf,
    load,
    score,
    level: riskLevel(score, maxUnicornScore),
  };
}
