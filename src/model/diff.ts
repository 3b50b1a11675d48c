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

/**
 * A risk that appeared or went away with the change: a code (`kind`) and the
 * figures a sentence needs; format/messages.ts puts it into words.
 */
export type RiskChange = LastOwnerLost | FirstOwnerGained | BecomesUnicorn | NoLongerUnicorn | BecomesOverloaded | NoLongerOverloaded;

export type RiskKind = RiskChange['kind'];

/** A discipline that had owners before the change has none after it. */
export interface LastOwnerLost {
  kind: 'last-owner-lost';
  worse: true;
  discipline: string;
  /** Whether the policy requires the discipline after the change. */
  required: boolean;
  /** Who carried it before. */
  members: string[];
}

/** A discipline nobody carried before has owners after the change. */
export interface FirstOwnerGained {
  kind: 'first-owner-gained';
  worse: false;
  discipline: string;
  required: boolean;
  /** Its owners now. */
  members: string[];
}

/** A member's unicorn risk becomes high. */
export interface BecomesUnicorn {
  kind: 'becomes-unicorn';
  worse: true;
  /** The member. */
  members: [string];
  /** The unicorn score before; null when the member is new in this version. */
  scoreBefore: number | null;
  scoreAfter: number;
  /** policy.maxUnicornScore after the change. */
  maxUnicornScore: number;
  /** How many disciplines the member works in after the change. */
  disciplines: number;
}

/** A member's unicorn risk is no longer high. */
export interface NoLongerUnicorn {
  kind: 'no-longer-unicorn';
  worse: false;
  members: [string];
  scoreBefore: number;
  scoreAfter: number;
}

/** A member becomes overloaded. */
export interface BecomesOverloaded {
  kind: 'becomes-overloaded';
  worse: true;
  members: [string];
  /** Load in percent of capacity before; null when the member is new in this version. */
  loadBefore: number | null;
  loadAfter: number;
  /** policy.maxLoad after the change. */
  maxLoad: number;
}

/** A member is no longer overloaded. */
export interface NoLongerOverloaded {
  kind: 'no-longer-overloaded';
  worse: false;
  members: [string];
  loadBefore: number;
  loadAfter: number;
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
