/**
 * `npm run bench`: builds the site, serves it with `vite preview`, drives Debian's Chromium and checks the
 * performance budgets. Prints a table, writes bench-report.json, exits 1 if a budget fails.
 */
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './bench/browser.ts';
import { measureDealsPage } from './bench/measures/deals-page.ts';
import { measureFirstLoad } from './bench/measures/first-load.ts';
import { startMachineCheck } from './bench/measures/machine.ts';
import { measureSearch } from './bench/measures/search.ts';
import { measureSlider } from './bench/measures/slider.ts';
import { passes, printTable, writeReport, type Result } from './bench/report.ts';
import { buildAndServe } from './bench/site.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT = fileURLToPath(new URL('../bench-report.json', import.meta.url));

async function main(): Promise<number> {
  console.log('Building the site…');
  const site = await buildAndServe(ROOT);
  const browser = await launchBrowser().catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  const results: Result[] = [];
  try {
    console.log(`Serving ${site.url}; measuring…`);
    const machineCheck = await startMachineCheck(site.outDir);
    results.push(...(await measureFirstLoad(browser, site.url, site.outDir)));
    results.push(...(await measureSlider(browser, site.url)));
    results.push(...(await measureSearch(browser, site.url)));
    results.push(...(await measureDealsPage(browser, site.url)));
    results.push(await machineCheck());
  } finally {
    await browser.close();
    await site.close();
  }

  printTable(results);
  await writeReport(REPORT, results);
  console.log(`Report written to ${REPORT}`);
  const failed = results.filter((r) => !passes(r));
  for (const r of failed) console.error(`Budget failed: ${r.measure}`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
