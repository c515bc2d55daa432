/**
 * `npm run bench:server` (from the repository root; not part of the tests): load on the service
 * with autocannon, on PGlite and on PostgreSQL, side by side.
 *
 * For each engine the service runs as its own process (src/main.ts, configured by environment
 * variables) with 20 active plans, each with 13 weeks of observations. Then, at 50 connections
 * for 20 s each:
 *  - `GET /plans/{id}/evaluation` (round-robin over the plans);
 *  - `POST /plans/{id}/commands` (`record_observations`, round-robin, no If-Match: they take turns
 *    on each plan's row lock).
 * Before the first, the evaluation on one connection for 5 s (the time of one request with nothing
 * queued). Figures: requests/s, p50/p99 latency, errors (connection errors, timeouts, non-2xx). Afterwards
 * `verify` must pass on every plan and the accepted commands (2xx) must equal the entries added
 * to the logs: nothing lost. Beside them, the same evaluation called in this process
 * (`evaluatePlan` on the same plan and observations), so the HTTP overhead shows as a ratio.
 *
 * PostgreSQL: IMPROVEMENT_PLAN_TEST_DATABASE_URL, or a throwaway server started with
 * scripts/pg-start.sh (and stopped at the end). Options: --duration S (20), --connections N (50),
 * --plans N (20), --pglite-only.
 */
import autocannon from 'autocannon';
import { evaluatePlan, parseObservations, parsePlan, shiftDate, type Observation } from 'improvement-plan';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { planDocument, TO_ACTIVE } from '../test/support/plans.js';
import { client, peopleTokens, planThrough, REPO_DIR, spawnServer } from '../test/support/server.js';
import { TEST_SECRET } from '../test/support/tokens.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const DURATION = option('duration', 20);
const CONNECTIONS = option('connections', 50);
const PLANS = option('plans', 20);
const PGLITE_ONLY = args.includes('--pglite-only');
const EVALUATE_ON = '2026-04-06';
const COMMAND_DAY = '2026-04-03';

/** 13 Fridays of the four metrics of the fixture. */
function observations(seed: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let w = 0; w < 13; w += 1) {
    const friday = shiftDate('2026-01-09', 7 * w);
    rows.push({ id: `calls-${w}`, metricId: 'm-calls', date: friday, value: 27 + w + (seed % 3) });
    rows.push({ id: `conv-${w}`, metricId: 'm-call-meeting', date: friday, numerator: 5 + w, denominator: 100 + (seed % 7) });
    if (w % 2 === 1) rows.push({ id: `disc-${w}`, metricId: 'm-discovery', date: friday, value: w > 6 ? 3 : 2 });
    if (w % 3 === 2) rows.push({ id: `won-${w}`, metricId: 'm-won-revenue', date: friday, value: 800_000 + 10_000 * seed });
  }
  return rows;
}

interface Figures {
  engine: string;
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  ok: number;
}

/** Per request of a load run: the Idempotency-Key it carried and the status it got (none: cut off when the run ended). */
interface Ledger {
  readonly issued: Map<string, string>;
  readonly answered: Map<string, number>;
}

async function load(url: string, method: 'GET' | 'POST', paths: string[], token: string, body?: string, ledger?: Ledger, prefix = 'k', connections = CONNECTIONS, duration = DURATION): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections,
    duration,
    requests: [
      {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body } : {}),
        setupRequest: (request, context) => {
          const path = paths[next % paths.length]!;
          next += 1;
          if (!ledger) return { ...request, path };
          // One request in flight per connection: the connection's context names it.
          const key = `${prefix}-${next}`;
          (context as Record<string, unknown>)['key'] = key;
          ledger.issued.set(key, path);
          return { ...request, path, headers: { ...request.headers, 'idempotency-key': key } };
        },
        ...(ledger ? { onResponse: (status: number, _body: string, context: object) => void ledger.answered.set(String((context as Record<string, unknown>)['key']), status) } : {}),
      },
    ],
  });
}

