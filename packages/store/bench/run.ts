/**
 * `npm run bench:store` (from the repository root; not part of the tests): the store on PGlite and
 * on PostgreSQL side by side, each figure next to a baseline on the same database.
 *
 *  - append: commands per second appending to 1,000 plans with 8 concurrent clients, and the
 *    p50/p99 of one `execute`; baseline: a bare parameterised INSERT into a table of the log's
 *    shape, same clients, same count.
 *  - get: p50/p99 of `get`; baseline: a bare parameterised SELECT of the same row by key.
 *  - recordObservations: rows per second (batches of 5,000); baseline: the same rows through one
 *    bare parameterised multi-row INSERT per batch into a table of the same shape.
 *  - verify of a 500-entry log; baseline: a bare SELECT of the same 500 rows.
 *
 * PostgreSQL: IMPROVEMENT_PLAN_TEST_DATABASE_URL, or a throwaway server started with
 * scripts/pg-start.sh (and stopped at the end). Options: --plans N (1000), --commands N (4000),
 * --clients N (8), --pglite-only.
 */
import { PGlite } from '@electric-sql/pglite';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { parsePlan, shiftDate, transition, type Actor, type Plan } from 'improvement-plan';
import { createPlanStore, type PlanStore } from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const PLANS = option('plans', 1_000);
const COMMANDS = option('commands', 4_000);
const CLIENTS = option('clients', 8);
const OBSERVATION_ROWS = option('observations', 20_000);
const VERIFY_ENTRIES = 500;

const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
const HR: Actor = { id: 'hr-priya', role: 'hr' };
const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
const CRM: Actor = { id: 'crm-sync', role: 'system' };

type Sql = (text: string, params?: unknown[]) => Promise<unknown[]>;

interface Figures {
  appendPerSecond: number;
  appendBaselinePerSecond: number;
  execute: { p50: number; p99: number };
  insert: { p50: number; p99: number };
  get: { p50: number; p99: number };
  select: { p50: number; p99: number };
  rowsPerSecond: number;
  rowsBaselinePerSecond: number;
  verifyMs: number;
  verifyBaselineMs: number;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Run `count` jobs with `clients` concurrent workers; the per-job times in ms and the wall time. */
async function concurrently(count: number, clients: number, job: (i: number) => Promise<void>): Promise<{ times: number[]; seconds: number }> {
  const times: number[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        const t = performance.now();
        await job(i);
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, seconds: (performance.now() - start) / 1000 };
}

/** The 90-day fixture taken to active with transition: the plan the benchmark stores 1,000 times. */
function activeFixture(): Plan {
  const parsed = parsePlan(JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'plan-90-day-conversion.json'), 'utf8')));
  if (!parsed.ok) throw new Error('fixture does not parse');
  let plan = parsed.plan;
  const steps: [unknown, Actor, string][] = [
    [{ type: 'submit_for_review' }, MANAGER, '2025-12-29'],
    [{ type: 'approve' }, HR, '2025-12-30'],
    [{ type: 'acknowledge' }, MANAGER, '2025-12-31'],
    [{ type: 'acknowledge' }, EMPLOYEE, '2026-01-02'],
    [{ type: 'activate' }, HR, '2026-01-05'],
  ];
  for (const [command, actor, asOf] of steps) {
    const result = transition(plan, command as never, { actor, asOf });
    if (!result.ok) throw new Error(result.rejection.message);
    plan = result.plan;
  }
  return plan;
}

function observationCommand(n: number) {
  return { type: 'record_observations', observations: [{ id: `obs-${n}`, metricId: 'm-calls', date: shiftDate('2026-01-05', n % 80), value: 5 + (n % 9) }] };
}

