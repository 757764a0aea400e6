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
