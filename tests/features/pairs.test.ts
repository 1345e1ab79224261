import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { TransfersResponse } from '../../src/api/contract.ts';
import { toCsv } from '../../src/domain/csv.ts';
import { pairChartData } from '../../src/features/pairs/pair-chart-data.ts';
import { pairsCsv } from '../../src/features/pairs/pairs-csv.ts';
import { timingNote } from '../../src/domain/allocation-notes.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { DEFAULT_PAIRS_VIEW, nextPair, pairsViewSearch, parsePairsView, transfersFilters } from '../../src/features/pairs/pairs-view.ts';

const CATEGORIES = ['Aircraft', 'Missiles', 'Ships'];
const context = { countryIds: new Set(['IND', 'PAK', 'RUS', 'SUN', 'USA', 'CHN', 'FRA']), categories: CATEGORIES, firstYear: 1950, lastYear: 2025 };
const parse = (query: string) => parsePairsView(new URLSearchParams(query), context);

describe('the pair "Add a pair" adds', () => {
  const suppliers = ['CHN', 'FRA', 'IND', 'PAK', 'RUS', 'USA'];
  it('goes to the last pair’s recipient, from the first large supplier not yet paired with it', () => {
    expect(nextPair([{ supplier: 'RUS', recipient: 'IND' }], suppliers)).toEqual({ supplier: 'USA', recipient: 'IND' });
    expect(nextPair([{ supplier: 'RUS', recipient: 'IND' }, { supplier: 'USA', recipient: 'IND' }], suppliers)).toEqual({ supplier: 'FRA', recipient: 'IND' });
    expect(nextPair([{ supplier: 'USA', recipient: 'PAK' }, { supplier: 'RUS', recipient: 'PAK' }, { supplier: 'FRA', recipient: 'PAK' }], suppliers)).toEqual({ supplier: 'CHN', recipient: 'PAK' });
  });

  it('never pairs a country with itself, and goes on through the other suppliers', () => {
    expect(nextPair([{ supplier: 'RUS', recipient: 'USA' }], suppliers)).toEqual({ supplier: 'FRA', recipient: 'USA' });
    const taken = ['USA', 'RUS', 'FRA', 'CHN'].map((supplier) => ({ supplier, recipient: 'IND' }));
    expect(nextPair(taken, suppliers)).toEqual({ supplier: 'PAK', recipient: 'IND' });
  });
});

describe('pair view in the URL', () => {
  it('defaults to Russia and the US in India, Russia and China in Pakistan', () => {
    expect(parse('')).toEqual({ view: DEFAULT_PAIRS_VIEW, notices: [] });
    expect(pairsViewSearch(DEFAULT_PAIRS_VIEW).toString()).toBe('');
  });

  it('round-trips pairs and switches', () => {
    const { view } = parse('pairs=FRA:IND,USA:PAK&from=2000&window=5&ussr=separate&orders=hide&events=hide&tab=table');
    expect(view).toMatchObject({
      pairs: [
        { supplier: 'FRA', recipient: 'IND' },
        { supplier: 'USA', recipient: 'PAK' },
      ],
      from: 2000,
      window: 5,
      mergeSoviet: false,
      orders: false,
      events: false,
      tab: 'table',
    });
    expect(pairsViewSearch(view).toString()).toBe('pairs=FRA%3AIND%2CUSA%3APAK&from=2000&window=5&ussr=separate&orders=hide&events=hide&tab=table');
  });

  it('drops unknown, malformed and extra pairs with a notice', () => {
    expect(parse('pairs=RUS:IND,XXX:IND,RUS,IND:IND').view.pairs).toEqual([{ supplier: 'RUS', recipient: 'IND' }]);
    // With no pair left, the default pairs, and the notice says so.
    for (const pairs of ['ZZZ:IND', 'IND:IND', '']) {
      const { view, notices } = parse(`pairs=${pairs}`);
      expect(view.pairs).toEqual(DEFAULT_PAIRS_VIEW.pairs);
      expect(notices).toEqual([`Ignored pairs=“${pairs}”: no pair of two different countries in the data; the default pairs are shown.`]);
    }
    const { view, notices } = parse('pairs=RUS:IND,USA:IND,FRA:IND,CHN:PAK,RUS:PAK');
    expect(view.pairs).toHaveLength(4);
    expect(notices).toEqual(['Ignored pairs=“RUS:IND,USA:IND,FRA:IND,CHN:PAK,RUS:PAK”: at most 4 pairs; the first 4 are kept.']);
  });

  it('asks for all pairs in one request, Soviet Union folded', () => {
    expect(transfersFilters({ ...DEFAULT_PAIRS_VIEW, pairs: [{ supplier: 'SUN', recipient: 'IND' }, { supplier: 'USA', recipient: 'IND' }] })).toMatchObject({
      suppliers: ['RUS', 'USA'],
      recipients: ['IND'],
    });
  });
});

