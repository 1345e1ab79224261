import type { SharesFilters } from '../../api/get-shares.ts';

/**
 * The state of the share explorer, all of it in the URL. Parsed once into a typed view with a default per
 * field; written back with only the values that differ from the defaults, so shared links stay short.
 */

export const PERSPECTIVES = ['recipient', 'supplier', 'importers', 'exporters'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];
export const MEASURES = ['share', 'tiv', 'lines'] as const;
export type Measure = (typeof MEASURES)[number];
export const TOP_CHOICES = [3, 5, 8, 10, 15] as const;

export interface SharesView {
  perspective: Perspective;
  /** The recipient or supplier looked at; null for the world rankings. */
  country: string | null;
  /** null: the first or last year of the data. */
  from: number | null;
  to: number | null;
  measure: Measure;
  window: 1 | 5;
  /** How many of the largest rows are drawn on their own; the rest is "Other". */
  top: number;
  /** Rows always drawn on their own, whatever their rank. */
  pinned: string[];
  /** Rows hidden from the chart by the legend. */
  hidden: string[];
  mergeSoviet: boolean;
  tab: 'chart' | 'table';
}

export const DEFAULT_VIEW: SharesView = {
  perspective: 'recipient',
  country: 'IND',
  from: null,
  to: null,
  measure: 'share',
  window: 1,
  top: 5,
  pinned: ['RUS', 'USA'],
  hidden: [],
  mergeSoviet: true,
  tab: 'chart',
};

export interface ViewContext {
  countryIds: ReadonlySet<string>;
  firstYear: number;
  lastYear: number;
}

export interface ParsedView {
  view: SharesView;
  /** One sentence per value that was dropped, for the notice. */
  notices: string[];
}

const YEAR = /^\d{4}$/;

export function parseSharesView(search: URLSearchParams, context: ViewContext): ParsedView {
  const notices: string[] = [];
  const drop = (key: string, why: string) => notices.push(`Ignored ${key}=“${truncate(search.get(key) ?? '')}”: ${why}`);
  const view: SharesView = { ...DEFAULT_VIEW, pinned: [...DEFAULT_VIEW.pinned] };

  const country = (key: string) => {
    const id = search.get(key);
    if (id === null) return null;
    if (context.countryIds.has(id)) return id;
    drop(key, 'not a country in the data.');
    return null;
  };
  const ranking = search.get('ranking');
  const recipient = country('recipient');
  const supplier = country('supplier');
  if (recipient) {
    view.country = recipient;
  } else if (supplier) {
    view.perspective = 'supplier';
    view.country = supplier;
  } else if (ranking === 'importers' || ranking === 'exporters') {
    view.perspective = ranking;
    view.country = null;
  } else if (ranking !== null) {
    drop('ranking', 'expected importers or exporters.');
  }
  if (recipient && supplier) drop('supplier', 'a view shows a recipient or a supplier, not both.');

  const year = (key: 'from' | 'to') => {
    const raw = search.get(key);
    if (raw === null) return null;
    const value = Number(raw);
    if (YEAR.test(raw) && value >= context.firstYear && value <= context.lastYear) return value;
    drop(key, `expected a year from ${context.firstYear} to ${context.lastYear}.`);
    return null;
  };
  view.from = year('from');
  view.to = year('to');
  if (view.from !== null && view.to !== null && view.from > view.to) {
    drop('to', `the end year comes before the start year ${view.from}.`);
    view.to = null;
  }

  const measure = search.get('measure');
  if (measure !== null) {
    if ((MEASURES as readonly string[]).includes(measure)) view.measure = measure as Measure;
    else drop('measure', `expected one of ${MEASURES.join(', ')}.`);
  }
  const window = search.get('window');
  if (window !== null) {
    if (window === '5' || window === '1') view.window = window === '5' ? 5 : 1;
    else drop('window', 'expected 1 or 5.');
  }
  const top = search.get('top');
  if (top !== null) {
    if ((TOP_CHOICES as readonly number[]).includes(Number(top))) view.top = Number(top);
    else drop('top', `expected one of ${TOP_CHOICES.join(', ')}.`);
  }
  const list = (key: 'pin' | 'hide') => {
    const raw = search.get(key);
    if (raw === null) return null;
    const ids = raw.split(',').filter(Boolean);
    const unknown = ids.filter((id) => !context.countryIds.has(id) && id !== 'other');
    if (unknown.length) drop(key, `${unknown.map((id) => `“${truncate(id)}”`).join(', ')} not in the data.`);
    return [...new Set(ids.filter((id) => !unknown.includes(id)))];
  };
  view.pinned = list('pin') ?? view.pinned;
  view.hidden = list('hide') ?? view.hidden;
  const soviet = search.get('ussr');
  if (soviet !== null) {
    if (soviet === 'separate') view.mergeSoviet = false;
    else drop('ussr', 'expected “separate” (the Soviet Union apart from Russia).');
  }
  const tab = search.get('tab');
  if (tab !== null) {
    if (tab === 'table') view.tab = 'table';
    else drop('tab', 'expected table.');
  }

  const known = new Set(['recipient', 'supplier', 'ranking', 'from', 'to', 'measure', 'window', 'top', 'pin', 'hide', 'ussr', 'tab']);
  for (const key of new Set(search.keys())) {
    if (!known.has(key)) notices.push(`Ignored “${truncate(key)}”: not a setting of this view.`);
  }
  return { view, notices };
}

/** The URL of a view: only what differs from the defaults. */
export function sharesViewSearch(view: SharesView): URLSearchParams {
  const search = new URLSearchParams();
  if (view.perspective === 'recipient' && view.country && view.country !== DEFAULT_VIEW.country) search.set('recipient', view.country);
  if (view.perspective === 'supplier' && view.country) search.set('supplier', view.country);
  if (view.perspective === 'importers' || view.perspective === 'exporters') search.set('ranking', view.perspective);
  if (view.from !== null) search.set('from', String(view.from));
  if (view.to !== null) search.set('to', String(view.to));
  if (view.measure !== DEFAULT_VIEW.measure) search.set('measure', view.measure);
  if (view.window !== DEFAULT_VIEW.window) search.set('window', String(view.window));
  if (view.top !== DEFAULT_VIEW.top) search.set('top', String(view.top));
  if (!sameList(view.pinned, DEFAULT_VIEW.pinned)) search.set('pin', view.pinned.join(','));
  if (view.hidden.length) search.set('hide', view.hidden.join(','));
  if (!view.mergeSoviet) search.set('ussr', 'separate');
  if (view.tab !== DEFAULT_VIEW.tab) search.set('tab', view.tab);
  return search;
}

/** The API query behind a view. Years that equal the data's ends are dropped so equal views share a cache entry. */
export function sharesFilters(view: SharesView, context: Pick<ViewContext, 'firstYear' | 'lastYear'>): SharesFilters {
  const world = view.perspective === 'importers' || view.perspective === 'exporters';
  return {
    recipient: view.perspective === 'recipient' ? view.country : null,
    supplier: view.perspective === 'supplier' ? view.country : null,
    by: world ? (view.perspective === 'importers' ? 'recipient' : 'supplier') : null,
    from: view.from === context.firstYear ? null : view.from,
    to: view.to === context.lastYear ? null : view.to,
    window: view.window,
    top: null,
    mergeSoviet: view.mergeSoviet,
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
