import { describe, expect, it } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { createClassifier } from '../../src/classify/classifier.js';
import { checkMatchEntry, checkRuleConfig } from '../../src/classify/config-check.js';
import { closest, editDistance } from '../../src/shared/suggest.js';
import type { RuleConfig } from '../../src/model/classification.js';
import { withConfig } from './helpers.js';

const disciplines = [...BUILTIN_DISCIPLINE_IDS, 'legal'];

describe('closest', () => {
  it.each([
    ['legl', ['legal', 'sales'], 'legal'],
    ['pm-roadmp', ['pm-roadmap', 'pm-prd'], 'pm-roadmap'],
    ['engneering', BUILTIN_DISCIPLINE_IDS, 'engineering'],
    ['Sales', BUILTIN_DISCIPLINE_IDS, 'sales'],
    ['eng-reveiw', ['eng-review', 'eng-refactor'], 'eng-review'],
  ])('%s → %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it('suggests nothing when nothing is close', () => {
    expect(closest('foo', ['legal', 'sales'])).toBeUndefined();
    expect(closest('marketing', BUILTIN_DISCIPLINE_IDS)).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });

  it('counts a transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('checkRuleConfig', () => {
  const check = (config: RuleConfig) => checkRuleConfig(config, disciplines);

  it('accepts a valid section', () => {
    expect(
      check({
        threshold: 0.4,
        rules: [
          { id: 'legal-contracts', discipline: 'legal', match: ['contract', 'NDA', 'terms of service', 'redline*'], weight: 3 },
          { id: 'eng-platform-words', discipline: 'engineering', match: ["O'Reilly", 'C++', 'C#', '.NET', 'R&D', 'CI/CD', 'v2.0'], weight: 1 },
        ],
        disable: ['eng-review', 'legal-contracts'],
        weights: { 'pm-roadmap': 4, 'legal-contracts': 2 },
      }),
    ).toEqual([]);
  });

  it('reports an unknown discipline with a suggestion', () => {
    const problems = check({ rules: [{ id: 'x-one', discipline: 'legl', match: ['nda'], weight: 1 }] });
    expect(problems).toEqual([
      { path: ['rules', 0, 'discipline'], message: 'unknown discipline "legl"; did you mean "legal"?' },
    ]);
  });

  it('reports an unknown discipline without a suggestion', () => {
    const [problem] = check({ rules: [{ id: 'x-one', discipline: 'finance', match: ['nda'], weight: 1 }] });
    expect(problem!.path).toEqual(['rules', 0, 'discipline']);
    expect(problem!.message).toMatch(/^unknown discipline "finance"/);
    expect(problem!.message).not.toMatch(/did you mean/);
  });

  it('reports duplicate rule ids, against built-ins and among custom rules', () => {
    const problems = check({
      rules: [
        { id: 'pm-prd', discipline: 'legal', match: ['nda'], weight: 1 },
        { id: 'legal-a', discipline: 'legal', match: ['nda'], weight: 1 },
        { id: 'legal-a', discipline: 'legal', match: ['msa'], weight: 1 },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      ['rules', 0, 'id'],
      ['rules', 2, 'id'],
    ]);
    expect(problems[0]!.message).toMatch(/duplicate rule id "pm-prd".*built-in/);
    expect(problems[1]!.message).toMatch(/duplicate rule id "legal-a".*rules\[1\]/);
  });

  it('reports a rule id that is not kebab-case', () => {
    const problems = check({ rules: [{ id: 'Legal_Contracts', discipline: 'legal', match: ['nda'], weight: 1 }] });
    expect(problems).toEqual([{ path: ['rules', 0, 'id'], message: expect.stringMatching(/kebab-case/) }]);
  });

  it('reports disabling or re-weighting an unknown rule, with a suggestion', () => {
    const problems = check({ disable: ['eng-reveiw', 'nothing-like-it'], weights: { 'pm-roadmp': 4 } });
    expect(problems).toEqual([
      { path: ['disable', 0], message: 'cannot disable unknown rule "eng-reveiw"; did you mean "eng-review"?' },
      { path: ['disable', 1], message: 'cannot disable unknown rule "nothing-like-it"' },
      { path: ['weights', 'pm-roadmp'], message: 'cannot re-weight unknown rule "pm-roadmp"; did you mean "pm-roadmap"?' },
    ]);
  });

  it('reports empty match lists and entries', () => {
    const problems = check({
      rules: [
        { id: 'legal-a', discipline: 'legal', match: [], weight: 1 },
        { id: 'legal-b', discipline: 'legal', match: ['nda', '', '   ', '---'], weight: 1 },
      ],
    });
    expect(problems).toEqual([
      { path: ['rules', 0, 'match'], message: 'a rule needs at least one match entry' },
      { path: ['rules', 1, 'match', 1], message: 'empty match entry' },
      { path: ['rules', 1, 'match', 2], message: 'empty match entry' },
      { path: ['rules', 1, 'match', 3], message: 'match entry "---" contains no words' },
    ]);
  });

  it.each([
    ['con(tract)', '('],
    ['nda|msa', '|'],
    ['[a-z]+', '['],
    ['terms?', '?'],
    ['foo\\bar', '\\'],
  ])('rejects characters we cannot match: %s', (entry, bad) => {
    const problems = check({ rules: [{ id: 'legal-a', discipline: 'legal', match: [entry], weight: 1 }] });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(['rules', 0, 'match', 0]);
    expect(problems[0]!.message).toContain(`contains "${bad}"`);
  });

  it.each(['*', 'red*line', '*line', 'a*', 'redline**'])('rejects a misplaced or too short wildcard: %s', (entry) => {
    expect(checkMatchEntry(entry)).toBeDefined();
  });

  it.each(['redline*', 'onboard* flow', 'go-to-market', 'A/B', 'Q3 review', '2.0'])('accepts %s', (entry) => {
    expect(checkMatchEntry(entry)).toBeUndefined();
  });

  it('reports a threshold out of range', () => {
    expect(check({ threshold: 1.5 })).toEqual([{ path: ['threshold'], message: expect.stringMatching(/between 0 and 1/) }]);
  });
});

describe('custom rules', () => {
  const legal: RuleConfig = {
    rules: [
      {
        id: 'legal-contracts',
        discipline: 'legal',
        match: ['contract', 'NDA', 'terms of service', 'redline*'],
        weight: 3,
        description: 'Contracts and legal terms',
      },
    ],
  };

  it('define a new discipline', () => {
    const classifier = withConfig(legal, ['legal']);
    const result = classifier.classify({ text: 'Review the NDA for Hooli' });
    expect(result).toMatchObject({ discipline: 'legal', source: 'rules', rules: ['legal-contracts'] });
    expect(classifier.classify({ text: 'Redlines on the terms of service' }).discipline).toBe('legal');
    expect(classifier.rules.find((r) => r.id === 'legal-contracts')?.source).toBe('custom');
  });

  it('recognise a custom discipline\'s role', () => {
    const classifier = withConfig(legal, ['legal'], { legal: 'Legal Counsel' });
    expect(classifier.classify({ text: 'lunch with Bob', role: 'Senior Legal Counsel' })).toMatchObject({
      discipline: 'legal',
      source: 'role',
    });
  });

  it('are left out when their discipline is unknown', () => {
    const classifier = withConfig(legal); // no "legal" discipline declared
    expect(classifier.rules.some((r) => r.id === 'legal-contracts')).toBe(false);
    expect(classifier.classify({ text: 'Review the NDA' }).discipline).toBeNull();
  });

  it('add words to a built-in discipline', () => {
    const before = withConfig({});
    expect(before.classify({ text: 'Groom the Kanbanize board' }).hits.some((h) => h.rule === 'pm-kanbanize')).toBe(false);
    const after = withConfig({
      rules: [{ id: 'pm-kanbanize', discipline: 'project-management', match: ['kanbanize'], weight: 5 }],
    });
    const result = after.classify({ text: 'Groom the Kanbanize board' });
    expect(result.discipline).toBe('project-management');
    expect(result.rules).toContain('pm-kanbanize');
  });

  it('disable a built-in rule', () => {
    expect(withConfig({}).classify({ text: 'Write the PRD' }).discipline).toBe('product-management');
    const classifier = withConfig({ disable: ['pm-prd'] });
    expect(classifier.rules.some((r) => r.id === 'pm-prd')).toBe(false);
    expect(classifier.classify({ text: 'Write the PRD' }).discipline).toBeNull();
  });

  it('change the weight of a rule', () => {
    const text = 'roadmap and Gantt chart';
    expect(withConfig({}).classify({ text }).discipline).toBe('product-management');
    const classifier = withConfig({ weights: { 'proj-schedule': 6 } });
    expect(classifier.rules.find((r) => r.id === 'proj-schedule')?.weight).toBe(6);
    expect(classifier.classify({ text }).discipline).toBe('project-management');
  });

  it('turn a rule into evidence against with a negative weight', () => {
    const classifier = withConfig({ weights: { 'pm-prd': -3 } });
    const result = classifier.classify({ text: 'PRD' });
    expect(result.discipline).toBeNull();
    expect(result.hits).toContainEqual(expect.objectContaining({ rule: 'pm-prd', weight: -3 }));
  });

  it('ignore broken entries instead of failing (checkRuleConfig reports them)', () => {
    const classifier = withConfig(
      { rules: [{ id: 'legal-x', discipline: 'legal', match: ['(a+)+$', 'contract'], weight: 5 }] },
      ['legal'],
    );
    expect(classifier.classify({ text: 'contract aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' }).discipline).toBe('legal');
  });

  it('never build a regular expression from user input: hostile entries stay fast', () => {
    const classifier = createClassifier({
      disciplines: [...BUILTIN_DISCIPLINE_IDS, 'legal'],
      config: { rules: [{ id: 'legal-x', discipline: 'legal', match: ['a* a* a* a* a* b'], weight: 1 }] },
    });
    const start = performance.now();
    classifier.classify({ text: 'aa '.repeat(5000) });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
