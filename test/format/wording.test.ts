import { describe, expect, it } from 'vitest';
import { groupDigits } from '../../src/format/wording.js';

describe('groupDigits', () => {
  it('groups thousands with commas, as the progress line shows member counts', () => {
    expect([0, 7, 999, 1000, 30000, 300000, 1234567].map(groupDigits)).toEqual(['0', '7', '999', '1,000', '30,000', '300,000', '1,234,567']);
  });
});
