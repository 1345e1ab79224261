import type { Allocation, TimelineEvent } from '../../api/contract.ts';
import { timingNote } from '../../domain/allocation-notes.ts';
import { chartNotes, formatYears } from '../../domain/format.ts';
import { capitalize, lensFlow, lensLabel, lensNote, lensWords } from '../../domain/weapon-lens.ts';
import type { PairsView } from './pairs-view.ts';

/**
 * What a pair view is, in words, from its URL state alone: its title, the description a link preview and a search
 * engine show, and the summary on its settings button. The server's page head (server/page-head.ts) says the same.
 */

/** "Arms deliveries and orders between country pairs, 1950–2025". */
export function pairsTitle(view: PairsView, years: string): string {
  return `${capitalize(lensFlow(view.lens, view.orders ? 'deliveries and orders' : 'deliveries'))} between country pairs, ${years}`;
}

/**
 * Where the view shows events and its pairs have none, or none in these years, the sentence in the events list's place
 * (a "Show events" switch that changes nothing must say why); null while the events load or where some are shown.
 * `pairEvents`: the pairs' events in every year, undefined while they load.
 */
export function pairsNoEvents(view: PairsView, years: string, pairEvents: readonly TimelineEvent[] | undefined, shown: readonly TimelineEvent[]): string | null {
  if (!view.events || !pairEvents || shown.length) return null;
  return `No press-reported events are recorded for ${view.pairs.length === 1 ? 'this pair' : 'these pairs'}${pairEvents.length ? ` in ${years}` : ''}.`;
}

/** "Russia (incl. Soviet Union) → India; United States → India: SIPRI TIV delivered each year, and ordered by year of order. …" */
export function pairsDescription(view: PairsView, nameOf: (id: string) => string, years: string, release: string): string {
  const pairs = view.pairs.map((p) => `${nameOf(p.supplier)} → ${nameOf(p.recipient)}`).join('; ');
  const measure = view.measure === 'units' ? 'Units (weapons)' : 'SIPRI trend-indicator values (TIV, a volume index, not US dollars)';
  const orders = view.orders ? ', and ordered by year of order' : '';
  return `${pairsTitle(view, years)}. ${pairs}: ${measure} delivered each year${orders}. SIPRI Arms Transfers Database, ${release} release.`;
}

/** The settings button's summary: "4 pairs, 1950–2025, TIV, with orders"; "1 pair, aircraft, “helicopter”, 1965–2025, units". */
export function pairsSettingsSummary(view: PairsView, from: number, to: number): string {
  return [
    `${view.pairs.length} ${view.pairs.length === 1 ? 'pair' : 'pairs'}`,
    lensWords(view.lens),
    formatYears(from, to),
    view.measure === 'units' ? 'units' : 'TIV',
    view.window === 5 ? 'five-year sums' : null,
    view.orders ? 'with orders' : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * What a pair chart says around it, in the explorer and in an embed alike: its unit, what is measured (`measured`
 * takes how orders are drawn, which the table does not say), the subtitle naming the weapons counted, why orders lead
 * deliveries, and the notes (what TIV is, the Soviet Union, how the years were made, the source and release).
 */
export function pairsFigureText(view: PairsView, period: { from: number; to: number }, allocation: Allocation, source: string) {
  const counted = lensLabel(view.lens);
  const units = view.measure === 'units';
  const rolling = view.window === 5 ? ', rolling five-year sums' : '';
  const unitLabel = `${units ? 'Units (weapons)' : 'TIV (millions)'}${rolling}`;
  const measured = (ordersDrawn: string) =>
    `${units ? 'Units (number of weapons)' : 'SIPRI TIV (millions)'} delivered${view.orders ? `, and ordered by year of order${ordersDrawn}` : ''}${rolling}`;
  // The chart's name and the picture's subtitle; the caption has the lens's note instead.
  const subtitle = `${measured(' (dashed)')}${counted ? `; ${counted}` : ''}`;
  // Said only where orders are drawn.
  const ordersNote = !view.orders
    ? ''
    : units
    ? 'Orders count a deal’s weapons in its year of order; deliveries count them in the years they arrived (allocated as the TIV is), so orders lead deliveries.'
    : 'Orders count a deal’s whole TIV in its year of order; deliveries spread it over the years the weapons arrived, so orders lead deliveries.';
  const notes = [lensNote(view.lens), chartNotes(source, view.mergeSoviet, timingNote(allocation, period.from, period.to))].filter(Boolean).join(' ');
  return { counted, units, unitLabel, measured, subtitle, ordersNote, notes };
}
