import { defineRule } from '../rule.js';

/** Listed with the rules for --list-rules, SARIF and the docs; applyWaivers (waivers.ts) reports it. */
export const waiverUnused = defineRule({
  id: 'waiver-unused',
  severity: 'warning',
  description: 'A waiver matches no finding: remove it, or fix its rule id or target.',
  check: () => [],
});
