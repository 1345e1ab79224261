import { NO_REGION_ID, type SharesGroup } from '../src/api/contract.ts';
import type { FlowsCountry } from './dataset/schema.ts';

/**
 * SIPRI's regions and subregions in the API: one rule for what a region holds, used by /shares (its rows by region)
 * and /deals (its region filters), so a region's deals are exactly those behind its value. A country is in the region
 * and subregion the dataset gives it; organisations and unknown parties are in none (NO_REGION_ID).
 */

type Placed = Pick<FlowsCountry, 'region' | 'subregion'>;

/** A country's row in a ranking by region or subregion: the name of its region, or NO_REGION_ID. */
export function regionRowOf(country: Placed, group: SharesGroup): string {
  return country[group] ?? NO_REGION_ID;
}

/** Whether a country is in one of the regions or subregions named (NO_REGION_ID: in none). */
export function inRegions(country: Placed, names: readonly string[]): boolean {
  return names.includes(regionRowOf(country, 'region')) || names.includes(regionRowOf(country, 'subregion'));
}

/** Every name a region filter takes: the regions, then the subregions (the Middle East is both), then NO_REGION_ID. */
export function regionNames(countries: readonly Placed[]): string[] {
  const names = (group: SharesGroup) => [...new Set(countries.flatMap((c) => (c[group] ? [c[group]] : [])))].sort();
  return [...new Set([...names('region'), ...names('subregion'), NO_REGION_ID])];
}
