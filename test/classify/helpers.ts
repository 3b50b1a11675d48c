import { BUILTIN_DISCIPLINE_IDS } from '../../src/core/taxonomy.js';
import { createClassifier } from '../../src/classify/engine.js';
import type { ClassifyInput, RuleConfig } from '../../src/classify/types.js';

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
