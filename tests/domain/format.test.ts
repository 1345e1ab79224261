import { describe, expect, it } from 'vitest';
import { formatTiv, formatTivExact } from '../../src/domain/format.ts';

describe('formatTiv', () => {
  it('writes whole millions, one decimal below 10, and two significant figures below 1', () => {
    expect([14135.4, 10, 9.96, 2.25, 1, 0.5, 0.123, 0.01, 0, -0.01].map(formatTiv)).toEqual([
      '14,135',
      '10',
      '10',
      '2.3',
      '1',
      '0.5',
      '0.12',
      '0.01',
      '0',
      '-0.01',
    ]);
  });
});

describe('formatTivExact', () => {
  it("writes a deal's figure as SIPRI gives it, with thousands separators", () => {
    expect([11.5, 4.79, 36.25, 0.01, 1234.56, 550, 0].map(formatTivExact)).toEqual(['11.5', '4.79', '36.25', '0.01', '1,234.56', '550', '0']);
  });
});