function figures(engine: string, route: string, result: autocannon.Result): Figures {
  return {
    engine,
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ok: result['2xx'],
  };
}

async function benchEngine(engine: 'pglite' | 'postgres', env: Record<string, string>): Promise<{ rows: Figures[]; inProcessMs: number; checks: string }> {
  const server = await spawnServer({ IMPROVEMENT_PLAN_JWT_SECRET: TEST_SECRET, IMPROVEMENT_PLAN_CLIENT_DATES: '1', ...env });
  try {
    const api = client(server.url);
    const tokens = await peopleTokens();
    const ids = Array.from({ length: PLANS }, (_, i) => `pip-bench-${String(i).padStart(3, '0')}`);
    for (const [i, id] of ids.entries()) {
      await planThrough(api, id, TO_ACTIVE);
      const recorded = await api.request('POST', `/plans/${id}/observations?asOf=${EVALUATE_ON}`, { token: tokens.system, body: { observations: observations(i) } });
      if (recorded.status !== 200) throw new Error(`observations: ${recorded.status} ${recorded.text}`);
    }
    const before = new Map<string, number>();
    for (const id of ids) before.set(id, (await api.request('GET', `/plans/${id}`, { token: tokens.hr })).body.revision);

    // In process: the same evaluation, no HTTP, no database.
    const parsed = parsePlan((await api.request('GET', `/plans/${ids[0]}`, { token: tokens.hr })).body.plan);
    const feed = parseObservations(observations(0));
    if (!parsed.ok || !feed.ok) throw new Error('bench plan does not parse');
    const plan = parsed.plan;
    const rows: readonly Observation[] = feed.observations;
    for (let i = 0; i < 50; i += 1) evaluatePlan(plan, rows, { asOf: EVALUATE_ON });
    const n = 500;
    const t0 = performance.now();
    for (let i = 0; i < n; i += 1) evaluatePlan(plan, rows, { asOf: EVALUATE_ON });
    const inProcessMs = (performance.now() - t0) / n;

    const evaluationPaths = ids.map((id) => `/plans/${id}/evaluation?asOf=${EVALUATE_ON}`);
    // One connection first: the time of one request with nothing queued, against the same evaluation in process.
    const single = await load(server.url, 'GET', evaluationPaths, tokens.hr, undefined, undefined, 'k', 1, Math.min(DURATION, 5));
    const evaluation = await load(server.url, 'GET', evaluationPaths, tokens.hr);
    const commandBody = JSON.stringify({ type: 'record_observations', observations: [{ metricId: 'm-calls', date: COMMAND_DAY, value: 41 }] });
    const ledger: Ledger = { issued: new Map(), answered: new Map() };
    const commands = await load(server.url, 'POST', ids.map((id) => `/plans/${id}/commands?asOf=${COMMAND_DAY}`), tokens.system, commandBody, ledger, engine);

    // The requests cut off when the run ended have no answer: their outcome is unknown to the
    // client, which retries them with the same Idempotency-Key (as any client should). A retry of
    // a command the server had accepted gets the first result and appends nothing.
    const accepted = new Set([...ledger.answered].filter(([, status]) => status >= 200 && status < 300).map(([key]) => key));
    const unanswered = [...ledger.issued.keys()].filter((key) => !ledger.answered.has(key));
    let retriedDuplicates = 0;
    for (const key of unanswered) {
      const retry = await api.request('POST', ledger.issued.get(key)!, { token: tokens.system, raw: commandBody, headers: { 'content-type': 'application/json', 'idempotency-key': key } });
      if (retry.status === 200) {
        accepted.add(key);
        if (retry.body.duplicate === true) retriedDuplicates += 1;
      }
    }

    // Nothing lost: the accepted commands are exactly the entries added; every chain verifies.
    const logged: string[] = [];
    let intact = 0;
    for (const id of ids) {
      const log = await api.request('GET', `/plans/${id}/log`, { token: tokens.hr });
      logged.push(...(log.body.entries as { commandId: string }[]).slice(before.get(id)!).map((e) => e.commandId));
      const verified = await api.request('GET', `/plans/${id}/verify`, { token: tokens.system });
      if (verified.body.intact === true) intact += 1;
    }
    const same = logged.length === accepted.size && new Set(logged).size === logged.length && logged.every((key) => accepted.has(key));
    const checks =
      `${engine}: ${commands['2xx']} commands answered 2xx in the run, ${unanswered.length} cut off when it ended (retried with their Idempotency-Key: ${retriedDuplicates} had been accepted, answered as duplicates); ` +
      `${accepted.size} accepted in all, ${logged.length} log entries added: ${same ? 'the same commands, nothing lost, none twice' : 'MISMATCH'}; verify intact on ${intact} of ${ids.length} plans`;
    if (!same || intact !== ids.length) process.exitCode = 1;
    return { rows: [figures(engine, 'GET evaluation, 1 connection', single), figures(engine, 'GET evaluation', evaluation), figures(engine, 'POST commands', commands)], inProcessMs, checks };
  } finally {
    await server.stop('SIGTERM');
  }
}

