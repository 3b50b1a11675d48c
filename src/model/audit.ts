/**
 * The audit as data: the four reports (load, gaps, unicorn risk, handoffs)
 * that analyse() computes and every format renders.
 */
import type { Org, Task } from './org.js';
import { whereWritten } from './org.js';
import type { Stage } from './stage.js';

export type LoadStatus = 'ok' | 'stretched' | 'overloaded';
export type CoverageStatus = 'gap' | 'thin' | 'covered' | 'unowned';
export type RiskLevel = 'low' | 'medium' | 'high';

export interface DisciplineEffort {
  id: string;
  effort: number;
}

export interface MemberLoad {
  name: string;
  role?: string;
  team?: string;
  capacity: number;
  effort: number;
  /** Percent of capacity. */
  load: number;
  tasks: number;
  /** Disciplines carried, most effort first. */
  disciplines: DisciplineEffort[];
  status: LoadStatus;
}

export interface DisciplineCoverage {
  id: string;
  name: string;
  required: boolean;
  owners: string[];
  effort: number;
  /** Percent of the org's classified effort. */
  share: number;
  /** gap: required and nobody carries it; thin: fewer owners than policy.minOwners (a bus factor of one by default); unowned: optional and nobody carries it. */
  status: CoverageStatus;
  /** The role to open for this discipline. */
  role: string;
}

export interface MissingDeliverable {
  discipline: string;
  deliverable: string;
}

export interface UnicornRisk {
  name: string;
  /** Effective number of disciplines: exp of the Shannon entropy of the member's effort shares. */
  span: number;
  disciplines: string[];
  /** Disciplines nobody else carries. */
  soleOwnerOf: string[];
  load: number;
  /** span × max(1, load / 100) + 0.5 × soleOwnerOf.length */
  score: number;
  level: RiskLevel;
}

export interface TruckFactor {
  /** Fewest people whose departure leaves most required disciplines without an owner; null when no departure can. */
  people: number | null;
  /** One such set of people. */
  members: string[];
  /** The required disciplines they would leave without an owner. */
  disciplines: string[];
}

export interface LoadChange {
  before: number;
  after: number;
}

export interface Handoff {
  task: string;
  discipline: string;
  effort: number;
  /** Current owner; null for an unassigned rock. */
  from: string | null;
  /** Receiver; null when a role should be opened instead. */
  to: string | null;
  /** The role to open, when `to` is null. */
  role?: string;
  fromLoad?: LoadChange;
  toLoad?: LoadChange;
}

export interface RoleToOpen {
  discipline: string;
  role: string;
  /** Hours per week the role would carry. */
  hours: number;
  tasks: number;
}

export interface TaskRef {
  title: string;
  owner: string | null;
  discipline: string | null;
  effort: number;
  file: string;
  line: number;
  col: number;
}

export interface Audit {
  org: string;
  stage: Stage;
  stageInferred: boolean;
  headcount: number;
  totals: { effort: number; capacity: number; load: number; tasks: number };
  members: MemberLoad[];
  disciplines: DisciplineCoverage[];
  missingDeliverables: MissingDeliverable[];
  unassigned: TaskRef[];
  unclassified: TaskRef[];
  unicorns: UnicornRisk[];
  truckFactor: TruckFactor;
  handoffs: Handoff[];
  rolesToOpen: RoleToOpen[];
}

/** A task as reports list it: what, whose, how big, and where it was written. */
export function taskRef(t: Task): TaskRef {
  return { title: t.title, owner: t.owner, discipline: t.discipline, effort: t.effort, ...whereWritten(t) };
}

export interface TeamRollup {
  /** The team's name; null for the members who have no team. */
  name: string | null;
  /** The parent team, or null for a top-level team. */
  parent: string | null;
  /** 0 for a top-level team, 1 for its sub-teams, and so on. */
  depth: number;
  /** Members of the team and of its sub-teams. */
  headcount: number;
  /** Rocks they carry. */
  tasks: number;
  /** Hours per week they carry. */
  effort: number;
  /** Hours per week they can carry. */
  capacity: number;
  /** effort / capacity, percent, rounded. */
  load: number;
  /** Members above policy.maxLoad. */
  overloaded: number;
  /** Members above 100 %, at or under policy.maxLoad. */
  stretched: number;
  /** Disciplines someone in the team carries, most hours first. */
  disciplines: string[];
  /** Required disciplines (policy.required) nobody in the team carries: the team-level gaps. */
  gaps: string[];
  /** Members at high unicorn risk. */
  highRisk: number;
  /** Suggested handoffs from a member of the team to someone outside it (or to a role to open). */
  handoffsOut: number;
  /** Suggested handoffs to a member of the team from someone outside it (or from the unassigned rocks). */
  handoffsIn: number;
}

/** What an audit formatter renders. */
export interface AuditReport {
  org: Org;
  audit: Audit;
  /** The audit rolled up per team (`--by team`); formats show it only when present. */
  teams?: TeamRollup[];
}
