import { expect } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { createClassifier } from '../../src/classify/classifier.js';
import type { ClassifyInput, RuleConfig } from '../../src/model/classification.js';

export const builtin = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS });

export function disciplineOf(input: string | ClassifyInput): string | null {
  return builtin.classify(typeof input === 'string' ? { text: input } : input).discipline;
}

export function withConfig(config: RuleConfig, extra: string[] = [], roles?: Record<string, string>) {
  return createClassifier({
    disciplines: [...BUILTIN_DISCIPLINE_IDS, ...extra],
    config,
    ...(roles ? { roles } : {}),
  });
}

type RoleAwareClassifier = ReturnType<typeof createClassifier>;

/**
 * Two classifiers agree on every text (every third with tags: another text and
 * `tags`; every fourth with a role) and on every role title.
 */
export function expectSameClassifications(a: RoleAwareClassifier, b: RoleAwareClassifier, texts: readonly string[], roles: readonly string[], tags: readonly string[]): void {
  texts.forEach((text, i) => {
    const input: ClassifyInput = { text };
    if (i % 3 === 1) input.tags = [texts[(i * 5) % texts.length]!, ...tags];
    if (i % 4 === 2) input.role = roles[i % roles.length]!;
    // Compare the plain documents: a result's own properties are only its outcome and input.
    const x = JSON.stringify(a.classify(input));
    const y = JSON.stringify(b.classify(input));
    if (x !== y) expect({ input, result: JSON.parse(x) as unknown }).toEqual({ input, result: JSON.parse(y) as unknown });
  });
  for (const role of roles) expect([role, a.disciplineForRole(role)]).toEqual([role, b.disciplineForRole(role)]);
}
