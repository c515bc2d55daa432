#!/usr/bin/env node
// `npm run fuzz`: run every fuzz target at full count (FUZZ=1) and print how many inputs each ran
// and its slowest input; fail when a target failed, below 100,000 inputs in all, or when a required
// target did not report. The slowest input is a figure, marked when it is over its documented
// bound: a wall clock is no test (it failed CI on a loaded machine), so only
// `npm run bench:fuzz` (`--bounds`) fails on it. Hangs fail the run either way: every target's test
// has a timeout, and replay's linearity is checked without a clock (test/lifecycle/replay-linear.test.ts).
// `npm run fuzz -- test/fuzz/replay.fuzz.test.ts ...` runs only those files at full count (the
// total and the required targets are then not checked).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

/**
 * Targets that must report on every run: the APIs the reliability issue names, and the shapes the
 * adversarial review of issue 13 found bugs with (test/fuzz/shapes.ts).
 */
const REQUIRED_TARGETS = [
  'parsePlan',
  'lintPlan',
  'transition',
  'evaluatePlan',
  'CLI (runCli)',
  'renderPlan (shapes)',
  'escapeMarkdown (shapes)',
  'replay (genuine logs)',
  'replay (forged logs)',
  'parsePlan (forged logs)',
  'transition (records, people)',
  'transition (close not_met)',
  'parsePlan (contradictions)',
  'evaluatePlan (duplicated feeds)',
  'evaluatePlan (far dates)',
  'parsePlan (many problems, long keys)',
  'policies (null and mistyped)',
  'CLI (shapes)',
];
/**
 * The documented bound for one input (docs/quality.md): the longest single call of any target.
 * FUZZ_BOUND_MS overrides it (a much slower machine); the default is 1 second.
 */
const BOUND_MS = Number(process.env.FUZZ_BOUND_MS ?? '1000');
/**
 * Per-target bounds, documented in docs/quality.md, for targets whose slowest input is a maximal
 * document that is linear but over 1 s under load: the replay targets replay a log of
 * LIMITS.events (20,000) entries, each re-decided by `transition` (about 0.1 to 0.2 ms an entry,
 * so 2 to 4 s); issue 13 asks replay to be linear, and test/lifecycle/replay-linear.test.ts shows
 * it is. FUZZ_BOUND_MS scales these too (by the same factor as the 1-second default).
 */
const TARGET_BOUNDS_MS = {
  'replay (genuine logs)': 10_000,
  'replay (forged logs)': 10_000,
};
const boundOf = (target) => ((TARGET_BOUNDS_MS[target] ?? 1000) * BOUND_MS) / 1000;
const enforceBounds = process.argv.includes('--bounds');
const started = performance.now();
const log = join(tmpdir(), `improvement-plan-fuzz-${process.pid}.jsonl`);
rmSync(log, { force: true });
const only = process.argv.slice(2).filter((arg) => arg !== '--bounds');
const run = spawnSync('npx', ['vitest', 'run', ...(only.length > 0 ? only : ['test/fuzz']), '--testTimeout=900000'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ: '1', FUZZ_LOG: log },
});
// the figures are printed whether the targets passed or not (the slowest inputs of a failing run say where it hangs)
const rows = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
console.log(`${'target'.padEnd(38)} ${'inputs'.padStart(8)}  slowest input`);
const over = (row) => row.slowestMs !== undefined && row.slowestMs > boundOf(row.target);
for (const row of rows) {
  const slowest = row.slowestMs === undefined ? '' : `${row.slowestMs} ms${over(row) ? ` (over its ${boundOf(row.target)} ms bound)` : ''}`;
  console.log(`${row.target.padEnd(38)} ${String(row.inputs).padStart(8)}  ${slowest}`);
}
const total = rows.reduce((sum, row) => sum + row.inputs, 0);
console.log(`${'total fuzz inputs'.padEnd(38)} ${String(total).padStart(8)}`);
rmSync(log, { force: true });
const wall = (performance.now() - started) / 1000;
console.log(`wall clock: ${Math.floor(wall / 60)} min ${Math.round(wall % 60)} s`);
let failed = false;
if (run.status !== 0) {
  console.error(`fuzz targets failed (vitest exit ${run.status ?? run.signal})`);
  failed = true;
}
if (only.length === 0 && total < 100_000) {
  console.error(`fewer than 100,000 fuzz inputs (${total})`);
  failed = true;
}
// every API the issues name is fuzzed on every run
const missing = only.length > 0 ? [] : REQUIRED_TARGETS.filter((target) => !rows.some((row) => row.target === target));
if (missing.length > 0) {
  console.error(`fuzz targets that did not report: ${missing.join(', ')}`);
  failed = true;
}
// the documented bound per input: a benchmark's figure (`--bounds` fails on it), not a test's
const slow = rows.filter(over);
if (slow.length > 0) {
  const list = slow.map((row) => `${row.target} ${row.slowestMs} ms (bound ${boundOf(row.target)} ms)`).join(', ');
  if (enforceBounds) {
    console.error(`inputs slower than their bound: ${list}`);
    failed = true;
  } else {
    console.log(`inputs slower than their bound (a timing, so a figure here; npm run bench:fuzz fails on it): ${list}`);
  }
} else {
  console.log('every slowest input within its documented bound');
}
if (failed) process.exit(1);
