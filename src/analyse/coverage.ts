/** The coverage report: per discipline, who owns it, how many hours go to it, and whether that is enough. */
import type { Org } from '../model/org.js';
import type { CoverageStatus, DisciplineCoverage } from '../model/audit.js';
import type { NameOrder } from './name-order.js';
import { round1 } from './round.js';
import type { TaskScan } from './scan.js';

export function coverage(org: Org, scan: TaskScan, names: NameOrder): DisciplineCoverage[] {
  const ownerNames = ownerNamesInOrder(scan, names);
  const total = scan.classifiedEffort;
  const required = new Set(org.policy.required);
  const statusOrder: Record<CoverageStatus, number> = { gap: 0, thin: 1, unowned: 2, covered: 3 };
  return org.disciplines
    .map((d): DisciplineCoverage => {
      const k = scan.idIndex.get(d.id);
      const owners = k === undefined ? [] : ownerNames[k]!;
      const isRequired = required.has(d.id);
      const status: CoverageStatus =
        owners.length === 0 ? (isRequired ? 'gap' : 'unowned') : owners.length < Math.max(2, isRequired ? org.policy.minOwners : 2) ? 'thin' : 'covered';
      const effort = k === undefined ? 0 : scan.effortById[k]!;
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

/**
 * Per discipline number: the names of its owners (every member with a task
 * in it) in name order, from one walk of the members in that order rather
 * than one sort per discipline.
 */
function ownerNamesInOrder(scan: TaskScan, names: NameOrder): string[][] {
  const { holdingStart, holdingIds } = scan;
  const { order } = names;
  const ownerNames: string[][] = scan.ids.map(() => []);
  for (let p = 0; p < order.length; p++) {
    const i = order[p]!;
    // A member's holdings list each discipline once.
    const name = scan.names[i]!;
    for (let k = holdingStart[i]!; k < holdingStart[i + 1]!; k++) ownerNames[holdingIds[k]!]!.push(name);
  }
  return ownerNames;
}
