/**
 * The built-in rules' precompiled phrase tables (src/classify/builtin-table.ts)
 * are written by `npm run generate:tables` (scripts/generate-builtin-table.mjs)
 * after changing the built-in rules (builtin-rules.ts), the built-in
 * disciplines' ids or role titles (model/taxonomy.ts), the stemmer or the
 * phrase compiler. This test fails while the committed file is stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePhraseTable } from '../../src/classify/phrase-table.js';
import { builtinTableSource } from '../../src/classify/precompiled.js';
import { ROOT } from '../helpers.js';

describe('the built-in phrase table', () => {
  it('is generated from the current rules', () => {
    const committed = readFileSync(join(ROOT, 'src/classify/builtin-table.ts'), 'utf8');
    expect(committed === builtinTableSource(), 'src/classify/builtin-table.ts is stale: run npm run generate:tables').toBe(true);
  });

  it('numbers stems (sorted) before wildcard prefixes, and notes the prefixes each rule uses', () => {
    const table = encodePhraseTable([['onboard*', 'on-call', 'on call'], ['plan', 'plans', 'go to market'], [], ['x*', 'onboard* flow']]);
    expect(table.stems.split(' ')).toEqual(['cal', 'flow', 'go', 'market', 'on', 'oncal', 'plan', 'to']);
    expect(table.prefixes).toBe('onboard x');
    expect(table.width).toBe(1);
    const numbers = (s: string) => [...s].map((c) => c.charCodeAt(0) - 48);
    expect(numbers(table.counts)).toEqual([3, 3, 0, 2]);
    // rule, prefix count, prefix keys (8 = onboard, 9 = x)
    expect(numbers(table.rulePrefixes)).toEqual([0, 1, 8, 3, 2, 9, 8]);
  });
});
