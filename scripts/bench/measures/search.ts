import type { Browser, Page } from 'playwright-core';
import { coldPage, step } from '../browser.ts';
import { pressAndMeasure, type StepTiming } from '../in-page.ts';
import type { Result } from '../report.ts';
import { latencyResults } from './latency.ts';

/** Type a word, then delete it: 50 keystrokes. Deleting goes back through states the app has cached. */
const WORDS = ['helicopter', 'missile', 'radar', 'tan'];
const KEYS = WORDS.flatMap((word) => [...word, ...Array<string>(word.length).fill('Backspace')]);
const COUNT = '.deals-summary strong';

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

/**
 * /deals, all 29,916 deals: one keystroke at a time into "Search deals". A keystroke is timed from its keydown
 * to the count of matching deals showing the new number. When the count does not change (e.g. "helicopte" →
 * "helicopter") nothing on screen says the answer arrived, so that keystroke is not timed; the bench still
 * waits for its request before the next key, so keystrokes never overlap.
 */
export async function measureSearch(browser: Browser, baseUrl: string): Promise<Result[]> {
  const { page, context, close } = await coldPage(browser);
  try {
    const counts = await step('count the matches of every query, in another page', async () => {
      const counter = await context.newPage();
      await counter.goto(new URL('/deals', baseUrl).toString());
      await counter.locator(COUNT, { hasText: '29,916' }).waitFor();
      const counts = await expectedCounts(counter, queriesTyped());
      await counter.close();
      return counts;
    });
    await step('open /deals', async () => {
      await page.goto(new URL('/deals', baseUrl).toString());
      await page.locator(COUNT, { hasText: '29,916' }).waitFor();
      await page.getByRole('searchbox', { name: 'Search deals' }).focus();
    });
    const seen = new Set(['']); // queries the app has already fetched: it answers those from its cache
    let q = '';
    let count = counts.get(q)!;
    const timings: StepTiming[] = [];
    for (const key of KEYS) {
      q = key === 'Backspace' ? q.slice(0, -1) : q + key;
      const next = counts.get(q)!;
      if (next === 0) throw new Error(`no deal matches "${q}": choose other words, the count would not be shown`);
      const timing = await step(`search keystroke → "${q}"`, () =>
        pressAndMeasure(page, key, {
          expect: next === count ? null : { selector: COUNT, text: next.toLocaleString('en'), match: 'exact' },
          apiPath: '/api/v1/deals',
          awaitRequest: !seen.has(q),
        }),
      );
      timings.push(timing);
      seen.add(q);
      count = next;
    }
    return latencyResults(`Search keystroke on /deals (${KEYS.length} keys)`, timings);
  } finally {
    await close();
  }
}
