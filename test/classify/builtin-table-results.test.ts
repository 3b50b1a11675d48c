/**
 * A classifier takes the built-in rules' and role titles' phrases from the
 * precompiled tables (builtin-table.ts) and indexes them lazily, as words
 * come up; custom rules and titles compile at run time. Both ways must give
 * the same results.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { BUILTIN_ROLE_RULES, BUILTIN_RULES } from '../../src/classify/builtin-rules.js';
import { createClassifier, type ClassifierOptions } from '../../src/classify/classifier.js';
import { expectSameClassifications } from './helpers.js';

/** Texts that fire most phrases: every match entry, alone, inflected and next to others. */
function probeTexts(): string[] {
  const entries = BUILTIN_RULES.flatMap((r) => r.match);
  const texts: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    const b = entries[(i * 7 + 3) % entries.length]!;
    const c = entries[(i * 13 + 5) % entries.length]!;
    texts.push(a, `${a} ${b}`, `${b}-${a}s and ${c}`, `${c.toUpperCase()}/${a}ing for ${b}`);
  }
  return texts;
}

const roles = [
  ...BUILTIN_ROLE_RULES.flatMap((r) => r.match),
  'Head of Product',
  'Senior UX Designer',
  'Sales Engineer',
  'Legal Counsel',
  'Paralegal',
  'Product Marketing',
  'Site Reliability / Release Engineer',
];

function expectSameResults(options: ClassifierOptions): void {
  const tabled = createClassifier(options);
  const compiled = createClassifier({ ...options, precompiled: false });
  expect(tabled.rules).toEqual(compiled.rules);
  expectSameClassifications(tabled, compiled, probeTexts(), roles, ['sales']);
}

describe('a classifier using the precompiled tables', () => {
  it('classifies exactly like one compiling the built-in rules at run time', () => {
    expectSameResults({ disciplines: BUILTIN_DISCIPLINE_IDS });
  });

  it('does so with disabled, re-weighted (also across zero) and replaced built-ins, custom rules with wildcards, and custom roles', () => {
    expectSameResults({
      disciplines: [...BUILTIN_DISCIPLINE_IDS, 'legal'],
      roles: { legal: ['Legal Counsel', 'Paralegal'], sales: 'Deal desk' },
      config: {
        rules: [
          { id: 'legal-contracts', discipline: 'legal', match: ['contract*', 'nda', 'legal review', 'launch plan', 'on-call rota'], weight: 3 },
          { id: 'pmm-gtm', discipline: 'sales', match: ['go to market', 'gtm', 'launch*', 'deal desk'], weight: 2.5 },
          { id: 'eng-not-contracts', discipline: 'engineering', match: ['contract*', 'roadmap', 'api'], weight: -0.7 },
        ],
        disable: ['pmm-launch', 'eng-not-infra', 'sup-escalation-weaker'],
        weights: { 'pm-prd': -1, 'sales-not-enablement': 2, 'ds-not-readout': 0, 'eng-bug': 0.1 },
      },
    });
  });

  it('does so with only some built-in disciplines, in another order', () => {
    expectSameResults({ disciplines: ['sales', 'engineering', 'legal', 'product-management', 'product-design'] });
  });
});
