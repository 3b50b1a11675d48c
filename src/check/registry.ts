/** Every policy rule, one file each under rules/. */
import type { RuleId } from '../model/finding.js';
import type { PolicyRule } from './rule.js';
import { becomesUnicorn } from './rules/becomes-unicorn.js';
import { handoffWithoutContext } from './rules/handoff-without-context.js';
import { lastOwnerLost } from './rules/last-owner-lost.js';
import { loadOverLimit } from './rules/load-over-limit.js';
import { requiredDisciplineGap } from './rules/required-discipline-gap.js';
import { requiredDisciplineThin } from './rules/required-discipline-thin.js';
import { tooManyDisciplines } from './rules/too-many-disciplines.js';
import { unassignedRock } from './rules/unassigned-rock.js';
import { unclassifiedTask } from './rules/unclassified-task.js';
import { unicornScore } from './rules/unicorn-score.js';
import { waiverExpired } from './rules/waiver-expired.js';
import { waiverUnused } from './rules/waiver-unused.js';

/** Every rule, in documentation order. Ids are the contract: they appear in every format and in waivers. */
export const POLICY_RULES: readonly PolicyRule[] = [
  loadOverLimit,
  tooManyDisciplines,
  requiredDisciplineGap,
  requiredDisciplineThin,
  unicornScore,
  unassignedRock,
  unclassifiedTask,
  handoffWithoutContext,
  lastOwnerLost,
  becomesUnicorn,
  waiverExpired,
  waiverUnused,
];

export const RULE_IDS: readonly RuleId[] = POLICY_RULES.map((r) => r.id);
