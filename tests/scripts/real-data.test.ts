import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOWS_PATH, ORDERS_PATH, REGISTER_PATH } from '../../core/dataset/files.ts';
import {
  DATASET_FORMAT,
  DATASET_VERSION,
  datasetSchema,
  flowsFileSchema,
  registerFileSchema,
  type DatasetFile,
} from '../../core/dataset/schema.ts';
import { splitDataset } from '../../core/dataset/split.ts';
import { buildDataset } from '../../scripts/data/build-dataset.ts';
import { decodeDeliveries, readDeliveries } from '../../scripts/data/read-deliveries.ts';
import { decodeRegister, readRegister } from '../../scripts/data/read-register.ts';
import { disagreement, readImportsTable, splitBeforeFit, yearTotals, type YearTable } from '../../scripts/data/agreement.ts';
import { pairKey } from '../../scripts/data/allocate.ts';
import { pairProfiles } from '../../scripts/data/build-dataset.ts';
import { pairTableFiles, readPairTable } from '../../scripts/data/read-pair-tables.ts';
import { INDIA_FACT_SHEET, russiaShareOfIndia } from '../../scripts/data/russia-share-of-india.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RAW_DIR = path.resolve(ROOT, process.env.SIPRI_DIR ?? '../shared/data/sipri');
const REGISTER_FILE = 'sipri_trade_register_1950-2025_generated-2026-05-18.csv';
const DELIVERIES_FILE = 'sipri_deliveries_by_year_1995-2024_generated-2026-02-12.csv';
const PAIR_TABLES = 'alt/tiv-export-by-supplier_1950-2021_generated-2022-07-28';
const IMPORTS_FILE = 'sipri_tiv_imports_by_recipient_1950-2023_generated-2024-10-13.csv';
const COMMITTED = { flows: FLOWS_PATH, orders: ORDERS_PATH, register: REGISTER_PATH };
const readCommitted = (file: keyof typeof COMMITTED) => fs.readFileSync(path.join(ROOT, 'public', COMMITTED[file]), 'utf8');

/** The committed files joined back into the whole dataset they were split from. */
function committedDataset(): DatasetFile {
  const flows = flowsFileSchema.parse(JSON.parse(readCommitted('flows')));
  const { deals } = registerFileSchema.parse(JSON.parse(readCommitted('register')));
  const { format: _f, version: _v, firstOrderYear: _y, register: _r, orders: _o, deliveries: _d, countries, ...header } = flows;
  return datasetSchema.parse({
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    ...header,
    countries: countries.map(({ id, name, kind, region, subregion }) => ({ id, name, kind, region, subregion })),
    deals,
  });
}

function checkDataset(dataset: DatasetFile): void {
  const { flows } = splitDataset(dataset);
  for (const { from, to, published } of INDIA_FACT_SHEET) {
    expect(Math.abs(russiaShareOfIndia(flows, from, to) - published), `India ${from}–${to}`).toBeLessThan(1);
  }

  const { deals, countries } = dataset;
  const id = (index: number | undefined) => countries[index!]!.id;
  const mi35 = deals.designation.flatMap((designation, i) => (designation === 'Mi-35M' && id(deals.recipient[i]) === 'PAK' ? [i] : []));
  expect(mi35).toHaveLength(1);
  const i = mi35[0]!;
  expect({
    supplier: id(deals.supplier[i]),
    orderYear: deals.orderYear[i],
    numberOrdered: deals.numberOrdered[i],
    numberDelivered: deals.numberDelivered[i],
    deliveryYears: deals.deliveryYears[i],
    deliveryTiv: deals.deliveryTiv[i],
    status: dataset.statuses[deals.status[i]!],
    category: dataset.categories[deals.category[i]!],
    comments: deals.comments[i],
    tiv: [deals.tivPerUnit[i], deals.tivOrder[i], deals.tivDelivered[i]],
  }).toEqual({
    supplier: 'RUS',
    orderYear: 2015,
    numberOrdered: 4,
    numberDelivered: 4,
    deliveryYears: [2018],
    deliveryTiv: [46],
    status: 'New',
    category: 'Aircraft',
    comments: 'Possibly second-hand Mi-24 rebuilt to Mi-35M before delivery',
    tiv: [11.5, 46, 46],
  });

  // The yearly split adds up to the deal's delivered TIV.
  deals.deliveryTiv.forEach((parts, k) => {
    expect(Math.abs(parts.reduce((a, b) => a + b, 0) - (deals.tivDelivered[k] ?? 0))).toBeLessThan(1e-6);
  });
}

describe(`committed data files (${Object.values(COMMITTED).join(', ')})`, () => {
  const dataset = committedDataset();

  it('matches SIPRI fact sheet and the Mi-35M deal', () => {
    checkDataset(dataset);
  });

  it('hold flows and orders that are exactly the register’s deals summed', () => {
    const files = splitDataset(dataset);
    expect(JSON.stringify(files.flows) === readCommitted('flows'), 'flows differ from the register summed').toBe(true);
    expect(JSON.stringify(files.orders) === readCommitted('orders'), 'orders differ from the register summed').toBe(true);
  });

  it('holds the whole register', () => {
    expect(dataset.deals.supplier).toHaveLength(29916);
    expect([dataset.firstYear, dataset.lastYear]).toEqual([1950, 2025]);
    const { weightedDeals, fittedDeals, evenDeals, evenBecause } = dataset.allocation;
    expect(weightedDeals + fittedDeals + evenDeals).toBe(29916 - 1220);
    expect(evenBecause.pairNotInTables + evenBecause.outsideTableYears + evenBecause.noTableTiv).toBe(evenDeals);
    // Most deals outside the per-year file are fitted; few fall back to an even split.
    expect(fittedDeals).toBeGreaterThan(15_000);
    expect(evenDeals).toBeLessThan(1_000);
  });
});

