import { whereWritten } from '../../model/org.js';
import { memberNamed } from '../locate.js';
import { defineRule } from '../rule.js';

export const tooManyDisciplines = defineRule({
  id: 'too-many-disciplines',
  severity: 'warning',
  description: 'A member works in more disciplines than policy.maxDisciplines.',
  check({ org, audit, policy }, found) {
    return audit.members
      .filter((m) => m.disciplines.length > policy.maxDisciplines)
      .map((m) =>
        found(m.name, whereWritten(memberNamed(org, m.name)!), { member: m.name, disciplines: m.disciplines.map((d) => d.id), maxDisciplines: policy.maxDisciplines }),
      );
  },
});
