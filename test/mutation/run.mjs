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
//   MUTATE=evaluate MUTATE_FILES=goal.ts,relapse.ts npm run mutate
//                                           only these files of the folder (the report goes to
//                                           reports/mutation/<folder>/<part>/)
//   MUTATE=evaluate MUTATE_PARTS='goal.ts;recommend.ts,triad.ts' npm run mutate
//                                           a large folder in parts (one Stryker run each, `;` between
//                                           parts), with the score per part and the folder's total
//
// Property tests run a tenth of their usual counts (FC_RUNS_DIVISOR=10) with a fixed seed
// (test/mutation/setup.ts): each mutant is tested by the tests that covered it in the dry run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The folders of src/ under mutation testing and the tests that run against each folder's mutants:
 * the folder's own tests and those of its direct users (running every test per mutant would take
 * hours on two cores). Add a folder here, with its test globs, to include it.
 */
export const TARGETS = {
  goals: ['test/goals/**/*.test.ts', 'test/lint/**/*.test.ts'],
  lifecycle: ['test/lifecycle/**/*.test.ts'],
  timeline: ['test/timeline/**/*.test.ts'],
  evaluate: ['test/evaluate/**/*.test.ts'],
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

// A large folder in parts: MUTATE_PARTS lists groups of files separated by `;` (files in a group
// by `,`), MUTATE_FILES is one group. Each part is its own Stryker run with its own report; the
// folder's score is summed over the parts.
const partsOption = process.env.MUTATE_PARTS ?? process.env.MUTATE_FILES ?? '';
const parts = partsOption
  .split(';')
  .map((group) => group.split(',').map((f) => f.trim()).filter(Boolean))
  .filter((group) => group.length > 0);
if (parts.length > 0 && targets.length !== 1) {
  console.error('MUTATE_PARTS and MUTATE_FILES need exactly one folder in MUTATE');
  process.exit(1);
}
/** The report folder's name for a part: its files' names joined. */
const partName = (files) => files.map((f) => f.replace(/\.ts$/, '').replace(/[^A-Za-z0-9-]+/g, '_')).join('+');

/** Mutation-test one folder, or one part of it (`files`); the score row of its report. */
function mutate(folder, files) {
  const part = files ? partName(files) : '';
  console.log(`\n== mutation testing src/${folder}${files ? ` (${files.join(', ')})` : ''}`);
  const run = spawnSync('npx', ['stryker', 'run', 'test/mutation/stryker.config.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      MUTATE: folder,
      MUTATE_FILES: files ? files.join(',') : '',
      MUTATE_PART: part,
      MUTATE_TESTS: (TARGETS[folder] ?? []).join(','),
      FC_RUNS_DIVISOR: process.env.FC_RUNS_DIVISOR ?? '10',
    },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const report = JSON.parse(readFileSync(`reports/mutation/${folder}${part ? `/${part}` : ''}/mutation.json`, 'utf8'));
  return { folder: files ? `${folder}: ${files.join(', ')}` : folder, ...score(report) };
}

/** The sum of several rows (a folder's parts). */
function total(folder, partRows) {
  const counts = {};
  for (const r of partRows) for (const [status, n] of Object.entries(r.counts)) counts[status] = (counts[status] ?? 0) + n;
  const detected = partRows.reduce((n, r) => n + r.detected, 0);
  const undetected = partRows.reduce((n, r) => n + r.undetected, 0);
  return { folder: `${folder} (total)`, counts, detected, undetected, score: detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected) };
}

const rows = [];
for (const folder of targets) {
  if (!existsSync(`src/${folder}`)) {
    console.error(`src/${folder} does not exist`);
    process.exit(1);
  }
  if (parts.length === 0) {
    rows.push(mutate(folder, undefined));
    continue;
  }
  const partRows = parts.map((files) => mutate(folder, files));
  rows.push(...partRows);
  // one part of a folder is not the folder: only a run over every part gives its total
  if (parts.length > 1) rows.push(total(folder, partRows));
}

const width = Math.max(13, ...rows.map((r) => `src/${r.folder}`.length));
console.log(`\n${'folder'.padEnd(width)}   score   killed  timeout  survived  no-cov  ignored  errors`);
for (const r of rows) {
  const c = r.counts;
  const errors = (c.CompileError ?? 0) + (c.RuntimeError ?? 0);
  console.log(
    `${`src/${r.folder}`.padEnd(width)} ${r.score.toFixed(2).padStart(6)}% ${String(c.Killed ?? 0).padStart(7)} ${String(c.Timeout ?? 0).padStart(8)} ${String(c.Survived ?? 0).padStart(9)} ${String(c.NoCoverage ?? 0).padStart(7)} ${String(c.Ignored ?? 0).padStart(8)} ${String(errors).padStart(7)}`,
  );
}
// a folder run in parts is judged by its total
const low = rows.filter((r) => r.score < minimum && !(parts.length > 1 && !r.folder.endsWith('(total)')));
if (low.length > 0) {
  console.error(`mutation score below ${minimum}% in ${low.map((r) => `src/${r.folder}`).join(', ')}`);
  process.exit(1);
}
