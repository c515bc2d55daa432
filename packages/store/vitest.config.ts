/**
 * The store's tests run against the library's source (no build needed): `improvement-plan`
 * resolves to ../../src. The PostgreSQL half runs when IMPROVEMENT_PLAN_TEST_DATABASE_URL is set
 * (see test/support/engines.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'improvement-plan': fileURLToPath(new URL('../../src/index.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
