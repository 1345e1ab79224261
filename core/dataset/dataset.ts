import type { Deal, DealDetail } from '../../src/api/contract.ts';
import {
  DEAL_ALLOCATIONS,
  checkDealColumns,
  checkTable,
  flowsFileSchema,
  ordersFileSchema,
  registerFileSchema,
  type Country,
  type DealColumns,
  type FlowColumns,
  type FlowsCountry,
  type FlowsFile,
  type RegisterFile,
} from './schema.ts';
import { z } from '../zod.ts';

/**
 * The data in memory, as the API reads it. The dataset (from the flows file) answers the share charts, rankings and
 * lists of countries; the orders are loaded when a pair chart needs them; the register (the deals) when deals are
 * asked for, or a filter by a weapon's text.
 */

/** Yearly flows by supplier, recipient and armament category, as columns by row (see the flows file's schema). */
export interface FlowTable {
  length: number;
  /** Indices into `Dataset.countryList`. */
  supplier: Int32Array;
  recipient: Int32Array;
  /** Index into `Dataset.categories`. */
  category: Uint8Array;
  year: Int16Array;
  tiv: Float64Array;
  units: Float64Array;
}

export interface Dataset {
  source: FlowsFile['source'];
  unit: FlowsFile['unit'];
  allocation: FlowsFile['allocation'];
  firstYear: number;
  lastYear: number;
  firstOrderYear: number;
  categories: readonly string[];
  statuses: readonly string[];
  countries: ReadonlyMap<string, FlowsCountry>;
  /** In file order: the flow tables' and the register's country indices point here. */
  countryList: readonly FlowsCountry[];
  /** TIV and units delivered, by year of delivery. */
  deliveries: FlowTable;
  suppliers: ReadonlySet<string>;
  recipients: ReadonlySet<string>;
  /** What the register and the orders must hold. */
  register: FlowsFile['register'];
  orders: FlowsFile['orders'];
}

/** A deal as the API works with it: the contract's fields plus its allocation to years. */
export interface DealRecord extends Deal {
  /** TIV delivered per year, aligned with `deliveryYears`. */
  deliveryTiv: number[];
  /** Units delivered per year, aligned with `deliveryYears`. */
  deliveryUnits: number[];
  /** How the deal was spread over its years. */
  allocation: DealDetail['allocation'];
}

export interface Register {
  dataset: Dataset;
  deals: readonly DealRecord[];
}

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Validates with a schema; a file that does not fit is rejected with its first problems. */
function validate<T extends z.ZodMiniType>(schema: T, json: unknown, what: string): z.output<T> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new DatasetError(`The ${what} does not have the expected format (${problems}).`);
}

/** Validates the flows file and indexes it. */
export function parseDataset(json: unknown): Dataset {
  return indexDataset(validate(flowsFileSchema, json, 'dataset'));
}

export function indexDataset(file: FlowsFile): Dataset {
  return {
    source: file.source,
    unit: file.unit,
    allocation: file.allocation,
    firstYear: file.firstYear,
    lastYear: file.lastYear,
    firstOrderYear: file.firstOrderYear,
    categories: file.categories,
    statuses: file.statuses,
    countries: new Map(file.countries.map((country) => [country.id, country])),
    countryList: file.countries,
    deliveries: flowTable(file.deliveries),
    suppliers: new Set(file.countries.filter((country) => country.dealsSupplied > 0).map((country) => country.id)),
    recipients: new Set(file.countries.filter((country) => country.dealsReceived > 0).map((country) => country.id)),
    register: file.register,
    orders: file.orders,
  };
}

