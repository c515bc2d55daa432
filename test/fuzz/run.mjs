#!/usr/bin/env node
// `npm run fuzz`: run every fuzz target at full count (FUZZ=1) and print how many inputs each ran
// and its slowest input; fail below 100,000 inputs in all, when a required target did not report,
// or when one input took longer than the documented bound.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';

/** Targets that must report on every run: the APIs the reliability issue names. */
const REQUIRED_TARGETS = ['parsePlan', 'lintPlan', 'transition', 'evaluatePlan', 'CLI (runCli)'];
/**
 * The documented bound for one input (docs/quality.md): the longest single call of any target.
 * FUZZ_BOUND_MS overrides it (a much slower machine); the default is 1 second.
 */
const BOUND_MS = Number(process.env.FUZZ_BOUND_MS ?? '1000');
const started = performance.now();
const log = join(tmpdir(), `improvement-plan-fuzz-${process.pid}.jsonl`);
rmSync(log, { force: true });
const run = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--testTimeout=900000'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ: '1', FUZZ_LOG: log },
});
if (run.status !== 0) process.exit(run.status ?? 1);
const rows = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line)) : [];
console.log(`${'target'.padEnd(28)} ${'inputs'.padStart(8)}  slowest input`);
for (const row of rows) console.log(`${row.target.padEnd(28)} ${String(row.inputs).padStart(8)}  ${row.slowestMs === undefined ? '' : `${row.slowestMs} ms`}`);
const total = rows.reduce((sum, row) => sum + row.inputs, 0);
console.log(`${'total fuzz inputs'.padEnd(28)} ${String(total).padStart(8)}`);
rmSync(log, { force: true });
const wall = (performance.now() - started) / 1000;
console.log(`wall clock: ${Math.floor(wall / 60)} min ${Math.round(wall % 60)} s`);
let failed = false;
if (total < 100_000) {
  console.error(`fewer than 100,000 fuzz inputs (${total})`);
  failed = true;
}
// every API the issue names is fuzzed on every run
const missing = REQUIRED_TARGETS.filter((target) => !rows.some((row) => row.target === target));
if (missing.length > 0) {
  console.error(`fuzz targets that did not report: ${missing.join(', ')}`);
  failed = true;
}
// no hang: no single input took longer than the documented bound
const slow = rows.filter((row) => row.slowestMs !== undefined && row.slowestMs > BOUND_MS);
if (slow.length > 0) {
  console.error(`inputs slower than the ${BOUND_MS} ms bound: ${slow.map((row) => `${row.target} ${row.slowestMs} ms`).join(', ')}`);
  failed = true;
}
if (failed) process.exit(1);
