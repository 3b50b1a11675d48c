import { describe, expect, it } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { createClassifier } from '../../src/classify/classifier.js';
import type { Classification, ClassifyInput } from '../../src/model/classification.js';

// A result keeps its outcome and input and finds `rules` and `hits` on first read by matching the
// input again. These check that a late read gives what an immediate one would have.

const INPUTS: ClassifyInput[] = [
  { text: 'Write the PRD for search' },
  { text: 'fix the bug, then fix the other bug and the login bug' }, // a rule matched again
  { text: 'press release for the launch' },
  { text: 'Q3 work for Keel', tags: ['sales'] },
  { text: 'Q3 work for Keel', tags: ['roadmap', 'press', 'release', 'sales'] },
  { text: 'lunch with Bob' },
  { text: 'lunch with Bob', role: 'Senior Legal Counsel' },
  { text: 'review the onboarding flow', role: 'Product Designer' },
  { text: 'Write the PRD for search', explicit: 'sales' },
  { text: 'fix the e-mail and email login', tags: ['bug'], role: 'Engineer' },
  { text: '' },
  // more deciding rules than pack into a result's number: found by matching again
  { text: 'fix the login bug, refactor the API, deploy the backend service, write unit tests, code review' },
];

const fresh = () => createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS });
const documentOf = (c: Classification) => ({ discipline: c.discipline, confidence: c.confidence, source: c.source, rules: c.rules, hits: c.hits });

describe('rules and hits read later', () => {
  const expected = (() => {
    const classifier = fresh();
    return INPUTS.map((input) => JSON.stringify(classifier.classify(input)));
  })();

  it('are what an immediate read gives, in any order, between other classifications', () => {
    const classifier = fresh();
    const results = INPUTS.map((input) => classifier.classify(input));
    for (let i = results.length - 1; i >= 0; i--) {
      const result = results[i]!;
      if (i % 2 === 0) void result.rules;
      classifier.classify(INPUTS[(i + 3) % INPUTS.length]!);
      expect([i, JSON.stringify(documentOf(result))]).toEqual([i, expected[i]]);
      expect([i, JSON.stringify(result)]).toEqual([i, expected[i]]);
    }
  });

  it('are the hits that voted for the discipline, for rules and role decisions', () => {
    const classifier = fresh();
    for (const input of INPUTS) {
      const result = classifier.classify(input);
      const deciding = result.source === 'rules' || result.source === 'role' ? result.hits.filter((h) => h.weight > 0 && h.discipline === result.discipline).map((h) => h.rule) : [];
      expect([input, result.rules]).toEqual([input, deciding]);
    }
  });

  it('are plain arrays, the same ones on every read', () => {
    const result = fresh().classify(INPUTS[1]!);
    expect(Array.isArray(result.rules) && Array.isArray(result.hits)).toBe(true);
    expect(result.rules).toBe(result.rules);
    expect(result.hits).toBe(result.hits);
    expect(JSON.parse(JSON.stringify(result))).toEqual(documentOf(result));
  });

  it('do not change when the caller changes the tags array afterwards', () => {
    const tags = ['roadmap', 'sales'];
    const result = fresh().classify({ text: 'Q3 work', tags });
    tags[0] = 'bug';
    tags.push('legal');
    expect(JSON.stringify(result)).toBe(JSON.stringify(fresh().classify({ text: 'Q3 work', tags: ['roadmap', 'sales'] })));
  });

  it('can be read from a getter of an input being classified without disturbing it', () => {
    const classifier = fresh();
    const earlier = INPUTS.map((input) => classifier.classify(input));
    let reads = 0;
    // Each read classifies and explains a new result: both use the classifier's scratch.
    const readAll = () => {
      const r = classifier.classify(INPUTS[reads % INPUTS.length]!);
      reads += 1 + r.hits.length + r.rules.length + (earlier[reads % earlier.length]!.hits.length);
    };
    const tags = new Proxy(['roadmap', 'bug'], {
      get(target, key, receiver) {
        readAll();
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const input = {
      get text() {
        readAll();
        return 'fix the login bug for the roadmap review';
      },
      tags,
      get role() {
        readAll();
        return 'Engineer';
      },
    };
    const result = classifier.classify(input);
    expect(reads).toBeGreaterThan(0);
    const plain = fresh().classify({ text: 'fix the login bug for the roadmap review', tags: ['roadmap', 'bug'], role: 'Engineer' });
    expect(JSON.stringify(result)).toBe(JSON.stringify(plain));
    earlier.forEach((r, i) => expect([i, JSON.stringify(r)]).toEqual([i, expected[i]]));
  });
});

describe('packed deciding rules', () => {
  it('cover the cases that pack and those that do not', () => {
    const counts = INPUTS.map((input) => fresh().classify(input).rules.length);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(4);
    expect(counts).toContain(2);
  });

  it('survive a confidence that is not a number (infinite weights)', () => {
    const classifier = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS, config: { weights: { 'eng-bug': 1e308, 'eng-fix': 1e308 } } });
    const result = classifier.classify({ text: 'fix the bug fix bug' });
    expect(result.confidence).toBeNaN();
    expect(result.rules).toEqual(['eng-fix', 'eng-bug']);
  });

  it('work with many custom rules (wide rule numbers) and tag bonuses', () => {
    const rules = Array.from({ length: 3000 }, (_, i) => ({ id: `r-${i}`, discipline: 'sales', match: [`w${i}`] }));
    const classifier = createClassifier({ disciplines: BUILTIN_DISCIPLINE_IDS, config: { rules } });
    for (const text of ['w2999 w5', 'w2999 w17 w2000 w1', 'w0']) {
      const result = classifier.classify({ text, tags: ['sales'] });
      const ids = [...text.split(' ').map((w) => `r-${w.slice(1)}`), 'sales-weak', 'tag:sales']; // the tag matches as text too
      expect([text, result.rules]).toEqual([text, ids]);
    }
  });
});

describe('comparing results', () => {
  it('finds two results of one input equal, whether or not their rules were read', () => {
    const a = fresh().classify(INPUTS[1]!);
    const b = fresh().classify(INPUTS[1]!);
    void a.rules;
    void a.hits;
    expect(a).toEqual(b);
    expect(a).toMatchObject({ discipline: 'engineering', source: 'rules', rules: ['eng-fix', 'eng-bug'] });
  });

  it('tells results of different inputs apart', () => {
    const classifier = fresh();
    expect(classifier.classify(INPUTS[0]!)).not.toEqual(classifier.classify(INPUTS[2]!));
  });
});