function startPostgres(): { url: string; stop: () => void } {
  const existing = process.env['IMPROVEMENT_PLAN_TEST_DATABASE_URL'];
  if (existing) return { url: existing, stop: () => undefined };
  const output = execFileSync(join(REPO_DIR, 'scripts', 'pg-start.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const url = /IMPROVEMENT_PLAN_TEST_DATABASE_URL=(\S+)/.exec(output)?.[1];
  const dir = /IMPROVEMENT_PLAN_PG_DIR=(\S+)/.exec(output)?.[1];
  if (!url || !dir) throw new Error(`scripts/pg-start.sh printed no URL: ${output}`);
  return { url, stop: () => execFileSync(join(REPO_DIR, 'scripts', 'pg-stop.sh'), [dir], { stdio: 'inherit' }) };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(`@improvement-plan/server benchmark: Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${CONNECTIONS} connections, ${DURATION} s per route, ${PLANS} plans`);
const results: { rows: Figures[]; inProcessMs: number; checks: string }[] = [];
const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-bench-'));
try {
  results.push(await benchEngine('pglite', { IMPROVEMENT_PLAN_DATA_DIR: join(dir, 'pglite') }));
  if (!PGLITE_ONLY) {
    const postgres = startPostgres();
    const schema = `bench_${process.pid}`;
    try {
      results.push(await benchEngine('postgres', { DATABASE_URL: postgres.url, IMPROVEMENT_PLAN_DB_SCHEMA: schema }));
    } finally {
      const pool = new pg.Pool({ connectionString: postgres.url });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
      await pool.end();
      postgres.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

console.log('');
console.log('| engine | route | requests/s | p50 ms | p99 ms | errors | non-2xx |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const { rows } of results) for (const r of rows) console.log(`| ${r.engine} | ${r.route} | ${fmt(r.rps, 1)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
console.log('');
for (const { rows, inProcessMs } of results) {
  const single = rows.find((r) => r.route === 'GET evaluation, 1 connection')!;
  const evaluation = rows.find((r) => r.route === 'GET evaluation')!;
  const inProcessRps = 1000 / inProcessMs;
  console.log(
    `${evaluation.engine}: the same evaluation in process ${fmt(inProcessMs, 2)} ms (${fmt(inProcessRps, 0)}/s on one core). Over HTTP, one connection: p50 ${single.p50} ms ` +
      `(${fmt(single.p50 / inProcessMs, 1)}x the in-process time: HTTP, the token, the database read, the JSON); ${CONNECTIONS} connections: ${fmt(evaluation.rps, 1)}/s ` +
      `(the in-process figure is ${fmt(inProcessRps / evaluation.rps, 1)}x that)`,
  );
}
for (const { checks } of results) console.log(checks);
