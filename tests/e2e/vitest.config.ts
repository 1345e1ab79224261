import { defineConfig } from 'vitest/config';

/**
 * The browser suite: the production build served by `vite preview`, driven in Debian's Chromium; and
 * real-server.e2e.ts, the main journeys again on the server-mode build (dist-server/) served by server/.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one preview server: files run one after the other.
    fileParallelism: false,
  },
});
