import { describe, expect, it } from 'vitest';
import { stem } from '../../src/classify/text/stem.js';
import { tokenize } from '../../src/classify/text/tokenize.js';

describe('tokenize', () => {
  const words = (text: string) => tokenize(text).map((t) => t.text);

  it.each([
    ['Fix the CI/CD pipeline', ['fix', 'the', 'ci', 'cd', 'pipeline']],
    ['A/B test the go-to-market page', ['a', 'b', 'test', 'the', 'go', 'to', 'market', 'page']],
    ['Q3 pricing review for v2', ['q3', 'pricing', 'review', 'for', 'v2']],
    ['what makes the cut for 2.0?', ['what', 'makes', 'the', 'cut', 'for', '2.0']],
    ["the customer's node.js SDK", ['the', 'customers', 'node.js', 'sdk']],
    ['port it to C++ and C#.', ['port', 'it', 'to', 'c++', 'and', 'c#']],
    ['R&D — “quoted” …ellipsis', ['r', 'd', 'quoted', 'ellipsis']],
    ['Café résumé', ['café', 'résumé']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('marks words glued by -, / or &', () => {
    const tokens = tokenize('go-to market CI/CD R&D');
    expect(tokens.map((t) => t.glued)).toEqual([false, true, false, false, true, false, true]);
  });

  it('keeps offsets into the original text', () => {
    const [first] = tokenize('  Roadmap review');
    expect(first).toMatchObject({ text: 'roadmap', start: 2, end: 9 });
  });
});

describe('stem', () => {
  it.each([
    [['plan', 'plans', 'planning', 'planned'], 'plan'],
    [['price', 'prices', 'pricing', 'priced'], 'pric'],
    [['prioritise', 'prioritize', 'prioritising', 'prioritization', 'prioritisation', 'prioritised'], 'prioritiz'],
    [['story', 'stories'], 'story'],
    [['kpi', 'kpis'], 'kpi'],
    [['release', 'releases', 'released', 'releasing'], 'releas'],
    [['analyse', 'analyze', 'analysed', 'analyzing'], 'analyz'],
    [['coordinate', 'coordination', 'coordinating'], 'coordinat'],
    [['colour', 'color', 'colours'], 'color'],
  ])('%j → %s', (forms, expected) => {
    for (const form of forms) expect(stem(form)).toBe(expected);
  });

  it('does not strip the s of analysis, status or business', () => {
    expect(stem('analysis')).toBe('analysis');
    expect(stem('status')).toBe('status');
    expect(stem('business')).toBe(stem('businesses'));
    expect(stem('business')).not.toBe(stem('busy'));
  });

  it('keeps marketing apart from market, and news apart from new', () => {
    expect(stem('marketing')).not.toBe(stem('market'));
    expect(stem('news')).not.toBe(stem('new'));
  });

  it('does not touch words with digits or symbols', () => {
    expect(stem('v2')).toBe('v2');
    expect(stem('c++')).toBe('c++');
    expect(stem('café')).toBe('café');
  });

  it('folds British spellings before stemming, and keeps the protected words whole', () => {
    expect(['enquiry', 'enquiries', 'inquiries'].map(stem)).toEqual(['inquiry', 'inquiry', 'inquiry']);
    expect([stem('cancelled'), stem('canceled'), stem('cancel')]).toEqual(['cancel', 'cancel', 'cancel']);
    expect(stem('licence')).toBe(stem('license'));
    expect(['marketing', 'staging', 'series', 'nothing'].map(stem)).toEqual(['marketing', 'staging', 'series', 'nothing']);
  });

  it('reads words named like Object.prototype members as words', () => {
    // Once a plain-object look-up in the spelling map turned "constructor" into a function.
    expect([stem('constructor'), stem('constructors'), stem('valueof')]).toEqual(['constructor', 'constructor', 'valueof']);
  });
});
