import {
  CATEGORIES,
  DEAL_ALLOCATIONS,
  DATASET_FORMAT,
  DATASET_VERSION,
  STATUSES,
  datasetSchema,
  type Country,
  type DatasetFile,
} from '../../core/dataset/schema.ts';
import { fitToPairTables, pairKey, splitTiv, splitUnits, yearWeights, type PairProfiles, type YearWeights } from './allocate.ts';
import { buildCategoryTable } from './categories.ts';
import { UnmappedCountryError, resolveCountry, type Party } from './countries.ts';
import { regionOf } from './regions.ts';
import { groupYearlyDeals, matchDeals } from './match-deals.ts';
import type { PairTable } from './read-pair-tables.ts';
import type { DeliveryRow } from './read-deliveries.ts';
import type { Register } from './read-register.ts';
import { InputError } from './sipri-csv.ts';

export interface BuildInput {
  register: Register;
  /** File name of the register, for errors and `source.file`. */
  registerFile: string;
  deliveries: readonly DeliveryRow[];
  deliveriesFile: string;
  /** The release the per-year file belongs to, e.g. "March 2025". */
  deliveriesRelease: string;
  /** SIPRI's supplier × recipient × year tables (one file per supplier), the folder they are in and their release. */
  pairTables: { folder: string; release: string; tables: readonly PairTable[] };
  /** SIPRI's name of the release the register belongs to, e.g. "March 2026". */
  release: string;
}

