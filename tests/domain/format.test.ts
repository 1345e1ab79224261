import { describe, expect, it } from 'vitest';
import { chartNotes, formatDeals, formatShare, formatTiv, formatTivExact } from '../../src/domain/format.ts';

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

describe('chartNotes', () => {
  it('says what TIV is, how the Soviet Union is counted, how yearly values were made, and the source', () => {
    expect(chartNotes('Source: SIPRI.', true, 'Yearly values are fitted.')).toBe(
      'TIV is SIPRI’s trend-indicator value in millions: a measure of the military capability transferred, not US dollars. Russia includes the Soviet Union before 1992. Yearly values are fitted. Source: SIPRI.',
    );
    // Kept apart, Russia's orders reach back before 1992: the note says why.
    expect(chartNotes('Source: SIPRI.', false, '')).toMatch(/Soviet Union is shown apart: .*Soviet-era deals delivered later count as Russia’s, from their year of order\. Source: SIPRI\.$/);
  });
});

describe('formatDeals', () => {
  it('counts deals with a thousands separator, one deal in the singular', () => {
    expect([0, 1, 2, 29916].map(formatDeals)).toEqual(['0 deals', '1 deal', '2 deals', '29,916 deals']);
  });
});

describe('formatShare', () => {
  it('writes whole percents, and a share that rounds to nothing as under one percent, not as 0%', () => {
    expect([0, 0.0049, 0.005, 0.329, 1].map(formatShare)).toEqual(['0%', '<1%', '1%', '33%', '100%']);
  });
});
