/**
 * Prints how close the committed dataset's yearly figures are to SIPRI's own yearly tables, before issue 19's fit
 * (even splits where the per-year file has no deal) and after. Usage: npm run data:agreement [-- <sipri-dir>].
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetSchema } from '../core/dataset/schema.ts';
import { disagreement, largestDifferences, readImportsTable, splitBeforeFit, yearTotals, type YearTable } from './data/agreement.ts';
import { pairKey } from './data/allocate.ts';
import { pairProfiles } from './data/build-dataset.ts';
import { pairTableFiles, readPairTable } from './data/read-pair-tables.ts';

const PAIR_TABLES = 'alt/tiv-export-by-supplier_1950-2021_generated-2022-07-28';
const IMPORTS = 'sipri_tiv_imports_by_recipient_1950-2023_generated-2024-10-13.csv';
const DATASET = 'public/data/sipri-arms-transfers-2026.json';
const PERIODS = [
  [1950, 1994],
  [1995, 2021],
] as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(root, process.argv[2] ?? process.env.SIPRI_DIR ?? '../shared/data/sipri');
const dataset = datasetSchema.parse(JSON.parse(fs.readFileSync(path.join(root, DATASET), 'utf8')));
const tablesDir = path.join(dir, PAIR_TABLES);
const tables = pairTableFiles(fs.readdirSync(tablesDir)).map((file) => readPairTable(fs.readFileSync(path.join(tablesDir, file), 'latin1'), file));
const pairs: YearTable = pairProfiles(tables, PAIR_TABLES).profiles as YearTable;
const suppliers = new Set([...pairs.keys()].map((key) => key.split('>')[0]));
const ofTableSupplier = (key: string) => suppliers.has(key.split('>')[0]);
const imports = readImportsTable(fs.readFileSync(path.join(dir, IMPORTS), 'latin1'), IMPORTS);
const byRecipient = (_: string, recipient: string) => recipient;

const before = splitBeforeFit(dataset);
const percent = (value: number) => `${(100 * value).toFixed(1)} %`;
console.log('| compared with | years | before (even split) | after (fitted) |');
console.log('|---|---|---|---|');
for (const [from, to] of PERIODS) {
  const was = disagreement(yearTotals(dataset, pairKey, before), pairs, from, to, ofTableSupplier);
  const now = disagreement(yearTotals(dataset, pairKey), pairs, from, to, ofTableSupplier);
  console.log(`| pair-by-year tables, March 2022 | ${from}–${to} | ${percent(was)} | ${percent(now)} |`);
}
for (const [from, to] of PERIODS) {
  const was = disagreement(yearTotals(dataset, byRecipient, before), imports, from, to);
  const now = disagreement(yearTotals(dataset, byRecipient), imports, from, to);
  console.log(`| imports by recipient, March 2024 | ${from}–${to} | ${percent(was)} | ${percent(now)} |`);
}
for (const [from, to] of PERIODS) {
  console.log(`\nPairs that differ most, ${from}–${to} (Σ|difference|, ours, SIPRI 2022):`);
  for (const row of largestDifferences(yearTotals(dataset, pairKey), pairs, from, to, 8, ofTableSupplier)) {
    console.log(`  ${row.key}: ${row.difference.toFixed(0)} (${row.ours.toFixed(0)} vs ${row.sipri.toFixed(0)})`);
  }
}
