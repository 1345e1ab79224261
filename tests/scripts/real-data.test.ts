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
import { INDIA_FACT_SHEET, russiaShareOfIndia } from '../../scripts/data/russia-share-of-india.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RAW_DIR = path.resolve(ROOT, process.env.SIPRI_DIR ?? '../shared/data/sipri');
const REGISTER_FILE = 'sipri_trade_register_1950-2025_generated-2026-05-18.csv';
const DELIVERIES_FILE = 'sipri_deliveries_by_year_1995-2024_generated-2026-02-12.csv';
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
    countries: countries.map(({ id, name, kind }) => ({ id, name, kind })),
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
    expect(dataset.allocation.weightedDeals + dataset.allocation.evenDeals).toBe(29916 - 1220);
  });
});

describe.skipIf(!fs.existsSync(path.join(RAW_DIR, REGISTER_FILE)))('build from the raw SIPRI files', () => {
  const build = () =>
    buildDataset({
      register: readRegister(decodeRegister(fs.readFileSync(path.join(RAW_DIR, REGISTER_FILE))), REGISTER_FILE),
      registerFile: REGISTER_FILE,
      deliveries: readDeliveries(decodeDeliveries(fs.readFileSync(path.join(RAW_DIR, DELIVERIES_FILE)), DELIVERIES_FILE), DELIVERIES_FILE),
      deliveriesFile: DELIVERIES_FILE,
      release: 'March 2026',
    });
  // In beforeAll, not the suite body: vitest collects skipped suites too.
  let dataset: DatasetFile;
  let matchedDeals: number;
  beforeAll(() => {
    ({ dataset, matchedDeals } = build());
  });

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
  });
});
