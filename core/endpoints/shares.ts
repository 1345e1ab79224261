import { z } from '../zod.ts';
import { NO_REGION_ID, UNIT, type SharesGroup, type SharesPerspective, type SharesResponse, type YearValues } from '../../src/api/contract.ts';
import type { Dataset, FlowTable } from '../dataset/dataset.ts';
import { categoryMask } from '../lens.ts';
import { invalidParameter } from '../problem.ts';
import {
  boolean,
  countryId,
  integer,
  lensParameters,
  oneOf,
  parseQuery,
  perDataset,
  resolveLens,
  resolveYears,
  yearRange,
  type Lens,
} from '../query-params.ts';
import { roundTiv } from '../../src/domain/round-tiv.ts';
import { regionRowOf } from '../regions.ts';
import { countryFolder, countryName } from '../soviet-merge.ts';

export const OTHER_ID = 'other';
export const OTHER_NAME = 'Other';
export const MAX_TOP = 50;
export const NO_REGION_NAME = 'No region (organisations, unknown parties)';

export interface SharesQuery {
  recipient: string | null;
  supplier: string | null;
  /** What the rows are. */
  by: SharesPerspective;
  /** World rankings only: rows are regions or subregions. */
  group: SharesGroup | null;
  from: number;
  to: number;
  window: 1 | 5;
  top: number | null;
  mergeSoviet: boolean;
  lens: Lens;
}

export const sharesSchema = perDataset((dataset) =>
  z.strictObject({
    recipient: z.optional(countryId(dataset, 'recipient')),
    supplier: z.optional(countryId(dataset, 'supplier')),
    by: z.optional(oneOf('by', ['recipient', 'supplier'])),
    group: z.optional(oneOf('group', ['region', 'subregion'])),
    ...yearRange(dataset.firstYear, dataset.lastYear),
    window: z.optional(oneOf('window', ['1', '5'])),
    top: z.optional(integer('top', 1, MAX_TOP)),
    mergeSoviet: z.optional(boolean('mergeSoviet')),
    ...lensParameters(dataset),
  }),
);

export function parseSharesQuery(dataset: Dataset, search: URLSearchParams): SharesQuery {
  const q = parseQuery(sharesSchema(dataset), search);
  if (q.recipient && q.supplier) {
    throw invalidParameter('supplier', 'Give a recipient or a supplier, not both; /api/v1/transfers answers for a pair.');
  }
  // The rows of a recipient are its suppliers and the other way round; `by` only chooses for the world ranking.
  const implied: SharesPerspective | undefined = q.recipient ? 'supplier' : q.supplier ? 'recipient' : undefined;
  if (implied && q.by && q.by !== implied) {
    throw invalidParameter('by', `With ${q.recipient ? 'recipient' : 'supplier'} given, the rows are ${implied}s: by must be ${implied} or left out.`);
  }
  if (implied && q.group) {
    throw invalidParameter('group', 'group is for the world rankings: leave out recipient and supplier.');
  }
  const mergeSoviet = q.mergeSoviet ?? false;
  const fold = countryFolder(mergeSoviet);
  return {
    recipient: q.recipient ? fold(q.recipient) : null,
    supplier: q.supplier ? fold(q.supplier) : null,
    by: implied ?? q.by ?? 'recipient',
    group: q.group ?? null,
    ...resolveYears(q, dataset.firstYear, dataset.lastYear),
    window: q.window === '5' ? 5 : 1,
    top: q.top ?? null,
    mergeSoviet,
    lens: resolveLens(q),
  };
}

/**
 * Who supplied a recipient, whom a supplier supplied, or the world ranking (of countries, or of SIPRI's regions or
 * subregions), per year and over the period, from the
 * deliveries of `flows` (the dataset's, or those of the deals matching a weapon's text) in the query's categories.
 * Row totals cover from..to once; the window only widens each yearly point to the trailing years.
 */
export function getShares(dataset: Dataset, flows: FlowTable, query: SharesQuery): SharesResponse {
  const { recipient, supplier, by, group, from, to, window, top, mergeSoviet } = query;
  const fold = countryFolder(mergeSoviet);
  const firstNeeded = from - (window - 1);
  const ids = dataset.countryList.map((country) => fold(country.id));
  // A row is a country, or the region (subregion) of the country, by its name.
  const rowIds = group ? dataset.countryList.map((country) => regionRowOf(country, group)) : ids;
  const nameOf = (id: string) => (!group ? countryName(dataset, id, mergeSoviet) : id === NO_REGION_ID ? NO_REGION_NAME : id);
  const allowed = categoryMask(dataset, query.lens);

  // TIV per year and row id, over every year a windowed point needs.
  const byYear = new Map<number, Map<string, number>>();
  for (let i = 0; i < flows.length; i++) {
    const year = flows.year[i]!;
    if (year < firstNeeded || year > to || (allowed && !allowed[flows.category[i]!])) continue;
    const rowSupplier = ids[flows.supplier[i]!]!;
    const rowRecipient = ids[flows.recipient[i]!]!;
    if (recipient && rowRecipient !== recipient) continue;
    if (supplier && rowSupplier !== supplier) continue;
    const rowId = rowIds[by === 'supplier' ? flows.supplier[i]! : flows.recipient[i]!]!;
    const values = byYear.get(year) ?? new Map<string, number>();
    values.set(rowId, (values.get(rowId) ?? 0) + flows.tiv[i]!);
    byYear.set(year, values);
  }

  const periodTotals = new Map<string, number>();
  for (const [year, values] of byYear) {
    for (const [id, tiv] of values) {
      periodTotals.set(id, (periodTotals.get(id) ?? 0) + (year >= from ? tiv : 0));
    }
  }

  const ranked = [...periodTotals.entries()]
    .map(([id, tiv]) => ({ id, name: nameOf(id), tiv }))
    .sort((a, b) => b.tiv - a.tiv || a.name.localeCompare(b.name, 'en'));
  const kept = top === null ? ranked : ranked.slice(0, top);
  const keptIds = new Set(kept.map((row) => row.id));
  const folded = ranked.slice(kept.length);
  const rowOf = (id: string) => (keptIds.has(id) ? id : OTHER_ID);

  const rows = folded.length ? [...kept, { id: OTHER_ID, name: OTHER_NAME, tiv: sum(folded.map((r) => r.tiv)) }] : kept;
  rows.sort((a, b) => b.tiv - a.tiv);
  const total = sum(rows.map((row) => row.tiv));

  const years: YearValues[] = [];
  for (let year = from; year <= to; year++) {
    const values: Record<string, number> = {};
    for (let y = year - window + 1; y <= year; y++) {
      for (const [id, tiv] of byYear.get(y) ?? []) {
        const key = rowOf(id);
        values[key] = (values[key] ?? 0) + tiv;
      }
    }
    for (const key of Object.keys(values)) values[key] = roundTiv(values[key]!);
    years.push({ year, total: roundTiv(sum(Object.values(values))), values });
  }

  return {
    recipient,
    supplier,
    by,
    group,
    from,
    to,
    window,
    unit: UNIT,
    lens: { categories: query.lens.categories, q: query.lens.text || null },
    total: roundTiv(total),
    rows: rows.map((row) => ({ ...row, tiv: roundTiv(row.tiv), share: total > 0 ? row.tiv / total : 0 })),
    years,
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
