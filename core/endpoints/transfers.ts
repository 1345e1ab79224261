import { z } from '../zod.ts';
import { UNIT, type TransfersResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';
import type { FlowTables } from '../dataset/flows.ts';
import { categoryMask } from '../lens.ts';
import { invalidParameter } from '../problem.ts';
import {
  boolean,
  countryId,
  lensParameters,
  list,
  oneOf,
  parseQuery,
  perDataset,
  resolveLens,
  resolveYears,
  yearRange,
  type Lens,
} from '../query-params.ts';
import { roundTiv } from '../../src/domain/round-tiv.ts';
import { countryFolder } from '../soviet-merge.ts';

export const MAX_PAIRS = 25;

export interface TransfersQuery {
  suppliers: string[];
  recipients: string[];
  from: number;
  to: number;
  window: 1 | 5;
  mergeSoviet: boolean;
  lens: Lens;
}

const transfersSchema = perDataset((dataset) =>
  z.strictObject({
    supplier: list('supplier', countryId(dataset, 'supplier')),
    recipient: list('recipient', countryId(dataset, 'recipient')),
    ...yearRange(dataset.firstYear, dataset.lastYear),
    window: z.optional(oneOf('window', ['1', '5'])),
    mergeSoviet: z.optional(boolean('mergeSoviet')),
    ...lensParameters(dataset),
  }),
);

export function parseTransfersQuery(dataset: Dataset, search: URLSearchParams): TransfersQuery {
  for (const required of ['supplier', 'recipient']) {
    if (!search.has(required)) throw invalidParameter(required, `${required} is required (one or more country ids, comma-separated).`);
  }
  const q = parseQuery(transfersSchema(dataset), search);
  const mergeSoviet = q.mergeSoviet ?? false;
  const fold = countryFolder(mergeSoviet);
  const suppliers = [...new Set(q.supplier.map(fold))];
  const recipients = [...new Set(q.recipient.map(fold))];
  if (suppliers.length * recipients.length > MAX_PAIRS) {
    throw invalidParameter('supplier', `At most ${MAX_PAIRS} supplier–recipient pairs per request.`);
  }
  return {
    suppliers,
    recipients,
    ...resolveYears(q, dataset.firstYear, dataset.lastYear),
    window: q.window === '5' ? 5 : 1,
    mergeSoviet,
    lens: resolveLens(q),
  };
}

/** What a pair's flows add up to in one year. */
interface YearSums {
  tiv: number;
  units: number;
}

/**
 * Yearly TIV and units delivered and ordered for every listed supplier × recipient pair, every year from..to
 * present, from `flows` (the dataset's, or those of the deals matching a weapon's text) in the query's categories.
 */
export function getTransfers(dataset: Dataset, flows: FlowTables, query: TransfersQuery): TransfersResponse {
  const { suppliers, recipients, from, to, window, mergeSoviet, lens } = query;
  const fold = countryFolder(mergeSoviet);
  const ids = dataset.countryList.map((country) => fold(country.id));
  const allowed = categoryMask(dataset, lens);
  const pairKey = (supplier: string, recipient: string) => `${supplier}>${recipient}`;
  const wanted = new Set(suppliers.flatMap((s) => recipients.map((r) => pairKey(s, r))));
  const firstNeeded = from - (window - 1);

  /** Sums by pair and year of one table. */
  const sumsOf = (table: FlowTables['deliveries']) => {
    const sums = new Map<string, Map<number, YearSums>>();
    for (let i = 0; i < table.length; i++) {
      const year = table.year[i]!;
      if (year < firstNeeded || year > to || (allowed && !allowed[table.category[i]!])) continue;
      const key = pairKey(ids[table.supplier[i]!]!, ids[table.recipient[i]!]!);
      if (!wanted.has(key)) continue;
      const byYear = sums.get(key) ?? new Map<number, YearSums>();
      const sum = byYear.get(year) ?? { tiv: 0, units: 0 };
      sum.tiv += table.tiv[i]!;
      sum.units += table.units[i]!;
      byYear.set(year, sum);
      sums.set(key, byYear);
    }
    return sums;
  };
  const delivered = sumsOf(flows.deliveries);
  const ordered = sumsOf(flows.orders);

  const series = suppliers.flatMap((supplier) =>
    recipients.map((recipient) => {
      const key = pairKey(supplier, recipient);
      const deliveries = delivered.get(key) ?? new Map<number, YearSums>();
      const orders = ordered.get(key) ?? new Map<number, YearSums>();
      const windowed = (sums: Map<number, YearSums>, year: number) => {
        const sum = { tiv: 0, units: 0 };
        for (let y = year - window + 1; y <= year; y++) {
          sum.tiv += sums.get(y)?.tiv ?? 0;
          sum.units += sums.get(y)?.units ?? 0;
        }
        return sum;
      };
      let total = 0;
      let totalOrdered = 0;
      let totalUnits = 0;
      let totalUnitsOrdered = 0;
      const points = [];
      for (let year = from; year <= to; year++) {
        total += deliveries.get(year)?.tiv ?? 0;
        totalOrdered += orders.get(year)?.tiv ?? 0;
        totalUnits += deliveries.get(year)?.units ?? 0;
        totalUnitsOrdered += orders.get(year)?.units ?? 0;
        const delivery = windowed(deliveries, year);
        const order = windowed(orders, year);
        points.push({ year, tiv: roundTiv(delivery.tiv), ordered: roundTiv(order.tiv), units: delivery.units, unitsOrdered: order.units });
      }
      return {
        supplier,
        recipient,
        total: roundTiv(total),
        totalOrdered: roundTiv(totalOrdered),
        units: totalUnits,
        unitsOrdered: totalUnitsOrdered,
        points,
      };
    }),
  );

  return { from, to, window, unit: UNIT, lens: { categories: lens.categories, q: lens.text || null }, series };
}
