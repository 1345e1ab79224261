/**
 * Builds the app's data files in public/data/ from SIPRI's raw exports: the flows and the deals register, each
 * named by a hash of its content (browsers may cache them for good), and core/dataset/files.ts, which names them.
 * Usage: npm run data [-- <sipri-dir>]; or SIPRI_DIR=<dir> npm run data.
 * Default folder: ../shared/data/sipri next to the repository. Nothing is written on any error.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { splitDataset } from '../core/dataset/split.ts';
import { buildDataset } from './data/build-dataset.ts';
import { decodeDeliveries, readDeliveries } from './data/read-deliveries.ts';
import { pairTableFiles, readPairTable } from './data/read-pair-tables.ts';
import { decodeRegister, readRegister } from './data/read-register.ts';
import { INDIA_FACT_SHEET, russiaShareOfIndia } from './data/russia-share-of-india.ts';

const REGISTER_FILE = 'sipri_trade_register_1950-2025_generated-2026-05-18.csv';
const DELIVERIES_FILE = 'sipri_deliveries_by_year_1995-2024_generated-2026-02-12.csv';
const DELIVERIES_RELEASE = 'March 2025';
const PAIR_TABLES = 'alt/tiv-export-by-supplier_1950-2021_generated-2022-07-28';
const PAIR_TABLES_RELEASE = 'March 2022';
const RELEASE = 'March 2026';
const DATA_DIR = 'public/data';
const NAMES_MODULE = 'core/dataset/files.ts';
/** The files this script writes, by their names before the hash: older ones are removed. */
const WRITTEN = /^(flows|orders|register)\.[0-9a-f]{10}\.json$/;

/** `flows` → `flows.<hash>.json`, written atomically. */
function writeHashed(root: string, stem: string, json: string): string {
  const name = `${stem}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
  const file = path.join(root, DATA_DIR, name);
  fs.writeFileSync(`${file}.tmp`, json);
  fs.renameSync(`${file}.tmp`, file);
  return name;
}
function main(): void {
  const started = performance.now();
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(root, process.argv[2] ?? process.env.SIPRI_DIR ?? '../shared/data/sipri');

  const register = readRegister(decodeRegister(fs.readFileSync(path.join(dir, REGISTER_FILE))), REGISTER_FILE);
  const deliveries = readDeliveries(decodeDeliveries(fs.readFileSync(path.join(dir, DELIVERIES_FILE)), DELIVERIES_FILE), DELIVERIES_FILE);
  const tablesDir = path.join(dir, PAIR_TABLES);
  // The tables are ASCII: latin1 reads them as they are, whatever a later export might hold.
  const tables = pairTableFiles(fs.readdirSync(tablesDir)).map((file) => readPairTable(fs.readFileSync(path.join(tablesDir, file), 'latin1'), file));
  const { dataset, matchedDeals, fittedPairs, inexactPairs } = buildDataset({
    register,
    registerFile: REGISTER_FILE,
    deliveries,
    deliveriesFile: DELIVERIES_FILE,
    deliveriesRelease: DELIVERIES_RELEASE,
    pairTables: { folder: path.basename(PAIR_TABLES), release: PAIR_TABLES_RELEASE, tables },
    release: RELEASE,
  });

  const files = splitDataset(dataset);
  const { flows } = files;
  const json = { flows: JSON.stringify(flows), orders: JSON.stringify(files.orders), register: JSON.stringify(files.register) };

  fs.mkdirSync(path.join(root, DATA_DIR), { recursive: true });
  const stale = fs.readdirSync(path.join(root, DATA_DIR)).filter((name) => WRITTEN.test(name));
  const names = {
    flows: writeHashed(root, 'flows', json.flows),
    orders: writeHashed(root, 'orders', json.orders),
    register: writeHashed(root, 'register', json.register),
  };
  for (const name of stale) if (!Object.values(names).includes(name)) fs.rmSync(path.join(root, DATA_DIR, name));
  fs.writeFileSync(
    path.join(root, NAMES_MODULE),
    `// Written by \`npm run data\`: the data files, named by their content, relative to the site's root.\n` +
      Object.entries(names)
        .map(([stem, name]) => `export const ${stem.toUpperCase()}_PATH = 'data/${name}';\n`)
        .join(''),
  );

  const { allocation } = dataset;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  for (const stem of ['flows', 'orders', 'register'] as const) {
    console.log(`Wrote ${DATA_DIR}/${names[stem]}: ${kib(Buffer.byteLength(json[stem]))}, ${kib(gzipSync(json[stem]).length)} gzipped`);
  }
  console.log(`Flows: ${flows.deliveries.year.length} of deliveries, ${files.orders.orders.year.length} of orders`);
  console.log(`Deals: ${dataset.deals.supplier.length}; countries: ${dataset.countries.length}; years ${dataset.firstYear}–${dataset.lastYear}`);
  console.log(`Matched with the per-year file: ${matchedDeals} of ${new Set(deliveries.map((d) => d.dealId)).size} per-year deals`);
  const because = Object.entries(allocation.evenBecause).map(([reason, n]) => `${n} ${reason}`).join(', ');
  console.log(`Yearly split: ${allocation.weightedDeals} by the per-year file, ${allocation.fittedDeals} fitted to ${tables.length} pair tables, ${allocation.evenDeals} even (${because})`);
  console.log(`Pairs fitted: ${fittedPairs}; ${inexactPairs} of them miss the tables' profile by more than 1 % (the releases' delivery years disagree)`);
  for (const { from, to, published } of INDIA_FACT_SHEET) {
    const share = russiaShareOfIndia(flows, from, to);
    console.log(`India from Russia + USSR, ${from}–${to}: ${share.toFixed(1)} % (SIPRI: ${published} %)`);
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

try {
  main();
} catch (error) {
  console.error(`build-data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
