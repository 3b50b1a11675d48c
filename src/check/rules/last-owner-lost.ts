import type { LastOwnerLost } from '../../model/diff.js';
import { whereWritten } from '../../model/org.js';
import { memberNamed, requiredAt } from '../locate.js';
import { defineRule } from '../rule.js';

export const lastOwnerLost = defineRule({
  id: 'last-owner-lost',
  severity: 'warning',
  description: 'A discipline that had an owner before the change has none after it (info when the discipline is optional).',
  needsDiff: true,
  check({ diff, org }, found) {
    if (!diff) return [];
    const lost = diff.risks.filter((r): r is LastOwnerLost => r.kind === 'last-owner-lost');
    return lost.map((r) => {
      // At a former owner still in the org, else at the discipline's policy entry.
      const former = r.members.map((n) => memberNamed(org, n)).find((m) => m !== undefined);
      return found(r.discipline, former ? whereWritten(former) : requiredAt(org, r.discipline), r, r.required ? 'warning' : 'info');
    });
  },
});
