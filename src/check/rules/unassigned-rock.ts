import { whereWritten } from '../../model/org.js';
import { defineRule } from '../rule.js';

export const unassignedRock = defineRule({
  id: 'unassigned-rock',
  severity: 'error',
  description: 'A rock nobody carries: an error when policy.allowUnassigned is false, otherwise info.',
  check({ org, policy }, found) {
    const allowed = policy.allowUnassigned;
    return org.unassigned.map((t) => found(t.title, whereWritten(t), { title: t.title, allowed }, allowed ? 'info' : 'error'));
  },
});
