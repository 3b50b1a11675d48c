/** What `rocks check` finds, and how the gate decides. */

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One thing `rocks check` has to say, at the YAML node it is about. */
export interface Finding {
  /** Stable rule id (`load-over-limit`, ...); never part of the message. */
  rule: string;
  severity: Severity;
  /** A sentence a person understands; plain text from untrusted names, escaped by each formatter. */
  message: string;
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

export interface GateOptions {
  /** Findings at or above this severity fail the check. */
  failOn: Severity;
  /** More unwaived warnings than this fail the check; undefined: no limit. */
  maxWarnings?: number;
}

export interface Outcome {
  failed: boolean;
  /** Why it failed (empty when it passed), as sentences. */
  reasons: string[];
  /** Unwaived findings by severity, and the waived ones. */
  counts: { error: number; warning: number; info: number; waived: number };
}
