/**
 * rocks as a library: the same pipeline the CLI runs, without I/O.
 *
 *   const result = loadOrg([{ file: 'team.yaml', text }]);
 *   if (result.ok) console.log(formatAuditJson({ org: result.org, audit: analyse(result.org) }));
 */
export { loadOrg, type OrgSource, type LoadResult, type LoadOptions } from './core/load.js';
export { parseSource, DEFAULT_PARSE_LIMITS, type ParseLimits, type ParsedSource, type Locator } from './core/parse.js';
export { analyse, planHandoffs, effectiveSpan, unicornScore, riskLevel } from './core/analyse.js';
export type * from './core/analyse.js';
export { rollupByTeam, type TeamRollup } from './core/rollup.js';
export type { Org, Member, Task, Waiver, Team } from './core/model.js';
export type { Diagnostic, Position, SourceRef, DataPath } from './core/diagnostics.js';
export { InputError, formatLocation } from './core/diagnostics.js';
export { resolvePolicy, inferStage, STAGE_POLICIES, type Policy } from './core/policy.js';
export { orgFileSchema, type OrgFile, type Stage } from './core/schema.js';
export { BUILTIN_DISCIPLINES, DEFAULT_REQUIRED_DISCIPLINES, type Discipline } from './core/taxonomy.js';
export { createClassifier, checkRuleConfig } from './classify/engine.js';
export type { Rule, RuleConfig, Classification, Classifier, ClassifyInput, RuleHit } from './classify/types.js';
export { AUDIT_FORMATTERS, auditDocument, AUDIT_SCHEMA_VERSION, DEFAULT_CONTEXT, type AuditReport, type FormatContext } from './format/index.js';
export { formatAuditJson } from './format/audit-json.js';
export { terminalSafe, markdownCell, githubData, githubProperty } from './format/escape.js';
export { evaluatePolicy, applyWaivers, decideOutcome, POLICY_RULES, type Finding, type PolicyRule, type Outcome } from './core/findings.js';
export { diffOrgs, matchTasks, type OrgDiff } from './core/diff.js';
export { CHECK_FORMATTERS, checkDocument, CHECK_SCHEMA_VERSION, type CheckReport } from './format/check.js';
export { DIFF_FORMATTERS, type DiffReport } from './format/diff.js';
export { orgJsonSchema } from './core/json-schema.js';
