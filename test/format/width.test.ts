import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, fitWidth } from '../../src/format/width.js';

/** Every character displayWidth counts without string-width: Latin with accents, Greek, Cyrillic, the report's dashes, arrows and rules. */
const ONE_COLUMN = [
  [0x20, 0x7e],
  [0xa0, 0x2ff],
  [0x370, 0x482],
  [0x48a, 0x52f],
  [0x2010, 0x2027],
  [0x2190, 0x21ff],
  [0x2500, 0x257f],
].flatMap(([from, to]) => Array.from({ length: to! - from! + 1 }, (_, i) => String.fromCodePoint(from! + i)));

describe('displayWidth', () => {
  it('counts terminal columns, not code units, as cli-table3 does', () => {
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
  });

  it('counts the dashes, arrows and rules of rocks\' own reports as one column each, next to anything', () => {
    expect(displayWidth('Roadmap — Q3 “cut” … 60% → 40% ───')).toBe(34);
    expect(displayWidth('→\u0301')).toBe(1); // a combining mark still takes none
    expect(displayWidth('↔️')).toBe(2); // emoji presentation of an arrow
    expect(displayWidth('— 山田')).toBe(6);
    expect(displayWidth('\u001b[2m—\u001b[22m')).toBe(1);
  });

  it('agrees with string-width, which cli-table3 uses, on the characters it counts without it', () => {
    const disagree = ONE_COLUMN.filter((ch) => displayWidth(ch) !== stringWidth(ch));
    expect(disagree).toEqual([]);
    expect(displayWidth(ONE_COLUMN.join(''))).toBe(ONE_COLUMN.length);
  });
});

describe('fitWidth', () => {
  it('leaves a text that fits alone and cuts a wider one with an ellipsis, within the width', () => {
    expect(fitWidth('Ada Byron', 9)).toBe('Ada Byron');
    expect(fitWidth('Ada Byron', 5)).toBe('Ada …');
    for (const [text, width] of [['山田太郎abc', 5], ['🇩🇰🇸🇪🇫🇷', 3], ['👩‍💻👩‍💻👩‍💻', 5], ['Toma\u0301sReyes', 5]] as const) {
      expect(displayWidth(fitWidth(text, width)), text).toBeLessThanOrEqual(width);
    }
    expect(fitWidth('Toma\u0301sReyes', 5)).toBe('Toma\u0301…');
    expect(fitWidth('Lucía García 000341', 12)).toBe('Lucía Garcí…');
  });

  it('keeps the colour codes after the cut, so the style still closes', () => {
    expect(fitWidth('\u001b[31mProduct Operations 🚀\u001b[39m', 8)).toBe('\u001b[31mProduct…\u001b[39m');
  });
});
