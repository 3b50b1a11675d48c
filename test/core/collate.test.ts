import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, sortable } from '../../src/shared/collate.js';

const root = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);

describe('compareText', () => {
  it('orders exactly as the root collation on names, titles and ids', () => {
    const char = fc.constantFrom(...'aAbBzZyYiIjJvVwW019 -_.,\'’&/éÉåÅæøüßçñ-İı\u0301\u200b😀中文'.split(''), 'aa', 'ch', 'Aa', 'ss', 'll');
    const text = fc.array(char, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(root.compare(a, b)));
      }),
      { numRuns: 20000 },
    );
  });

  it('agrees with plain code-unit order on kebab-case ids, which analyse compares directly', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(sign(compareText(a, b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      { numRuns: 20000 },
    );
  });

  it('makes sortable copies that read exactly as the text', () => {
    // A two-byte string, as a file with an emoji anywhere in it gives: its slices are two-byte too.
    const source = 'Émile Zola, Ann Lee 🚀';
    for (const text of [source.slice(0, 10), source.slice(12, 19), source, '']) expect(sortable(text)).toBe(text);
  });

  it('does not follow the machine locale: "Aaron" before "Zoe", "y" between "x" and "z"', () => {
    expect(['Zoe', 'Aaron', 'yb', 'ib', 'jb'].sort(compareText)).toEqual(['Aaron', 'ib', 'jb', 'yb', 'Zoe']);
    expect(['Tomás Reyes', 'Priya Shah', 'Marcus Obi', 'ann', 'Ann', 'Ann-Marie', 'Ann Lee', 'Anna'].sort(compareText)).toEqual([
      'ann',
      'Ann',
      'Ann Lee',
      'Ann-Marie',
      'Anna',
      'Marcus Obi',
      'Priya Shah',
      'Tomás Reyes',
    ]);
  });
});
