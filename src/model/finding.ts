/** What `rocks check` finds, and how the gate decides. */
import type { BecomesUnicorn, LastOwnerLost } from './diff.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * What each rule's finding says, as data, by rule id. Names come from the org
 * file and are plain, untrusted text; format/messages.ts puts the facts into
 * the sentence a person reads, and each formatter escapes it for its medium.
 */
export interface FindingFacts {
  'load-over-limit': { member: string; effort: number; capacity: number; load: number; maxLoad: number };
  'too-many-disciplines': { member: string; disciplines: string[]; maxDisciplines: number };
  'required-discipline-gap': { discipline: string; name: string; role: string };
  'required-discipline-thin': { discipline: string; owners: string[]; minOwners: number };
  'unicorn-score': { member: string; score: number; span: number; load: number; soleOwnerOf: string[]; maxUnicornScore: number };
  /** `allowed`: policy.allowUnassigned. */
  'unassigned-rock': { title: string; allowed: boolean };
  'unclassified-task': { title: string; owner: string | null };
  /** `from`: null when the rock was on the ground. */
  'handoff-without-context': { title: string; from: string | null; to: string };
  'last-owner-lost': LastOwnerLost;
  'becomes-unicorn': BecomesUnicorn;
  'waiver-expired': { waiver: WaiverKey; expires: string };
  /** `knownRule`: whether the waiver names an existing rule; `suggestion`: the closest rule id when it does not. */
  'waiver-unused': { waiver: WaiverKey; knownRule: boolean; suggestion: string | null };
}

/** A policy rule's stable id: it appears in every format and in waivers. */
export type RuleId = keyof FindingFacts;

/** What a waiver names: a rule id as written (perhaps no rule's) and, optionally, a target. */
export interface WaiverKey {
  rule: string;
  target?: string;
}

interface FindingOf<R extends RuleId> {
  /** Stable rule id (`load-over-limit`, ...): the finding's code. */
  rule: R;
  severity: Severity;
  /** The data its sentence is made of (format/messages.ts). */
  facts: FindingFacts[R];
  /** What the finding is about: a member name, a discipline id, a task title or a waiver; waivers match on it. */
  target: string;
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  /** Set when a waiver in the org file accepts this finding; it then does not count toward the exit code. */
  waived?: { reason: string; expires: string; file: string; line: number; col: number };
}

/** One thing `rocks check` has to say, at the YAML node it is about; `rule` tells which facts it carries. */
export type Finding = { [R in RuleId]: FindingOf<R> }[RuleId];

export interface GateOptions {
  /** Findings at or above this severity fail the check. */
  failOn: Severity;
  /** More unwaived warnings than this fail the check; undefined: no limit. */
  maxWarnings?: number;
}

/** Why the gate failed, as data (format/messages.ts words it). */
export type OutcomeReason =
  /** `count` unwaived findings at or above `failOn`. */
  | { kind: 'findings-at-or-above'; count: number; failOn: Severity }
  /** `count` unwaived warnings, more than `maxWarnings`. */
  | { kind: 'too-many-warnings'; count: number; maxWarnings: number };

export interface Outcome {
  failed: boolean;
  /** Why it failed; empty when it passed. */
  reasons: OutcomeReason[];
  /** Unwaived findings by severity, and the waived ones. */
  counts: { error: number; warning: number; info: number; waived: number };
}
