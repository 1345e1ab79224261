import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseSharesView, sharesFilters, sharesViewSearch, type SharesView } from '../../src/features/shares/shares-view.ts';

const CATEGORIES = ['Aircraft', 'Air-defence systems', 'Missiles', 'Ships', 'Other'];
const context = {
  countryIds: new Set(['IND', 'PAK', 'RUS', 'SUN', 'USA', 'FRA']),
  groupRows: {
    region: new Set(['Africa', 'Americas', 'Asia and Oceania', 'Europe', 'Middle East', 'none']),
    subregion: new Set(['South Asia', 'Western Europe', 'Eastern Europe', 'none']),
  },
  categories: CATEGORIES,
  firstYear: 1950,
  lastYear: 2025,
};
const parse = (query: string) => parseSharesView(new URLSearchParams(query), context);

describe('share view in the URL', () => {
  it('defaults to India, all years, Russia (incl. Soviet Union) and the United States pinned', () => {
    expect(parse('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(sharesViewSearch(DEFAULT_VIEW).toString()).toBe('');
  });

  it('round-trips every setting, writing only what differs from the defaults', () => {
    const view: SharesView = {
      perspective: 'supplier',
      country: 'RUS',
      group: null,
      lens: { categories: ['Aircraft', 'Ships'], weapon: 'mi-35' },
      from: 2011,
      to: 2015,
      measure: 'lines',
      window: 5,
      top: 8,
      pinned: ['FRA'],
      hidden: ['other', 'USA'],
      mergeSoviet: false,
      events: false,
      tab: 'table',
    };
    const search = sharesViewSearch(view);
    expect(search.toString()).toBe(
      'supplier=RUS&category=Aircraft%2CShips&weapon=mi-35&from=2011&to=2015&measure=lines&window=5&top=8&pin=FRA&hide=other%2CUSA&ussr=separate&events=hide&tab=table',
    );
    expect(parse(search.toString())).toEqual({ view, notices: [] });
    expect(parse('ranking=exporters').view).toMatchObject({ perspective: 'exporters', country: null });
    expect(parse('recipient=PAK').view).toMatchObject({ perspective: 'recipient', country: 'PAK' });
  });

  it.each([
    ['recipient=XXX', 'recipient'],
    ['from=1900', 'from'],
    ['from=20x1', 'from'],
    ['from=2015&to=2011', 'to'],
    ['to=99999999999', 'to'],
    ['measure=pie', 'measure'],
    ['window=3', 'window'],
    ['top=1000', 'top'],
    ['ussr=merge', 'ussr'],
    ['ranking=everyone', 'ranking'],
    ['tab=globe', 'tab'],
    ['colour=red', 'colour'],
    ['recipient=<script>alert(1)</script>', 'recipient'],
  ])('drops %s with a notice naming %s', (query, key) => {
    const { notices } = parse(query);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(key);
  });

  it('keeps the valid settings beside a dropped one', () => {
    const { view, notices } = parse('recipient=PAK&from=1800&measure=tiv');
    expect(view).toMatchObject({ country: 'PAK', from: null, measure: 'tiv' });
    expect(notices).toEqual(['Ignored from=“1800”: expected a year from 1950 to 2025.']);
  });

  it('fits the drawing to the question: ranked bars of the top 10 for the world, Russia and the US pinned only among a recipient’s suppliers', () => {
    expect(parse('ranking=importers').view).toMatchObject({ perspective: 'importers', measure: 'bars', top: 10, pinned: [] });
    expect(parse('supplier=RUS').view).toMatchObject({ measure: 'share', top: 5, pinned: [] });
    expect(parse('recipient=PAK').view).toMatchObject({ measure: 'share', top: 5, pinned: ['RUS', 'USA'] });
    // Written back: only what differs from the perspective's own defaults; an empty pin list is a choice.
    const importers = parse('ranking=importers').view;
    expect(sharesViewSearch(importers).toString()).toBe('ranking=importers');
    expect(sharesViewSearch({ ...importers, measure: 'share', top: 5 }).toString()).toBe('ranking=importers&measure=share&top=5');
    expect(sharesViewSearch({ ...DEFAULT_VIEW, pinned: [] }).toString()).toBe('pin=');
    expect(parse('pin=').view.pinned).toEqual([]);
  });

  it('drops unknown ids from pinned and hidden lists but keeps the known ones', () => {
    const { view, notices } = parse('pin=USA,NOPE&hide=other');
    expect(view.pinned).toEqual(['USA']);
    expect(view.hidden).toEqual(['other']);
    expect(notices).toEqual(['Ignored pin=“USA,NOPE”: “NOPE” not in the data.']);
  });

  it('ranks the world by region or subregion, in the URL after the ranking', () => {
    const { view, notices } = parse('ranking=importers&group=region&from=2021&to=2025');
    expect(notices).toEqual([]);
    expect(view).toMatchObject({ perspective: 'importers', country: null, group: 'region', measure: 'bars', top: 10, pinned: [], from: 2021, to: 2025 });
    expect(sharesViewSearch(view).toString()).toBe('ranking=importers&group=region&from=2021&to=2025');
    const subregions: SharesView = { ...view, perspective: 'exporters', group: 'subregion', measure: 'share', pinned: ['Western Europe'], hidden: ['none', 'other'] };
    const search = sharesViewSearch(subregions).toString();
    expect(search).toBe('ranking=exporters&group=subregion&from=2021&to=2025&measure=share&pin=Western+Europe&hide=none%2Cother');
    expect(parse(search)).toEqual({ view: subregions, notices: [] });
    expect(parse('ranking=exporters').view.group).toBeNull();
  });

  it.each([
    ['ranking=importers&group=country', 'Ignored group=“country”: expected region or subregion.'],
    ['recipient=IND&group=region', 'Ignored group=“region”: regions group the world’s importers or exporters (ranking=importers or ranking=exporters), not a country’s partners.'],
    ['group=region', 'Ignored group=“region”: regions group the world’s importers or exporters (ranking=importers or ranking=exporters), not a country’s partners.'],
    // The rows of a grouping are its regions: a country, or another grouping's region, is not one of them.
    ['ranking=importers&group=region&hide=Europe,IND', 'Ignored hide=“Europe,IND”: “IND” not in the data.'],
    ['ranking=importers&group=subregion&pin=Europe', 'Ignored pin=“Europe”: “Europe” not in the data.'],
  ])('drops %s with a notice, keeping the rest', (query, notice) => {
    const { view, notices } = parse(query);
    expect(notices).toEqual([notice]);
    expect(view.group).toBe(query.includes('ranking=importers&group=region') ? 'region' : query.includes('subregion') ? 'subregion' : null);
  });

  it('asks the API for the whole series, whatever the years and window: those are cut on the client', () => {
    const series = sharesFilters(DEFAULT_VIEW);
    expect(series).toMatchObject({ recipient: 'IND', from: null, to: null, window: 1, top: null, mergeSoviet: true });
    expect(sharesFilters({ ...DEFAULT_VIEW, from: 1960, to: 1999, window: 5, top: 3 })).toEqual(series);
    expect(sharesFilters({ ...DEFAULT_VIEW, perspective: 'importers', country: null })).toMatchObject({
      recipient: null,
      supplier: null,
      by: 'recipient',
      group: null,
    });
    // By region: the same query with the grouping, a key of its own in the cache.
    const byRegion = sharesFilters({ ...DEFAULT_VIEW, perspective: 'exporters', country: null, group: 'region', from: 2021 });
    expect(byRegion).toMatchObject({ recipient: null, supplier: null, by: 'supplier', group: 'region', from: null });
    expect(sharesFilters({ ...DEFAULT_VIEW, perspective: 'exporters', country: null })).not.toEqual(byRegion);
    expect(sharesFilters({ ...DEFAULT_VIEW, mergeSoviet: false })).not.toEqual(series);
  });
});
