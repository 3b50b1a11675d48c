/** What changed between two versions of an org: rocks moved, added, dropped and edited, loads and risks. */
import type { TaskRef } from './audit.js';

export type MatchKind = 'exact' | 'normalised' | 'similar';

export interface RockMove {
  /** The title now. */
  title: string;
  /** The title before, when it was edited. */
  previousTitle?: string;
  discipline: string | null;
  effort: number;
  /** Owner before; null when the rock was on the ground. */
  from: string | null;
  /** Owner after; null when it was put down. */
  to: string | null;
  /** Whether the rock carries a context:, handoff: or link: now. */
  hasContext: boolean;
  match: MatchKind;
  /** 0..1; 1 for exact and normalised matches. */
  similarity: number;
  /** Where the rock is written now. */
  file: string;
  line: number;
  col: number;
}

/** A rock as the diff lists it (the same shape as the audit's task references). */
export type RockRef = TaskRef;

export interface RockEdit {
  title: string;
  previousTitle: string;
  owner: string | null;
  similarity: number;
  file: string;
  line: number;
  col: number;
}

export interface LoadDelta {
  name: string;
  /** Percent of capacity; null when the member is not in that version. */
  before: number | null;
  after: number | null;
  rocksBefore: number;
  rocksAfter: number;
}

export type RiskKind =
  | 'last-owner-lost'
  | 'first-owner-gained'
  | 'becomes-unicorn'
  | 'no-longer-unicorn'
  | 'becomes-overloaded'
  | 'no-longer-overloaded';

export interface RiskChange {
  kind: RiskKind;
  /** Whether the change makes things worse. */
  worse: boolean;
  /** The discipline, for the ownership kinds. */
  discipline?: string;
  /** Whether that discipline is required by the policy after the change. */
  required?: boolean;
  /** The member concerned, or the former/new owners of the discipline. */
  members: string[];
  /** A sentence, plain text from untrusted names. */
  message: string;
}

export interface OrgDiff {
  moved: RockMove[];
  added: RockRef[];
  dropped: RockRef[];
  /** Same owner, title edited. */
  edited: RockEdit[];
  /** Every member of either version, by name; `changed` ones first in formatters. */
  loads: LoadDelta[];
  risks: RiskChange[];
}
