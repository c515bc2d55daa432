#!/usr/bin/env node
// `npm run mutate`: StrykerJS over each folder of src/ in MUTATE_TARGETS, one Stryker run per
// folder (each with its own incremental file and report under reports/mutation/<folder>/), then
// the mutation score per folder. Fails when a folder scores below MUTATE_MIN (default 85).
//
//   npm run mutate                          every folder in DEFAULT_TARGETS
//   MUTATE=timeline npm run mutate          one folder (a comma-separated list works too)
//   MUTATE_INCREMENTAL=1 npm run mutate     reuse earlier results (quick local iterations; it keeps
//                                           earlier survivors that new tests would kill: not for figures)
//   MUTATE_CONCURRENCY=2 npm run mutate     two test runners (default one: the machine is shared)
//
// Property tests run a tenth of their usual counts (FC_RUNS_DIVISOR=10) with a fixed seed
// (test/mutation/setup.ts): each mutant is tested by the tests that covered it in the dry run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The folders of src/ under mutation testing and the tests that run against each folder's mutants:
 * the folder's own tests and those of its direct users (running every test per mutant would take
 * hours on two cores). Add a folder here (e.g. `evaluate: ['test/evaluate/**']`) to include it.
 */
export const TARGETS = {
  goals: ['test/goals/**/*.test.ts', 'test/lint/**/*.test.ts'],
  lifecycle: ['test/lifecycle/**/*.test.ts'],
  timeline: ['test/timeline/**/*.test.ts'],
};
const DEFAULT_TARGETS = Object.keys(TARGETS);

const targets = (process.env.MUTATE ?? DEFAULT_TARGETS.join(',')).split(',').map((t) => t.trim()).filter(Boolean);
const minimum = Number(process.env.MUTATE_MIN ?? '85');
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Score as Stryker computes it: detected / (detected + undetected); errors and ignored left out. */
function score(report) {
  const counts = {};
  for (const file of Object.values(report.files)) for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  const detected = [...DETECTED].reduce((n, s) => n + (counts[s] ?? 0), 0);
  const undetected = [...UNDETECTED].reduce((n, s) => n + (counts[s] ?? 0), 0);
  return { counts, detected, undetected, score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected) };
}

const rows = [];
for (const folder of targets) {
  if (!existsSync(`src/${folder}`)) {
    console.error(`src/${folder} does not exist`);
    process.exit(1);
  }
  console.log(`\n== mutation testing src/${folder}`);
  const args = ['stryker', 'run', 'test/mutation/stryker.config.mjs'];
  const run = spawnSync('npx', args, {
    stdio: 'inherit',
    env: { ...process.env, MUTATE: folder, MUTATE_TESTS: (TARGETS[folder] ?? []).join(','), FC_RUNS_DIVISOR: process.env.FC_RUNS_DIVISOR ?? '10' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const report = JSON.parse(readFileSync(`reports/mutation/${folder}/mutation.json`, 'utf8'));
  rows.push({ folder, ...score(report) });
}

console.log('\nfolder        score   killed  timeout  survived  no-cov  ignored  errors');
for (const r of rows) {
  const c = r.counts;
  const errors = (c.CompileError ?? 0) + (c.RuntimeError ?? 0);
  console.log(
    `${`src/${r.folder}`.padEnd(13)} ${r.score.toFixed(2).padStart(6)}% ${String(c.Killed ?? 0).padStart(7)} ${String(c.Timeout ?? 0).padStart(8)} ${String(c.Survived ?? 0).padStart(9)} ${String(c.NoCoverage ?? 0).padStart(7)} ${String(c.Ignored ?? 0).padStart(8)} ${String(errors).padStart(7)}`,
  );
}
const low = rows.filter((r) => r.score < minimum);
if (low.length > 0) {
  console.error(`mutation score below ${minimum}% in ${low.map((r) => `src/${r.folder}`).join(', ')}`);
  process.exit(1);
}
