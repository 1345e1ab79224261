import { regionRowOf } from '../../../core/regions.ts';
import { NO_REGION_ID, type CountrySummary, type SharesGroup } from '../../api/contract.ts';

/**
 * The world rankings by SIPRI region or subregion: which rows there can be, which countries a row holds, and the
 * sentences that say so. What a region holds is the API's rule (core/regions.ts), over /countries' `region` and
 * `subregion`.
 */

/** The row ids of a ranking by region and by subregion: each name /countries gives, and the row of no region. */
export function groupRowIds(countries: readonly CountrySummary[]): Record<SharesGroup, Set<string>> {
  const ids = (group: SharesGroup) => new Set([...countries.map((c) => regionRowOf(c, group)), NO_REGION_ID]);
  return { region: ids('region'), subregion: ids('subregion') };
}

/**
 * The countries whose deliveries a region's row sums, in the role the ranking counts (recipients for the importers,
 * suppliers for the exporters): those of the region with deals in that role; for NO_REGION_ID, the organisations and
 * unknown parties. In the order given (by name). The deals themselves come from the API's region filter.
 */
export function regionMembers(
  countries: readonly CountrySummary[],
  group: SharesGroup,
  rowId: string,
  role: 'recipient' | 'supplier',
): CountrySummary[] {
  return countries.filter((c) => regionRowOf(c, group) === rowId && (role === 'recipient' ? c.receives : c.supplies));
}

/** What a region's deals are, above their list: "Deliveries to the 49 recipients SIPRI places in Europe". */
export function membersSummary(group: SharesGroup, rowId: string, role: 'recipient' | 'supplier', count: number): string {
  const direction = role === 'recipient' ? 'to' : 'from';
  const parties = `${count === 1 ? 'the' : `the ${count}`} ${role}${count === 1 ? '' : 's'}`;
  return rowId === NO_REGION_ID
    ? `Deliveries ${direction} ${parties} SIPRI places in no ${group} (organisations, unknown parties)`
    : `Deliveries ${direction} ${parties} SIPRI places in ${withArticle(rowId)}`;
}

/** SIPRI's regions and subregions within a sentence: "the Americas", "the Middle East", "South Asia". */
function withArticle(region: string): string {
  return region === 'Americas' || region === 'Middle East' ? `the ${region}` : region;
}

/** Under a chart, map or picture by region: whose region is whose, as the dataset's build assigns them. */
export function groupNote(group: SharesGroup): string {
  return group === 'region'
    ? 'Regions are SIPRI’s five: a former state counts in its successors’ region (the Soviet Union in Europe), an armed group in its country’s; organisations and unknown parties are in no region.'
    : 'Subregions are SIPRI’s: a former state counts in its successors’ subregion (the Soviet Union in Eastern Europe), an armed group in its country’s; organisations and unknown parties are in none.';
}
