import { describe, expect, it } from 'vitest';
import { DEFAULT_DEALS_VIEW } from '../../src/features/deals/deals-view.ts';
import { dealsFileNameParts, dealsFiltersSummary, dealsPageText } from '../../src/features/deals/deals-text.ts';
import { DEFAULT_PAIRS_VIEW } from '../../src/features/pairs/pairs-view.ts';
import { pairsDescription, pairsNoEvents, pairsSettingsSummary, pairsTitle } from '../../src/features/pairs/pairs-text.ts';
import { DEFAULT_VIEW, type SharesView } from '../../src/features/shares/shares-view.ts';
import { sharesDescription, sharesNoEvents, sharesSettingsSummary, sharesTitle } from '../../src/features/shares/shares-text.ts';
import { lensWords } from '../../src/domain/weapon-lens.ts';
import type { TimelineEvent } from '../../src/api/contract.ts';

const NAMES: Record<string, string> = { IND: 'India', RUS: 'Russia (incl. Soviet Union)', PAK: 'Pakistan', USA: 'United States', CHN: 'China', FRA: 'France' };
const nameOf = (id: string) => NAMES[id] ?? id;
const view = (patch: Partial<SharesView>): SharesView => ({ ...DEFAULT_VIEW, ...patch });

describe('what a share view is, in words', () => {
  it('titles and describes the view from its URL state alone, naming the weapons and the release', () => {
    expect(sharesTitle(view({ from: 2011 }), nameOf, '2011–2025')).toBe('Who supplied India’s arms imports, 2011–2025');
    expect(sharesTitle(view({ lens: { categories: ['Aircraft'], weapon: '' } }), nameOf, '2000–2025')).toBe('Who supplied India’s aircraft imports, 2000–2025');
    expect(sharesTitle(view({ perspective: 'supplier', country: 'RUS' }), nameOf, '2016–2025')).toBe('Whom Russia (incl. Soviet Union) supplied with arms, 2016–2025');
    expect(sharesTitle(view({ perspective: 'importers', country: null }), nameOf, '2021–2025')).toBe('The world’s largest arms importers, 2021–2025');
    expect(sharesTitle(view({ perspective: 'exporters', country: null, group: 'region' }), nameOf, '2021–2025')).toBe('The world’s arms exports by region, 2021–2025');
    expect(sharesDescription(view({}), nameOf, '2011–2025', 'March 2026')).toBe(
      'Who supplied India’s arms imports, 2011–2025: each supplier’s part, as shares of each year’s total, in SIPRI trend-indicator values (TIV), a volume index, not US dollars. SIPRI Arms Transfers Database, March 2026 release.',
    );
    expect(sharesDescription(view({ perspective: 'exporters', country: null, measure: 'bars', window: 5 }), nameOf, '2021–2025', 'March 2026')).toContain(
      'each exporter’s part, ranked by their share of the period’s total, in SIPRI',
    );
    expect(sharesDescription(view({ measure: 'lines', window: 5 }), nameOf, '1950–2025', 'March 2026')).toContain('as yearly lines, summed over rolling five-year windows');
  });

  it('sums up the settings for the folded settings button, with the weapons when they are narrowed', () => {
    expect(sharesSettingsSummary(view({}), nameOf, 1950, 2025)).toBe('India, 1950–2025, shares, top 5');
    expect(sharesSettingsSummary(view({ lens: { categories: ['Aircraft'], weapon: '' }, from: 2000 }), nameOf, 2000, 2025)).toBe(
      'India, aircraft, 2000–2025, shares, top 5',
    );
    expect(sharesSettingsSummary(view({ perspective: 'supplier', country: 'RUS', measure: 'tiv', window: 5, top: 8 }), nameOf, 2016, 2025)).toBe(
      'Russia (incl. Soviet Union) as supplier, 2016–2025, TIV, five-year sums, top 8',
    );
    expect(sharesSettingsSummary(view({ perspective: 'importers', country: null, measure: 'bars', window: 5, top: 10 }), nameOf, 2021, 2025)).toBe(
      'world’s importers, 2021–2025, ranked bars, top 10',
    );
    expect(sharesSettingsSummary(view({ perspective: 'importers', country: null, group: 'subregion', measure: 'bars', top: 10 }), nameOf, 2021, 2025)).toBe(
      'world’s importers by subregion, 2021–2025, ranked bars, top 10',
    );
  });

  it('says the weapons in a word or two', () => {
    expect(lensWords({ categories: [], weapon: '' })).toBeNull();
    expect(lensWords({ categories: ['Aircraft', 'Ships'], weapon: '' })).toBe('aircraft and ships');
    expect(lensWords({ categories: ['Other'], weapon: ' mi-35 ' })).toBe('other weapons, “mi-35”');
  });
});

describe('what a pair view is, in words', () => {
  it('names the pairs in the description, and the measure and the orders in the summary', () => {
    expect(pairsTitle(DEFAULT_PAIRS_VIEW, '1950–2025')).toBe('Arms deliveries and orders between country pairs, 1950–2025');
    expect(pairsDescription(DEFAULT_PAIRS_VIEW, nameOf, '1950–2025', 'March 2026')).toBe(
      'Arms deliveries and orders between country pairs, 1950–2025. Russia (incl. Soviet Union) → India; United States → India; Russia (incl. Soviet Union) → Pakistan; China → Pakistan: SIPRI trend-indicator values (TIV, a volume index, not US dollars) delivered each year, and ordered by year of order. SIPRI Arms Transfers Database, March 2026 release.',
    );
    expect(pairsSettingsSummary(DEFAULT_PAIRS_VIEW, 1950, 2025)).toBe('4 pairs, 1950–2025, TIV, with orders');
    const helicopters = { ...DEFAULT_PAIRS_VIEW, pairs: [{ supplier: 'RUS', recipient: 'PAK' }], lens: { categories: ['Aircraft'], weapon: 'helicopter' }, measure: 'units' as const, orders: false, window: 5 as const };
    expect(pairsSettingsSummary(helicopters, 1965, 2025)).toBe('1 pair, aircraft, “helicopter”, 1965–2025, units, five-year sums');
    expect(pairsTitle(helicopters, '1965–2025')).toBe('Deliveries of aircraft matching “helicopter” between country pairs, 1965–2025');
  });
});

