import type { TransfersResponse } from '../../api/contract.ts';
import type { Pair } from './pairs-view.ts';

export interface PairSeries extends Pair {
  key: string;
  supplierName: string;
  recipientName: string;
  /** "Russia → India" */
  label: string;
  total: number;
  totalOrdered: number;
}

export interface PairChartData {
  series: PairSeries[];
  /** Per year: `<key>` TIV delivered and `<key>:ordered` TIV ordered, for every pair. */
  points: Array<{ year: number } & Record<string, number>>;
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
    series.push({ supplier, recipient, key, supplierName, recipientName, label, total: found.total, totalOrdered: found.totalOrdered });
    for (const point of found.points) {
      const row = points.get(point.year) ?? { year: point.year };
      row[key] = point.tiv;
      row[`${key}:ordered`] = point.ordered;
      points.set(point.year, row);
    }
  }
  return { series, points: [...points.values()].sort((a, b) => a.year - b.year) };
}
