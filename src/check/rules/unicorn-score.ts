import { whereWritten } from '../../model/org.js';
import { memberNamed } from '../locate.js';
import { defineRule } from '../rule.js';

export const unicornScore = defineRule({
  id: 'unicorn-score',
  severity: 'warning',
  description: 'A member\'s unicorn score (span × load, plus sole ownerships) is above policy.maxUnicornScore.',
  check({ org, audit, policy }, found) {
    return audit.unicorns
      .filter((u) => u.score > policy.maxUnicornScore)
      .map((u) =>
        found(u.name, whereWritten(memberNamed(org, u.name)!), {
          member: u.name,
          score: u.score,
          span: u.span,
          load: u.load,
          soleOwnerOf: u.soleOwnerOf,
          maxUnicornScore: policy.maxUnicornScore,
        }),
      );
  },
});
