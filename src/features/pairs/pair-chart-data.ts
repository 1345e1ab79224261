import type { TransfersResponse } from '../../api/contract.ts';
import { lensFlow, noMatchSentence, type WeaponLens } from '../../domain/weapon-lens.ts';
import type { Pair, PairMeasure } from './pairs-view.ts';

export interface PairSeries extends Pair {
  key: string;
  supplierName: string;
  recipientName: string;
  /** "Russia → India" */
  label: string;
  /** TIV delivered and ordered over the years. */
  total: number;
  totalOrdered: number;
  /** Units (weapons) delivered and ordered over the years. */
  units: number;
  unitsOrdered: number;
}

export interface PairChartData {
  series: PairSeries[];
  /**
   * Per year and pair: `<key>` TIV delivered, `<key>:ordered` TIV ordered, `<key>:units` units delivered and
   * `<key>:unitsOrdered` units ordered (pairKeys names them by measure).
   */
  points: Array<{ year: number } & Record<string, number>>;
}

/** Where a pair's delivered and ordered values of a measure are in a point. */
export function pairKeys(key: string, measure: PairMeasure): { delivered: string; ordered: string } {
  return measure === 'units' ? { delivered: `${key}:units`, ordered: `${key}:unitsOrdered` } : { delivered: key, ordered: `${key}:ordered` };
}

/** A pair's totals over the years in a measure. */
export function pairTotals(series: PairSeries, measure: PairMeasure): { delivered: number; ordered: number } {
  return measure === 'units' ? { delivered: series.units, ordered: series.unitsOrdered } : { delivered: series.total, ordered: series.totalOrdered };
}

/** The pairs asked for, in their order, from a transfers answer (which may hold extra combinations). */
export function pairChartData(transfers: TransfersResponse, pairs: readonly Pair[], nameOf: (id: string) => string, mergeSoviet: boolean): PairChartData {
  const fold = (id: string) => (mergeSoviet && id === 'SUN' ? 'RUS' : id);
  const series: PairSeries[] = [];
  const points = new Map<number, { year: number } & Record<string, number>>();
  for (const pair of pairs) {
    const supplier = fold(pair.supplier);
    const recipient = fold(pair.recipient);
    const key = `${supplier}:${recipient}`;
    const found = transfers.series.find((s) => s.supplier === supplier && s.recipient === recipient);
    if (!found || series.some((s) => s.key === key)) continue;
    const supplierName = nameOf(supplier);
    const recipientName = nameOf(recipient);
    const label = `${supplierName} → ${recipientName}`;
    const { total, totalOrdered, units, unitsOrdered } = found;
    series.push({ supplier, recipient, key, supplierName, recipientName, label, total, totalOrdered, units, unitsOrdered });
    for (const point of found.points) {
      const row = points.get(point.year) ?? { year: point.year };
      row[key] = point.tiv;
      row[`${key}:ordered`] = point.ordered;
      row[`${key}:units`] = point.units;
      row[`${key}:unitsOrdered`] = point.unitsOrdered;
      points.set(point.year, row);
    }
  }
  return { series, points: [...points.values()].sort((a, b) => a.year - b.year) };
}

/**
 * Why a pair chart has nothing to draw, or null: no pair has a value in the measure (orders counting when shown).
 * Units can be missing where TIV is not: SIPRI does not give every deal's number of weapons.
 */
export function nothingToDraw(
  data: PairChartData,
  { measure, orders, lens, years }: { measure: PairMeasure; orders: boolean; lens: WeaponLens; years: string },
): string | null {
  const drawn = (m: PairMeasure) => data.series.some((s) => pairTotals(s, m).delivered > 0 || (orders && pairTotals(s, m).ordered > 0));
  if (drawn(measure)) return null;
  if (measure === 'units' && drawn('tiv')) return `SIPRI gives no number of weapons for these ${lensFlow(lens, 'deliveries')} in ${years}: draw TIV instead.`;
  const only = data.series.length === 1 ? data.series[0]! : null;
  const scope = only ? `from ${only.supplierName} to ${only.recipientName}` : 'between these pairs';
  return `${noMatchSentence(lens, scope, years)} Try other years, pairs or weapons.`;
}
