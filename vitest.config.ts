import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests of the pure core (test/lib mirrors lib/). Browser tests have their own config in test/e2e.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/lib/**/*.test.ts', 'test/lib/**/*.test.tsx', 'test/components/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    testTimeout: 20_000,
    // A worker a core: vitest's default leaves one core to its main process, which mostly waits;
    // on CI's two cores that meant one worker.
    maxWorkers: availableParallelism(),
  },
});
