import type { Browser, Page } from 'playwright-core';
import { coldPage, step, type ColdPage } from '../browser.ts';
import { pressAndMeasure, type StepTiming } from '../in-page.ts';
import { orderFor } from '../interleave.ts';
import type { Result } from '../report.ts';
import type { Site } from '../site.ts';
import { latencyResults } from './latency.ts';

/** Type a word, then delete it: 50 keystrokes. Deleting goes back through states the app has cached. */
const WORDS = ['helicopter', 'missile', 'radar', 'tan'];
const KEYS = WORDS.flatMap((word) => [...word, ...Array<string>(word.length).fill('Backspace')]);
const COUNT = '.deals-summary strong';
const BUDGET_P95_MS = 30;

/**
 * The number of deals matching each query, asked of the API in a page of its own: each page runs its own copy
 * of the mock API, so the measured page's handler has not seen (or cached) a query before its keystroke.
 */
async function expectedCounts(page: Page, queries: readonly string[]): Promise<Map<string, number>> {
  const counts = await page.evaluate(async (queries) => {
    const totals: Array<[string, number]> = [];
    for (const q of queries) {
      const response = await fetch(`/api/v1/deals?${new URLSearchParams(q ? { q, pageSize: '1' } : { pageSize: '1' })}`);
      if (!response.ok) throw new Error(`/api/v1/deals answered HTTP ${response.status}`);
      totals.push([q, ((await response.json()) as { total: number }).total]);
    }
    return totals;
  }, queries);
  return new Map(counts);
}

/** Every query the keystrokes lead through, in order, starting from the empty box. */
function queriesTyped(): string[] {
  const queries = [''];
  for (const key of KEYS) queries.push(key === 'Backspace' ? queries.at(-1)!.slice(0, -1) : queries.at(-1)! + key);
  return queries;
}

/** One build's /deals page, typed into one key at a time. */
class SearchSession {
  private readonly seen = new Set(['']); // queries the app has already fetched: it answers those from its cache
  private q = '';
  private count: number;

  constructor(
    readonly site: Site,
    private readonly page: Page,
    private readonly counts: Map<string, number>,
  ) {
    this.count = counts.get('')!;
  }

  /** Presses `key` and times it to the new count (untimed when the count stays the same: nothing shows it). */
  async press(key: string): Promise<StepTiming> {
    const q = key === 'Backspace' ? this.q.slice(0, -1) : this.q + key;
    const next = this.counts.get(q)!;
    if (next === 0) throw new Error(`no deal matches "${q}": choose other words, the count would not be shown`);
    const timing = await step(`search keystroke → "${q}" (${this.site.side})`, () =>
      pressAndMeasure(this.page, key, {
        expect: next === this.count ? null : { selector: COUNT, text: next.toLocaleString('en'), match: 'exact' },
        apiPath: '/api/v1/deals',
        awaitRequest: !this.seen.has(q),
      }),
    );
    this.seen.add(q);
    this.q = q;
    this.count = next;
    return timing;
  }
}

async function openSession(browser: Browser, site: Site, pages: ColdPage[]): Promise<SearchSession> {
  const cold = await coldPage(browser);
  pages.push(cold);
  const { page, context } = cold;
  const counts = await step(`count the matches of every query, in another page (${site.side})`, async () => {
    const counter = await context.newPage();
    await counter.goto(new URL('/deals', site.url).toString());
    await counter.locator(COUNT, { hasText: '29,916' }).waitFor();
    const counts = await expectedCounts(counter, queriesTyped());
    await counter.close();
    return counts;
  });
  await step(`open /deals (${site.side})`, async () => {
    await page.goto(new URL('/deals', site.url).toString());
    await page.locator(COUNT, { hasText: '29,916' }).waitFor();
    await page.getByRole('searchbox', { name: 'Search deals' }).focus();
  });
  return new SearchSession(site, page, counts);
}

/**
 * /deals, all 29,916 deals: one keystroke at a time into "Search deals", the builds' keystrokes interleaved (one
 * page per build, A B, B A …). A keystroke is timed from its keydown to the count of matching deals showing the
 * new number. When the count does not change (e.g. "helicopte" → "helicopter") nothing on screen says the answer
 * arrived, so that keystroke is not timed; the bench still waits for its request before the next key, so
 * keystrokes never overlap.
 */
export async function measureSearch(browser: Browser, sites: readonly Site[]): Promise<Result[]> {
  const pages: ColdPage[] = [];
  try {
    const sessions: SearchSession[] = [];
    for (const site of sites) sessions.push(await openSession(browser, site, pages));
    const timings = sites.map(() => [] as StepTiming[]);
    for (const [i, key] of KEYS.entries()) {
      for (const session of orderFor(i, sessions)) timings[sessions.indexOf(session)]!.push(await session.press(key));
    }
    return latencyResults(`Search keystroke on /deals (${KEYS.length} keys)`, BUDGET_P95_MS, timings);
  } finally {
    for (const cold of pages) await cold.close();
  }
}
