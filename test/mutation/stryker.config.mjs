import { tmpdir } from 'node:os';
import { join } from 'node:path';

// StrykerJS configuration for `npm run mutate` (run through test/mutation/run.mjs, which sets
// MUTATE to one folder of src/ at a time). Paths are relative to the repository root.
const folder = process.env.MUTATE ?? 'goals';
// The test files that run against this folder's mutants (set by run.mjs; empty: every test).
const testFiles = (process.env.MUTATE_TESTS ?? '').split(',').filter(Boolean);
// MUTATE_FILES: only these files of the folder (comma-separated names or globs relative to
// src/<folder>, e.g. `goal.ts,relapse.ts`), for a large folder run in parts; their report goes to
// reports/mutation/<folder>/<part>/ (the part name is set by run.mjs).
const files = (process.env.MUTATE_FILES ?? '').split(',').map((f) => f.trim()).filter(Boolean);
const part = process.env.MUTATE_PART ?? '';
const reportDir = `reports/mutation/${folder}${part ? `/${part}` : ''}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: files.length > 0 ? files.map((f) => `src/${folder}/${f}`) : [`src/${folder}/**/*.ts`, `!src/${folder}/**/types.ts`],
  testFiles,
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Incremental mode (MUTATE_INCREMENTAL=1) is for quick local iterations only: it reuses earlier
  // "survived" results even when a new test would kill the mutant, so reported scores come from full runs.
  incremental: process.env.MUTATE_INCREMENTAL === '1',
  incrementalFile: `${reportDir}/incremental.json`,
  concurrency: Number.parseInt(process.env.MUTATE_CONCURRENCY ?? '1', 10),
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress-append-only', 'json', 'html'],
  jsonReporter: { fileName: `${reportDir}/mutation.json` },
  htmlReporter: { fileName: `${reportDir}/mutation.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  // outside the repository, so that `npm test` never picks up the sandbox's copies of the tests
  tempDirName: join(tmpdir(), `improvement-plan-stryker-${folder}${part ? `-${part}` : ''}`),
  cleanTempDir: true,
  thresholds: { high: 90, low: 85, break: null },
};
