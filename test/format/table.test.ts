import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable } from '../../src/format/table.js';

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

describe('displayWidth', () => {
  it('counts terminal columns, not code units', () => {
    expect(displayWidth('Priya Shah')).toBe(10);
    expect(displayWidth('Tomás')).toBe(5); // precomposed
    expect(displayWidth('Toma\u0301s')).toBe(5); // combining accent
    expect(displayWidth('山田太郎')).toBe(8);
    expect(displayWidth('ＡＢ')).toBe(4); // fullwidth Latin
    expect(displayWidth('🚀 go')).toBe(5);
    expect(displayWidth('👩‍💻')).toBe(2); // joined sequence
    expect(displayWidth('👍🏽')).toBe(2); // skin tone
    expect(displayWidth('🇫🇷🇩🇪')).toBe(4); // two flags
    expect(displayWidth('⚠️')).toBe(2); // emoji presentation selector
    expect(displayWidth('\u001b[31mred\u001b[39m')).toBe(3);
    expect(displayWidth('a\u200bb')).toBe(2); // zero-width space
  });

  it('counts the dashes, arrows and rules of rocks\' own reports as one column each, next to anything', () => {
    expect(displayWidth('Roadmap — Q3 “cut” … 60% → 40% ───')).toBe(34);
    expect(displayWidth('→\u0301')).toBe(1); // a combining mark still takes none
    expect(displayWidth('↔️')).toBe(2); // emoji presentation of an arrow
    expect(displayWidth('— 山田')).toBe(6);
    expect(displayWidth('\u200f—')).toBe(1); // a bidi mark beside them takes none
  });
});

describe('renderTable', () => {
  const spec = (rows: string[][]) => ({ head: ['Name', 'Hours'], widths: [10, 5], right: [1], rows });

  it('aligns columns by display width, wide characters included', () => {
    const out = renderTable(spec([['山田', '12'], ['Ann', '3'], ['🚀 team', '40']])).split('\n');
    expect(out).toEqual(['Name        Hours', '──────────  ─────', '山田           12', 'Ann             3', '🚀 team        40']);
  });

  it('wraps long cells at spaces and cuts a word wider than its column with an ellipsis', () => {
    const out = renderTable(spec([['open a role: Product Operations', '1'], ['Supercalifragilistic', '2']]));
    expect(out.split('\n').slice(2)).toEqual(['open a          1', 'role:', 'Product', 'Operations', 'Supercali…      2']);
  });

  it('keeps colour inside its cell when a coloured cell wraps', () => {
    const red = (s: string) => `\u001b[31m${s}\u001b[39m`;
    const lines = renderTable(spec([[red('open: Designer'), '0']])).split('\n').slice(2);
    expect(lines.map(strip)).toEqual(['open:           0', 'Designer']);
    // The first line closes the colour before the padding, the second opens it again.
    expect(lines[0]).toMatch(/^\u001b\[31mopen:\u001b\[0m +0$/);
    expect(lines[1]).toMatch(/^\u001b\[31mDesigner\u001b\[39m$/);
  });

  it('gives each row one line above 200 rows, in time linear in the rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`member number ${i}`, String(i)]);
    const out = renderTable(spec(rows)).split('\n');
    expect(out).toHaveLength(5002);
    expect(out[2]).toBe('member nu…      0');
  });
});

describe('renderTable with awkward cells', () => {
  const one = (cell: string, width: number) => renderTable({ head: ['X', 'N'], widths: [width, 1], rows: [[cell, '1']] }).split('\n').slice(2);

  it('cuts between what the terminal draws as one character, never inside it', () => {
    for (const [cell, width] of [['⚠️⚠️⚠️ x', 3], ['⚠️⚠️⚠️⚠️', 5], ['🇩🇰🇸🇪🇫🇷', 3], ['👩‍💻👩‍💻👩‍💻', 5], ['Émile Zoë', 4]] as const) {
      const [line] = one(cell, width);
      // Every row is as wide as its columns: the "1" sits right after the first column's width and two spaces.
      expect([cell, displayWidth(line!)]).toEqual([cell, width + 3]);
    }
    expect(one('🇩🇰🇸🇪🇫🇷', 3)[0]).toBe('🇩🇰…  1');
    expect(one('a👩‍💻b', 2)[0]).toBe('a…  1');
  });

  it('cuts plain text and text with wide characters to the same width, in small and big tables', () => {
    const big = (cell: string, width: number) =>
      renderTable({ head: ['X', 'N'], widths: [width, 1], rows: Array.from({ length: 201 }, () => [cell, '1']) }).split('\n')[2];
    for (const render of [(c: string, w: number) => one(c, w)[0], big]) {
      expect(render('Roadmap—Q3→ship', 8)).toBe('Roadmap…  1');
      expect(render('山田太郎abc', 5)).toBe('山田…  1');
      expect(render('Toma\u0301sReyes', 5)).toBe('Toma\u0301…  1');
    }
  });

  it('wraps at runs of spaces without carrying them to the next line, and drops trailing spaces', () => {
    expect(one('Quarterly board report  and investor update', 22)).toEqual(['Quarterly board report  1', 'and investor update']);
    expect(one('abcd  efgh', 4)).toEqual(['abcd  1', 'efgh']);
    expect(one('Close the books ', 15)).toEqual(['Close the books  1']);
    expect(one('   ', 2)).toEqual(['    1']);
  });
});
