/**
 * Rows are located by the line they start on, whatever the line ends, quoted
 * line breaks, empty lines and chunk boundaries (csv-parse's own count takes a
 * CRLF inside quotes for two lines); effort parsing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRows } from '../../src/import/csv.js';
import { parseDuration, parseNumber } from '../../src/import/effort.js';

async function* chunks(text: string, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  // Bytes, cut anywhere: inside a CRLF, inside a multi-byte character.
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const end = Math.min(bytes.length, cut);
    if (end > at) yield bytes.slice(at, end);
    at = Math.max(at, end);
  }
  if (at < bytes.length) yield bytes.slice(at);
}

describe('csvRows', () => {
  const field = fc.oneof(fc.constantFrom('plain', 'é ü', '', 'a,b', 'say "hi"', 'two\nlines', 'crlf\r\nlines', 'x\r\n\r\ny'), fc.string({ maxLength: 6 }));
  const row = fc.array(field, { minLength: 2, maxLength: 2 });

  it('gives each row the line it starts on, its fields intact', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.array(fc.boolean(), { maxLength: 12 }), fc.array(fc.nat({ max: 400 }), { maxLength: 8 }), fc.boolean(), async (rows, eol, blanks, cuts, bom) => {
        const quote = (f: string): string => (/[",\r\n]/.test(f) || f.trim() !== f || f === '' ? `"${f.replace(/"/g, '""')}"` : f);
        let text = `${bom ? '\ufeff' : ''}A,B${eol}`;
        let line = 2;
        const expected: { line: number; a: string; b: string }[] = [];
        rows.forEach((r, i) => {
          if (blanks[i]) {
            text += eol;
            line++;
          }
          const written = r.map(quote).join(',');
          // A row of two empty fields is written "","" and read back; skip_empty_lines only drops truly empty lines.
          expected.push({ line, a: r[0]!, b: r[1]! });
          text += written + eol;
          line += written.split(/\r\n|\r|\n/).length - 1 + 1;
        });
        const got: { line: number; a: string; b: string }[] = [];
        const problems: string[] = [];
        for await (const r of csvRows(chunks(text, cuts), { header: () => undefined, problem: (l, m) => problems.push(`${l}: ${m}`) })) {
          got.push({ line: r.line, a: r.record[0] ?? '', b: r.record[1] ?? '' });
        }
        expect(problems).toEqual([]);
        expect(got).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a header with no rows, and says when there is no header', async () => {
    const headers: string[][] = [];
    const none = [];
    for await (const r of csvRows(chunks('A,B\r\n', []), { header: (h) => headers.push(h), problem: () => undefined })) none.push(r);
    expect(none).toEqual([]);
    expect(headers).toEqual([['A', 'B']]);
  });
});

describe('effort', () => {
  it('reads durations the way Jira writes them: a week is 5 days, a day 8 hours', () => {
    expect(parseDuration('1w 2d 3h 30m')).toBe(40 + 16 + 3 + 0.5);
    expect(parseDuration('38h')).toBe(38);
    expect(parseDuration('1.5d')).toBe(12);
    expect(parseDuration('90 minutes')).toBe(1.5);
    expect(parseDuration('28800', 'seconds')).toBe(8);
    expect(parseDuration('6')).toBe(6);
    expect(parseDuration('3 apples')).toBeUndefined();
    expect(parseDuration('h')).toBeUndefined();
    expect(parseDuration('')).toBeUndefined();
  });

  it('reads numbers with a decimal point or a decimal comma, nothing else', () => {
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber(' 8 ')).toBe(8);
    for (const bad of ['-1', '1e3', 'Infinity', '0x10', '', 'lots', '1,000,000']) expect(parseNumber(bad)).toBeUndefined();
  });
});
