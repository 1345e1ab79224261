import { DEAL_SORT_FIELDS, type CountrySummary, type DealSortField, type Meta } from '../../api/contract.ts';
import { countryNamer } from '../../domain/country-names.ts';
import type { DealsFilters } from '../../api/get-deals.ts';
import { UrlParamReader } from '../../lib/url-params.ts';
import { countryFolder } from '../../../core/soviet-merge.ts';
import { regionNames } from '../../../core/regions.ts';

/** The deals table's filters, sort and page, all in the URL; only values that differ from the defaults are written. */

export type SortField = DealSortField;
export const PAGE_SIZES = [25, 50, 100, 250];

export interface DealsView {
  suppliers: string[];
  recipients: string[];
  /** A SIPRI region or subregion (or `none`, the parties of no region) the supplier, or the recipient, is in. */
  supplierRegion: string | null;
  recipientRegion: string | null;
  categories: string[];
  statuses: string[];
  q: string;
  from: number | null;
  to: number | null;
  yearOf: 'order' | 'delivery';
  sort: { field: SortField; direction: 'asc' | 'desc' };
  page: number;
  pageSize: number;
  /** "Russia" in the country filters takes the Soviet Union's deals too, as on the charts (`ussr=together`). The
   * register lists them apart by default, as SIPRI does. */
  mergeSoviet: boolean;
}

export const DEFAULT_DEALS_VIEW: DealsView = {
  suppliers: [],
  recipients: [],
  supplierRegion: null,
  recipientRegion: null,
  categories: [],
  statuses: [],
  q: '',
  from: null,
  to: null,
  yearOf: 'delivery',
  sort: { field: 'orderYear', direction: 'desc' },
  page: 1,
  pageSize: 50,
  mergeSoviet: false,
};

export interface DealsViewContext {
  suppliers: ReadonlySet<string>;
  recipients: ReadonlySet<string>;
  /** The names a region filter takes: SIPRI's regions and subregions in the data, and `none`. */
  regions: ReadonlySet<string>;
  categories: readonly string[];
  statuses: readonly string[];
  /** The first year of order, and of delivery: years of delivery start later (deals were ordered before 1950). */
  firstOrderYear: number;
  firstDeliveryYear: number;
  lastYear: number;
}

/** What the URL of the deals view is read against: who supplies and who receives, the categories, statuses and years. */
export function dealsViewContext(meta: Meta, countries: readonly CountrySummary[]): DealsViewContext {
  return {
    suppliers: new Set(countries.filter((c) => c.supplies).map((c) => c.id)),
    recipients: new Set(countries.filter((c) => c.receives).map((c) => c.id)),
    regions: new Set(regionNames(countries)),
    categories: meta.categories,
    statuses: meta.statuses,
    firstOrderYear: meta.firstOrderYear,
    firstDeliveryYear: meta.firstYear,
    lastYear: meta.lastYear,
  };
}

/** The first year the slider offers: years of order go back further than years of delivery. */
export function firstYearOf(yearOf: DealsView['yearOf'], context: Pick<DealsViewContext, 'firstOrderYear' | 'firstDeliveryYear'>): number {
  return yearOf === 'order' ? context.firstOrderYear : context.firstDeliveryYear;
}

const MAX_PAGE = 100_000;
const MAX_QUERY = 200;

export function parseDealsView(search: URLSearchParams, context: DealsViewContext): { view: DealsView; notices: string[] } {
  const params = new UrlParamReader(search);
  let q = params.raw('q') ?? '';
  if (q.length > MAX_QUERY) {
    params.drop('q', `searches are limited to ${MAX_QUERY} characters.`);
    q = '';
  }
  const sortValues = DEAL_SORT_FIELDS.flatMap((field) => [`${field}:asc`, `${field}:desc`]);
  const sort = params.oneOf('sort', sortValues, null)?.split(':') as [SortField, 'asc' | 'desc'] | undefined;
  const yearOf = params.oneOf('yearOf', ['order', 'delivery'], DEFAULT_DEALS_VIEW.yearOf);
  const region = (key: string) => {
    const name = params.raw(key);
    if (name === null || context.regions.has(name)) return name;
    params.drop(key, 'not one of SIPRI’s regions or subregions.');
    return null;
  };
  const view: DealsView = {
    suppliers: params.list('supplier', (id) => context.suppliers.has(id)),
    recipients: params.list('recipient', (id) => context.recipients.has(id)),
    supplierRegion: region('supplierRegion'),
    recipientRegion: region('recipientRegion'),
    categories: params.list('category', (c) => context.categories.includes(c)),
    statuses: params.list('status', (s) => context.statuses.includes(s)),
    q,
    ...params.years(firstYearOf(yearOf, context), context.lastYear),
    yearOf,
    sort: sort ? { field: sort[0], direction: sort[1] } : DEFAULT_DEALS_VIEW.sort,
    page: params.integer('page', 1, MAX_PAGE, DEFAULT_DEALS_VIEW.page),
    pageSize: params.choice('pageSize', PAGE_SIZES, DEFAULT_DEALS_VIEW.pageSize),
    mergeSoviet: params.oneOf('ussr', ['separate', 'together'], 'separate') === 'together',
  };
  return { view, notices: params.finish() };
}

