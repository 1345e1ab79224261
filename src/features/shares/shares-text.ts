import { formatYears } from '../../domain/format.ts';
import { lensFlow, lensWeapons, lensWords } from '../../domain/weapon-lens.ts';
import type { SharesView } from './shares-view.ts';

/**
 * What a share view is, in words, from its URL state alone: its title, the description a link preview and a search
 * engine show, and the summary on its settings button. The server's page head (server/page-head.ts) says the same.
 */

/** The view's title, naming the weapons it counts: "Who supplied India’s aircraft imports, 2011–2025". */
export function sharesTitle(view: SharesView, nameOf: (id: string) => string, years: string): string {
  switch (view.perspective) {
    case 'recipient':
      return `Who supplied ${nameOf(view.country ?? '')}’s ${lensFlow(view.lens, 'imports')}, ${years}`;
    case 'supplier':
      return `Whom ${nameOf(view.country ?? '')} supplied with ${lensWeapons(view.lens)}, ${years}`;
    case 'importers':
      return `The world’s largest ${lensFlow(view.lens, 'importers')}, ${years}`;
    case 'exporters':
      return `The world’s largest ${lensFlow(view.lens, 'exporters')}, ${years}`;
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
  const rows = { recipient: 'supplier', supplier: 'recipient', importers: 'importer', exporters: 'exporter' }[view.perspective];
  const window = view.window === 5 && view.measure !== 'bars' ? ', summed over rolling five-year windows' : '';
  return `${sharesTitle(view, nameOf, years)}: each ${rows}’s part, ${DRAWN[view.measure]}${window}, in SIPRI trend-indicator values (TIV), a volume index, not US dollars. SIPRI Arms Transfers Database, ${release} release.`;
}

const MEASURE_WORDS: Record<SharesView['measure'], string> = { bars: 'ranked bars', share: 'shares', tiv: 'TIV', lines: 'lines' };

/** The settings button's summary: "India, 1950–2025, shares, top 5"; "Russia as supplier, aircraft, 2016–2025, TIV, top 5". */
export function sharesSettingsSummary(view: SharesView, nameOf: (id: string) => string, from: number, to: number): string {
  const looked = {
    recipient: nameOf(view.country ?? ''),
    supplier: `${nameOf(view.country ?? '')} as supplier`,
    importers: 'world’s importers',
    exporters: 'world’s exporters',
  }[view.perspective];
  const window = view.window === 5 && view.measure !== 'bars' ? 'five-year sums' : null;
  return [looked, lensWords(view.lens), formatYears(from, to), MEASURE_WORDS[view.measure], window, `top ${view.top}`].filter(Boolean).join(', ');
}
