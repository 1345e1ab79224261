import { indexDeals, type FlowTable } from './dataset.ts';
import { flowTablesOf } from './flows.ts';
import {
  FLOWS_FORMAT,
  FLOWS_VERSION,
  ORDERS_FORMAT,
  ORDERS_VERSION,
  REGISTER_FORMAT,
  REGISTER_VERSION,
  type DatasetFile,
  type FlowColumns,
  type FlowsFile,
  type OrdersFile,
  type RegisterFile,
} from './schema.ts';

const round = (tiv: number) => Math.round(tiv * 1e4) / 1e4;

/**
 * The whole dataset as the three files the app loads, each when first needed: the flows, summed from the deals
 * (flows.ts), for the share charts; the orders, for the pair charts; the register, for the deals.
 */
export function splitDataset(dataset: DatasetFile): { flows: FlowsFile; orders: OrdersFile; register: RegisterFile } {
  const { format: _format, version: _version, deals, countries, ...header } = dataset;
  const countryIndex = new Map(countries.map((country, i) => [country.id, i]));
  const records = indexDeals(deals, { countryList: countries, categories: dataset.categories, statuses: dataset.statuses });
  const tables = flowTablesOf(records, countryIndex, dataset.categories);
  const count = (field: 'supplier' | 'recipient') => {
    const counts = countries.map(() => 0);
    for (const index of deals[field]) counts[index]! += 1;
    return counts;
  };
  const [supplied, received] = [count('supplier'), count('recipient')];
  const sum = (values: Iterable<number>) => round([...values].reduce((a, b) => a + b, 0));
  return {
    flows: {
      format: FLOWS_FORMAT,
      version: FLOWS_VERSION,
      ...header,
      countries: countries.map((country, i) => ({ ...country, dealsSupplied: supplied[i]!, dealsReceived: received[i]! })),
      firstOrderYear: deals.orderYear.reduce((a, b) => Math.min(a, b)),
      register: { deals: records.length, tiv: sum(records.map((deal) => deal.tivDelivered ?? 0)) },
      orders: { deals: records.length, tiv: sum(tables.orders.tiv) },
      deliveries: flowColumns(tables.deliveries),
    },
    orders: { format: ORDERS_FORMAT, version: ORDERS_VERSION, orders: flowColumns(tables.orders) },
    register: { format: REGISTER_FORMAT, version: REGISTER_VERSION, deals },
  };
}

function flowColumns(table: FlowTable): FlowColumns {
  return {
    supplier: Array.from(table.supplier),
    recipient: Array.from(table.recipient),
    category: Array.from(table.category),
    year: Array.from(table.year),
    tiv: Array.from(table.tiv),
    units: Array.from(table.units),
  };
}
