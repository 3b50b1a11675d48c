/**
 * The org as rocks reasons about it: every default applied, every task
 * classified, every entity remembering where it was written.
 *
 * `loadOrg` makes members and tasks whose `ref` and `pos` are computed when
 * read (accessors, from indexes into the file), and a task's
 * `classification` works out its `confidence`, `rules` and `hits` when read: a
 * copy made by spreading (`{ ...task }`, `{ ...task.classification }`) lacks
 * them (JSON.stringify writes them all). Objects written by hand to these
 * interfaces work wherever a loaded one does.
 */
import type { Classification } from './classification.js';
import type { Position, SourceRef } from './diagnostics.js';
import type { Policy } from './policy.js';
import type { Stage } from './stage.js';
import type { Discipline } from './taxonomy.js';

export interface Task {
  title: string;
  /** Hours per week. */
  effort: number;
  /** The discipline the task counts toward, or null when unclassified. */
  discipline: string | null;
  classification: Classification;
  tags: readonly string[];
  /** Handoff context (`context`, `handoff` or `link`), if any. */
  context?: string;
  /** Owner's name, or null for an unassigned rock. */
  owner: string | null;
  readonly ref: SourceRef;
  /** 1-based position of the task in its file. */
  readonly pos: Position;
}

export interface Member {
  name: string;
  role?: string;
  team?: string;
  /** Hours per week the member can carry. */
  capacity: number;
  /** Disciplines the member could take on without carrying them today. */
  skills: string[];
  tasks: Task[];
  readonly ref: SourceRef;
  readonly pos: Position;
}

export interface Waiver {
  rule: string;
  target?: string;
  reason: string;
  expires: string;
  readonly ref: SourceRef;
  readonly pos: Position;
}

export interface Team {
  name: string;
  parent?: string;
}

export interface Org {
  name: string;
  stage: Stage;
  /** True when the stage was inferred from headcount rather than written. */
  stageInferred: boolean;
  members: Member[];
  unassigned: Task[];
  /** Built-in and custom disciplines, built-ins first in taxonomy order. */
  disciplines: Discipline[];
  policy: Policy;
  waivers: Waiver[];
  teams: Team[];
  /** The files the org was read from, in reading order. */
  files: string[];
  /** Where the policy was written, for findings about it. */
  policyRef?: { ref: SourceRef; pos: Position; /** Positions of the `policy.required` entries, in order. */ required?: Position[] };
}

/** Where a member or task was written, as reports print it: `ref` and `pos` are computed when read, so each is read once. */
export function whereWritten(node: { readonly ref: SourceRef; readonly pos: Position }): { file: string; line: number; col: number } {
  const { line, col } = node.pos;
  return { file: node.ref.file, line, col };
}

export function loadPercent(effort: number, capacity: number): number {
  return capacity > 0 ? (effort / capacity) * 100 : effort > 0 ? Infinity : 0;
}
