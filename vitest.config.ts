import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure code, *.test.ts) and `integration` (*.int.test.ts, real Neo4j started
 * once by test/global-setup.ts; files run one at a time because they share one database).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.int.test.ts', '**/node_modules/**'],
          // (a file's first draft loads the seed gazetteer: seconds on a busy two-core machine; no
          // test here is timed, speed lives in the benchmarks)
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
