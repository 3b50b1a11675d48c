import { requiredAt } from '../locate.js';
import { defineRule } from '../rule.js';

export const requiredDisciplineGap = defineRule({
  id: 'required-discipline-gap',
  severity: 'error',
  description: 'A discipline in policy.required has no owner.',
  check({ org, audit, policy }, found) {
    const required = new Set(policy.required);
    return audit.disciplines
      .filter((d) => required.has(d.id) && d.owners.length === 0)
      .map((d) => found(d.id, requiredAt(org, d.id), { discipline: d.id, name: d.name, role: d.role }));
  },
});
