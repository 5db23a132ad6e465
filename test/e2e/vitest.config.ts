import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in a Chromium-family browser (test/support/chromium.mjs).
// One browser per file, files in turn (two cores; screenshots are rate-limited per browser anyway).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.mjs'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
