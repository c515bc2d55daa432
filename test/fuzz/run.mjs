#!/usr/bin/env node
// `npm run fuzz`: run every fuzz target at full count (FUZZ=1) and print how many inputs each ran.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

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
if (total < 100_000) {
  console.error(`fewer than 100,000 fuzz inputs (${total})`);
  process.exit(1);
}
