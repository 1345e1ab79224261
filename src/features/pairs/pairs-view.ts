import type { CountrySummary, Meta } from '../../api/contract.ts';
import type { TransfersFilters } from '../../api/get-transfers.ts';
import { ALL_WEAPONS, unitsMakeSense, type WeaponLens } from '../../domain/weapon-lens.ts';
import { UrlParamReader } from '../../lib/url-params.ts';
import { lensQuery, readLens, writeLens } from '../lens/lens-view.ts';

/** The pair view's state, all in the URL: up to four supplier → recipient pairs and how to draw them. */

export interface Pair {
  supplier: string;
  recipient: string;
}

export const MAX_PAIRS = 4;

/** What the lines count: SIPRI TIV, or units (weapons), which only a narrow lens can add up (unitsMakeSense). */
export type PairMeasure = 'tiv' | 'units';

export interface PairsView {
  pairs: Pair[];
  /** Which weapons every value counts. */
  lens: WeaponLens;
  measure: PairMeasure;
  from: number | null;
  to: number | null;
  window: 1 | 5;
  mergeSoviet: boolean;
  /** TIV ordered, by year of order, drawn beside the deliveries. */
  orders: boolean;
  events: boolean;
  tab: 'chart' | 'table';
}

export const DEFAULT_PAIRS_VIEW: PairsView = {
  pairs: [
    { supplier: 'RUS', recipient: 'IND' },
    { supplier: 'USA', recipient: 'IND' },
    { supplier: 'RUS', recipient: 'PAK' },
    { supplier: 'CHN', recipient: 'PAK' },
  ],
  lens: ALL_WEAPONS,
  measure: 'tiv',
  from: null,
  to: null,
  window: 1,
  mergeSoviet: true,
  orders: true,
  events: true,
  tab: 'chart',
};

export interface PairsViewContext {
  countryIds: ReadonlySet<string>;
  /** SIPRI's armament categories, as /meta lists them. */
  categories: readonly string[];
  firstYear: number;
  lastYear: number;
}

const pairKey = ({ supplier, recipient }: Pair) => `${supplier}:${recipient}`;

/** Offered first as a new pair's supplier: the largest exporters. */
const FIRST_SUPPLIERS = ['USA', 'RUS', 'FRA', 'CHN', 'DEU', 'GBR', 'ITA', 'ISR'];

/**
 * The pair "Add a pair" adds: to the last pair's recipient, from the first supplier not already paired with it
 * (the same pair twice would be one line, and the new row would vanish). `suppliers` in the order to try after those.
 */
export function nextPair(pairs: readonly Pair[], suppliers: readonly string[]): Pair {
  const recipient = pairs.at(-1)?.recipient ?? 'IND';
  const taken = new Set(pairs.map(pairKey));
  const known = new Set(suppliers);
  const supplier = [...FIRST_SUPPLIERS.filter((id) => known.has(id)), ...suppliers].find(
    (id) => id !== recipient && !taken.has(pairKey({ supplier: id, recipient })),
  );
  return { supplier: supplier ?? 'USA', recipient };
}

