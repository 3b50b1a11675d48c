import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse/analyse.js';
import { orgFrom } from '../helpers.js';
import { analyse as referenceAnalyse } from './reference-analyse.js';

// From 64 members on, analyse orders names by a radix sort of the plain ones
// (spaces, hyphens, digits, ASCII letters) merged with a localeCompare sort of
// the others. Names here share long prefixes, differ only in accents, end where
// another goes on, and mix in accents and punctuation, so that every step
// decides some order.

const PIECES = ['a', 'A', 'b', 'Z', 'z', '0', '9', ' ', '-', 'é', 'É', 'e\u0301', "'", 'ø', 'abcdefg', 'ABCDEFG', 'abcdefgh', 'Lucía', 'lucia', 'LUCIA'];

const name = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((n) => n.trim() === n && n !== '');

const orgText = fc.uniqueArray(name, { minLength: 64, maxLength: 160, selector: (n) => n.normalize('NFKC').toLowerCase() }).map((names) => {
  const lines = ['version: 1', 'org: Test', 'members:'];
  for (const n of names) lines.push(`  - name: ${JSON.stringify(n)}`, '    tasks: []');
  return `${lines.join('\n')}\n`;
});

describe('names in large orgs', () => {
  it('are in the order the original collation gives', async () => {
    await fc.assert(
      fc.asyncProperty(orgText, async (text) => {
        const org = await orgFrom(text);
        const audit = analyse(org);
        const reference = referenceAnalyse(org);
        expect(audit.members.map((m) => m.name)).toEqual(reference.members.map((m) => m.name));
        expect(audit.unicorns.map((m) => m.name)).toEqual(reference.unicorns.map((m) => m.name));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
