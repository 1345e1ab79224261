import type { SharesResponse, TransfersResponse } from '../src/api/contract.ts';
import { sharesParams } from '../src/api/get-shares.ts';
import { transfersParams } from '../src/api/get-transfers.ts';
import { countryNamer } from '../src/domain/country-names.ts';
import { OTHER_SERIES } from '../src/domain/focus-series.ts';
import { formatYears } from '../src/domain/format.ts';
import { noMatchSentence } from '../src/domain/weapon-lens.ts';
import { toSearchParams } from '../src/lib/api-client.ts';
import { SITE_NAME } from '../src/lib/use-page-title.ts';
import { nothingToDraw, pairChartData, pairKeys } from '../src/features/pairs/pair-chart-data.ts';
import { PAIR_COLORS } from '../src/features/pairs/pairs-chart.tsx';
import { pairsFigureText, pairsTitle } from '../src/features/pairs/pairs-text.ts';
import { pairsViewContext, parsePairsView, transfersFilters } from '../src/features/pairs/pairs-view.ts';
import { otherRowsLine } from '../src/features/shares/ranked-bars.tsx';
import { rowNounsOf, scopePhrase, sharesChart, sharesViewContext } from '../src/features/shares/shares-figure.ts';
import { sharesFigureText, sharesTitle } from '../src/features/shares/shares-text.ts';
import { parseSharesView, sharesFilters } from '../src/features/shares/shares-view.ts';
import type { Picture } from './picture-svg.ts';
import type { ReferenceData } from './reference-data.ts';
import type { PictureView } from './view-pictures.ts';

/**
 * What a view's picture draws, from its canonical view: the explorer's parser reads it, the API core is asked the
 * query the explorer asks (sharesParams, transfersParams), and the explorer's own functions make the chart's data,
 * title, subtitle and unit. Null where the API does not answer.
 */
export async function viewPicture(
  { page, search }: PictureView,
  { meta, countries }: ReferenceData,
  json: <T>(pathAndQuery: string) => Promise<T | null>,
): Promise<Picture | null> {
  const release = meta.source.release;
  // The source and release under every picture, and what TIV is under every picture that shows TIV.
  const sourceLine = (showsTiv: boolean) =>
    `${meta.source.database}, ${release} release${showsTiv ? '; TIV (SIPRI trend-indicator values, millions), not US dollars' : ''}`;
  const source = sourceLine(true);

  if (page === 'shares') {
    const frame = { site: SITE_NAME, source };
    const { view } = parseSharesView(search, sharesViewContext(meta, countries));
    const series = await json<SharesResponse>(`/shares?${toSearchParams(sharesParams(sharesFilters(view)))}`);
    if (!series) return null;
    const from = view.from ?? meta.firstYear;
    const to = view.to ?? meta.lastYear;
    const nameOf = countryNamer(countries, view.mergeSoviet);
    const title = sharesTitle(view, nameOf, formatYears(from, to));
    const { shares, tiv, drawn, otherCount } = sharesChart(series, view, from, to);
    const hidden = tiv.series.filter((s) => view.hidden.includes(s.id));
    const { unitLabel, subtitle } = sharesFigureText(view, shares, hidden, meta.allocation, source);
    if (shares.total === 0) {
      return { ...frame, title, subtitle, legend: [], chart: { kind: 'empty', message: noMatchSentence(view.lens, scopePhrase(view, nameOf) ?? '', formatYears(shares.from, shares.to)) } };
    }
    if (view.measure === 'bars') {
      const other = tiv.series.find((s) => s.id === OTHER_SERIES.id);
      const bars = tiv.series.filter((s) => s.id !== OTHER_SERIES.id);
      return { ...frame, title, subtitle, legend: [], chart: { kind: 'bars', bars, otherLine: other ? otherRowsLine(other, otherCount, `${rowNounsOf(view).ranked}s`) : null } };
    }
    const shown = drawn.series.filter((s) => !view.hidden.includes(s.id));
    const years = drawn.points.map((p) => p.year);
    const chartSeries = shown.map((s) => ({ name: s.name, color: s.color, values: drawn.points.map((p) => p[s.id] ?? 0) }));
    const format = view.measure === 'share' ? 'share' : 'tiv';
    const unit = view.measure === 'share' ? '' : unitLabel;
    return {
      ...frame,
      title,
      subtitle,
      legend: shown.map(({ name, color }) => ({ name, color })),
      chart: view.measure === 'lines' ? { kind: 'lines', years, series: chartSeries, format, unit } : { kind: 'stack', years, series: chartSeries, format, unit },
    };
  }

  const { view } = parsePairsView(search, pairsViewContext(meta, countries));
  const transfers = await json<TransfersResponse>(`/transfers?${toSearchParams(transfersParams(transfersFilters(view)))}`);
  if (!transfers) return null;
  const from = view.from ?? meta.firstYear;
  const to = view.to ?? meta.lastYear;
  const years = formatYears(from, to);
  const nameOf = countryNamer(countries, view.mergeSoviet);
  const title = pairsTitle(view, years);
  const { unitLabel, subtitle } = pairsFigureText(view, { from, to }, meta.allocation, source);
  const data = pairChartData(transfers, view.pairs, nameOf, view.mergeSoviet);
  const frame = { site: SITE_NAME, source: sourceLine(view.measure !== 'units') };
  const legend = data.series.map((s, i) => ({ name: s.label, color: PAIR_COLORS[i % PAIR_COLORS.length]! }));
  const empty = nothingToDraw(data, { measure: view.measure, orders: view.orders, lens: view.lens, years });
  if (empty) return { ...frame, title, subtitle, legend: [], chart: { kind: 'empty', message: empty } };
  const pointYears = data.points.map((p) => p.year);
  const series = data.series.flatMap((s, i) => {
    const keys = pairKeys(s.key, view.measure);
    const color = legend[i]!.color;
    const delivered = { name: s.label, color, values: data.points.map((p) => p[keys.delivered] ?? 0) };
    return view.orders ? [delivered, { name: s.label, color, dashed: true, values: data.points.map((p) => p[keys.ordered] ?? 0) }] : [delivered];
  });
  return { ...frame, title, subtitle, legend, chart: { kind: 'lines', years: pointYears, series, format: view.measure === 'units' ? 'count' : 'tiv', unit: unitLabel } };
}
