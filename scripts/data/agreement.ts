import { DEAL_ALLOCATIONS, type DatasetFile } from '../../core/dataset/schema.ts';
import { resolveCountry } from './countries.ts';
import { splitTiv } from './allocate.ts';
import { BELOW_HALF } from './read-pair-tables.ts';
import { InputError, parseLine } from './sipri-csv.ts';

/**
 * How far the dataset's yearly figures are from SIPRI's own yearly tables: the measure of issue 19. Used by the
 * real-data test and `npm run data:agreement`.
 */

/** TIV by key (a pair `SUP>REC` or a country id) and year. */
export type YearTable = Map<string, Map<number, number>>;

function add(table: YearTable, key: string, year: number, tiv: number): void {
  const years = table.get(key) ?? new Map<number, number>();
  years.set(year, (years.get(year) ?? 0) + tiv);
  table.set(key, years);
}

/** The dataset's delivered TIV summed by `keyOf(supplier id, recipient id)` and year, from `deliveryTiv` or another split. */
export function yearTotals(dataset: DatasetFile, keyOf: (supplier: string, recipient: string) => string, deliveryTiv = dataset.deals.deliveryTiv): YearTable {
  const { deals, countries } = dataset;
  const table: YearTable = new Map();
  deals.deliveryYears.forEach((years, i) => {
    const key = keyOf(countries[deals.supplier[i]!]!.id, countries[deals.recipient[i]!]!.id);
    years.forEach((year, k) => add(table, key, year, deliveryTiv[i]![k]!));
  });
  return table;
}

/** The split before issue 19: deals weighted by the per-year file as they are, every other deal evenly. */
export function splitBeforeFit(dataset: DatasetFile): number[][] {
  const { deals } = dataset;
  return deals.deliveryTiv.map((tiv, i) =>
    DEAL_ALLOCATIONS[deals.allocation[i]!]!.how === 'per-year file' ? tiv : splitTiv(deals.tivDelivered[i]!, tiv.map(() => 1)),
  );
}

/** Σ |ours − SIPRI's| over the keys either has (those `include` keeps) and the years from..to, divided by Σ SIPRI's. */
export function disagreement(ours: YearTable, sipri: YearTable, from: number, to: number, include: (key: string) => boolean = () => true): number {
  let difference = 0;
  let total = 0;
  for (const key of new Set([...ours.keys(), ...sipri.keys()])) {
    if (!include(key)) continue;
    for (let year = from; year <= to; year++) {
      const theirs = sipri.get(key)?.get(year) ?? 0;
      difference += Math.abs((ours.get(key)?.get(year) ?? 0) - theirs);
      total += theirs;
    }
  }
  return total > 0 ? difference / total : 0;
}

/** The keys that differ most over from..to: Σ |ours − SIPRI's| by key, largest first, with both totals. */
export function largestDifferences(ours: YearTable, sipri: YearTable, from: number, to: number, count: number, include: (key: string) => boolean = () => true) {
  const rows = [...new Set([...ours.keys(), ...sipri.keys()])].filter(include).map((key) => {
    let difference = 0;
    let oursTotal = 0;
    let sipriTotal = 0;
    for (let year = from; year <= to; year++) {
      const mine = ours.get(key)?.get(year) ?? 0;
      const theirs = sipri.get(key)?.get(year) ?? 0;
      difference += Math.abs(mine - theirs);
      oursTotal += mine;
      sipriTotal += theirs;
    }
    return { key, difference, ours: oursTotal, sipri: sipriTotal };
  });
  return rows.sort((p, q) => q.difference - p.difference || (p.key < q.key ? -1 : 1)).slice(0, count);
}

/**
 * SIPRI's TIV table of imports by recipient (SOURCE.md §3.3): notes, the header `Recipient,1950,…,2024,…` on
 * line 10, a row per recipient, a blank line and the world total (skipped). By country id and year.
 */
export function readImportsTable(text: string, file: string): YearTable {
  const lines = text.split(/\r?\n/);
  const header = parseLine(lines[9] ?? '');
  if (header[0] !== 'Recipient') throw new InputError(file, 10, `unexpected header: ${header.slice(0, 3).join(',')}`);
  const years = header.map((cell) => (/^\d{4}$/.test(cell) ? Number(cell) : null));
  const table: YearTable = new Map();
  for (let line = 11; line <= lines.length; line++) {
    const fields = parseLine(lines[line - 1]!);
    const name = fields[0]!.trim();
    if (name === '' || name.startsWith('Total')) continue;
    const id = resolveCountry(name).id;
    fields.forEach((cell, i) => {
      const year = years[i];
      const value = cell.trim();
      if (year == null || value === '') return;
      if (!/^\d+$/.test(value)) throw new InputError(file, line, `${year}: not a whole number: "${cell}"`);
      add(table, id, year, Number(value) === 0 ? BELOW_HALF : Number(value));
    });
  }
  return table;
}
