/**
 * `rocks check`: every policy rule over the audit (and, with a base version,
 * the diff), then the waivers. Pure: the date comes in, nothing is printed.
 */
import type { Audit } from '../model/audit.js';
import type { OrgDiff } from '../model/diff.js';
import { SEVERITY_RANK, type Finding } from '../model/finding.js';
import type { Org } from '../model/org.js';
import { POLICY_RULES } from './registry.js';
import type { CheckContext } from './rule.js';
import { applyWaivers } from './waivers.js';

export interface EvaluateOptions {
  /** Today's date, YYYY-MM-DD; waivers expire against it. */
  today: string;
  diff?: OrgDiff;
}

/** Runs every rule, applies the waivers and returns the findings, most severe first. */
export function evaluatePolicy(org: Org, audit: Audit, options: EvaluateOptions): Finding[] {
  const ctx: CheckContext = { org, audit, policy: org.policy, ...(options.diff ? { diff: options.diff } : {}) };
  const findings: Finding[] = [];
  for (const rule of POLICY_RULES) {
    if (rule.needsDiff && !options.diff) continue;
    findings.push(...rule.check(ctx));
  }
  return applyWaivers(findings, org.waivers, options.today).sort(compareFindings);
}

/** Unwaived first, then most severe, then by place in the files, rule and target. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(a.waived !== undefined) - Number(b.waived !== undefined) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.col - b.col ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.target < b.target ? -1 : a.target > b.target ? 1 : 0)
  );
}
