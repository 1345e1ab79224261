import type { Browser } from 'playwright-core';
import { coldPage, step, type ColdPage } from '../browser.ts';
import { pressAndMeasure, type StepTiming } from '../in-page.ts';
import { orderFor } from '../interleave.ts';
import type { Result } from '../report.ts';
import type { Site } from '../site.ts';
import { latencyResults } from './latency.ts';

const STEPS = 50;
const FIRST_YEAR = 1950;
const LAST_YEAR = 2025;
/** One frame at 60 Hz. */
const BUDGET_P95_MS = 16;

/**
 * /shares for India, all suppliers (top 15): ArrowRight on the "Start year" thumb, 50 times, 1950 → 2000, the
 * builds' steps interleaved (one page per build, A B, B A …). The app answers a step from the country's whole
 * series, so a step is a render, not a request (were one made, the breakdown would show it). A step ends when the
 * period summary starts with the new range, which it does only once the new figures are rendered (the heading
 * changes at once, from the URL).
 */
export async function measureSlider(browser: Browser, sites: readonly Site[], path = '/shares?top=15', label = '/shares'): Promise<Result[]> {
  const pages: ColdPage[] = [];
  try {
    for (const site of sites) {
      const cold = await coldPage(browser);
      pages.push(cold);
      await step(`open ${path} (${site.side})`, async () => {
        await cold.page.goto(new URL(path, site.url).toString());
        await cold.page.locator('.period-summary', { hasText: `${FIRST_YEAR}–${LAST_YEAR}:` }).waitFor();
        await cold.page.getByRole('slider', { name: 'Start year' }).focus();
      });
    }
    const timings = sites.map(() => [] as StepTiming[]);
    for (let i = 1; i <= STEPS; i++) {
      const text = `${FIRST_YEAR + i}–${LAST_YEAR}:`;
      for (const site of orderFor(i, sites)) {
        const at = sites.indexOf(site);
        timings[at]!.push(
          await step(`slider step ${i} (${text}, ${site.side})`, () =>
            pressAndMeasure(pages[at]!.page, 'ArrowRight', {
              expect: { selector: '.period-summary', text, match: 'prefix' },
              apiPath: '/api/v1/shares',
              awaitRequest: false,
            }),
          ),
        );
      }
    }
    return latencyResults(`Slider step on ${label} (${STEPS} × ArrowRight)`, BUDGET_P95_MS, timings);
  } finally {
    for (const cold of pages) await cold.close();
  }
}
