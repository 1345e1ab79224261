import type { Allocation, TimelineEvent } from '../../api/contract.ts';
import { timingNote } from '../../domain/allocation-notes.ts';
import type { StackedSeries } from '../../domain/focus-series.ts';
import { chartNotes, formatYears } from '../../domain/format.ts';
import { lensFlow, lensLabel, lensNote, lensWeapons, lensWords } from '../../domain/weapon-lens.ts';
import { groupNote } from './regions.ts';
import { inSentence, possessiveOf } from '../../domain/country-names.ts';
import type { SharesView } from './shares-view.ts';

/**
 * What a share view is, in words, from its URL state alone: its title, the description a link preview and a search
 * engine show, and the summary on its settings button. The server's page head (server/page-head.ts) says the same.
 */

/**
 * Where the chart shows events and its country has none, or none in these years, the sentence in the events list's
 * place (a "Show events" switch that changes nothing must say why); null while the events load or where some are
 * shown. `countryEvents`: the country's events in every year, undefined while they load.
 */
export function sharesNoEvents(
  view: SharesView,
  nameOf: (id: string) => string,
  years: string,
  countryEvents: readonly TimelineEvent[] | undefined,
  shown: readonly TimelineEvent[],
): string | null {
  if (!view.events || !view.country || view.measure === 'bars' || !countryEvents || shown.length) return null;
  return `No press-reported events are recorded for ${nameOf(view.country)}${countryEvents.length ? ` in ${years}` : ''}.`;
}

/**
 * The view's title, naming the weapons it counts: "Who supplied India’s aircraft imports, 2011–2025", "The world’s arms
 * imports by region, 2021–2025".
 */
export function sharesTitle(view: SharesView, nameOf: (id: string) => string, years: string): string {
  switch (view.perspective) {
    case 'recipient':
      return `Who supplied ${possessiveOf(nameOf(view.country ?? ''))} ${lensFlow(view.lens, 'imports')}, ${years}`;
    case 'supplier':
      return `Whom ${inSentence(nameOf(view.country ?? ''))} supplied with ${lensWeapons(view.lens)}, ${years}`;
    case 'importers':
      return view.group ? `The world’s ${lensFlow(view.lens, 'imports')} by ${view.group}, ${years}` : `The world’s largest ${lensFlow(view.lens, 'importers')}, ${years}`;
    case 'exporters':
      return view.group ? `The world’s ${lensFlow(view.lens, 'exports')} by ${view.group}, ${years}` : `The world’s largest ${lensFlow(view.lens, 'exporters')}, ${years}`;
  }
}

const DRAWN: Record<SharesView['measure'], string> = {
  bars: 'ranked by their share of the period’s total',
  share: 'as shares of each year’s total',
  tiv: 'in stacked yearly volumes',
  lines: 'as yearly lines',
};

/**
 * "Who supplied India’s arms imports, 2011–2025: the share of each supplier, as shares of each year’s total, in SIPRI
 * trend-indicator values (TIV), a volume index, not US dollars. SIPRI Arms Transfers Database, March 2026 release."
 */
export function sharesDescription(view: SharesView, nameOf: (id: string) => string, years: string, release: string): string {
  const rows = view.group ?? { recipient: 'supplier', supplier: 'recipient', importers: 'importer', exporters: 'exporter' }[view.perspective];
  const window = view.window === 5 && view.measure !== 'bars' ? ', summed over rolling five-year windows' : '';
  return `${sharesTitle(view, nameOf, years)}: each ${rows}’s part, ${DRAWN[view.measure]}${window}, in SIPRI trend-indicator values (TIV), a volume index, not US dollars. SIPRI Arms Transfers Database, ${release} release.`;
}

const MEASURE_WORDS: Record<SharesView['measure'], string> = { bars: 'ranked bars', share: 'shares', tiv: 'TIV', lines: 'lines' };

/** The settings button's summary: "India, 1950–2025, shares, top 5"; "Russia as supplier, aircraft, 2016–2025, TIV, top 5". */
export function sharesSettingsSummary(view: SharesView, nameOf: (id: string) => string, from: number, to: number): string {
  const looked = {
    recipient: nameOf(view.country ?? ''),
    supplier: `${nameOf(view.country ?? '')} as supplier`,
    importers: `world’s importers${view.group ? ` by ${view.group}` : ''}`,
    exporters: `world’s exporters${view.group ? ` by ${view.group}` : ''}`,
  }[view.perspective];
  const window = view.window === 5 && view.measure !== 'bars' ? 'five-year sums' : null;
  return [looked, lensWords(view.lens), formatYears(from, to), MEASURE_WORDS[view.measure], window, `top ${view.top}`].filter(Boolean).join(', ');
}

/**
 * What a share chart says around it, in the explorer and in an embed alike: its unit, what is measured (the subtitle
 * names the weapons counted), the notes under it and in its picture (what TIV is, the Soviet Union, how the years
 * were made, the source and release), and the series hidden from it.
 */
export function sharesFigureText(
  view: SharesView,
  period: { from: number; to: number },
  hiddenSeries: readonly StackedSeries[],
  allocation: Allocation,
  source: string,
) {
  const counted = lensLabel(view.lens);
  const unitLabel = view.window === 5 ? 'TIV (millions), rolling five-year sums' : 'TIV (millions)';
  // With rolling sums a value is five years' deliveries, and its share one of those five years' total.
  const ofEach = view.window === 5 ? 'each five years’ total' : 'each year’s total';
  const measured =
    view.measure === 'bars'
      ? `Share of the ${formatYears(period.from, period.to)} total, SIPRI TIV (millions), largest first`
      : `${view.measure === 'share' ? `Share of ${ofEach}` : 'SIPRI TIV (millions)'}${view.window === 5 ? ', rolling five-year sums' : ''}`;
  // Every figure names the weapons it counts: the subtitle (chart, picture) and the notes (caption, picture).
  const subtitle = counted ? `${measured}; ${counted}` : measured;
  // By region, the Soviet Union is in Europe either way: the notes say where SIPRI puts whom instead.
  const notes = [lensNote(view.lens), view.group && groupNote(view.group), chartNotes(source, view.group ? null : view.mergeSoviet, timingNote(allocation, period.from, period.to))]
    .filter(Boolean)
    .join(' ');
  const hiddenNote = view.measure === 'bars' ? null : hiddenSeriesNote(hiddenSeries, view.measure);
  return { counted, unitLabel, ofEach, measured, subtitle, notes, hiddenNote };
}

/**
 * The series hidden from the chart, in words: without them a stack of shares does not reach 100 %, and a downloaded
 * picture has no legend buttons to show that they are off.
 */
function hiddenSeriesNote(off: readonly StackedSeries[], measure: Exclude<SharesView['measure'], 'bars'>): string | null {
  if (!off.length) return null;
  const names = off.map((s) => s.name).join(', ');
  const left = off.length === 1 ? 'its' : 'their';
  const drawn = {
    share: `the stack leaves out ${left} share of the total, so it does not reach 100 %.`,
    tiv: `the stack leaves out ${left} TIV, so it is lower than the total.`,
    lines: `${left} ${off.length === 1 ? 'line is' : 'lines are'} not drawn.`,
  }[measure];
  return `Hidden in this view: ${names}; ${drawn}`;
}
