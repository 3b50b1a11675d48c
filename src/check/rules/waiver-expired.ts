import { defineRule } from '../rule.js';

/** Listed with the rules for --list-rules, SARIF and the docs; applyWaivers (waivers.ts) reports it. */
export const waiverExpired = defineRule({
  id: 'waiver-expired',
  severity: 'warning',
  description: 'A waiver is past its expiry date: it no longer waives anything.',
  check: () => [],
});