export function dealsViewSearch(view: DealsView): URLSearchParams {
  const search = new URLSearchParams();
  const list = (key: string, values: readonly string[]) => values.length && search.set(key, values.join(','));
  list('supplier', view.suppliers);
  list('recipient', view.recipients);
  if (view.supplierRegion) search.set('supplierRegion', view.supplierRegion);
  if (view.recipientRegion) search.set('recipientRegion', view.recipientRegion);
  list('category', view.categories);
  list('status', view.statuses);
  if (view.q) search.set('q', view.q);
  if (view.from !== null) search.set('from', String(view.from));
  if (view.to !== null) search.set('to', String(view.to));
  if (view.yearOf !== DEFAULT_DEALS_VIEW.yearOf) search.set('yearOf', view.yearOf);
  const { field, direction } = view.sort;
  if (field !== DEFAULT_DEALS_VIEW.sort.field || direction !== DEFAULT_DEALS_VIEW.sort.direction) search.set('sort', `${field}:${direction}`);
  if (view.page !== DEFAULT_DEALS_VIEW.page) search.set('page', String(view.page));
  if (view.pageSize !== DEFAULT_DEALS_VIEW.pageSize) search.set('pageSize', String(view.pageSize));
  if (view.mergeSoviet) search.set('ussr', 'together');
  return search;
}

/** The API query: lists sorted and the text trimmed, so equal filters share one cache entry. */
export function dealsFilters(view: DealsView): DealsFilters {
  const sorted = (values: readonly string[]) => [...values].sort();
  return {
    suppliers: sorted(view.suppliers),
    recipients: sorted(view.recipients),
    supplierRegions: view.supplierRegion ? [view.supplierRegion] : [],
    recipientRegions: view.recipientRegion ? [view.recipientRegion] : [],
    categories: sorted(view.categories),
    statuses: sorted(view.statuses),
    q: view.q.trim(),
    from: view.from,
    to: view.to,
    yearOf: view.yearOf,
    sort: `${view.sort.field}:${view.sort.direction}`,
    page: view.page,
    pageSize: view.pageSize,
    mergeSoviet: view.mergeSoviet,
  };
}

/** Any change of filter starts again from the first page. */
export function withFilters(view: DealsView, patch: Partial<Omit<DealsView, 'page' | 'pageSize'>>): DealsView {
  return { ...view, ...patch, page: 1 };
}

/**
 * The Soviet Union with Russia, or apart. Together, a chosen Soviet Union becomes Russia (incl. Soviet Union), by the
 * API's own rule of folding (core/soviet-merge.ts); apart, Russia means Russia alone again.
 */
export function withSovietMerged(view: DealsView, mergeSoviet: boolean): DealsView {
  const fold = countryFolder(mergeSoviet);
  const folded = (ids: readonly string[]) => [...new Set(ids.map(fold))];
  return withFilters(view, { mergeSoviet, suppliers: folded(view.suppliers), recipients: folded(view.recipients) });
}

/** The countries to choose from: with the Soviet Union folded into Russia, no Soviet Union, and Russia named so. */
export function countryChoices(countries: readonly CountrySummary[], mergeSoviet: boolean): CountrySummary[] {
  if (!mergeSoviet) return [...countries];
  const fold = countryFolder(true);
  const nameOf = countryNamer(countries, true);
  return countries.filter((c) => fold(c.id) === c.id).map((c) => ({ ...c, name: nameOf(c.id) }));
}

export function hasFilters(view: DealsView): boolean {
  return (
    view.suppliers.length + view.recipients.length + view.categories.length + view.statuses.length > 0 ||
    view.supplierRegion !== null ||
    view.recipientRegion !== null ||
    view.q.trim() !== '' ||
    view.from !== null ||
    view.to !== null
  );
}
