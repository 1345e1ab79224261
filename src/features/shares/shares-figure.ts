import type { CountrySummary, Meta, SharesResponse } from '../../api/contract.ts';
import { asShareOfYear, shareChartData } from '../../domain/share-chart.ts';
import { sharesOverYears } from '../../domain/share-years.ts';
import { groupRowIds } from './regions.ts';
import type { SharesView, ViewContext } from './shares-view.ts';

/**
 * What a share view draws, from the API's answer for every year: the years and window cut from it, the rows drawn out
 * (the rest as "Other"), what is drawn (TIV, or shares of each year's total), each year's total, and how many rows the
 * bars' "Other" sums. One chain for the explorer and its embed.
 */
export function sharesChart(series: SharesResponse, view: Pick<SharesView, 'window' | 'top' | 'pinned' | 'measure'>, from: number, to: number) {
  const shares = sharesOverYears(series, from, to, view.window);
  const tiv = shareChartData(shares, view.top, view.pinned);
  const drawn = view.measure === 'share' ? asShareOfYear(tiv, shares.years) : tiv;
  const totals: ReadonlyMap<number, number> = new Map(shares.years.map((y) => [y.year, y.total]));
  // "Other" of the bars: every row with TIV in the period that is not drawn out.
  const otherCount = shares.rows.filter((row) => row.tiv > 0).length - tiv.series.filter((s) => s.id !== 'other').length;
  return { shares, tiv, drawn, totals, otherCount };
}

/** Whose press-reported events a view marks: its country's, and the Soviet Union's with Russia's where they are one. */
export function eventCountriesOf(view: Pick<SharesView, 'country' | 'mergeSoviet'>): string[] {
  if (!view.country) return [];
  return view.country === 'RUS' && view.mergeSoviet ? ['RUS', 'SUN'] : [view.country];
}

/**
 * Whose deliveries a row sums (`role`: a recipient's suppliers, a supplier's recipients, the world's importers or
 * exporters), what the rows are (`row`: the role, or a region or subregion) and what the ranked bars call them
 * (`ranked`: "importer", "exporter", the region, or the role).
 */
export function rowNounsOf(view: Pick<SharesView, 'perspective' | 'group'>): { role: 'supplier' | 'recipient'; row: string; ranked: string } {
  const role = view.perspective === 'recipient' || view.perspective === 'exporters' ? 'supplier' : 'recipient';
  const ranked = view.perspective === 'importers' || view.perspective === 'exporters' ? view.perspective.slice(0, -1) : role;
  return { role, row: view.group ?? role, ranked: view.group ?? ranked };
}

/** Whose deliveries a view counts, within a sentence: "to India", "from Russia"; null for the world. */
export function scopePhrase(view: Pick<SharesView, 'country' | 'perspective'>, nameOf: (id: string) => string): string | null {
  return view.country ? `${view.perspective === 'supplier' ? 'from' : 'to'} ${nameOf(view.country)}` : null;
}

/** What the URL of a share view is read against: the countries, categories and years of the data. */
export function sharesViewContext(meta: Meta, countries: readonly CountrySummary[]): ViewContext {
  return {
    countryIds: new Set(countries.map((c) => c.id)),
    groupRows: groupRowIds(countries),
    categories: meta.categories,
    firstYear: meta.firstYear,
    lastYear: meta.lastYear,
  };
}
