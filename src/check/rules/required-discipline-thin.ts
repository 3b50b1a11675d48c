import { requiredAt } from '../locate.js';
import { defineRule } from '../rule.js';

export const requiredDisciplineThin = defineRule({
  id: 'required-discipline-thin',
  severity: 'warning',
  description: 'A required discipline has fewer owners than policy.minOwners.',
  check({ org, audit, policy }, found) {
    const required = new Set(policy.required);
    return audit.disciplines
      .filter((d) => required.has(d.id) && d.owners.length > 0 && d.owners.length < policy.minOwners)
      .map((d) => found(d.id, requiredAt(org, d.id), { discipline: d.id, owners: d.owners, minOwners: policy.minOwners }));
  },
});
