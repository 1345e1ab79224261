import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEALS_VIEW,
  countryChoices,
  dealsFilters,
  dealsViewSearch,
  parseDealsView,
  withFilters,
  withSovietMerged,
  type DealsView,
} from '../../src/features/deals/deals-view.ts';

const context = {
  suppliers: new Set(['RUS', 'SUN', 'USA', 'PAK']),
  recipients: new Set(['IND', 'PAK', 'RUS', 'USA']),
  regions: new Set(['Europe', 'Middle East', 'South Asia', 'sub-Saharan Africa', 'none']),
  categories: ['Aircraft', 'Air-defence systems'],
  statuses: ['New', 'Second hand'],
  firstOrderYear: 1940,
  firstDeliveryYear: 1950,
  lastYear: 2025,
};
const parse = (query: string) => parseDealsView(new URLSearchParams(query), context);

describe('deals view in the URL', () => {
  it('has no filters, newest orders first, page 1 of 50 by default, and an empty URL', () => {
    expect(parse('')).toEqual({ view: DEFAULT_DEALS_VIEW, notices: [] });
    expect(dealsViewSearch(DEFAULT_DEALS_VIEW).toString()).toBe('');
  });

  it('round-trips every filter, the sort and the page', () => {
    const view: DealsView = {
      suppliers: ['RUS', 'SUN'],
      recipients: ['PAK'],
      supplierRegion: 'Europe',
      recipientRegion: 'South Asia',
      categories: ['Air-defence systems'],
      statuses: ['Second hand'],
      q: 'Mi-35 "quoted", text',
      from: 2010,
      to: 2020,
      yearOf: 'order',
      sort: { field: 'tivDelivered', direction: 'asc' },
      page: 3,
      pageSize: 100,
      mergeSoviet: true,
    };
    expect(parse(dealsViewSearch(view).toString())).toEqual({ view, notices: [] });
  });

  it('filters by the supplier’s or the recipient’s SIPRI region or subregion, one of each, dropping others with a notice', () => {
    const { view, notices } = parse('recipientRegion=sub-Saharan+Africa&supplierRegion=none');
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ recipientRegion: 'sub-Saharan Africa', supplierRegion: 'none' });
    expect(dealsFilters(view)).toMatchObject({ recipientRegions: ['sub-Saharan Africa'], supplierRegions: ['none'] });
    expect(dealsFilters(DEFAULT_DEALS_VIEW)).toMatchObject({ recipientRegions: [], supplierRegions: [] });
    expect(parse('recipientRegion=Atlantis').notices).toEqual(['Ignored recipientRegion=“Atlantis”: not one of SIPRI’s regions or subregions.']);
    expect(parse('supplierRegion=Europe,Middle East')).toMatchObject({ view: { supplierRegion: null }, notices: [expect.stringContaining('supplierRegion')] });
  });

  it('offers years of delivery from the first year of the data, years of order from the first order', () => {
    expect(parse('from=1945&yearOf=order').view).toMatchObject({ from: 1945, yearOf: 'order' });
    const { view, notices } = parse('from=1945');
    expect(view.from).toBeNull();
    expect(notices).toEqual(['Ignored from=“1945”: expected a year from 1950 to 2025.']);
  });

  it('takes the Soviet Union with Russia or apart, folding a chosen Soviet Union into Russia', () => {
    expect(parse('ussr=together').view.mergeSoviet).toBe(true);
    expect(dealsViewSearch({ ...DEFAULT_DEALS_VIEW, mergeSoviet: true }).toString()).toBe('ussr=together');
    const merged = withSovietMerged({ ...DEFAULT_DEALS_VIEW, suppliers: ['SUN', 'RUS', 'USA'], recipients: ['SUN'], page: 4 }, true);
    expect(merged).toMatchObject({ mergeSoviet: true, suppliers: ['RUS', 'USA'], recipients: ['RUS'], page: 1 });
    expect(withSovietMerged(merged, false)).toMatchObject({ mergeSoviet: false, suppliers: ['RUS', 'USA'] });
    expect(dealsFilters(merged).mergeSoviet).toBe(true);
    const countries = [
      { id: 'RUS', name: 'Russia', kind: 'state', supplies: true, receives: true, deals: 1, region: null, subregion: null },
      { id: 'SUN', name: 'Soviet Union', kind: 'historical', supplies: true, receives: false, deals: 1, region: null, subregion: null },
      { id: 'USA', name: 'United States', kind: 'state', supplies: true, receives: true, deals: 1, region: null, subregion: null },
    ] as const;
    expect(countryChoices(countries, true).map((c) => c.name)).toEqual(['Russia (incl. Soviet Union)', 'United States']);
    expect(countryChoices(countries, false).map((c) => c.name)).toEqual(['Russia', 'Soviet Union', 'United States']);
  });

  it.each([
    ['supplier=RUS,ATLANTIS', 'supplier', { suppliers: ['RUS'] }],
    ['supplier=IND', 'supplier', { suppliers: [] }],
    ['category=Tanks', 'category', { categories: [] }],
    ['status=used', 'status', { statuses: [] }],
    ['sort=price:asc', 'sort', { sort: DEFAULT_DEALS_VIEW.sort }],
    ['page=0', 'page', { page: 1 }],
    ['page=1e9', 'page', { page: 1 }],
    ['pageSize=7', 'pageSize', { pageSize: 50 }],
    ['from=1900', 'from', { from: null }],
    ['yearOf=contract', 'yearOf', { yearOf: 'delivery' }],
    [`q=${'x'.repeat(300)}`, 'q', { q: '' }],
  ])('drops %s with a notice on %s', (query, key, expected) => {
    const { view, notices } = parse(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(key);
    expect(view).toMatchObject(expected);
  });

  it('takes a setting spelled out at its default without a notice', () => {
    expect(parse('yearOf=delivery')).toEqual({ view: DEFAULT_DEALS_VIEW, notices: [] });
  });

  it('sends the API a normalised query so equal filters share one cache entry', () => {
    const a = dealsFilters({ ...DEFAULT_DEALS_VIEW, suppliers: ['SUN', 'RUS'], q: ' mi-35 ' });
    const b = dealsFilters({ ...DEFAULT_DEALS_VIEW, suppliers: ['RUS', 'SUN'], q: 'mi-35' });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ suppliers: ['RUS', 'SUN'], q: 'mi-35', sort: 'orderYear:desc', page: 1, pageSize: 50 });
  });

  it('goes back to the first page when a filter changes', () => {
    expect(withFilters({ ...DEFAULT_DEALS_VIEW, page: 7 }, { q: 'rafale' }).page).toBe(1);
  });
});