async function measure(name: string, store: PlanStore, sql: Sql, schema: string): Promise<Figures> {
  const log = (text: string) => console.error(`[${name}] ${text}`);
  const active = activeFixture();
  const ids = Array.from({ length: PLANS }, (_, i) => `pip-bench-${String(i).padStart(5, '0')}`);
  log(`storing ${PLANS} active plans`);
  await concurrently(PLANS, CLIENTS, async (i) => {
    const created = await store.create({ ...active, id: ids[i]! }, { actor: HR, asOf: '2026-01-05' });
    if (!created.ok) throw new Error(created.error.message);
  });

  log(`append: ${COMMANDS} commands, ${CLIENTS} clients`);
  const appended = await concurrently(COMMANDS, CLIENTS, async (i) => {
    const result = await store.execute(ids[i % PLANS]!, observationCommand(i), { actor: CRM, asOf: '2026-01-20', commandId: `bench-${i}` });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  });
  // the baseline: the same number of rows, one bare INSERT each, into a table of the log's shape
  await sql(`CREATE TABLE ${schema}.bench_log (LIKE ${schema}.log INCLUDING ALL)`);
  const [sample] = (await sql(`SELECT * FROM ${schema}.log ORDER BY seq DESC LIMIT 1`)) as Record<string, unknown>[];
  const inserted = await concurrently(COMMANDS, CLIENTS, async (i) => {
    await sql(
      `INSERT INTO ${schema}.bench_log (plan_id, seq, command_id, schema_version, payload, salt, digest, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [`p-${i % PLANS}`, i, `c-${i}`, 1, sample!['payload'], sample!['salt'], sample!['digest'], sample!['prev_hash'], sample!['hash']],
    );
  });

  log('get');
  const reads = Math.min(4 * PLANS, 4_000);
  const got = await concurrently(reads, CLIENTS, async (i) => {
    const result = await store.get(ids[(i * 7919) % PLANS]!);
    if (!result.ok) throw new Error(result.error.message);
  });
  const selected = await concurrently(reads, CLIENTS, async (i) => {
    await sql(`SELECT current, revision, head_hash FROM ${schema}.plans WHERE plan_id = $1`, [ids[(i * 7919) % PLANS]]);
  });

  log(`recordObservations: ${OBSERVATION_ROWS} rows in batches of 5,000`);
  const rows = Array.from({ length: OBSERVATION_ROWS }, (_, i) => ({ id: `feed-${i}`, metricId: 'm-calls', date: shiftDate('2026-01-05', i % 90), value: i % 11, source: 'Dialer' }));
  let t = performance.now();
  for (let start = 0; start < rows.length; start += 5_000) {
    const result = await store.recordObservations(ids[0]!, rows.slice(start, start + 5_000), { actor: CRM, asOf: '2026-04-01' });
    if (!result.ok) throw new Error(result.error.message);
  }
  const rowsSeconds = (performance.now() - t) / 1000;
  await sql(`CREATE TABLE ${schema}.bench_observations (LIKE ${schema}.observations INCLUDING ALL)`);
  t = performance.now();
  for (let start = 0; start < rows.length; start += 5_000) {
    const chunk = rows.slice(start, start + 5_000);
    await sql(
      `INSERT INTO ${schema}.bench_observations (plan_id, observation_key, metric_id, observed_on, payload, recorded_by, recorded_on)
       SELECT $1, k, m, d, p, $2, $3 FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS t(k, m, d, p)`,
      [ids[1], 'crm-sync', '2026-04-01', chunk.map((r) => r.id), chunk.map((r) => r.metricId), chunk.map((r) => r.date), chunk.map((r) => JSON.stringify(r))],
    );
  }
  const rowsBaselineSeconds = (performance.now() - t) / 1000;

  log(`verify: a ${VERIFY_ENTRIES}-entry log`);
  const long = 'pip-bench-long';
  await store.create({ ...active, id: long }, { actor: HR, asOf: '2026-01-05' });
  for (let n = active.events.length; n < VERIFY_ENTRIES; n += 1) {
    const result = await store.execute(long, observationCommand(100_000 + n), { actor: CRM, asOf: '2026-01-20', commandId: `long-${n}` });
    if (!result.ok) throw new Error(result.error.message);
  }
  const verifyTimes: number[] = [];
  const selectTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    t = performance.now();
    const verified = await store.verify(long);
    verifyTimes.push(performance.now() - t);
    if (!verified.ok || !verified.intact || verified.entries !== VERIFY_ENTRIES - active.events.length) throw new Error('verify failed');
    t = performance.now();
    await sql(`SELECT seq, command_id, schema_version, payload, salt, digest, prev_hash, hash, redaction FROM ${schema}.log WHERE plan_id = $1 ORDER BY seq`, [long]);
    selectTimes.push(performance.now() - t);
  }

  return {
    appendPerSecond: COMMANDS / appended.seconds,
    appendBaselinePerSecond: COMMANDS / inserted.seconds,
    execute: { p50: percentile(appended.times, 50), p99: percentile(appended.times, 99) },
    insert: { p50: percentile(inserted.times, 50), p99: percentile(inserted.times, 99) },
    get: { p50: percentile(got.times, 50), p99: percentile(got.times, 99) },
    select: { p50: percentile(selected.times, 50), p99: percentile(selected.times, 99) },
    rowsPerSecond: OBSERVATION_ROWS / rowsSeconds,
    rowsBaselinePerSecond: OBSERVATION_ROWS / rowsBaselineSeconds,
    verifyMs: percentile(verifyTimes, 50),
    verifyBaselineMs: percentile(selectTimes, 50),
  };
}

function startPostgres(): { url: string; stop: () => void } {
  const existing = process.env['IMPROVEMENT_PLAN_TEST_DATABASE_URL'];
  if (existing) return { url: existing, stop: () => undefined };
  const output = execFileSync(join(root, 'scripts', 'pg-start.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /IMPROVEMENT_PLAN_TEST_DATABASE_URL=(\S+)/.exec(output)?.[1];
  const dir = /IMPROVEMENT_PLAN_PG_DIR=(\S+)/.exec(output)?.[1];
  if (!url || !dir) throw new Error(`scripts/pg-start.sh printed no URL: ${output}`);
  return { url, stop: () => execFileSync(join(root, 'scripts', 'pg-stop.sh'), [dir], { stdio: 'inherit' }) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const results: Record<string, Figures> = {};
  const pglite = await PGlite.create();
  const pgliteStore = await createPlanStore({ database: pglite, schema: 'bench' });
  results['PGlite'] = await measure('PGlite', pgliteStore, async (text, params = []) => (await pglite.query(text, params)).rows, 'bench');
  await pgliteStore.close();
  await pglite.close();

  if (!args.includes('--pglite-only')) {
    const server = startPostgres();
    const pool = new pg.Pool({ connectionString: server.url, max: CLIENTS });
    const schema = `bench_${process.pid}`;
    try {
      const store = await createPlanStore({ database: pool, schema });
      results['PostgreSQL'] = await measure('PostgreSQL', store, async (text, params = []) => (await pool.query(text, params)).rows, schema);
      await store.close();
    } finally {
      await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await pool.end();
      server.stop();
    }
  }

  const engines = Object.keys(results);
  const rows: [string, (f: Figures) => string][] = [
    [`append to ${fmt(PLANS)} plans, ${CLIENTS} clients (commands/s)`, (f) => `${fmt(f.appendPerSecond)} vs ${fmt(f.appendBaselinePerSecond)} bare INSERT (${fmt(f.appendBaselinePerSecond / f.appendPerSecond, 1)}x)`],
    ['execute p50 / p99 (ms)', (f) => `${fmt(f.execute.p50, 2)} / ${fmt(f.execute.p99, 2)} vs ${fmt(f.insert.p50, 2)} / ${fmt(f.insert.p99, 2)} bare INSERT (${fmt(f.execute.p50 / f.insert.p50, 1)}x p50)`],
    ['get p50 / p99 (ms)', (f) => `${fmt(f.get.p50, 2)} / ${fmt(f.get.p99, 2)} vs ${fmt(f.select.p50, 2)} / ${fmt(f.select.p99, 2)} bare SELECT (${fmt(f.get.p50 / f.select.p50, 1)}x p50)`],
    ['recordObservations (rows/s)', (f) => `${fmt(f.rowsPerSecond)} vs ${fmt(f.rowsBaselinePerSecond)} bare multi-row INSERT (${fmt(f.rowsBaselinePerSecond / f.rowsPerSecond, 1)}x)`],
    [`verify, ${VERIFY_ENTRIES}-entry log (ms, median of 5)`, (f) => `${fmt(f.verifyMs, 1)} vs ${fmt(f.verifyBaselineMs, 1)} bare SELECT of its rows (${fmt(f.verifyMs / f.verifyBaselineMs, 1)}x)`],
  ];
  console.log(`@improvement-plan/store benchmark: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${fmt(COMMANDS)} commands, ${fmt(OBSERVATION_ROWS)} observation rows`);
  console.log(`| figure | ${engines.join(' | ')} |`);
  console.log(`| --- | ${engines.map(() => '---').join(' | ')} |`);
  for (const [label, cell] of rows) console.log(`| ${label} | ${engines.map((e) => cell(results[e]!)).join(' | ')} |`);
  const postgres = results['PostgreSQL'];
  if (postgres) {
    const ratio = postgres.execute.p50 / postgres.insert.p50;
    console.log(`aim: execute within 3x the bare INSERT on PostgreSQL (p50): ${fmt(ratio, 1)}x, ${ratio <= 3 ? 'met' : 'not met'}`);
  }
}

await main();
