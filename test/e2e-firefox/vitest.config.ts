import { defineConfig } from 'vitest/config';

// Browser tests in Firefox (firefox-esr, the built .output/firefox-mv2 as a temporary add-on,
// driven over WebDriver BiDi). One browser per file, files in turn, as the Chromium suite.
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    environment: 'node',
  },
});