describe.skipIf(!fs.existsSync(path.join(RAW_DIR, REGISTER_FILE)))('build from the raw SIPRI files', () => {
  const tablesDir = path.join(RAW_DIR, PAIR_TABLES);
  const readTables = () => pairTableFiles(fs.readdirSync(tablesDir)).map((file) => readPairTable(fs.readFileSync(path.join(tablesDir, file), 'latin1'), file));
  const build = () =>
    buildDataset({
      register: readRegister(decodeRegister(fs.readFileSync(path.join(RAW_DIR, REGISTER_FILE))), REGISTER_FILE),
      registerFile: REGISTER_FILE,
      deliveries: readDeliveries(decodeDeliveries(fs.readFileSync(path.join(RAW_DIR, DELIVERIES_FILE)), DELIVERIES_FILE), DELIVERIES_FILE),
      deliveriesFile: DELIVERIES_FILE,
      deliveriesRelease: 'March 2025',
      pairTables: { folder: path.basename(PAIR_TABLES), release: 'March 2022', tables: readTables() },
      release: 'March 2026',
    });
  // In beforeAll, not the suite body: vitest collects skipped suites too.
  let dataset: DatasetFile;
  let matchedDeals: number;
  // A whole build takes seconds of CPU: more than the default limits on a machine shared by parallel test files.
  const BUILD_TIMEOUT = 30_000;
  beforeAll(() => {
    ({ dataset, matchedDeals } = build());
  }, BUILD_TIMEOUT);

  it('reads every deal and country', () => {
    expect(dataset.deals.supplier).toHaveLength(29916);
    expect(dataset.countries).toHaveLength(257);
    expect(matchedDeals).toBeGreaterThan(11_700);
  });

  it('matches SIPRI fact sheet and the Mi-35M deal', () => {
    checkDataset(dataset);
  });

  it('gives the same bytes on a second build and as the committed files', () => {
    // Compared as booleans: a failing diff of 4 MB of JSON helps nobody.
    const json = JSON.stringify(dataset);
    expect(JSON.stringify(build().dataset) === json, 'second build differs').toBe(true);
    const files = splitDataset(dataset);
    for (const file of ['flows', 'orders', 'register'] as const) {
      expect(readCommitted(file) === JSON.stringify(files[file]), `committed ${file} file is stale: run npm run data`).toBe(true);
    }
  }, BUILD_TIMEOUT);

  it('follows the yearly tables of SIPRI: before 1995 at least twice as closely as an even split, after 1994 no worse', () => {
    const tables = readTables();
    expect(tables).toHaveLength(134);
    const pairs = pairProfiles(tables, PAIR_TABLES).profiles as YearTable;
    const suppliers = new Set([...pairs.keys()].map((key) => key.split('>')[0]));
    const ofTableSupplier = (key: string) => suppliers.has(key.split('>')[0]);
    const imports = readImportsTable(fs.readFileSync(path.join(RAW_DIR, IMPORTS_FILE), 'latin1'), IMPORTS_FILE);
    const byRecipient = (_: string, recipient: string) => recipient;
    const before = splitBeforeFit(dataset);
    const measure = (table: YearTable, keyOf: (s: string, r: string) => string, from: number, to: number, include?: (key: string) => boolean) => ({
      before: disagreement(yearTotals(dataset, keyOf, before), table, from, to, include),
      after: disagreement(yearTotals(dataset, keyOf), table, from, to, include),
    });

    const pairsEarly = measure(pairs, pairKey, 1950, 1994, ofTableSupplier);
    const pairsLate = measure(pairs, pairKey, 1995, 2021, ofTableSupplier);
    const recipientsEarly = measure(imports, byRecipient, 1950, 1994);
    const recipientsLate = measure(imports, byRecipient, 1995, 2021);
    // Measured 2026-05: pairs 15.5 % → 2.9 % and 7.2 % → 7.1 %; recipients 12.0 % → 2.6 % and 2.6 % → 2.6 %.
    expect(pairsEarly.after).toBeLessThan(pairsEarly.before / 2);
    expect(recipientsEarly.after).toBeLessThan(recipientsEarly.before / 2);
    expect(pairsLate.after).toBeLessThanOrEqual(pairsLate.before + 1e-9);
    expect(recipientsLate.after).toBeLessThanOrEqual(recipientsLate.before + 1e-9);
    expect(pairsEarly.after).toBeLessThan(0.04);
    // The example: India's imports in 1950, 231 with an even split, are SIPRI's 141 again.
    expect(yearTotals(dataset, byRecipient).get('IND')!.get(1950)).toBeCloseTo(imports.get('IND')!.get(1950)!, -1);
  });
});
