/**
 * Builds public/data/sipri-arms-transfers-2026.json from SIPRI's raw exports.
 * Usage: npm run data [-- <sipri-dir>]; or SIPRI_DIR=<dir> npm run data.
 * Default folder: ../shared/data/sipri next to the repository. Nothing is written on any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
const OUTPUT = 'public/data/sipri-arms-transfers-2026.json';

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

  const json = JSON.stringify(dataset);
  const output = path.join(root, OUTPUT);
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(`${output}.tmp`, json);
  fs.renameSync(`${output}.tmp`, output);

  const { allocation } = dataset;
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  console.log(`Wrote ${OUTPUT}: ${kib(Buffer.byteLength(json))}, ${kib(gzipSync(json).length)} gzipped`);
  console.log(`Deals: ${dataset.deals.supplier.length}; countries: ${dataset.countries.length}; years ${dataset.firstYear}–${dataset.lastYear}`);
  console.log(`Matched with the per-year file: ${matchedDeals} of ${new Set(deliveries.map((d) => d.dealId)).size} per-year deals`);
  const because = Object.entries(allocation.evenBecause).map(([reason, n]) => `${n} ${reason}`).join(', ');
  console.log(`Yearly split: ${allocation.weightedDeals} by the per-year file, ${allocation.fittedDeals} fitted to ${tables.length} pair tables, ${allocation.evenDeals} even (${because})`);
  console.log(`Pairs fitted: ${fittedPairs}; ${inexactPairs} of them miss the tables' profile by more than 1 % (the releases' delivery years disagree)`);
  for (const { from, to, published } of INDIA_FACT_SHEET) {
    const share = russiaShareOfIndia(dataset, from, to);
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
