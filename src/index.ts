/**
 * rocks as a library: the same pipeline the CLI runs, without I/O.
 *
 *   const result = loadOrg([{ file: 'team.yaml', text }]);
 *   if (result.ok) console.log(formatAuditJson({ org: result.org, audit: analyse(result.org) }));
 */
export { loadOrg, type OrgSource, type LoadOptions } from './input/load.js';
export type { LoadResult } from './input/load-result.js';
export { parseSource } from './input/parse.js';
export { DEFAULT_PARSE_LIMITS, type ParseLimits, type ParsedSource, type Locator } from './input/source.js';
export { analyse } from './analyse/analyse.js';
export { planHandoffs, type HandoffPlan } from './analyse/handoffs/planner.js';
export { effectiveSpan, unicornScore, riskLevel } from './analyse/risk.js';
export { rollupByTeam } from './analyse/rollup.js';
export type {
  Audit,
  CoverageStatus,
  DisciplineCoverage,
  DisciplineEffort,
  Handoff,
  LoadChange,
  LoadStatus,
  MemberLoad,
  MissingDeliverable,
  RiskLevel,
  RoleToOpen,
  TaskRef,
  TeamRollup,
  TruckFactor,
  UnicornRisk,
} from './model/audit.js';
export type { Org, Member, Task, Waiver, Team } from './model/org.js';
export type { Diagnostic, Position, SourceRef, DataPath } from './model/diagnostics.js';
export { InputError, formatLocation } from './model/diagnostics.js';
export { resolvePolicy, inferStage, STAGE_POLICIES, type Policy } from './model/policy.js';
export { orgFileSchema, type OrgFile } from './input/schema.js';
export { type Stage } from './model/stage.js';
export { BUILTIN_DISCIPLINES, DEFAULT_REQUIRED_DISCIPLINES, type Discipline } from './model/taxonomy.js';
export { createClassifier } from './classify/classifier.js';
export { checkRuleConfig } from './classify/config-check.js';
export type { Rule, RuleConfig, Classification, Classifier, ClassifyInput, RuleHit } from './model/classification.js';
export { AUDIT_FORMATTERS, auditDocument, AUDIT_SCHEMA_VERSION, DEFAULT_CONTEXT, type FormatContext } from './format/audit.js';
export { type AuditReport } from './model/audit.js';
export { formatAuditJson } from './format/audit-json.js';
export { terminalSafe, markdownCell, githubData, githubProperty } from './format/escape.js';
export { evaluatePolicy } from './check/evaluate.js';
export { applyWaivers } from './check/waivers.js';
export { decideOutcome } from './check/outcome.js';
export { POLICY_RULES } from './check/registry.js';
export { type PolicyRule } from './check/rule.js';
export { type Finding, type Outcome } from './model/finding.js';
export { diffOrgs, matchTasks } from './diff/diff.js';
export { type OrgDiff } from './model/diff.js';
export { CHECK_FORMATTERS, checkDocument, CHECK_SCHEMA_VERSION } from './format/check.js';
export { type CheckReport } from './model/report.js';
export { DIFF_FORMATTERS } from './format/diff.js';
export { type DiffReport } from './model/report.js';
export { orgJsonSchema } from './input/json-schema.js';
