import type { Page } from 'playwright-core';
import { STEP_TIMEOUT_MS } from './browser.ts';
import { round } from './stats.ts';

/** The longest a step waits for its page to be idle before the next step. */
const SETTLE_TIMEOUT_MS = 1000;

/** What an interaction step waits for, checked inside the page. */
export interface StepSpec {
  /** The text the app shows once the step's data is on screen; null when the step changes nothing visible. */
  expect: { selector: string; text: string; match: 'prefix' | 'exact' } | null;
  /** The API path the app calls (e.g. /api/v1/shares); wait for its request when `awaitRequest`. */
  apiPath: string;
  /** False when the app answers from its query cache and sends no request. */
  awaitRequest: boolean;
}

/** Times in ms; `request` splits the step when the app made an API call for it. */
export interface StepTiming {
  /** keydown to the expected text in the DOM (null when nothing visible was expected). */
  total: number | null;
  /** keydown to the end of the frame that draws it (style, layout, paint): what the user waits for. */
  painted: number | null;
  request: {
    /** keydown to the request start: input handling, state and URL update, React render before the fetch. */
    beforeRequest: number;
    /** request start to response end: the mock API's handler (on the main thread), and any service worker's round trip. */
    inRequest: number;
    /** response end to the expected text: JSON parsing, React render and commit. */
    afterResponse: number | null;
  } | null;
}

interface RawStep {
  keydown: number;
  shown: number | null;
  painted: number | null;
  request: { start: number; end: number } | null;
}

declare global {
  interface Window {
    __benchStep?: Promise<RawStep>;
  }
}

/**
 * Arms the measurement before the key is pressed: the keydown's own timestamp starts it (so time the event
 * waits for a busy main thread counts), a MutationObserver stamps the moment the expected text appears (and then
 * the end of the frame that draws it), and the request's resource-timing entry splits the time between the API
 * and rendering.
 */
async function armStep(page: Page, spec: StepSpec): Promise<void> {
  await page.evaluate(
    ({ spec, timeoutMs }) => {
      performance.clearResourceTimings();
      performance.clearMeasures();
      window.__benchStep = new Promise<RawStep>((resolve, reject) => {
        let keydown: number | null = null;
        let shown: number | null = null;
        let painted: number | null = null;
        const matches = () => {
          if (!spec.expect) return true;
          const text = document.querySelector(spec.expect.selector)?.textContent ?? '';
          return spec.expect.match === 'exact' ? text === spec.expect.text : text.startsWith(spec.expect.text);
        };
        // A request through the network or a service worker has a resource entry; one the mock API answers in the
        // page, a measure named by its path (mocks/browser.ts).
        const request = () => {
          if (keydown === null) return null;
          const after = (e: PerformanceEntry) => e.startTime >= keydown!;
          const resource = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => after(e) && new URL(e.name).pathname === spec.apiPath);
          if (resource) return { start: resource.startTime, end: resource.responseEnd };
          const measure = performance.getEntriesByName(spec.apiPath, 'measure').find(after);
          return measure ? { start: measure.startTime, end: measure.startTime + measure.duration } : null;
        };
        const observer = new MutationObserver(() => {
          if (keydown !== null && shown === null && spec.expect && matches()) {
            shown = performance.now();
            // The frame that draws it: its rAF runs before its style, layout and paint; a message posted there is
            // handled after them.
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => (painted = performance.now());
              channel.port2.postMessage(null);
            });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`the page did not show ${JSON.stringify(spec.expect?.text ?? spec.apiPath)} within ${timeoutMs} ms`));
        }, timeoutMs);
        // Completion is checked once a frame; the exact times come from the observer and resource timing.
        const check = () => {
          const seen = request();
          if ((spec.expect === null || painted !== null) && (!spec.awaitRequest || seen)) {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ keydown: keydown!, shown, painted, request: seen });
          } else {
            requestAnimationFrame(check);
          }
        };
        document.addEventListener(
          'keydown',
          (event) => {
            keydown = event.timeStamp;
            requestAnimationFrame(check);
          },
          { capture: true, once: true },
        );
      });
    },
    { spec, timeoutMs: STEP_TIMEOUT_MS },
  );
}

/** Presses the key and returns the step's timing, measured inside the page. */
export async function pressAndMeasure(page: Page, key: string, spec: StepSpec): Promise<StepTiming> {
  await armStep(page, spec);
  // The key is released once the step is measured, as a person's key stays down for ~100 ms. Playwright's
  // press() releases it a few ms after the keydown, and that second input event made Chromium hold back other
  // tasks, the mock API's message among them, for one more frame.
  await page.keyboard.down(key);
  const raw = await page.evaluate(() => window.__benchStep!);
  await page.keyboard.up(key);
  // The next step (in this page, or in the other build's in side-by-side mode) starts once this page is idle, so
  // it never pays for work this step left behind (deferred renders, the key's release).
  await page.evaluate((timeout) => new Promise((resolve) => requestIdleCallback(resolve, { timeout })), SETTLE_TIMEOUT_MS);
  return {
    total: raw.shown === null ? null : round(raw.shown - raw.keydown),
    painted: raw.painted === null ? null : round(raw.painted - raw.keydown),
    request: raw.request && {
      beforeRequest: round(raw.request.start - raw.keydown),
      inRequest: round(raw.request.end - raw.request.start),
      afterResponse: raw.shown === null ? null : round(raw.shown - raw.request.end),
    },
  };
}
