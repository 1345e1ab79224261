import type { Deal, DealDetail } from '../../src/api/contract.ts';
import { DEAL_ALLOCATIONS, datasetSchema, type Country, type DatasetFile } from './schema.ts';

/** A deal as the API works with it: the contract's fields plus its allocated yearly TIV and how it was allocated. */
export interface DealRecord extends Deal {
  /** TIV delivered per year, aligned with `deliveryYears`. */
  deliveryTiv: number[];
  allocation: DealDetail['allocation'];
}

/** The dataset in memory, indexed for the API's queries. Built once per load. */
export interface Dataset {
  source: DatasetFile['source'];
  unit: DatasetFile['unit'];
  allocation: DatasetFile['allocation'];
  firstYear: number;
  lastYear: number;
  firstOrderYear: number;
  categories: readonly string[];
  statuses: readonly string[];
  countries: ReadonlyMap<string, Country>;
  deals: readonly DealRecord[];
  suppliers: ReadonlySet<string>;
  recipients: ReadonlySet<string>;
}

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Validates raw JSON against the dataset schema; a file that does not fit is rejected with the first problems. */
export function parseDataset(json: unknown): Dataset {
  const result = datasetSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
      .join('; ');
    throw new DatasetError(`The dataset does not have the expected format (${problems}).`);
  }
  return indexDataset(result.data);
}

export function indexDataset(file: DatasetFile): Dataset {
  const { deals: columns, countries: countryList } = file;
  const countries = new Map(countryList.map((country) => [country.id, country]));
  const deals: DealRecord[] = [];
  const suppliers = new Set<string>();
  const recipients = new Set<string>();
  let firstOrderYear = file.firstYear;

  for (let i = 0; i < columns.supplier.length; i++) {
    const supplier = countryList[columns.supplier[i]!]!;
    const recipient = countryList[columns.recipient[i]!]!;
    const orderYear = columns.orderYear[i]!;
    suppliers.add(supplier.id);
    recipients.add(recipient.id);
    firstOrderYear = Math.min(firstOrderYear, orderYear);
    deals.push({
      id: i + 1,
      supplier: supplier.id,
      supplierName: supplier.name,
      recipient: recipient.id,
      recipientName: recipient.name,
      orderYear,
      orderYearEstimated: columns.orderYearEstimated[i] === 1,
      numberOrdered: columns.numberOrdered[i]!,
      numberOrderedEstimated: columns.numberOrderedEstimated[i] === 1,
      designation: columns.designation[i]!,
      description: columns.description[i]!,
      category: file.categories[columns.category[i]!]!,
      numberDelivered: columns.numberDelivered[i]!,
      numberDeliveredEstimated: columns.numberDeliveredEstimated[i] === 1,
      deliveryYears: columns.deliveryYears[i]!,
      deliveryTiv: columns.deliveryTiv[i]!,
      allocation: DEAL_ALLOCATIONS[columns.allocation[i]!]!,
      status: file.statuses[columns.status[i]!]!,
      comments: columns.comments[i]!,
      tivPerUnit: columns.tivPerUnit[i]!,
      tivOrder: columns.tivOrder[i]!,
      tivDelivered: columns.tivDelivered[i]!,
    });
  }

  return {
    source: file.source,
    unit: file.unit,
    allocation: file.allocation,
    firstYear: file.firstYear,
    lastYear: file.lastYear,
    firstOrderYear,
    categories: file.categories,
    statuses: file.statuses,
    countries,
    deals,
    suppliers,
    recipients,
  };
}
