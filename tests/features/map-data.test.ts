import { describe, expect, it } from 'vitest';
import { UNIT, type SharesResponse } from '../../src/api/contract.ts';
import { largestValues, mapCsv, mapRows, mapSpan, valueOf } from '../../src/features/shares/map/map-data.ts';

/** Russia's recipients, yearly, every row (what the explorer fetches once). */
const series: SharesResponse = {
  recipient: null,
  supplier: 'RUS',
  by: 'recipient',
  group: null,
  from: 2019,
  to: 2025,
  window: 1,
  unit: UNIT,
  lens: { categories: [], q: null },
  total: 170,
  rows: [
    { id: 'IND', name: 'India', tiv: 100, share: 100 / 170 },
    { id: 'CHN', name: 'China', tiv: 40, share: 40 / 170 },
    { id: 'hezbollah-lebanon', name: 'Hezbollah (Lebanon)*', tiv: 20, share: 20 / 170 },
    { id: 'SGP', name: 'Singapore', tiv: 10, share: 10 / 170 },
  ],
  years: [
    { year: 2019, total: 30, values: { SGP: 10, 'hezbollah-lebanon': 20 } },
    { year: 2020, total: 0, values: {} },
    { year: 2021, total: 0, values: {} },
    { year: 2022, total: 60, values: { IND: 50, CHN: 10 } },
    { year: 2023, total: 0, values: {} },
    { year: 2024, total: 30, values: { CHN: 30 } },
    { year: 2025, total: 50, values: { IND: 50 } },
  ],
};

describe('the map’s values', () => {
  it('sums the slider’s years; with rolling five-year sums, the five years to the end year', () => {
    expect(mapSpan(2019, 2025, 1, 1950)).toEqual({ from: 2019, to: 2025 });
    expect(mapSpan(2024, 2025, 5, 1950)).toEqual({ from: 2021, to: 2025 });
    expect(mapSpan(1950, 1952, 5, 1950)).toEqual({ from: 1950, to: 1952 });
  });

  it('gives each country its TIV and share over the span, largest first, none with 0', () => {
    expect(mapRows(series, { from: 2022, to: 2025 })).toEqual([
      { id: 'IND', name: 'India', tiv: 100, share: 100 / 140 },
      { id: 'CHN', name: 'China', tiv: 40, share: 40 / 140 },
    ]);
    const rows = mapRows(series, { from: 2024, to: 2024 });
    expect(rows).toEqual([{ id: 'CHN', name: 'China', tiv: 30, share: 1 }]);
    expect(valueOf(rows[0]!, 'share')).toBe(1);
    expect(valueOf(rows[0]!, 'tiv')).toBe(30);
  });

  it('names the largest values for the caption', () => {
    const rows = mapRows(series, { from: 2019, to: 2025 });
    expect(largestValues(rows, { from: 2019, to: 2025 }, 2)).toBe(
      'The 2 largest, in SIPRI TIV (millions) for 2019–2025 with the share of the total: India 100 (59%), China 40 (24%).',
    );
    expect(largestValues(rows.slice(0, 2), { from: 2019, to: 2025 })).toMatch(/^All 2 values,/);
    expect(largestValues(rows.slice(0, 1), { from: 2019, to: 2025 })).toMatch(/^The only value,/);
    expect(largestValues([], { from: 2020, to: 2021 })).toBe('No deliveries are recorded in 2020–2021.');
  });

  it('writes the map as CSV: a row per country, with whether and why it is not on the map', () => {
    const rows = mapRows(series, { from: 2019, to: 2025 });
    const csv = mapCsv({
      rows,
      span: { from: 2019, to: 2025 },
      rowNoun: 'recipient',
      notDrawn: new Map([['hezbollah-lebanon', 'armed-group'], ['SGP', 'too-small']] as const),
      source: 'SIPRI',
    });
    expect(csv.header).toEqual(['Recipient', 'Id', 'SIPRI TIV (millions), 2019–2025', 'Share of total, 2019–2025 (%)', 'On the map', 'Source']);
    expect(csv.rows).toEqual([
      ['India', 'IND', 100, 58.8235, 'yes', 'SIPRI'],
      ['China', 'CHN', 40, 23.5294, 'yes', 'SIPRI'],
      ['Hezbollah (Lebanon)*', 'hezbollah-lebanon', 20, 11.7647, 'no: armed group', 'SIPRI'],
      ['Singapore', 'SGP', 10, 5.8824, 'no: too small to draw at this scale', 'SIPRI'],
    ]);
  });
});
