/**
 * The vocabulary pre-check (precheck.ts: WordPrecheck.mayStartKeys,
 * mayHaveKeys) rules out words that are in no rule without making strings:
 * by their first two characters, and by their stem computed on character
 * codes. It must never rule out a word that has keys: a classifier gives the
 * same results with it and without it.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_DISCIPLINE_IDS } from '../../src/model/taxonomy.js';
import { BUILTIN_ROLE_RULES, BUILTIN_RULES } from '../../src/classify/builtin-rules.js';
import { createClassifier, type ClassifierOptions } from '../../src/classify/classifier.js';
import { SPECIAL_WORDS, stem } from '../../src/classify/text/stem.js';
import { tokenize } from '../../src/classify/text/tokenize.js';
import { expectSameClassifications } from './helpers.js';

/** A deterministic pseudo-random number generator (LCG), values in [0, 1). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ENDINGS = ['', 's', 'es', 'ss', 'us', 'is', 'ies', 'ied', 'e', 'ed', 'ing', 'ings', 'ation', 'ations', 'ization', 'isation', 'izations', 'ise', 'ised', 'ises', 'yse', 'ysed'];

/** Words: those of the built-in match lists with the endings the stemmer knows, special words, random letters. */
function words(): string[] {
  const base = new Set<string>();
  for (const rule of [...BUILTIN_RULES, ...BUILTIN_ROLE_RULES]) for (const entry of rule.match) for (const t of tokenize(entry)) base.add(t.text);
  const out = new Set<string>(SPECIAL_WORDS);
  for (const w of base) {
    for (const e of ENDINGS) {
      out.add(w + e);
      out.add(w.slice(0, -1) + e);
      out.add(w + w[w.length - 1] + e);
    }
  }
  const next = random(7);
  const letters = 'eeeeaaaiiioouysssttnnrrlldcmpbgfhkvwzxqj';
  for (let i = 0; i < 30_000; i++) {
    let w = '';
    const n = 1 + Math.floor(next() * 9);
    for (let k = 0; k < n; k++) w += letters[Math.floor(next() * letters.length)];
    out.add(w + ENDINGS[Math.floor(next() * ENDINGS.length)]);
  }
  for (const w of ['a', 'i', 'x', 'qa', 'ux', '1', '2fa', 'k8s', 'p95', 'c++', 'c#', 'node.js', '3year', '500s', 'sup62473', 'q1', 'fy26', '2.0']) out.add(w);
  return [...out];
}

describe('the stem of a word', () => {
  it('starts with the first two characters of the word, unless it is a special word (what the look at the first two characters relies on)', () => {
    const list = words();
    const special = new Set(SPECIAL_WORDS);
    const differ = list.filter((w) => w.length >= 2 && !special.has(w) && stem(w).slice(0, 2) !== w.slice(0, 2));
    expect(differ).toEqual([]);
    expect(list.length).toBeGreaterThan(50_000);
    expect(SPECIAL_WORDS.filter((w) => stem(w).slice(0, 2) !== w.slice(0, 2))).toEqual(['enquiries', 'enquiry']);
  });
});

/** Texts with every match entry (plain, inflected, glued, upper case) and words no rule has. */
function texts(): string[] {
  const entries = [...BUILTIN_RULES, ...BUILTIN_ROLE_RULES].flatMap((r) => r.match);
  const out: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const a = entries[i]!;
    const b = entries[(i * 7 + 3) % entries.length]!;
    const c = entries[(i * 13 + 5) % entries.length]!;
    out.push(
      a,
      `${a} ${b}`,
      `${b}-${a}s and ${c}`,
      `${c.toUpperCase()}/${a}ing for ${b}`,
      `SUP-${i} ${a.replace(/ /g, '-')} by 2${i % 10}-0${i % 9} for Q${i % 4} FY2${i % 7}: ${b}'s ${c}&co`,
    );
  }
  out.push(
    'Colour centres and enquiries: the catalogue licence was cancelled',
    'Constructor of the labelling programme; news series meeting',
    'Café menu, Ärger, ÉCOLE and naïve über-rollout with o’neil',
    "O'Neil and o'neil-review: the customer's pm's and q'ty",
    "Customer's NODE.JS C++ c# e-mail E-MAIL e/mail go-to-market 24/7 a11y i18n k8s p95 soc2",
    'x xy xylophone x-ray q1 qa u.s. 2.0.1 v2 1 2 3 5 500s 5xx 3year 27001',
    'usage-based pricing for SUP-62473, kube-proxy and sup-62473 supabase',
    'p-95 latency, SEV-0 and sev-1 incidents, SOC-2 audit, i-18n, ie-11, 5-year plan, 27-001, 500-s',
  );
  return out;
}

const roles = [...BUILTIN_ROLE_RULES.flatMap((r) => r.match), 'Head of Product', 'Paralegal', 'Colour Consultant', 'Kube Admin'];

function expectSameResults(options: ClassifierOptions): void {
  const checked = createClassifier(options);
  const every = createClassifier({ ...options, wordPrecheck: false });
  expectSameClassifications(checked, every, texts(), roles, ['sales', 'Legal']);
}

describe('a classifier with the pre-check', () => {
  it('classifies exactly like one looking up every word, with the built-in rules', () => {
    expectSameResults({ disciplines: BUILTIN_DISCIPLINE_IDS });
  });

  it('does so with custom rules: wildcards (also of one character and non-ASCII), special and glued words', () => {
    expectSameResults({
      disciplines: [...BUILTIN_DISCIPLINE_IDS, 'legal'],
      roles: { legal: ['Legal Counsel', 'Paralegal'], 'product-design': 'Colour Consultant' },
      config: {
        rules: [
          { id: 'legal-words', discipline: 'legal', match: ['contract*', 'x*', 'über*', 'café', "o'neil", 'constructor', 'colour', 'sup-62473', 'kube*', 'q3 okr*'], weight: 3 },
          { id: 'eng-not-legal', discipline: 'engineering', match: ['usage-based', 'roll-out*', 'ts/js', '2.0'], weight: -1 },
        ],
        disable: ['pmm-gtm'],
        weights: { 'pm-prd': 1 },
      },
    });
  });
});

describe('words named like Object.prototype members', () => {
  it('match a custom rule like any other word', () => {
    const classifier = createClassifier({
      disciplines: [...BUILTIN_DISCIPLINE_IDS, 'facilities'],
      config: { rules: [{ id: 'fac-build', discipline: 'facilities', match: ['constructor', 'valueof'], weight: 3 }] },
    });
    expect(classifier.classify({ text: 'Hire a constructor for the new office' }).discipline).toBe('facilities');
    expect(classifier.classify({ text: 'Hire constructors' }).discipline).toBe('facilities');
  });
});
