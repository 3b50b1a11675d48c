/** The classification engine's public surface. */
export type {
  Classification,
  ClassifyInput,
  Classifier,
  Rule,
  RuleConfig,
  RuleHit,
} from './types.js';
export type { ClassifierOptions, ConfigProblem, Token } from './engine.js';
export {
  createClassifier,
  checkRuleConfig,
  checkMatchEntry,
  confidenceOf,
  stem,
  tokenize,
  DEFAULT_THRESHOLD,
  EVIDENCE_SCALE,
  ROLE_MARGIN,
  TAG_DISCIPLINE_BONUS,
  TAG_RULE_PREFIX,
} from './engine.js';
export { BUILTIN_RULES, BUILTIN_ROLE_RULES, type RoleRule } from './builtin-rules.js';
export { closest, didYouMean, editDistance } from './suggest.js';