const transfers: TransfersResponse = {
  from: 2014,
  to: 2015,
  window: 1,
  unit: 'SIPRI TIV (millions)',
  lens: { categories: [], q: null },
  series: [
    { supplier: 'RUS', recipient: 'IND', total: 10, totalOrdered: 40, units: 0, unitsOrdered: 0, points: [{ year: 2014, tiv: 4, ordered: 40, units: 0, unitsOrdered: 0 }, { year: 2015, tiv: 6, ordered: 0, units: 0, unitsOrdered: 0 }] },
    { supplier: 'RUS', recipient: 'PAK', total: 46, totalOrdered: 0, units: 4, unitsOrdered: 0, points: [{ year: 2014, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 }, { year: 2015, tiv: 46, ordered: 0, units: 4, unitsOrdered: 0 }] },
    { supplier: 'USA', recipient: 'PAK', total: 1, totalOrdered: 2, units: 0, unitsOrdered: 0, points: [{ year: 2014, tiv: 1, ordered: 2, units: 0, unitsOrdered: 0 }, { year: 2015, tiv: 0, ordered: 0, units: 0, unitsOrdered: 0 }] },
  ],
};
const names: Record<string, string> = { RUS: 'Russia', IND: 'India', PAK: 'Pakistan', USA: 'United States' };

describe('pair chart data and CSV', () => {
  it('keeps only the pairs asked for, in their order', () => {
    const data = pairChartData(transfers, [{ supplier: 'RUS', recipient: 'PAK' }, { supplier: 'RUS', recipient: 'IND' }], (id) => names[id]!, true);
    expect(data.series.map((s) => s.label)).toEqual(['Russia → Pakistan', 'Russia → India']);
    expect(data.points).toEqual([
      { year: 2014, 'RUS:PAK': 0, 'RUS:PAK:ordered': 0, 'RUS:PAK:units': 0, 'RUS:PAK:unitsOrdered': 0, 'RUS:IND': 4, 'RUS:IND:ordered': 40, 'RUS:IND:units': 0, 'RUS:IND:unitsOrdered': 0 },
      { year: 2015, 'RUS:PAK': 46, 'RUS:PAK:ordered': 0, 'RUS:PAK:units': 4, 'RUS:PAK:unitsOrdered': 0, 'RUS:IND': 6, 'RUS:IND:ordered': 0, 'RUS:IND:units': 0, 'RUS:IND:unitsOrdered': 0 },
    ]);
  });

  it('writes one row per pair and year, deliveries and orders as columns, and how the year was allocated', () => {
    const data = pairChartData(transfers, [{ supplier: 'RUS', recipient: 'IND' }], (id) => names[id]!, true);
    const { allocation } = miniDataset();
    const { header, rows } = pairsCsv(data, { window: 1, measure: 'tiv', orders: true, counted: 'All major arms', source: 'SIPRI, March 2026 release', allocation });
    const parsed = Papa.parse<string[]>(toCsv(header, rows), { skipEmptyLines: true }).data;
    const byUnits = (year: number) => timingNote(allocation, year, year);
    expect(byUnits(2014)).toContain('2014 by the units SIPRI’s per-year file records');
    expect(parsed).toEqual([
      [
        'Supplier id',
        'Supplier',
        'Recipient id',
        'Recipient',
        'Year',
        'Delivered: SIPRI TIV (millions)',
        'Ordered (by year of order): SIPRI TIV (millions)',
        'Yearly allocation of deliveries',
        'Weapons counted',
        'Source',
      ],
      ['RUS', 'Russia', 'IND', 'India', '2014', '4', '40', byUnits(2014), 'All major arms', 'SIPRI, March 2026 release'],
      ['RUS', 'Russia', 'IND', 'India', '2015', '6', '0', byUnits(2015), 'All major arms', 'SIPRI, March 2026 release'],
    ]);
    // A five-year sum's row covers its five years.
    expect(pairsCsv(data, { window: 5, measure: 'tiv', orders: true, counted: 'All major arms', source: 'SIPRI', allocation }).rows[0]![7]).toBe(timingNote(allocation, 2010, 2014));
  });

  it('leaves the orders out when the view hides them: the CSV is exactly the view', () => {
    const data = pairChartData(transfers, [{ supplier: 'RUS', recipient: 'IND' }], (id) => names[id]!, true);
    const { allocation } = miniDataset();
    const { header, rows } = pairsCsv(data, { window: 1, measure: 'tiv', orders: false, counted: 'All major arms', source: 'SIPRI, March 2026 release', allocation });
    expect(header).toEqual(['Supplier id', 'Supplier', 'Recipient id', 'Recipient', 'Year', 'Delivered: SIPRI TIV (millions)', 'Yearly allocation of deliveries', 'Weapons counted', 'Source']);
    expect(rows.map((row) => [...row.slice(0, 6), row.at(-1)])).toEqual([
      ['RUS', 'Russia', 'IND', 'India', 2014, 4, 'SIPRI, March 2026 release'],
      ['RUS', 'Russia', 'IND', 'India', 2015, 6, 'SIPRI, March 2026 release'],
    ]);
  });
});

describe('pair view defaults spelled out', () => {
  it('takes ussr=together, orders=show and events=show without a notice', () => {
    const context = { countryIds: new Set(['RUS', 'IND', 'USA', 'PAK', 'CHN']), categories: CATEGORIES, firstYear: 1950, lastYear: 2025 };
    expect(parsePairsView(new URLSearchParams('ussr=together&orders=show&events=show'), context)).toEqual({ view: DEFAULT_PAIRS_VIEW, notices: [] });
  });
});
