import type { DealRecord, FlowTable } from './dataset.ts';

/**
 * The one definition of a yearly flow: a deal's delivered TIV and units as allocated to its delivery years, and its
 * order (TIV and number ordered) in its year of order, summed by supplier, recipient, armament category and year.
 * The build writes the flows of every deal; the API sums the deals that match a weapon's text the same way.
 */

const DECIMALS = 1e4;
const round = (tiv: number) => Math.round(tiv * DECIMALS) / DECIMALS;

interface Sums {
  tiv: number;
  units: number;
}

export interface FlowTables {
  deliveries: FlowTable;
  orders: FlowTable;
}

/**
 * Flow tables of some deals. `countryIndex` and `categories` give the indices the tables use; rows are sorted by
 * supplier, recipient, category and year, so the same deals give the same tables.
 */
export function flowTablesOf(
  deals: Iterable<DealRecord>,
  countryIndex: ReadonlyMap<string, number>,
  categories: readonly string[],
): FlowTables {
  const delivered = new Map<number, Sums>();
  const ordered = new Map<number, Sums>();
  const add = (sums: Map<number, Sums>, key: number, tiv: number, units: number) => {
    const row = sums.get(key);
    if (row) {
      row.tiv += tiv;
      row.units += units;
    } else {
      sums.set(key, { tiv, units });
    }
  };
  for (const deal of deals) {
    const base = rowKey(countryIndex.get(deal.supplier)!, countryIndex.get(deal.recipient)!, categories.indexOf(deal.category), 0);
    deal.deliveryYears.forEach((year, i) => add(delivered, base + year, deal.deliveryTiv[i]!, deal.deliveryUnits[i]!));
    add(ordered, base + deal.orderYear, deal.tivOrder ?? 0, deal.numberOrdered ?? 0);
  }
  return { deliveries: toTable(delivered), orders: toTable(ordered) };
}

// A row's key as one number, in the order rows are sorted: supplier, recipient, category, year.
const YEARS = 4096;
const CATEGORIES = 16;
const COUNTRIES = 1024;
const rowKey = (supplier: number, recipient: number, category: number, year: number) =>
  ((supplier * COUNTRIES + recipient) * CATEGORIES + category) * YEARS + year;

function toTable(sums: ReadonlyMap<number, Sums>): FlowTable {
  const keys = [...sums.keys()].sort((a, b) => a - b);
  const table: FlowTable = {
    length: keys.length,
    supplier: new Int32Array(keys.length),
    recipient: new Int32Array(keys.length),
    category: new Uint8Array(keys.length),
    year: new Int16Array(keys.length),
    tiv: new Float64Array(keys.length),
    units: new Float64Array(keys.length),
  };
  keys.forEach((key, i) => {
    const row = sums.get(key)!;
    table.year[i] = key % YEARS;
    const rest = Math.floor(key / YEARS);
    table.category[i] = rest % CATEGORIES;
    table.recipient[i] = Math.floor(rest / CATEGORIES) % COUNTRIES;
    table.supplier[i] = Math.floor(rest / CATEGORIES / COUNTRIES);
    table.tiv[i] = round(row.tiv);
    table.units[i] = row.units;
  });
  return table;
}
