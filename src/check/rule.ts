/** What a policy rule is: data with an id, listable and testable one by one. */
import type { Audit } from '../model/audit.js';
import type { OrgDiff } from '../model/diff.js';
import type { Finding, FindingFacts, RuleId, Severity } from '../model/finding.js';
import type { Org } from '../model/org.js';
import type { Policy } from '../model/policy.js';

export interface CheckContext {
  org: Org;
  audit: Audit;
  policy: Policy;
  /** Present with `rocks check --base` (and in `rocks diff`). */
  diff?: OrgDiff;
}

export interface PolicyRule {
  id: RuleId;
  /** Default severity; a rule may report a different one when the policy says so (see its description). */
  severity: Severity;
  /** One line for `--list-rules`, SARIF and the docs. */
  description: string;
  /** Only evaluated when a base version is compared. */
  needsDiff?: boolean;
  check(ctx: CheckContext): Finding[];
}

/** Where a finding points. */
export interface Location {
  file: string;
  line: number;
  col: number;
}

/** Builds one finding of the rule being defined: what it is about, where, its facts, and a severity when not the rule's own. */
export type Found<R extends RuleId> = (target: string, where: Location, facts: FindingFacts[R], severity?: Severity) => Finding;

export interface RuleDefinition<R extends RuleId> {
  id: R;
  severity: Severity;
  description: string;
  needsDiff?: boolean;
  check(ctx: CheckContext, found: Found<R>): Finding[];
}

/** A rule from its definition; `found` types each finding's facts by the rule's id. */
export function defineRule<R extends RuleId>(definition: RuleDefinition<R>): PolicyRule {
  const { id, severity, check } = definition;
  // The cast: TypeScript cannot tie a generic R to one member of the Finding union, but `facts` is FindingFacts[R] for this very id.
  const found: Found<R> = (target, where, facts, as = severity) => ({ rule: id, severity: as, facts, target, ...where }) as Finding;
  return {
    id,
    severity,
    description: definition.description,
    ...(definition.needsDiff ? { needsDiff: true } : {}),
    check: (ctx) => check(ctx, found),
  };
}
