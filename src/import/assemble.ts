/**
 * Rocks, people and teams to the members of an org: each assignee resolved
 * through the identity map, rocks grouped by member (names compared
 * case-insensitively, as the org file does), a member's team from the map or
 * from most of their rocks, and the org file's limits kept.
 */
import { EffortTally } from './effort.js';
import { IdentityMap } from './identity.js';
import type { ImportedExport, ImportedPerson, ImportedTeam, ImportProblem, ImportSource } from './model.js';

/** A rock as it will be written. */
export interface DraftRock {
  title: string;
  effort?: number;
  discipline?: string;
  tags: string[];
  link?: string;
}

export interface DraftMember {
  name: string;
  team?: string;
  role?: string;
  capacity?: number;
  rocks: DraftRock[];
}

export interface ImportedOrg {
  source: ImportSource;
  members: DraftMember[];
  unassigned: DraftRock[];
  /** Teams with a parent, for the folder layout and the summary. */
  teams: ImportedTeam[];
  problems: ImportProblem[];
  /** What was read and made, one line each, for the summary. */
  summary: string[];
}

export interface AssembleOptions {
  /** People from --people (an identity map or a Backstage catalog). */
  people: readonly ImportedPerson[];
  hoursPerPoint: number;
  defaultEffort: number;
}

/** The org file's limits on a member's rocks and on the rocks on the ground. */
export const MAX_MEMBER_ROCKS = 10000;
export const MAX_UNASSIGNED = 100000;

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function assemble(read: ImportedExport, options: AssembleOptions): ImportedOrg {
  const identity = new IdentityMap([...options.people, ...read.people]);
  const tally = new EffortTally();
  const problems = [...read.problems];
  const members = new Map<string, DraftMember & { teams: Map<string, number> }>();
  const memberOf = (name: string, person: ImportedPerson | undefined): DraftMember & { teams: Map<string, number> } => {
    const key = name.toLowerCase();
    let m = members.get(key);
    if (!m) {
      m = { name, rocks: [], teams: new Map() };
      if (person?.team !== undefined) m.team = person.team;
      if (person?.role !== undefined) m.role = person.role;
      if (person?.capacity !== undefined) m.capacity = person.capacity;
      members.set(key, m);
    }
    return m;
  };
  // The people of the export (a catalog) are members, rocks or not.
  for (const p of read.people) memberOf(p.name, p);
  const unassigned: DraftRock[] = [];
  let dropped = 0;
  for (const rock of read.rocks) {
    tally.count(rock.effortOrigin);
    if (rock.capped) tally.capped++;
    // The imported rock is the draft: a copy per rock would be hundreds of thousands more objects to collect.
    const draft: DraftRock = rock;
    if (rock.person === undefined) {
      if (unassigned.length < MAX_UNASSIGNED) unassigned.push(draft);
      else dropped++;
      continue;
    }
    const person = identity.resolve(rock.person, rock.email);
    const member = memberOf(person?.name ?? rock.person, person);
    if (member.rocks.length >= MAX_MEMBER_ROCKS) {
      dropped++;
      continue;
    }
    member.rocks.push(draft);
    if (rock.team !== undefined) member.teams.set(rock.team, (member.teams.get(rock.team) ?? 0) + 1);
  }
  const out: DraftMember[] = [];
  for (const m of members.values()) {
    const { teams, ...member } = m;
    if (member.team === undefined && teams.size > 0) member.team = [...teams].reduce((best, t) => (t[1] > best[1] ? t : best))[0];
    out.push(member);
  }
  // People of the identity map with no open rock join their team when the export covers it: their spare capacity is where handoffs go.
  const covered = new Set(out.filter((m) => m.rocks.length > 0 && m.team !== undefined).map((m) => m.team!.toLowerCase()));
  for (const p of options.people) {
    if (members.has(p.name.toLowerCase()) || p.team === undefined || !covered.has(p.team.toLowerCase())) continue;
    const { teams: _, ...member } = memberOf(p.name, p);
    out.push(member);
  }
  if (dropped > 0) problems.push({ file: problems[0]?.file ?? '', line: 0, message: `${plural(dropped, 'rock')} over the org file's limits (${MAX_MEMBER_ROCKS.toLocaleString('en')} per member, ${MAX_UNASSIGNED.toLocaleString('en')} unassigned) left out` });

  const summary: string[] = [];
  const assigned = out.reduce((n, m) => n + m.rocks.length, 0);
  const doneNote = read.done > 0 ? `; ${plural(read.done, read.source === 'github' ? 'done item' : 'done row')} left out (--include-done keeps them)` : '';
  if (read.source === 'backstage') summary.push(`read ${plural(read.rows, 'entity', 'entities')}: ${plural(out.length, 'member')} in ${plural(read.teams.length, 'team')}`);
  else {
    summary.push(`read ${plural(read.rows, read.source === 'github' ? 'item' : 'row')}: ${plural(assigned, 'rock')} for ${plural(out.length, 'member')}, ${plural(unassigned.length, 'unassigned rock')}${doneNote}`);
    summary.push(tally.summary(options.hoursPerPoint, options.defaultEffort));
  }
  if (identity.unmatched.size > 0) {
    const names = [...identity.unmatched];
    summary.push(`${plural(names.length, 'name')} not in the identity map, kept as written: ${names.slice(0, 20).join(', ')}${names.length > 20 ? `, and ${names.length - 20} more` : ''}`);
  }
  return { source: read.source, members: out, unassigned, teams: read.teams, problems, summary };
}
