/**
 * `npm test` at the root: the library's own tests (test/); each workspace package runs its own
 * afterwards (`npm test --workspaces`). The example that runs on @improvement-plan/store imports
 * it from source, and the store imports the library from source: no build needed.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@improvement-plan/store': fileURLToPath(new URL('./packages/store/src/index.ts', import.meta.url)),
      'improvement-plan': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
  },
});