export function parsePairsView(search: URLSearchParams, context: PairsViewContext): { view: PairsView; notices: string[] } {
  const params = new UrlParamReader(search);
  const isPair = (key: string) => {
    const [supplier, recipient, extra] = key.split(':');
    return extra === undefined && !!supplier && !!recipient && supplier !== recipient && context.countryIds.has(supplier) && context.countryIds.has(recipient);
  };
  // The picker never leaves fewer than one pair; a link with none shows the default ones.
  const noPair = 'no pair of two different countries in the data; the default pairs are shown.';
  let keys = params.list('pairs', isPair, DEFAULT_PAIRS_VIEW.pairs.map(pairKey), noPair);
  if (keys.length > MAX_PAIRS) {
    params.drop('pairs', `at most ${MAX_PAIRS} pairs; the first ${MAX_PAIRS} are kept.`);
    keys = keys.slice(0, MAX_PAIRS);
  }
  const lens = readLens(params, context.categories);
  let measure = params.oneOf('measure', ['tiv', 'units'], DEFAULT_PAIRS_VIEW.measure);
  if (measure === 'units' && !unitsMakeSense(lens)) {
    params.drop('measure', 'units are drawn only for a weapon search or a single category; TIV is shown.');
    measure = 'tiv';
  }
  const view: PairsView = {
    pairs: keys.map((key) => {
      const [supplier, recipient] = key.split(':') as [string, string];
      return { supplier, recipient };
    }),
    lens,
    measure,
    ...params.years(context.firstYear, context.lastYear),
    window: params.choice('window', [1, 5], DEFAULT_PAIRS_VIEW.window),
    mergeSoviet: params.oneOf('ussr', ['separate', 'together'], 'together') === 'together',
    orders: params.oneOf('orders', ['hide', 'show'], 'show') === 'show',
    events: params.oneOf('events', ['hide', 'show'], 'show') === 'show',
    tab: params.oneOf('tab', ['chart', 'table'], DEFAULT_PAIRS_VIEW.tab),
  };
  return { view, notices: params.finish() };
}

export function pairsViewSearch(view: PairsView): URLSearchParams {
  const search = new URLSearchParams();
  const keys = view.pairs.map(pairKey).join(',');
  if (keys !== DEFAULT_PAIRS_VIEW.pairs.map(pairKey).join(',')) search.set('pairs', keys);
  writeLens(search, view.lens);
  if (view.measure !== DEFAULT_PAIRS_VIEW.measure) search.set('measure', view.measure);
  if (view.from !== null) search.set('from', String(view.from));
  if (view.to !== null) search.set('to', String(view.to));
  if (view.window !== 1) search.set('window', String(view.window));
  if (!view.mergeSoviet) search.set('ussr', 'separate');
  if (!view.orders) search.set('orders', 'hide');
  if (!view.events) search.set('events', 'hide');
  if (view.tab !== 'chart') search.set('tab', view.tab);
  return search;
}

/** The view after a change: a lens too wide for units draws TIV again (the measure control says why). */
export function changedPairsView(view: PairsView, patch: Partial<PairsView>): PairsView {
  const next = { ...view, ...patch };
  return next.measure === 'units' && !unitsMakeSense(next.lens) ? { ...next, measure: 'tiv' } : next;
}

/** The id a country is drawn as: the Soviet Union as Russia when they are drawn together. */
export function shownAs(view: Pick<PairsView, 'mergeSoviet'>): (id: string) => string {
  return (id) => (view.mergeSoviet && id === 'SUN' ? 'RUS' : id);
}

/**
 * The API answers every supplier × recipient combination; asking for the pairs' suppliers and recipients
 * gets the four pairs (and some extra combinations the chart leaves out) in one request.
 */
export function transfersFilters(view: PairsView): TransfersFilters {
  const fold = shownAs(view);
  return {
    suppliers: [...new Set(view.pairs.map((p) => fold(p.supplier)))].sort(),
    recipients: [...new Set(view.pairs.map((p) => fold(p.recipient)))].sort(),
    from: view.from,
    to: view.to,
    window: view.window,
    mergeSoviet: view.mergeSoviet,
    ...lensQuery(view.lens),
  };
}

/** Whose press-reported events the pairs' chart may mark: the pairs' countries, and the Soviet Union with Russia. */
export function pairsEventCountries(view: PairsView): string[] {
  const { suppliers, recipients } = transfersFilters(view);
  const countries = [...new Set(suppliers.concat(recipients))].sort();
  return view.mergeSoviet && countries.includes('RUS') ? [...countries, 'SUN'] : countries;
}

/** What the URL of a pair view is read against: the countries, categories and years of the data. */
export function pairsViewContext(meta: Meta, countries: readonly CountrySummary[]): PairsViewContext {
  return { countryIds: new Set(countries.map((c) => c.id)), categories: meta.categories, firstYear: meta.firstYear, lastYear: meta.lastYear };
}
