/**
 * The vitest configuration for mutation testing only (`npm run mutate`); `npm test` uses the root's.
 * It runs the project's own tests with the timeout of `npm test`, minus the targets that add
 * nothing per mutant: the fuzz targets (run by `npm run fuzz`), the consumer projects, and the
 * time-zone tests, which run the library in child processes that Stryker does not instrument.
 * fast-check's seed is fixed (see setup.ts) so a mutant meets the same inputs as the dry run.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  // examples/hr-integration.ts runs on @improvement-plan/store, from source, as in `npm test`
  resolve: {
    alias: {
      '@improvement-plan/store': `${root}packages/store/src/index.ts`,
      'improvement-plan': `${root}src/index.ts`,
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/fuzz/**', 'test/consumers/**', 'test/zones/**', 'test/timeline/zones.test.ts', 'test/evaluate/tz.test.ts', '**/node_modules/**'],
    testTimeout: 120_000,
    setupFiles: [fileURLToPath(new URL('./setup.ts', import.meta.url))],
  },
});
