import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: {
    // See mocks/shims/tldts.ts: the mock API needs none of the Public Suffix List msw's cookie parser pulls in.
    alias: { tldts: fileURLToPath(new URL('./mocks/shims/tldts.ts', import.meta.url)) },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup-dom.ts'],
          // Whole pages over the real dataset: generous on a slow 2-core machine, still bounded.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
