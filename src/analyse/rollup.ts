/**
 * The audit rolled up per team (`rocks audit --by team`). Pure: an Org and
 * its Audit in, one row per team out. A team's figures include those of its
 * sub-teams; members without a team share one "(no team)" row.
 * Linear in members, tasks and handoffs (times the nesting depth for handoffs).
 */
import type { Audit, TeamRollup } from '../model/audit.js';
import { loadPercent, type Org } from '../model/org.js';
import { round1 } from './round.js';

interface Node {
  name: string | null;
  parent: number;
  depth: number;
  headcount: number;
  tasks: number;
  effort: number;
  capacity: number;
  overloaded: number;
  stretched: number;
  highRisk: number;
  disciplines: Map<string, number>;
  handoffsOut: number;
  handoffsIn: number;
  children: number[];
}

/**
 * One row per team, in tree order: top-level teams worst first (highest load),
 * each followed by its sub-teams, worst first, and the "(no team)" row last.
 */
export function rollupByTeam(org: Org, audit: Audit): TeamRollup[] {
  const nodes: Node[] = [];
  const byName = new Map<string, number>();
  const node = (name: string | null): number => {
    nodes.push({
      name,
      parent: -1,
      depth: 0,
      headcount: 0,
      tasks: 0,
      effort: 0,
      capacity: 0,
      overloaded: 0,
      stretched: 0,
      highRisk: 0,
      disciplines: new Map(),
      handoffsOut: 0,
      handoffsIn: 0,
      children: [],
    });
    if (name !== null) byName.set(name, nodes.length - 1);
    return nodes.length - 1;
  };
  const teamIndex = (name: string): number => byName.get(name) ?? node(name);

  // Teams, the parents they name (a parent need not have members of its own), and members' teams.
  const parentOf = new Map<number, string>();
  for (const team of org.teams) {
    const i = teamIndex(team.name);
    if (team.parent !== undefined && team.parent !== team.name) parentOf.set(i, team.parent);
  }
  for (const [i, parent] of parentOf) nodes[i]!.parent = teamIndex(parent);
  let noTeam = -1;
  let lastTeam: string | undefined;
  let lastIndex = -1;
  const teamOf = (team: string | undefined): number => {
    if (team === undefined) return noTeam >= 0 ? noTeam : (noTeam = node(null));
    // Members of a team usually come one after another: skip the lookup then.
    if (team !== lastTeam) {
      lastTeam = team;
      lastIndex = teamIndex(team);
    }
    return lastIndex;
  };
  // Names are looked up only for the few members a handoff or a high risk names.
  const named = new Set<string>();
  for (const u of audit.unicorns) if (u.level === 'high') named.add(u.name);
  for (const h of audit.handoffs) {
    if (h.from !== null) named.add(h.from);
    if (h.to !== null) named.add(h.to);
  }
  const teamOfMember = new Map<string, number>();
  if (named.size > 0) for (const m of org.members) if (named.has(m.name)) teamOfMember.set(m.name, teamOf(m.team));
  breakCycles(nodes);

  // Each member counts toward their own team first; sub-teams add into their parents below.
  for (const m of audit.members) {
    const n = nodes[teamOf(m.team)]!;
    n.headcount++;
    n.tasks += m.tasks;
    n.effort += m.effort;
    n.capacity += m.capacity;
    if (m.status === 'overloaded') n.overloaded++;
    else if (m.status === 'stretched') n.stretched++;
    for (const d of m.disciplines) n.disciplines.set(d.id, (n.disciplines.get(d.id) ?? 0) + d.effort);
  }
  for (const u of audit.unicorns) if (u.level === 'high') nodes[teamOfMember.get(u.name)!]!.highRisk++;

  const bottomUp = nodes.map((_, i) => i).sort((a, b) => nodes[b]!.depth - nodes[a]!.depth);
  for (const i of bottomUp) {
    const child = nodes[i]!;
    if (child.parent < 0) continue;
    const parent = nodes[child.parent]!;
    parent.children.push(i);
    parent.headcount += child.headcount;
    parent.tasks += child.tasks;
    parent.effort += child.effort;
    parent.capacity += child.capacity;
    parent.overloaded += child.overloaded;
    parent.stretched += child.stretched;
    parent.highRisk += child.highRisk;
    for (const [id, effort] of child.disciplines) parent.disciplines.set(id, (parent.disciplines.get(id) ?? 0) + effort);
  }

  // A handoff leaves every team that holds its giver but not its receiver, and enters the reverse.
  const mark = new Int32Array(nodes.length).fill(-1);
  const count = (k: number, from: number, to: number, field: 'handoffsOut' | 'handoffsIn'): void => {
    for (let t = to; t >= 0; t = nodes[t]!.parent) mark[t] = k;
    for (let t = from; t >= 0; t = nodes[t]!.parent) if (mark[t] !== k) nodes[t]![field]++;
  };
  audit.handoffs.forEach((h, k) => {
    const from = h.from === null ? -1 : (teamOfMember.get(h.from) ?? -1);
    const to = h.to === null ? -1 : (teamOfMember.get(h.to) ?? -1);
    count(2 * k, from, to, 'handoffsOut');
    count(2 * k + 1, to, from, 'handoffsIn');
  });

  const required = org.policy.required;
  const rollup = (n: Node): TeamRollup => {
    const effort = round1(n.effort);
    const capacity = round1(n.capacity);
    return {
      name: n.name,
      parent: n.parent >= 0 ? nodes[n.parent]!.name : null,
      depth: n.depth,
      headcount: n.headcount,
      tasks: n.tasks,
      effort,
      capacity,
      load: Math.round(loadPercent(n.effort, n.capacity)),
      overloaded: n.overloaded,
      stretched: n.stretched,
      disciplines: [...n.disciplines].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([id]) => id),
      gaps: required.filter((id) => !n.disciplines.has(id)),
      highRisk: n.highRisk,
      handoffsOut: n.handoffsOut,
      handoffsIn: n.handoffsIn,
    };
  };

  // Tree order; siblings worst first. The "(no team)" row closes the list.
  const rows = nodes.map(rollup);
  const worstFirst = (a: number, b: number): number => {
    if ((a === noTeam) !== (b === noTeam)) return a === noTeam ? 1 : -1;
    const x = rows[a]!;
    const y = rows[b]!;
    return y.load - x.load || y.headcount - x.headcount || (x.name! < y.name! ? -1 : x.name! > y.name! ? 1 : 0);
  };
  const out: TeamRollup[] = [];
  const stack = nodes
    .map((_, i) => i)
    .filter((i) => nodes[i]!.parent < 0)
    .sort(worstFirst)
    .reverse();
  while (stack.length > 0) {
    const i = stack.pop()!;
    out.push(rows[i]!);
    const children = nodes[i]!.children.sort(worstFirst);
    for (let c = children.length - 1; c >= 0; c--) stack.push(children[c]!);
  }
  return out;
}

/** Cuts the parent link that closes a cycle (A's parent B, B's parent A) and sets each node's depth. */
function breakCycles(nodes: Node[]): void {
  const state = new Uint8Array(nodes.length); // 0 unseen, 1 on the current path, 2 done
  for (let i = 0; i < nodes.length; i++) {
    const path: number[] = [];
    let j = i;
    while (j >= 0 && state[j] === 0) {
      state[j] = 1;
      path.push(j);
      j = nodes[j]!.parent;
    }
    if (j >= 0 && state[j] === 1) nodes[path[path.length - 1]!]!.parent = -1;
    // Depths from the top of the path down.
    for (let k = path.length - 1; k >= 0; k--) {
      const n = nodes[path[k]!]!;
      n.depth = n.parent >= 0 ? nodes[n.parent]!.depth + 1 : 0;
      state[path[k]!] = 2;
    }
  }
}

