import type { Deal } from '../../src/api/contract.ts';
import { csvPieces, type CsvCell } from '../../src/domain/csv.ts';
import { fileName } from '../../src/domain/file-name.ts';
import type { Dataset, Register } from '../dataset/dataset.ts';
import { z } from '../zod.ts';
import { dealsSchema, filterDeals, toDealsQuery, type DealsQuery } from './deals.ts';
import { parseQuery, perDataset } from '../query-params.ts';

const TIV = 'SIPRI TIV (millions)';

/** Every column of a deal, SIPRI's `?` flags as their own columns, ids beside names, the source on every row. */
export const DEALS_CSV_HEADER = [
  'Deal id',
  'Supplier id',
  'Supplier',
  'Recipient id',
  'Recipient',
  'Year of order',
  'Year of order is an estimate',
  'Number ordered',
  'Number ordered is an estimate',
  'Weapon designation',
  'Weapon description',
  'Armament category',
  'Number delivered',
  'Number delivered is an estimate',
  'Years of delivery',
  'Status',
  'Comments',
  `TIV per unit: ${TIV}`,
  `TIV of the order: ${TIV}`,
  `TIV delivered: ${TIV}`,
  'Source',
];

function dealCsvRow(deal: Deal, source: string): CsvCell[] {
  return [
    deal.id,
    deal.supplier,
    deal.supplierName,
    deal.recipient,
    deal.recipientName,
    deal.orderYear,
    deal.orderYearEstimated,
    deal.numberOrdered,
    deal.numberOrderedEstimated,
    deal.designation,
    deal.description,
    deal.category,
    deal.numberDelivered,
    deal.numberDeliveredEstimated,
    deal.deliveryYears.join('; '),
    deal.status,
    deal.comments,
    deal.tivPerUnit,
    deal.tivOrder,
    deal.tivDelivered,
    source,
  ];
}

/** The filters and sort of /deals; the export has no pages, so `page` and `pageSize` are unknown here. */
export const dealsCsvSchema = perDataset((dataset) => z.omit(dealsSchema(dataset), { page: true, pageSize: true }));

export function parseDealsCsvQuery(dataset: Dataset, search: URLSearchParams): DealsQuery {
  return toDealsQuery(dataset, parseQuery(dealsCsvSchema(dataset), search));
}

/** Lines per piece of the file: ~250 KB, so the first is sent after a few milliseconds' work and a large file in ~30. */
const LINES_PER_PIECE = 1000;

export interface CsvFile {
  name: string;
  /** The file's text in pieces, written as they are read (see `csvPieces`); read them once. */
  pieces: Iterable<string>;
}

/** Every matching deal in the requested order, the release cited on every row. */
export function dealsCsv(register: Register, query: DealsQuery): CsvFile {
  const { database, release, generated } = register.dataset.source;
  // Short, since it is on every line (the full citation, with its address, on every line was half of a 10.8 MB
  // file): SIPRI's database, the release and the day its data were generated identify the figures.
  const source = `${database}, ${release} release (data generated ${generated.slice(0, 10)})`;
  // Filtered now, so that a problem is an error answer; written as it is sent.
  const { matches } = filterDeals(register, query);
  const rows = (function* () {
    for (const deal of matches) yield dealCsvRow(deal, source);
  })();
  return { name: fileName(['deals', `SIPRI ${release}`], 'csv'), pieces: csvPieces(DEALS_CSV_HEADER, rows, LINES_PER_PIECE) };
}
