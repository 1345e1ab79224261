import type { Browser } from 'playwright-core';
import { coldPage, step } from '../browser.ts';
import { pressAndMeasure, type StepTiming } from '../in-page.ts';
import type { Result } from '../report.ts';
import { latencyResults } from './latency.ts';

const STEPS = 50;
const FIRST_YEAR = 1950;
const LAST_YEAR = 2025;

/**
 * /shares for India, all suppliers (top 15): ArrowRight on the "Start year" thumb, 50 times, 1950 → 2000.
 * The app asks the API once for India's whole series and cuts each range from it, so a step is a render, not a
 * request (were one made, the breakdown would show it). A step ends when the period summary starts with the new
 * range, which it does only once the new figures are rendered (the heading changes at once, from the URL).
 */
export async function measureSlider(browser: Browser, baseUrl: string): Promise<Result[]> {
  const { page, close } = await coldPage(browser);
  try {
    await step('open /shares?top=15', async () => {
      await page.goto(new URL('/shares?top=15', baseUrl).toString());
      await page.locator('.period-summary', { hasText: `${FIRST_YEAR}–${LAST_YEAR}:` }).waitFor();
      await page.getByRole('slider', { name: 'Start year' }).focus();
    });
    const timings: StepTiming[] = [];
    for (let i = 1; i <= STEPS; i++) {
      const text = `${FIRST_YEAR + i}–${LAST_YEAR}:`;
      timings.push(
        await step(`slider step ${i} (${text})`, () =>
          pressAndMeasure(page, 'ArrowRight', {
            expect: { selector: '.period-summary', text, match: 'prefix' },
            apiPath: '/api/v1/shares',
            awaitRequest: false,
          }),
        ),
      );
    }
    return latencyResults(`Slider step on /shares (${STEPS} × ArrowRight)`, timings);
  } finally {
    await close();
  }
}
