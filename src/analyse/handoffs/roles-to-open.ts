import type { Handoff, RoleToOpen } from '../../model/audit.js';
import { compareIds } from '../name-order.js';
import { round1 } from '../round.js';

/** The handoffs nobody in the org takes, as one role to open per discipline: most hours first, then by discipline. */
export function rolesToOpen(handoffs: readonly Handoff[]): RoleToOpen[] {
  const roles = new Map<string, RoleToOpen>();
  for (const h of handoffs) {
    if (h.to !== null) continue;
    const r = roles.get(h.discipline) ?? { discipline: h.discipline, role: h.role!, hours: 0, tasks: 0 };
    r.hours = round1(r.hours + h.effort);
    r.tasks++;
    roles.set(h.discipline, r);
  }
  return [...roles.values()].sort((a, b) => b.hours - a.hours || compareIds(a.discipline, b.discipline));
}
