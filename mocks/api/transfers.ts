import { z } from 'zod';
import { UNIT, type TransfersResponse } from '../../src/api/contract.ts';
import type { Dataset } from '../dataset/dataset.ts';
import { invalidParameter } from './problem.ts';
import { boolean, countryId, list, oneOf, parseQuery, resolveYears, yearRange } from './query-params.ts';
import { roundTiv } from './round.ts';
import { countryFolder } from './soviet-merge.ts';

export const MAX_PAIRS = 25;

export interface TransfersQuery {
  suppliers: string[];
  recipients: string[];
  from: number;
  to: number;
  window: 1 | 5;
  mergeSoviet: boolean;
}

function transfersSchema(dataset: Dataset) {
  return z.strictObject({
    supplier: list('supplier', countryId(dataset, 'supplier')),
    recipient: list('recipient', countryId(dataset, 'recipient')),
    ...yearRange(dataset.firstYear, dataset.lastYear),
    window: oneOf('window', ['1', '5']).optional(),
    mergeSoviet: boolean('mergeSoviet').optional(),
  });
}

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

/** Yearly TIV delivered for every listed supplier × recipient pair, every year from..to present. */
export function getTransfers(dataset: Dataset, query: TransfersQuery): TransfersResponse {
  const { suppliers, recipients, from, to, window, mergeSoviet } = query;
  const fold = countryFolder(mergeSoviet);
  const pairKey = (supplier: string, recipient: string) => `${supplier}>${recipient}`;
  const wanted = new Set(suppliers.flatMap((s) => recipients.map((r) => pairKey(s, r))));
  const firstNeeded = from - (window - 1);

  const yearly = new Map<string, Map<number, number>>();
  for (const deal of dataset.deals) {
    const key = pairKey(fold(deal.supplier), fold(deal.recipient));
    if (!wanted.has(key)) continue;
    const byYear = yearly.get(key) ?? new Map<number, number>();
    deal.deliveryYears.forEach((year, i) => {
      if (year >= firstNeeded && year <= to) byYear.set(year, (byYear.get(year) ?? 0) + deal.deliveryTiv[i]!);
    });
    yearly.set(key, byYear);
  }

  const series = suppliers.flatMap((supplier) =>
    recipients.map((recipient) => {
      const byYear = yearly.get(pairKey(supplier, recipient)) ?? new Map<number, number>();
      let total = 0;
      const points = [];
      for (let year = from; year <= to; year++) {
        total += byYear.get(year) ?? 0;
        let tiv = 0;
        for (let y = year - window + 1; y <= year; y++) tiv += byYear.get(y) ?? 0;
        points.push({ year, tiv: roundTiv(tiv) });
      }
      return { supplier, recipient, total: roundTiv(total), points };
    }),
  );

  return { from, to, window, unit: UNIT, series };
}
