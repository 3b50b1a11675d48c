/**
 * The four reports (load, gaps, unicorn risk, handoffs) as data. Pure: an Org
 * in, an Audit out; no I/O, no colour, no wording beyond short statuses.
 * One scan of the members' tasks and one name order serve every report.
 */
import type { Org } from '../model/org.js';
import { loadPercent } from '../model/org.js';
import { taskRef, type Audit, type TaskRef, type UnicornRisk } from '../model/audit.js';
import { coverage } from './coverage.js';
import { missingDeliverables } from './deliverables.js';
import { planFromScan } from './handoffs/planner.js';
import { nameOrder, sortedByKeyDesc, type NameOrder } from './name-order.js';
import { soleOwnedIds, unicornRisk } from './risk.js';
import { round1 } from './round.js';
import { scanTasks, type TaskScan } from './scan.js';
import { truckFactor } from './truck-factor.js';

export function analyse(org: Org): Audit {
  const scan = scanTasks(org);
  const names = nameOrder(scan.names);
  const members = sortedByKeyDesc(scan.loads, scan.loadKeys, names);
  const unicorns = unicornsByScore(org, scan, names);
  const { handoffs, rolesToOpen } = planFromScan(org, scan, names);
  const unclassified: TaskRef[] = scan.unclassified;
  for (const t of org.unassigned) if (t.discipline === null) unclassified.push(taskRef(t));
  const effort = scan.totalEffort;
  const capacity = scan.totalCapacity;
  return {
    org: org.name,
    stage: org.stage,
    stageInferred: org.stageInferred,
    headcount: org.members.length,
    totals: { effort: round1(effort), capacity: round1(capacity), load: Math.round(loadPercent(effort, capacity)), tasks: scan.tasks },
    members,
    disciplines: coverage(org, scan, names),
    missingDeliverables: missingDeliverables(org),
    unassigned: org.unassigned.map(taskRef),
    unclassified,
    unicorns,
    truckFactor: truckFactor(org, scan, names),
    handoffs,
    rolesToOpen,
  };
}

/** The unicorn report: every member's risk, highest score first, then by name. */
function unicornsByScore(org: Org, scan: TaskScan, names: NameOrder): UnicornRisk[] {
  const n = org.members.length;
  const soleOwned = soleOwnedIds(scan);
  const risks = new Array<UnicornRisk>(n);
  const riskKeys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const risk = unicornRisk(scan, soleOwned, org.policy.maxUnicornScore, i);
    risks[i] = risk;
    riskKeys[i] = risk.score;
  }
  return sortedByKeyDesc(risks, riskKeys, names);
}
