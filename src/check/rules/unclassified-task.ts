import { whereWritten } from '../../model/org.js';
import { defineRule } from '../rule.js';

export const unclassifiedTask = defineRule({
  id: 'unclassified-task',
  severity: 'error',
  description: 'A task the rules cannot classify: an error when policy.allowUnclassified is false, otherwise info.',
  check({ org, policy }, found) {
    const tasks = [...org.members.flatMap((m) => m.tasks), ...org.unassigned].filter((t) => t.discipline === null);
    return tasks.map((t) => found(t.title, whereWritten(t), { title: t.title, owner: t.owner }, policy.allowUnclassified ? 'info' : 'error'));
  },
});
