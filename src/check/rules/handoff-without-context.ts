import { defineRule } from '../rule.js';

export const handoffWithoutContext = defineRule({
  id: 'handoff-without-context',
  severity: 'warning',
  description: 'A rock changed owner without a context:, handoff: or link: note (when policy.requireHandoffContext).',
  needsDiff: true,
  check({ diff, policy }, found) {
    if (!diff || !policy.requireHandoffContext) return [];
    const moves = diff.moved.filter((m) => m.to !== null && !m.hasContext);
    return moves.map((m) => found(m.title, { file: m.file, line: m.line, col: m.col }, { title: m.title, from: m.from, to: m.to! }));
  },
});
