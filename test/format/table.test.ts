import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/format/table.js';
import { displayWidth, fitWidth } from '../../src/format/width.js';

/** Half of a character outside the Basic Multilingual Plane: written out, it becomes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const strip = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

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
    expect(lines[0]).toMatch(/^\u001b\[31mopen:\u001b\[39m +0$/);
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

  it('never splits an emoji into halves, as cli-table3 alone would when a word of them is cut', () => {
    for (const [cell, width] of [['🚀🚀🚀', 4], ['👍🏽👍🏽👍🏽', 4], ['Launch 🚀🚀🚀 day', 4]] as const) {
      const out = renderTable({ head: ['X', 'N'], widths: [width, 1], rows: [[cell, '1']] });
      expect(out, cell).not.toMatch(LONE_SURROGATE);
    }
    expect(one('🚀🚀🚀', 4)[0]).toBe('🚀…   1'); // the emoji and the ellipsis take three of the four columns
  });

  it('stacks the lines of a cell, wrapping each one, beside the other cells', () => {
    const rows = [['Priya', 'product-management\nproduct-design\nproject-management\nproduct-strategy'], ['Tomás', 'engineering']];
    const out = renderTable({ head: ['Member', 'Disciplines'], widths: [6, 14], rows }).split('\n').slice(2);
    expect(out).toEqual(['Priya   product-manag…', '        product-design', '        project-manag…', '        product-strat…', 'Tomás   engineering']);
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

/** The reference: the whole table laid out by cli-table3 at once, as renderTable's cells are one at a time. */
function laidOutByCliTable3(spec: { head: string[]; widths: number[]; rows: string[][]; right?: number[] }): string {
  const chars = {
    top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
    left: '', 'left-mid': '', mid: '─', 'mid-mid': '  ', right: '', 'right-mid': '', middle: '  ',
  };
  const table = new Table({
    head: spec.head,
    colWidths: spec.widths,
    colAligns: spec.widths.map((_, i) => (spec.right?.includes(i) ? 'right' : 'left')),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
  });
  // The same preparation renderTable gives a cell that wraps: words wider than the column cut, the cell's lines a column's width of spaces apart.
  const prepare = (cell: string, width: number) => {
    if (!cell.includes('\n') && displayWidth(cell) <= width) return { content: cell, wordWrap: false };
    const cut = displayWidth(cell) <= width ? cell : cell.replace(/\S+/g, (w) => fitWidth(w, width));
    return cut.split('\n').join(' '.repeat(width));
  };
  table.push(...spec.rows.map((row) => spec.widths.map((w, i) => prepare(row[i] ?? '', w))));
  return table.toString().split('\n').map((l) => l.trimEnd()).join('\n');
}

describe('renderTable against cli-table3 laying out the whole table', () => {
  const word = fc.constantFrom('Priya', 'Shah', 'open', 'a', 'role:', 'Product', 'Operations', 'Specialist', '140%', '→', '12', 'h', 'Tomás', '山田', '🚀', 'Supercalifragilistic', 'x');
  const cell = fc.oneof(
    fc.array(word, { maxLength: 6 }).map((ws) => ws.join(' ')),
    fc.array(fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), { minLength: 2, maxLength: 4 }).map((ls) => ls.join('\n')),
    fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => `\u001b[31m${ws.join(' ')}\u001b[39m`),
    fc.array(word, { minLength: 2, maxLength: 4 }).map((ws) => `\u001b[33m${ws.join('\n')}\u001b[39m`),
  );
  it('gives the same lines, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 4, max: 16 }), { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 3 }), (widths, rows, rightCol) => {
        const spec = { head: widths.map((_, i) => `C${i}`), widths, rows: rows.map((r) => r.slice(0, widths.length)), right: [rightCol] };
        expect(renderTable(spec)).toBe(laidOutByCliTable3(spec));
      }),
      { numRuns: 400 },
    );
  });
});
