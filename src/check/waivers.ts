/**
 * Waivers: a waiver accepts the findings of its rule whose target matches
 * (case-insensitive; every target when it names none) until its expiry date,
 * inclusive. An expired waiver waives nothing and is itself a warning, and so
 * is a waiver that matches nothing.
 */
import { whereWritten, type Waiver } from '../model/org.js';
import type { Finding, WaiverKey } from '../model/finding.js';
import { closest } from '../shared/suggest.js';
import { RULE_IDS } from './registry.js';

const WAIVER_RULES = new Set(['waiver-expired', 'waiver-unused']);

/** The findings, each marked when a waiver accepts it, and a finding for each expired or unused waiver. */
export function applyWaivers(findings: readonly Finding[], waivers: readonly Waiver[], today: string): Finding[] {
  const out = findings.map((f) => ({ ...f }));
  const ruleIds: readonly string[] = RULE_IDS;
  for (const w of waivers) {
    const waiver: WaiverKey = w.target !== undefined ? { rule: w.rule, target: w.target } : { rule: w.rule };
    const target = `${w.rule}${w.target !== undefined ? `:${w.target}` : ''}`;
    if (w.expires < today) {
      out.push({ rule: 'waiver-expired', severity: 'warning', facts: { waiver, expires: w.expires }, target, ...whereWritten(w) });
      continue;
    }
    const wanted = w.target?.toLowerCase();
    let used = 0;
    for (const f of out) {
      if (f.rule !== w.rule || WAIVER_RULES.has(f.rule)) continue;
      if (wanted !== undefined && f.target.toLowerCase() !== wanted) continue;
      used++;
      f.waived ??= { reason: w.reason, expires: w.expires, ...whereWritten(w) };
    }
    if (used === 0) {
      const knownRule = ruleIds.includes(w.rule);
      const suggestion = knownRule ? null : (closest(w.rule, ruleIds) ?? null);
      out.push({ rule: 'waiver-unused', severity: 'warning', facts: { waiver, knownRule, suggestion }, target, ...whereWritten(w) });
    }
  }
  return out;
}
