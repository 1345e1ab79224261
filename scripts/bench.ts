/**
 * `npm run bench`: builds the site, serves it with `vite preview`, drives Debian's Chromium and checks the
 * performance budgets. Prints a table, writes bench-report.json, exits 1 if a budget fails.
 *
 * `npm run bench -- --baseline <git ref>`: also builds that ref (in a temporary git worktree) and serves it beside
 * the working tree's build; every measure runs on both, interleaved (A B, B A …), and the table gives each
 * figure for both and their ratio (new/baseline). Budgets apply to the new build, and some to the ratio.
 *
 * `--trace`: also prints where the time of a cold load of `/` goes (milestones and long frames).
 * `--only loads`: only the page loads (cold loads of / and /shares, the second visit), for a quicker run.
 * See docs/performance.md.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkOut, describeTree } from './bench/baseline.ts';
import { launchBrowser } from './bench/browser.ts';
import { cleanUp, cleanUpOnExit } from './bench/cleanup.ts';
import { measureDealsPage } from './bench/measures/deals-page.ts';
import { measureFirstLoad } from './bench/measures/first-load.ts';
import { startMachineCheck } from './bench/measures/machine.ts';
import { measureSearch } from './bench/measures/search.ts';
import { measureMapTab } from './bench/measures/map-tab.ts';
import { measureSlider } from './bench/measures/slider.ts';
import { buildTrace, printTrace } from './bench/measures/trace.ts';
import { measureWarmLoad } from './bench/measures/warm-load.ts';
import { machineDescription, machineText, passes, printTable, writeReport, type Result } from './bench/report.ts';
import { buildDigest, buildSite, serveSite, type Build, type Site } from './bench/site.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REPORT = fileURLToPath(new URL('../bench-report.json', import.meta.url));

const USAGE = 'Usage: npm run bench [-- --baseline <git ref>] [--trace] [--only loads]';

async function main(): Promise<number> {
  const { values: options } = parseArgs({
    options: {
      baseline: { type: 'string' },
      trace: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (options.help || (options.only !== undefined && options.only !== 'loads')) {
    console.log(USAGE);
    return options.help ? 0 : 1;
  }
  const loadAtStart = loadavg();
  console.log(`Machine: ${machineDescription(loadAtStart)}`);
  // Before the builds, so a bad ref fails at once.
  const baseline = options.baseline === undefined ? null : await checkOut(ROOT, options.baseline);

  console.log('Building the site…');
  const builds: Build[] = [await buildSite(ROOT, 'new', await describeTree(ROOT))];
  if (baseline) {
    const source = `${options.baseline} at ${baseline.commit.slice(0, 7)} (dependencies: ${baseline.install === 'linked' ? 'the same lock file, node_modules shared' : 'npm ci'})`;
    console.log(`Building the baseline, ${source}…`);
    builds.push(await buildSite(baseline.dir, 'baseline', source));
  }
  const sites: Site[] = [];
  for (const build of builds) sites.push(await serveSite(build));
  for (const site of sites) console.log(`Serving ${site.side}, ${site.source}, at ${site.url}`);
  if (sites.length > 1 && new Set(await Promise.all(sites.map((s) => buildDigest(s.outDir)))).size === 1) {
    console.log('The two builds are byte for byte the same: their ratios show the bench\'s own noise, and should be near 1.');
  }

  const browser = await launchBrowser();
  console.log(`Measuring${sites.length > 1 ? ' both builds, interleaved' : ''}…`);
  const machineCheck = startMachineCheck();
  const results: Result[] = [];
  // On a failure the process exits, and the browser with it.
  const firstLoad = await measureFirstLoad(browser, sites);
  results.push(...firstLoad.results);
  results.push(await measureWarmLoad(browser, sites));
  if (options.only !== 'loads') {
    results.push(...(await measureSlider(browser, sites)));
    // Issue 14: a filtered view is cut from its one answer as the unfiltered is.
    results.push(...(await measureSlider(browser, sites, '/shares?top=15&category=Aircraft', '/shares, aircraft only')));
    results.push(...(await measureMapTab(browser, sites)));
    results.push(...(await measureSearch(browser, sites)));
    results.push(...(await measureDealsPage(browser, sites)));
  }
  const machine = machineCheck();
  const trace = buildTrace(sites, firstLoad.overview);
  await browser.close();
  cleanUp();

  printTable(results, sites);
  console.log(machineText(machine));
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' / ')}`);
  if (options.trace) printTrace(trace, sites);
  await writeReport(REPORT, { sites, results, machine, loadAtStart, trace });
  console.log(`Report written to ${REPORT}`);
  const failed = results.filter((r) => passes(r) === false);
  for (const r of failed) console.error(`Budget failed: ${r.measure}`);
  return failed.length ? 1 : 0;
}

cleanUpOnExit();
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
