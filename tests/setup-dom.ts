import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { getDatasetFromDisk, server } from '../mocks/node.ts';

// jsdom has no layout: every observed element reports a fixed size, so responsive charts draw
// (everything else measures 0 × 0, which keeps legends from taking the chart's room).
const FIXED_RECT = { width: 800, height: 360, top: 0, left: 0, right: 800, bottom: 360, x: 0, y: 0 };
globalThis.ResizeObserver = class {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: FIXED_RECT } as unknown as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
};

// Rendering the full dataset takes a while on a slow CI machine; waiting longer makes no test weaker.
configure({ asyncUtilTimeout: 5000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Read and validate the dataset once per file, before any test's clock starts.
  await getDatasetFromDisk();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
});
afterAll(() => server.close());