/** Validates the orders file against its schema and the dataset it was built with. */
export function parseOrders(json: unknown, dataset: Dataset): FlowTable {
  const file = validate(ordersFileSchema, json, 'orders table');
  const problems: string[] = [];
  checkTable('orders', file.orders, dataset.countryList.length, { addIssue: ({ path, message }) => problems.push(`${path.join('.')}: ${message}`) });
  const tiv = file.orders.tiv.reduce((sum, value) => sum + value, 0);
  if (Math.abs(tiv - dataset.orders.tiv) > 0.01) problems.push(`${tiv.toFixed(1)} TIV ordered where the dataset has ${dataset.orders.tiv.toFixed(1)}`);
  if (problems.length) throw new DatasetError(`The orders table does not fit the dataset (${problems.slice(0, 3).join('; ')}).`);
  return flowTable(file.orders);
}

function flowTable(columns: FlowColumns): FlowTable {
  return {
    length: columns.supplier.length,
    supplier: Int32Array.from(columns.supplier),
    recipient: Int32Array.from(columns.recipient),
    category: Uint8Array.from(columns.category),
    year: Int16Array.from(columns.year),
    tiv: Float64Array.from(columns.tiv),
    units: Float64Array.from(columns.units),
  };
}

/**
 * Validates the register file against its schema and the dataset it was built with: the same countries, as many
 * deals and the same TIV delivered in all, so that deals and charts can never disagree.
 */
export function parseRegister(json: unknown, dataset: Dataset): Register {
  const file: RegisterFile = validate(registerFileSchema, json, 'deals register');
  const problems: string[] = [];
  checkDealColumns(file.deals, dataset.countryList.length, { addIssue: ({ path, message }) => problems.push(`${path.join('.')}: ${message}`) });
  const deals = indexDeals(file.deals, dataset);
  const tivDelivered = deals.reduce((sum, deal) => sum + (deal.tivDelivered ?? 0), 0);
  if (deals.length !== dataset.register.deals) problems.push(`${deals.length} deals where the dataset counts ${dataset.register.deals}`);
  if (Math.abs(tivDelivered - dataset.register.tiv) > 0.01) {
    problems.push(`${tivDelivered.toFixed(1)} TIV delivered where the dataset has ${dataset.register.tiv.toFixed(1)}`);
  }
  if (problems.length) throw new DatasetError(`The deals register does not fit the dataset (${problems.slice(0, 3).join('; ')}).`);
  return { dataset, deals };
}

/** The deals as records, ids from 1 in file order (the register's positions), country and category names resolved. */
export function indexDeals(
  columns: DealColumns,
  { countryList, categories, statuses }: { countryList: readonly Country[]; categories: readonly string[]; statuses: readonly string[] },
): DealRecord[] {
  const deals: DealRecord[] = [];
  for (let i = 0; i < columns.supplier.length; i++) {
    const supplier = countryList[columns.supplier[i]!]!;
    const recipient = countryList[columns.recipient[i]!]!;
    deals.push({
      id: i + 1,
      supplier: supplier.id,
      supplierName: supplier.name,
      recipient: recipient.id,
      recipientName: recipient.name,
      orderYear: columns.orderYear[i]!,
      orderYearEstimated: columns.orderYearEstimated[i] === 1,
      numberOrdered: columns.numberOrdered[i]!,
      numberOrderedEstimated: columns.numberOrderedEstimated[i] === 1,
      designation: columns.designation[i]!,
      description: columns.description[i]!,
      category: categories[columns.category[i]!]!,
      numberDelivered: columns.numberDelivered[i]!,
      numberDeliveredEstimated: columns.numberDeliveredEstimated[i] === 1,
      deliveryYears: columns.deliveryYears[i]!,
      deliveryTiv: columns.deliveryTiv[i]!,
      deliveryUnits: columns.deliveryUnits[i]!,
      allocation: DEAL_ALLOCATIONS[columns.allocation[i]!]!,
      status: statuses[columns.status[i]!]!,
      comments: columns.comments[i]!,
      tivPerUnit: columns.tivPerUnit[i]!,
      tivOrder: columns.tivOrder[i]!,
      tivDelivered: columns.tivDelivered[i]!,
    });
  }
  return deals;
}