describe('the deals filters, in words', () => {
  it('says the countries, categories, statuses and years chosen, or none', () => {
    expect(dealsFiltersSummary(DEFAULT_DEALS_VIEW, nameOf, 1950, 2025)).toBe('none');
    expect(dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, suppliers: ['RUS'], recipients: ['PAK'], categories: ['Aircraft'], from: 2000 }, nameOf, 1950, 2025)).toBe(
      'Russia (incl. Soviet Union) → Pakistan, aircraft, delivered 2000–2025',
    );
    expect(
      dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, suppliers: ['RUS', 'CHN', 'FRA'], statuses: ['New'], yearOf: 'order', to: 1990, mergeSoviet: true }, nameOf, 1940, 2025),
    ).toBe('from 3 suppliers, new, ordered 1940–1990, Soviet Union with Russia');
    // Named, Russia's name says that it includes the Soviet Union: not said twice.
    expect(dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, suppliers: ['RUS'], mergeSoviet: true }, nameOf, 1950, 2025)).toBe('from Russia (incl. Soviet Union)');
    expect(dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, recipients: ['IND', 'PAK'] }, nameOf, 1950, 2025)).toBe('to India or Pakistan');
    expect(dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, supplierRegion: 'Europe', recipients: ['IND'] }, nameOf, 1950, 2025)).toBe('Europe → India');
    expect(dealsFiltersSummary({ ...DEFAULT_DEALS_VIEW, suppliers: ['FRA'], supplierRegion: 'Europe', recipientRegion: 'none' }, nameOf, 1950, 2025)).toBe(
      'France in Europe → no region',
    );
  });

  it('gives the filters button, the page title and its description from one summary', () => {
    const helicopters = { ...DEFAULT_DEALS_VIEW, suppliers: ['RUS'], recipients: ['PAK'], categories: ['Aircraft'], q: ' mi-35m ' };
    expect(dealsPageText(helicopters, nameOf, 1950, 2025, 'March 2026')).toEqual({
      summary: 'Russia (incl. Soviet Union) → Pakistan, aircraft',
      title: 'Deals: Russia (incl. Soviet Union) → Pakistan, aircraft, “mi-35m”',
      description:
        'The SIPRI Trade Register’s deals, Russia (incl. Soviet Union) → Pakistan, aircraft, “mi-35m”: supplier, recipient, weapon, years of order and delivery, numbers and TIV (a volume index, not US dollars). SIPRI Arms Transfers Database, March 2026 release.',
    });
    const none = dealsPageText(DEFAULT_DEALS_VIEW, nameOf, 1950, 2025, 'March 2026');
    expect([none.summary, none.title, none.description]).toEqual(['none', 'Deals', expect.stringMatching(/^Every deal of the SIPRI Trade Register: /)]);
  });

  it('names the export after the filters, regions included, and the release', () => {
    expect(dealsFileNameParts({ ...DEFAULT_DEALS_VIEW, suppliers: ['FRA'], supplierRegion: 'Europe', recipientRegion: 'none', to: 1990 }, nameOf, 1950, 2025, 'March 2026').filter(Boolean)).toEqual([
      'deals', 'from France', 'from region Europe', 'to no region', 'delivery 1950–1990', 'SIPRI March 2026',
    ]);
  });
});

describe('a view with no events, in words', () => {
  const event = { id: 'e1', date: '2014-08', text: 'An event', source: { outlet: 'Reuters', url: 'https://example.org' } } as unknown as TimelineEvent;

  it('says the country or pairs have no events, or none in the years shown, only where events are asked for and loaded', () => {
    expect(sharesNoEvents(view({ country: 'IND' }), nameOf, '1950–2025', [], [])).toBe('No press-reported events are recorded for India.');
    expect(sharesNoEvents(view({ country: 'IND' }), nameOf, '1950–2000', [event], [])).toBe('No press-reported events are recorded for India in 1950–2000.');
    expect(sharesNoEvents(view({ country: 'IND' }), nameOf, '1950–2025', [event], [event])).toBeNull();
    expect(sharesNoEvents(view({ country: 'IND' }), nameOf, '1950–2025', undefined, [])).toBeNull();
    expect(sharesNoEvents(view({ country: 'IND', events: false }), nameOf, '1950–2025', [], [])).toBeNull();
    expect(sharesNoEvents(view({ country: 'IND', measure: 'bars' }), nameOf, '1950–2025', [], [])).toBeNull();
    expect(sharesNoEvents(view({ perspective: 'importers', country: null }), nameOf, '1950–2025', [], [])).toBeNull();

    const pairs = { ...DEFAULT_PAIRS_VIEW, pairs: [{ supplier: 'FRA', recipient: 'IND' }] };
    expect(pairsNoEvents(pairs, '1950–2025', [], [])).toBe('No press-reported events are recorded for this pair.');
    expect(pairsNoEvents(DEFAULT_PAIRS_VIEW, '1950–2000', [event], [])).toBe('No press-reported events are recorded for these pairs in 1950–2000.');
    expect(pairsNoEvents(pairs, '1950–2025', undefined, [])).toBeNull();
    expect(pairsNoEvents({ ...pairs, events: false }, '1950–2025', [], [])).toBeNull();
  });
});
