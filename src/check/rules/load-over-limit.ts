import { whereWritten } from '../../model/org.js';
import { memberNamed } from '../locate.js';
import { defineRule } from '../rule.js';

export const loadOverLimit = defineRule({
  id: 'load-over-limit',
  severity: 'error',
  description: 'A member carries more than policy.maxLoad percent of their capacity.',
  check({ org, audit, policy }, found) {
    return audit.members
      .filter((m) => m.load > policy.maxLoad)
      .map((m) =>
        found(m.name, whereWritten(memberNamed(org, m.name)!), { member: m.name, effort: m.effort, capacity: m.capacity, load: m.load, maxLoad: policy.maxLoad }),
      );
  },
});
