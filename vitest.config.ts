import { defineConfig } from 'vitest/config';
import { sqlText } from './scripts/vite-sql-text.ts';

export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        plugins: [sqlText()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
          // The CLI tests start up to ten `gongwen` processes each; a start takes 5–7 s on a loaded 2-core
          // machine (1–2 s idle), which timed 30 s out. Nothing here asserts a duration.
          testTimeout: 90_000,
        },
      },
      {
        plugins: [sqlText()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
