import type { BecomesUnicorn } from '../../model/diff.js';
import { whereWritten } from '../../model/org.js';
import { memberNamed } from '../locate.js';
import { defineRule } from '../rule.js';

export const becomesUnicorn = defineRule({
  id: 'becomes-unicorn',
  severity: 'info',
  description: 'A member\'s unicorn risk becomes high with this change.',
  needsDiff: true,
  check({ diff, org }, found) {
    if (!diff) return [];
    const risks = diff.risks.filter((r): r is BecomesUnicorn => r.kind === 'becomes-unicorn' && memberNamed(org, r.members[0]) !== undefined);
    return risks.map((r) => found(r.members[0], whereWritten(memberNamed(org, r.members[0])!), r));
  },
});
