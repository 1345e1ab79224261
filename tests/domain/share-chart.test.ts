import { describe, expect, it } from 'vitest';
import type { SharesResponse } from '../../src/api/contract.ts';
import { asShareOfYear, drawnOutIds, shareChartData } from '../../src/domain/share-chart.ts';

const shares: SharesResponse = {
  recipient: 'IND',
  supplier: null,
  by: 'supplier',
  group: null,
  from: 2019,
  to: 2020,
  window: 1,
  unit: 'SIPRI TIV (millions)',
  lens: { categories: [], q: null },
  total: 200,
  rows: [
    { id: 'RUS', name: 'Russia', tiv: 100, share: 0.5 },
    { id: 'FRA', name: 'France', tiv: 60, share: 0.3 },
    { id: 'ISR', name: 'Israel', tiv: 30, share: 0.15 },
    { id: 'USA', name: 'United States', tiv: 10, share: 0.05 },
  ],
  years: [
    { year: 2019, total: 120, values: { RUS: 60, FRA: 40, ISR: 20 } },
    { year: 2020, total: 80, values: { RUS: 40, FRA: 20, ISR: 10, USA: 10 } },
  ],
};

describe('share chart data', () => {
  it('draws out the top N and the pinned rows in rank order', () => {
    expect(drawnOutIds(shares, 2, [])).toEqual(['RUS', 'FRA']);
    expect(drawnOutIds(shares, 1, ['USA', 'CHN'])).toEqual(['RUS', 'USA']);
  });

  it('leaves out a pinned row with nothing in the years shown', () => {
    const none = { ...shares, rows: [...shares.rows, { id: 'SUN', name: 'Soviet Union', tiv: 0, share: 0 }] };
    expect(drawnOutIds(none, 1, ['SUN', 'USA'])).toEqual(['RUS', 'USA']);
  });

  it('sums the rest into Other, per year and over the period', () => {
    const data = shareChartData(shares, 1, ['USA']);
    expect(data.series.map((s) => [s.id, s.tiv])).toEqual([
      ['RUS', 100],
      ['USA', 10],
      ['other', 90],
    ]);
    expect(data.points).toEqual([
      { year: 2019, RUS: 60, USA: 0, other: 60 },
      { year: 2020, RUS: 40, USA: 10, other: 30 },
    ]);
  });

  it('turns TIV into shares of each year’s total', () => {
    const data = asShareOfYear(shareChartData(shares, 1, []), shares.years);
    expect(data.points).toEqual([
      { year: 2019, RUS: 0.5, other: 0.5 },
      { year: 2020, RUS: 0.5, other: 0.5 },
    ]);
  });
});
