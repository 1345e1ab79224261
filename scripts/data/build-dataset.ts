import {
  CATEGORIES,
  DATASET_FORMAT,
  DATASET_VERSION,
  STATUSES,
  datasetSchema,
  type Country,
  type DatasetFile,
} from '../../core/dataset/schema.ts';
import { splitTiv, splitUnits, yearWeights } from './allocate.ts';
import { buildCategoryTable } from './categories.ts';
import { UnmappedCountryError, resolveCountry } from './countries.ts';
import { groupYearlyDeals, matchDeals } from './match-deals.ts';
import type { DeliveryRow } from './read-deliveries.ts';
import type { Register } from './read-register.ts';
import { InputError } from './sipri-csv.ts';

export interface BuildInput {
  register: Register;
  /** File name of the register, for errors and `source.file`. */
  registerFile: string;
  deliveries: readonly DeliveryRow[];
  deliveriesFile: string;
  /** SIPRI's name of the release the register belongs to, e.g. "March 2026". */
  release: string;
}

export interface BuildResult {
  dataset: DatasetFile;
  /** Register deals paired with a deal of the per-year file. */
  matchedDeals: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-05-18T14:29:20` → `18 May 2026`, as SIPRI's citation writes it. */
function citationDate(isoDateTime: string): string {
  const [year, month, day] = isoDateTime.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

function resolveAt(name: string, file: string, line: number): Country {
  try {
    return resolveCountry(name);
  } catch (error) {
    if (error instanceof UnmappedCountryError) throw new InputError(file, line, error.message);
    throw error;
  }
}

/** Turns the parsed SIPRI files into the app's dataset, validated against its schema. Pure. */
export function buildDataset(input: BuildInput): BuildResult {
  const { register, registerFile, deliveries, deliveriesFile } = input;
  const categoryOf = buildCategoryTable(deliveries, deliveriesFile);

  const countryById = new Map<string, Country>();
  const deals = register.deals.map((deal) => {
    const supplier = resolveAt(deal.supplier, registerFile, deal.line);
    const recipient = resolveAt(deal.recipient, registerFile, deal.line);
    for (const country of [supplier, recipient]) {
      const known = countryById.get(country.id);
      if (known && known.name !== country.name) {
        throw new InputError(registerFile, deal.line, `"${country.name}" and "${known.name}" both map to ${country.id}`);
      }
      countryById.set(country.id, country);
    }
    const category = categoryOf.get(deal.description);
    if (!category) throw new InputError(registerFile, deal.line, `no armament category for description "${deal.description}"`);
    return { ...deal, supplier: supplier.id, recipient: recipient.id, category };
  });

  const yearly = groupYearlyDeals(
    deliveries.map((row) => ({
      ...row,
      supplier: resolveAt(row.supplier, deliveriesFile, row.line).id,
      recipient: resolveAt(row.recipient, deliveriesFile, row.line).id,
    })),
  );
  const match = matchDeals(deals, yearly);

  let weightedDeals = 0;
  let evenDeals = 0;
  // TIV and units go to the same years in the same proportions.
  const allocated = deals.map((deal, i) => {
    const j = match[i]!;
    const { weights, weighted } = yearWeights(deal.deliveryYears, deal.numberDelivered, j >= 0 ? yearly[j]!.units : undefined);
    if (deal.deliveryYears.length > 0) {
      if (weighted) weightedDeals++;
      else evenDeals++;
    }
    return { tiv: splitTiv(deal.tivDelivered, weights), units: splitUnits(deal.numberDelivered, weights) };
  });

  const countries = [...countryById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const countryIndex = new Map(countries.map((c, i) => [c.id, i]));
  const allYears = deals.flatMap((d) => d.deliveryYears);
  const firstYear = allYears.reduce((a, b) => Math.min(a, b), Infinity);
  const lastYear = allYears.reduce((a, b) => Math.max(a, b), -Infinity);
  const column = <T>(pick: (deal: (typeof deals)[number]) => T) => deals.map(pick);
  const flag = (value: boolean) => (value ? 1 : 0) as 0 | 1;

  const dataset: DatasetFile = {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    source: {
      publisher: 'Stockholm International Peace Research Institute (SIPRI)',
      database: 'SIPRI Arms Transfers Database',
      url: 'https://www.sipri.org/databases/armstransfers',
      release: input.release,
      generated: register.generated,
      citation: `Source: SIPRI Arms Transfers Database, Stockholm International Peace Research Institute, https://www.sipri.org/databases/armstransfers, data generated ${citationDate(register.generated)}.`,
      file: registerFile,
      weightsFile: deliveriesFile,
    },
    unit: 'SIPRI TIV (millions)',
    allocation: {
      method:
        "Each deal's delivered TIV is spread over its delivery years in proportion to the units delivered each year, as SIPRI's per-year export of the previous release (1995–2024) records them for the same deal; years that export does not cover share the remaining units evenly. Deals not found there are split evenly over their delivery years. A deal's units delivered are spread over the years in the same proportions, in whole units.",
      weightedDeals,
      evenDeals,
    },
    firstYear,
    lastYear,
    countries,
    categories: [...CATEGORIES],
    statuses: [...STATUSES],
    deals: {
      supplier: column((d) => countryIndex.get(d.supplier)!),
      recipient: column((d) => countryIndex.get(d.recipient)!),
      orderYear: column((d) => d.orderYear),
      orderYearEstimated: column((d) => flag(d.orderYearEstimated)),
      numberOrdered: column((d) => d.numberOrdered),
      numberOrderedEstimated: column((d) => flag(d.numberOrderedEstimated)),
      designation: column((d) => d.designation),
      description: column((d) => d.description),
      category: column((d) => CATEGORIES.indexOf(d.category)),
      numberDelivered: column((d) => d.numberDelivered),
      numberDeliveredEstimated: column((d) => flag(d.numberDeliveredEstimated)),
      deliveryYears: column((d) => d.deliveryYears),
      deliveryTiv: allocated.map((a) => a.tiv),
      deliveryUnits: allocated.map((a) => a.units),
      status: column((d) => STATUSES.indexOf(d.status)),
      comments: column((d) => d.comments),
      tivPerUnit: column((d) => d.tivPerUnit),
      tivOrder: column((d) => d.tivOrder),
      tivDelivered: column((d) => d.tivDelivered),
    },
  };
  return { dataset: datasetSchema.parse(dataset), matchedDeals: match.filter((j) => j >= 0).length };
}
