import { formatYears } from '../../domain/format.ts';
import { capitalize, lensFlow, lensWords } from '../../domain/weapon-lens.ts';
import type { PairsView } from './pairs-view.ts';

/**
 * What a pair view is, in words, from its URL state alone: its title, the description a link preview and a search
 * engine show, and the summary on its settings button. The server's page head (server/page-head.ts) says the same.
 */

/** "Arms deliveries and orders between country pairs, 1950–2025". */
export function pairsTitle(view: PairsView, years: string): string {
  return `${capitalize(lensFlow(view.lens, view.orders ? 'deliveries and orders' : 'deliveries'))} between country pairs, ${years}`;
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
