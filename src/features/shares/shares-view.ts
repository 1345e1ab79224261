import type { SharesGroup } from '../../api/contract.ts';
import { sharesFilters as seriesFilters, type SharesFilters } from '../../api/get-shares.ts';
import { ALL_WEAPONS, type WeaponLens } from '../../domain/weapon-lens.ts';
import { UrlParamReader } from '../../lib/url-params.ts';
import { lensQuery, readLens, writeLens } from '../lens/lens-view.ts';

/**
 * The state of the share explorer, all of it in the URL. Parsed once into a typed view with a default per
 * field; written back with only the values that differ from the defaults, so shared links stay short.
 */

export const PERSPECTIVES = ['recipient', 'supplier', 'importers', 'exporters'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
/** `bars`: the period's shares as ranked bars, as SIPRI's fact sheets draw the world's largest importers and exporters. */
export const MEASURES = ['bars', 'share', 'tiv', 'lines'] as const;
export type Measure = (typeof MEASURES)[number];
export const TOP_CHOICES = [3, 5, 8, 10, 15];

export interface SharesView {
  perspective: Perspective;
  /** The recipient or supplier looked at; null for the world rankings. */
  country: string | null;
  /** World rankings only: rows are SIPRI's regions or subregions rather than countries. */
  group: SharesGroup | null;
  /** Which weapons every value counts. */
  lens: WeaponLens;
  /** null: the first or last year of the data. */
  from: number | null;
  to: number | null;
  measure: Measure;
  window: 1 | 5;
  /** How many of the largest rows are drawn on their own; the rest is "Other". */
  top: number;
  /** Rows always drawn on their own, whatever their rank (when they have any TIV in the years shown). */
  pinned: string[];
  /** Rows hidden from the chart by the legend. */
  hidden: string[];
  mergeSoviet: boolean;
  /** Press-reported events drawn on the chart. */
  events: boolean;
  tab: SharesTab;
}

export const SHARES_TABS = ['chart', 'table', 'map'] as const;
export type SharesTab = (typeof SHARES_TABS)[number];

export const DEFAULT_VIEW: SharesView = {
  perspective: 'recipient',
  country: 'IND',
  group: null,
  lens: ALL_WEAPONS,
  from: null,
  to: null,
  measure: 'share',
  window: 1,
  top: 5,
  pinned: ['RUS', 'USA'],
  hidden: [],
  mergeSoviet: true,
  events: true,
  tab: 'chart',
};

/**
 * The settings whose default depends on what is looked at. A country's suppliers: a stack of the top 5, with Russia and
 * the United States drawn out whatever their rank (the comparison this site is asked for most). Whom a country
 * supplied: the top 5, nothing pinned (Russia and the United States as recipients say nothing). The world's rankings:
 * ranked bars of the top 10, as SIPRI's fact sheets show them.
 */
export function perspectiveDefaults(perspective: Perspective): Pick<SharesView, 'measure' | 'top' | 'pinned'> {
  switch (perspective) {
    case 'recipient':
      return { measure: DEFAULT_VIEW.measure, top: DEFAULT_VIEW.top, pinned: DEFAULT_VIEW.pinned };
    case 'supplier':
      return { measure: DEFAULT_VIEW.measure, top: DEFAULT_VIEW.top, pinned: [] };
    case 'importers':
    case 'exporters':
      return { measure: 'bars', top: 10, pinned: [] };
  }
}

export const GROUPS = ['region', 'subregion'] as const satisfies readonly SharesGroup[];

export interface ViewContext {
  countryIds: ReadonlySet<string>;
  /** The row ids of a ranking by region or subregion: SIPRI's names, as /countries gives them, and NO_REGION_ID. */
  groupRows: Readonly<Record<SharesGroup, ReadonlySet<string>>>;
  /** SIPRI's armament categories, as /meta lists them. */
  categories: readonly string[];
  firstYear: number;
  lastYear: number;
}

export interface ParsedView {
  view: SharesView;
  /** One sentence per value that was dropped, for the notice. */
  notices: string[];
}

export function parseSharesView(search: URLSearchParams, context: ViewContext): ParsedView {
  const params = new UrlParamReader(search);
  const isCountry = (id: string) => context.countryIds.has(id);
  const country = (key: string) => {
    const id = params.raw(key);
    if (id === null || isCountry(id)) return id;
    params.drop(key, 'not a country in the data.');
    return null;
  };
  const recipient = country('recipient');
  const supplier = country('supplier');
  if (recipient && supplier) params.drop('supplier', 'a view shows a recipient or a supplier, not both.');
  const ranking = recipient || supplier ? null : params.oneOf('ranking', ['importers', 'exporters'], null);
  const perspective: Perspective = recipient ? 'recipient' : supplier ? 'supplier' : (ranking ?? 'recipient');
  const world = perspective === 'importers' || perspective === 'exporters';
  const group = world ? params.oneOf('group', GROUPS, null) : null;
  if (!world && params.raw('group') !== null) params.drop('group', 'regions group the world’s importers or exporters (ranking=importers or ranking=exporters), not a country’s partners.');
  // A row is a country, or a region's (subregion's) name.
  const isRow = group ? (id: string) => context.groupRows[group].has(id) : isCountry;

  const defaults = perspectiveDefaults(perspective);
  const view: SharesView = {
    perspective,
    country: recipient ?? supplier ?? (perspective === 'recipient' ? DEFAULT_VIEW.country : null),
    group,
    lens: readLens(params, context.categories),
    ...params.years(context.firstYear, context.lastYear),
    measure: params.oneOf('measure', MEASURES, defaults.measure),
    window: params.choice('window', [1, 5], DEFAULT_VIEW.window),
    top: params.choice('top', TOP_CHOICES, defaults.top),
    pinned: params.list('pin', isRow, defaults.pinned),
    hidden: params.list('hide', (id) => id === 'other' || isRow(id)),
    mergeSoviet: params.oneOf('ussr', ['separate', 'together'], 'together') === 'together',
    events: params.oneOf('events', ['hide', 'show'], 'show') === 'show',
    tab: params.oneOf('tab', SHARES_TABS, DEFAULT_VIEW.tab),
  };
  return { view, notices: params.finish() };
}

/** The URL of a view: only what differs from the defaults. */
export function sharesViewSearch(view: SharesView): URLSearchParams {
  const search = new URLSearchParams();
  if (view.perspective === 'recipient' && view.country && view.country !== DEFAULT_VIEW.country) search.set('recipient', view.country);
  if (view.perspective === 'supplier' && view.country) search.set('supplier', view.country);
  if (view.perspective === 'importers' || view.perspective === 'exporters') {
    search.set('ranking', view.perspective);
    if (view.group) search.set('group', view.group);
  }
  writeLens(search, view.lens);
  if (view.from !== null) search.set('from', String(view.from));
  if (view.to !== null) search.set('to', String(view.to));
  const defaults = perspectiveDefaults(view.perspective);
  if (view.measure !== defaults.measure) search.set('measure', view.measure);
  if (view.window !== DEFAULT_VIEW.window) search.set('window', String(view.window));
  if (view.top !== defaults.top) search.set('top', String(view.top));
  if (!sameList(view.pinned, defaults.pinned)) search.set('pin', view.pinned.join(','));
  if (view.hidden.length) search.set('hide', view.hidden.join(','));
  if (!view.mergeSoviet) search.set('ussr', 'separate');
  if (!view.events) search.set('events', 'hide');
  if (view.tab !== DEFAULT_VIEW.tab) search.set('tab', view.tab);
  return search;
}

/**
 * The API query behind a view: every year of the country's (or the world's) series, yearly, through the view's lens.
 * The view's years and window are cut from that answer on the client (sharesOverYears), so moving the slider asks the
 * API nothing, filtered or not: the lens is applied once per query.
 */
export function sharesFilters(view: SharesView): SharesFilters {
  const world = view.perspective === 'importers' || view.perspective === 'exporters';
  return seriesFilters({
    recipient: view.perspective === 'recipient' ? view.country : null,
    supplier: view.perspective === 'supplier' ? view.country : null,
    by: world ? (view.perspective === 'importers' ? 'recipient' : 'supplier') : null,
    group: world ? view.group : null,
    mergeSoviet: view.mergeSoviet,
    ...lensQuery(view.lens),
  });
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

