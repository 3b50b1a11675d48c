/**
 * Cross-reference checks on the org file's `classification:` section, after
 * its shape is validated: what the classifier would silently leave out.
 */
import type { RuleConfig } from '../model/classification.js';
import { KEBAB_ID } from '../shared/id.js';
import { closest } from '../shared/suggest.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { ALLOWED_MATCH, compilePhrase } from './phrase.js';

export interface ConfigProblem {
  /** Data path relative to the `classification:` section. */
  path: (string | number)[];
  message: string;
}

/** Problems with one match entry, or undefined when it is fine. */
export function checkMatchEntry(entry: unknown): string | undefined {
  if (typeof entry !== 'string' || entry.trim() === '') return 'empty match entry';
  const bad = [...entry].find((ch) => !ALLOWED_MATCH.test(ch));
  if (bad !== undefined) {
    return `match entry "${entry}" contains "${bad}", which cannot be matched; use letters, digits, spaces, - / ' & . + # and a trailing * wildcard`;
  }
  const words = entry.trim().split(/[\s\-/&]+/).filter((w) => w !== '');
  for (const w of words) {
    const star = w.indexOf('*');
    if (star >= 0 && (star !== w.length - 1 || star === 0)) {
      return `match entry "${entry}" has a "*" that is not a trailing wildcard on a word`;
    }
    if (star > 0 && w.replace(/[^\p{L}\p{N}]/gu, '').length < 2) {
      return `wildcard "${w}" in match entry "${entry}" is too short; give at least two letters before the *`;
    }
  }
  if (compilePhrase(entry).length === 0) return `match entry "${entry}" contains no words`;
  return undefined;
}

/**
 * Cross-reference checks on a `classification:` section whose shape is
 * already valid: unknown disciplines, duplicate rule ids, disabling or
 * re-weighting unknown rules, unusable match entries, a threshold out of range.
 * Paths are relative to the section.
 */
export function checkRuleConfig(config: RuleConfig, disciplines: readonly string[]): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const known = new Set(disciplines);
  const builtinIds = new Set(BUILTIN_RULES.map((r) => r.id));
  const customSeen = new Map<string, number>();

  (config.rules ?? []).forEach((rule, i) => {
    if (typeof rule.id === 'string') {
      if (!KEBAB_ID.test(rule.id)) {
        problems.push({ path: ['rules', i, 'id'], message: `rule id "${rule.id}" must be kebab-case (lowercase letters, digits and hyphens)` });
      }
      if (builtinIds.has(rule.id)) {
        problems.push({
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}": a built-in rule already has it; pick another id, or use weights/disable to change the built-in`,
        });
      } else if (customSeen.has(rule.id)) {
        problems.push({
          path: ['rules', i, 'id'],
          message: `duplicate rule id "${rule.id}": rules[${customSeen.get(rule.id)}] already has it`,
        });
      } else {
        customSeen.set(rule.id, i);
      }
    }
    if (typeof rule.discipline === 'string' && !known.has(rule.discipline)) {
      const s = closest(rule.discipline, disciplines);
      problems.push({
        path: ['rules', i, 'discipline'],
        message: `unknown discipline "${rule.discipline}"${s ? `; did you mean "${s}"?` : '; add it under disciplines: or use a built-in id'}`,
      });
    }
    if (Array.isArray(rule.match)) {
      if (rule.match.length === 0) {
        problems.push({ path: ['rules', i, 'match'], message: 'a rule needs at least one match entry' });
      }
      rule.match.forEach((entry, j) => {
        const message = checkMatchEntry(entry);
        if (message !== undefined) problems.push({ path: ['rules', i, 'match', j], message });
      });
    }
    if (typeof rule.weight === 'number' && !Number.isFinite(rule.weight)) {
      problems.push({ path: ['rules', i, 'weight'], message: 'weight must be a finite number' });
    }
  });

  const allIds = [...builtinIds, ...customSeen.keys()];
  const allIdSet = new Set(allIds);
  (config.disable ?? []).forEach((id, j) => {
    if (!allIdSet.has(id)) {
      const s = closest(id, allIds);
      problems.push({ path: ['disable', j], message: `cannot disable unknown rule "${id}"${s ? `; did you mean "${s}"?` : ''}` });
    }
  });
  for (const [id, w] of Object.entries(config.weights ?? {})) {
    if (!allIdSet.has(id)) {
      const s = closest(id, allIds);
      problems.push({ path: ['weights', id], message: `cannot re-weight unknown rule "${id}"${s ? `; did you mean "${s}"?` : ''}` });
    } else if (typeof w !== 'number' || !Number.isFinite(w)) {
      problems.push({ path: ['weights', id], message: 'weight must be a finite number' });
    }
  }
  if (config.threshold !== undefined && !(config.threshold >= 0 && config.threshold <= 1)) {
    problems.push({ path: ['threshold'], message: `threshold must be between 0 and 1 (got ${String(config.threshold)})` });
  }
  return problems;
}
