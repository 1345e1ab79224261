import { z } from '../zod.ts';
import { UNIT, type TransfersResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { invalidParameter } from '../problem.ts';
import { boolean, countryId, list, oneOf, parseQuery, perDataset, resolveYears, yearRange } from '../query-params.ts';
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
}

export const transfersSchema = perDataset((dataset) =>
  z.strictObject({
    supplier: list('supplier', countryId(dataset, 'supplier')),
    recipient: list('recipient', countryId(dataset, 'recipient')),
    ...yearRange(dataset.firstYear, dataset.lastYear),
    window: z.optional(oneOf('window', ['1', '5'])),
    mergeSoviet: z.optional(boolean('mergeSoviet')),
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
  };
}

/** Yearly TIV delivered and ordered for every listed supplier × recipient pair, every year from..to present. */
export function getTransfers(dataset: Dataset, query: TransfersQuery): TransfersResponse {
  const { suppliers, recipients, from, to, window, mergeSoviet } = query;
  const fold = countryFolder(mergeSoviet);
  const pairKey = (supplier: string, recipient: string) => `${supplier}>${recipient}`;
  const wanted = new Set(suppliers.flatMap((s) => recipients.map((r) => pairKey(s, r))));
  const firstNeeded = from - (window - 1);

  const inRange = (year: number) => year >= firstNeeded && year <= to;
  const delivered = new Map<string, Map<number, number>>();
  const ordered = new Map<string, Map<number, number>>();
  const add = (sums: Map<string, Map<number, number>>, key: string, year: number, tiv: number) => {
    const byYear = sums.get(key) ?? new Map<number, number>();
    byYear.set(year, (byYear.get(year) ?? 0) + tiv);
    sums.set(key, byYear);
  };
  for (const deal of dataset.deals) {
    const key = pairKey(fold(deal.supplier), fold(deal.recipient));
    if (!wanted.has(key)) continue;
    deal.deliveryYears.forEach((year, i) => inRange(year) && add(delivered, key, year, deal.deliveryTiv[i]!));
    if (deal.tivOrder !== null && inRange(deal.orderYear)) add(ordered, key, deal.orderYear, deal.tivOrder);
  }

  const series = suppliers.flatMap((supplier) =>
    recipients.map((recipient) => {
      const key = pairKey(supplier, recipient);
      const deliveries = delivered.get(key) ?? new Map<number, number>();
      const orders = ordered.get(key) ?? new Map<number, number>();
      const windowed = (sums: Map<number, number>, year: number) => {
        let tiv = 0;
        for (let y = year - window + 1; y <= year; y++) tiv += sums.get(y) ?? 0;
        return roundTiv(tiv);
      };
      let total = 0;
      let totalOrdered = 0;
      const points = [];
      for (let year = from; year <= to; year++) {
        total += deliveries.get(year) ?? 0;
        totalOrdered += orders.get(year) ?? 0;
        points.push({ year, tiv: windowed(deliveries, year), ordered: windowed(orders, year) });
      }
      return { supplier, recipient, total: roundTiv(total), totalOrdered: roundTiv(totalOrdered), points };
    }),
  );

  return { from, to, window, unit: UNIT, series };
}
