/**
 * The active rules of a classifier: the built-in rules and the org file's
 * custom ones assembled into one list, and that list compiled into a matcher.
 */
import type { Rule, RuleConfig } from '../model/classification.js';
import { BUILTIN_RULES } from './builtin-rules.js';
import { Matcher } from './matcher.js';
import { compileEntries } from './phrase.js';
import { builtinTable } from './precompiled.js';

/** Weight of a custom rule that gives none: strong evidence, not a defining term. */
export const DEFAULT_RULE_WEIGHT = 2;

function sanitizeWeight(w: unknown): number | undefined {
  return typeof w === 'number' && Number.isFinite(w) ? w : undefined;
}

/**
 * The active rule list: built-ins minus `disable`, plus valid custom rules
 * (a custom rule with a built-in's id replaces it; among custom rules the first
 * of a duplicated id wins), then `weights` applied. Rules naming an unknown
 * discipline are left out (checkRuleConfig reports them).
 */
export function assembleRules(disciplines: ReadonlySet<string>, config: RuleConfig | undefined): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of BUILTIN_RULES) byId.set(rule.id, rule);
  const customIds = new Set<string>();
  for (const raw of config?.rules ?? []) {
    if (!raw || typeof raw.id !== 'string' || customIds.has(raw.id)) continue;
    const weight = raw.weight === undefined ? DEFAULT_RULE_WEIGHT : sanitizeWeight(raw.weight);
    if (weight === undefined || !Array.isArray(raw.match)) continue;
    customIds.add(raw.id);
    byId.set(raw.id, {
      id: raw.id,
      discipline: raw.discipline,
      match: raw.match.filter((m) => typeof m === 'string'),
      weight,
      ...(raw.description !== undefined ? { description: raw.description } : {}),
      source: 'custom',
    });
  }
  for (const id of config?.disable ?? []) byId.delete(id);
  for (const [id, w] of Object.entries(config?.weights ?? {})) {
    const rule = byId.get(id);
    const weight = sanitizeWeight(w);
    if (rule && weight !== undefined) byId.set(id, { ...rule, weight });
  }
  return [...byId.values()].filter((r) => disciplines.has(r.discipline));
}

/**
 * A matcher for the rules, rule i firing as i. A built-in rule keeps its
 * match list (also when re-weighted), so its phrases come from the
 * precompiled table unless `precompiled` is false; active built-ins keep
 * their order. Rules with a negative weight match as free phrases.
 */
export function ruleMatcher(rules: readonly Rule[], precompiled: boolean, wordPrecheck: boolean): Matcher {
  const table = precompiled ? builtinTable() : null;
  const matcher = new Matcher(table, wordPrecheck);
  let nextBuiltin = 0;
  rules.forEach((rule, index) => {
    const exclusive = rule.weight >= 0;
    if (table !== null && rule.source === 'builtin') {
      let t = nextBuiltin;
      while (t < BUILTIN_RULES.length && BUILTIN_RULES[t]!.match !== rule.match) t++;
      if (t < BUILTIN_RULES.length && table.fits(t, rule.match)) {
        matcher.addTableRule(t, index, exclusive);
        nextBuiltin = t + 1;
        return;
      }
    }
    for (const words of compileEntries(rule.match)) matcher.add(words, index, exclusive);
  });
  matcher.seal();
  return matcher;
}
