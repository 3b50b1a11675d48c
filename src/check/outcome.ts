/** The gate: pass or fail from the findings, and why. */
import { SEVERITY_RANK, type Finding, type GateOptions, type Outcome, type OutcomeReason } from '../model/finding.js';

/** Decides pass or fail from the findings; the CLI turns `failed` into exit code 1. */
export function decideOutcome(findings: readonly Finding[], gate: GateOptions): Outcome {
  const counts = { error: 0, warning: 0, info: 0, waived: 0 };
  for (const f of findings) {
    if (f.waived) counts.waived++;
    else counts[f.severity]++;
  }
  const reasons: OutcomeReason[] = [];
  const failing = findings.filter((f) => !f.waived && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[gate.failOn]).length;
  if (failing > 0) reasons.push({ kind: 'findings-at-or-above', count: failing, failOn: gate.failOn });
  if (gate.maxWarnings !== undefined && counts.warning > gate.maxWarnings) {
    reasons.push({ kind: 'too-many-warnings', count: counts.warning, maxWarnings: gate.maxWarnings });
  }
  return { failed: reasons.length > 0, reasons, counts };
}
