/** The load report: each member's hours against their capacity. */
import type { Member } from '../model/org.js';
import { loadPercent } from '../model/org.js';
import type { DisciplineEffort, LoadStatus, MemberLoad } from '../model/audit.js';
import { round1 } from './round.js';

export function loadStatus(load: number, maxLoad: number): LoadStatus {
  if (load > maxLoad) return 'overloaded';
  if (load > 100) return 'stretched';
  return 'ok';
}

/** Member m's row, from the disciplines they carry (most effort first) and their hours in all tasks. */
export function memberLoad(m: Member, maxLoad: number, carried: DisciplineEffort[], effort: number): MemberLoad {
  const load = Math.round(loadPercent(effort, m.capacity));
  const { name, role, team, capacity } = m;
  const rounded = round1(effort);
  const tasks = m.tasks.length;
  const status = loadStatus(load, maxLoad);
  // One literal per shape, keys in report order: spreading optional keys in allocated two more objects per member.
  if (role !== undefined) {
    if (team !== undefined) return { name, role, team, capacity, effort: rounded, load, tasks, disciplines: carried, status };
    return { name, role, capacity, effort: rounded, load, tasks, disciplines: carried, status };
  }
  if (team !== undefined) return { name, team, capacity, effort: rounded, load, tasks, disciplines: carried, status };
  return { name, capacity, effort: rounded, load, tasks, disciplines: carried, status };
}
