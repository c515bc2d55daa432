/**
 * The service's tests run against the library's and the store's source (no build needed). Some
 * tests start the service as a child process (`node --import tsx src/main.ts`, with this
 * package's tsconfig mapping both to their source); the PostgreSQL tests run when
 * IMPROVEMENT_PLAN_TEST_DATABASE_URL is set (and must run under CI or
 * IMPROVEMENT_PLAN_REQUIRE_POSTGRES=1).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@improvement-plan/store': fileURLToPath(new URL('../store/src/index.ts', import.meta.url)),
      'improvement-plan': fileURLToPath(new URL('../../src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
