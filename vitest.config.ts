import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { knowledgePlugin } from './scripts/knowledge-plugin';

export default defineConfig({
  // WxtVitest: `wxt/browser` and `wxt/utils/storage` run on WXT's in-memory fake browser in unit tests.
  plugins: [knowledgePlugin(), WxtVitest()],
  // Unit tests run the release build's code (src/page/scan-timing.ts).
  define: { __GLOSS_MEASURE__: 'false' },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // Property tests are bounded by runs, not time; a loaded two-core machine can take several seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