export interface BuildResult {
  dataset: DatasetFile;
  /** Register deals paired with a deal of the per-year file. */
  matchedDeals: number;
  /** Pairs fitted to the pair tables, and those whose deals' years could not follow the profile within 1 %. */
  fittedPairs: number;
  inexactPairs: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-05-18T14:29:20` → `18 May 2026`, as SIPRI's citation writes it. */
function citationDate(isoDateTime: string): string {
  const [year, month, day] = isoDateTime.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/**
 * The pair tables by supplier → recipient id. Rows whose names merge into one id (`North Yemen` and `Yemen Arab
 * Republic`, `Libya` and `Libya GNC`) are summed; two files for one supplier stop the build.
 */
export function pairProfiles(tables: readonly PairTable[], folder: string): PairProfiles & { generated: string } {
  const first = tables[0];
  if (!first) throw new InputError(folder, 1, 'no pair tables (TIV-Export-<CODE>-<years>.csv) in the folder');
  const profiles = new Map<string, Map<number, number>>();
  const suppliers = new Map<string, string>();
  for (const table of tables) {
    const { file, generated, firstYear, lastYear } = table;
    if (generated !== first.generated || firstYear !== first.firstYear || lastYear !== first.lastYear) {
      throw new InputError(file, 1, `generated ${generated} for ${firstYear}-${lastYear}, unlike ${first.file} (${first.generated}, ${first.firstYear}-${first.lastYear})`);
    }
    const supplier = resolveAt(table.supplier, file, 1).id;
    const other = suppliers.get(supplier);
    if (other) throw new InputError(file, 1, `supplier ${supplier} also has ${other}`);
    suppliers.set(supplier, file);
    for (const row of table.rows) {
      const key = pairKey(supplier, resolveAt(row.recipient, file, row.line).id);
      const profile = profiles.get(key) ?? new Map<number, number>();
      for (const [year, tiv] of row.tiv) profile.set(year, (profile.get(year) ?? 0) + tiv);
      profiles.set(key, profile);
    }
  }
  return { profiles, firstYear: first.firstYear, lastYear: first.lastYear, generated: first.generated };
}

function resolveAt(name: string, file: string, line: number): Party {
  try {
    return resolveCountry(name);
  } catch (error) {
    if (error instanceof UnmappedCountryError) throw new InputError(file, line, error.message);
    throw error;
  }
}

interface AllocationSources {
  perYearFile: { file: string; release: string; firstYear: number; lastYear: number };
  pairTables: { folder: string; release: string; generated: string; firstYear: number; lastYear: number };
}

/** The method in plain English, with the sources' releases and years. */
function methodText({ perYearFile: perYear, pairTables: tables }: AllocationSources): string {
  return [
    'SIPRI gives each deal’s delivered TIV as one total; the yearly figures spread it over the deal’s years of delivery.',
    `Deals found in SIPRI’s per-year deliveries export (${perYear.release} release, ${perYear.firstYear}–${perYear.lastYear}) are spread by the units delivered each year, as it records them; delivery years it does not cover share the units it does not account for.`,
    `The other deals are spread so that each supplier → recipient pair’s yearly totals follow the shape of the pair’s row in SIPRI’s pair-by-year TIV tables (${tables.release} release, ${tables.firstYear}–${tables.lastYear}), on top of what the deals spread by units already give each year: iterative proportional fitting, in which every deal keeps its own total and its own years, and only the shape is taken from the tables (their TIVs are of an older release); a year of the deal that the table leaves empty keeps a token share (at most 0.25), since SIPRI lists a delivery in it.`,
    `Deals the tables cannot place (no row for the pair, a delivery after ${tables.lastYear}, or no TIV in any of the deal’s years) are split evenly over their years of delivery.`,
    'A deal’s units delivered are spread over its years in the same proportions as its TIV, in whole units.',
    'A deal’s total, and so any sum over all of its years, is SIPRI’s own figure; a single year’s value is an estimate of timing.',
  ].join(' ');
}

/** Deals with deliveries by how they were spread, and the even splits by reason. */
function allocationSummary(deals: readonly { deliveryYears: readonly number[] }[], weights: readonly YearWeights[], sources: AllocationSources): DatasetFile['allocation'] {
  const evenBecause = { pairNotInTables: 0, outsideTableYears: 0, noTableTiv: 0 };
  let weightedDeals = 0;
  let fittedDeals = 0;
  weights.forEach(({ how, reason }, i) => {
    if (deals[i]!.deliveryYears.length === 0) return;
    if (how === 'per-year file') weightedDeals++;
    else if (how === 'fitted') fittedDeals++;
    else if (reason) evenBecause[reason]++;
    else throw new Error('a deal with deliveries split evenly without a reason');
  });
  const evenDeals = evenBecause.pairNotInTables + evenBecause.outsideTableYears + evenBecause.noTableTiv;
  return { method: methodText(sources), ...sources, weightedDeals, fittedDeals, evenDeals, evenBecause };
}

/** Turns the parsed SIPRI files into the app's dataset, validated against its schema. Pure. */
export function buildDataset(input: BuildInput): BuildResult {
  const { register, registerFile, deliveries, deliveriesFile } = input;
  const categoryOf = buildCategoryTable(deliveries, deliveriesFile);

  const countryById = new Map<string, Party>();
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

  const tables = pairProfiles(input.pairTables.tables, input.pairTables.folder);
  const perYear = deals.map((deal, i) => {
    const j = match[i]!;
    return yearWeights(deal.deliveryYears, deal.numberDelivered, j >= 0 ? yearly[j]!.units : undefined);
  });
  const { weights, fittedPairs, inexactPairs } = fitToPairTables(deals, perYear, tables);
  const deliveryTiv = deals.map((deal, i) => splitTiv(deal.tivDelivered, weights[i]!.weights));
  const deliveryYears = deliveries.map((row) => row.year);
  const sources: AllocationSources = {
    perYearFile: {
      file: deliveriesFile,
      release: input.deliveriesRelease,
      firstYear: deliveryYears.reduce((a, b) => Math.min(a, b), Infinity),
      lastYear: deliveryYears.reduce((a, b) => Math.max(a, b), -Infinity),
    },
    pairTables: { folder: input.pairTables.folder, release: input.pairTables.release, generated: tables.generated, firstYear: tables.firstYear, lastYear: tables.lastYear },
  };

  const countries: Country[] = [...countryById.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((country) => ({ ...country, ...(regionOf(country) ?? { region: null, subregion: null }) }));
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
    allocation: allocationSummary(deals, weights, sources),
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
      deliveryTiv,
      deliveryUnits: deals.map((deal, i) => splitUnits(deal.numberDelivered, weights[i]!.weights)),
      allocation: weights.map(({ how, reason }) => DEAL_ALLOCATIONS.findIndex((a) => a.how === how && a.reason === (reason ?? null))),
      status: column((d) => STATUSES.indexOf(d.status)),
      comments: column((d) => d.comments),
      tivPerUnit: column((d) => d.tivPerUnit),
      tivOrder: column((d) => d.tivOrder),
      tivDelivered: column((d) => d.tivDelivered),
    },
  };
  return { dataset: datasetSchema.parse(dataset), matchedDeals: match.filter((j) => j >= 0).length, fittedPairs, inexactPairs };
}
