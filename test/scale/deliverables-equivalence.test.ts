import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { LOWER_CASED_TO_ASCII } from '../../src/analyse/phrase-filter.js';
import { orgFrom } from '../helpers.js';
import { analyse as referenceAnalyse } from './reference-analyse.js';

// analyse rules tasks out with one regex test over the whole phrases of the
// unmet deliverables before walking their words: it must never rule out a
// task that mentions one. Titles here are made of the words of those phrases,
// in any case, with any separators (and letters that lower-case oddly: "İ"
// to two characters, "ſ" and the Kelvin sign), so that they often mention one
// and often nearly do.

const PIECES = [
  'market', 'Market', 'MARKET', 'requirements', 'requirement', 'MRD', 'mrds', 'vision', 'Visions', 'three', 'year', 'Years', '3', 'long', 'term', 'strategy',
  'instrument', 'Instrumentations', 'event', 'tracking', 'plan', 'PLANS', 'launch', 'positioning', 'roadmap', 'spec', 'user', 'stories', 'story',
  'İnstrument', 'İ', 'ſpec', '\u212Api', 'résumé', 'Ünal', '42', 'x',
];
const SEPARATORS = [' ', '-', '  ', '/', ' — ', '.', '_', "'", ''];
const DISCIPLINES = ['product-marketing', 'product-strategy', 'product-operations', 'product-management', 'engineering'];

const title = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { minLength: 0, maxLength: 5 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));

const orgText = fc
  .record({
    tasks: fc.array(fc.record({ title, tags: fc.array(fc.constantFrom('plan', 'vision', 'q-goal', 'Tracking'), { maxLength: 2 }), discipline: fc.constantFrom(...DISCIPLINES) }), {
      minLength: 1,
      maxLength: 12,
    }),
    required: fc.subarray(DISCIPLINES, { minLength: 1 }),
  })
  .map(({ tasks, required }) => {
    const lines = ['version: 1', 'org: Test', `policy:`, `  required: [${required.join(', ')}]`, 'members:', '  - name: Ana', '    tasks:'];
    tasks.forEach((t, i) =>
      lines.push(`      - { title: ${JSON.stringify(`${t.title} ${i}`)}, discipline: ${t.discipline}, effort: 1${t.tags.length ? `, tags: [${t.tags.join(', ')}]` : ''} }`),
    );
    return `${lines.join('\n')}\n`;
  });

describe('missing deliverables', () => {
  it('are what the original word-by-word search finds, on titles made of the words of the phrases', async () => {
    await fc.assert(
      fc.asyncProperty(orgText, async (text) => {
        const org = await orgFrom(text);
        expect(analyse(org).missingDeliverables).toEqual(referenceAnalyse(org).missingDeliverables);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  it('let through every text holding one of the characters beyond ASCII that lower-case to ASCII (there are no others)', () => {
    const found: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (/[\x00-\x7f]/.test(c.toLowerCase())) found.push(c);
    }
    expect(found.join('')).toBe(LOWER_CASED_TO_ASCII);
  });
});
