/**
 * More than one machine: two service processes on two ports against one PostgreSQL (the store
 * tests' server, IMPROVEMENT_PLAN_TEST_DATABASE_URL), in a schema of their own. Writers send
 * commands on the same plans alternately to both replicas, half with If-Match (the ETag read from
 * the other replica), half without, and retry some with the same Idempotency-Key on the other
 * replica. Whatever the interleaving: every plan's log holds exactly the accepted commands, the
 * sequence numbers have no gap and no duplicate, a retry never appends, every refusal is a 412 or a
 * domain rejection (422 `rejected`), and verify passes. The figures go to docs/deployment.md.
 *
 * Skipped without the URL, unless CI or IMPROVEMENT_PLAN_REQUIRE_POSTGRES=1 says it must run.
 */
import { shiftDate } from 'improvement-plan';
import pg from 'pg';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TO_ACTIVE } from './support/plans.js';
import { client, peopleTokens, planThrough, POSTGRES_REQUIRED, POSTGRES_URL, spawnServer, type ChildServer, type Client } from './support/server.js';
import { TEST_SECRET } from './support/tokens.js';

if (POSTGRES_URL === undefined && !POSTGRES_REQUIRED) {
  console.warn('@improvement-plan/server: the two-replica test is SKIPPED: IMPROVEMENT_PLAN_TEST_DATABASE_URL is not set (start PostgreSQL with scripts/pg-start.sh).');
}

const PLANS = 6;
const WRITERS = 8;
const COMMANDS_PER_WRITER = 12;
const schema = `srv_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

describe.skipIf(POSTGRES_URL === undefined && !POSTGRES_REQUIRED)('two replicas on one PostgreSQL', () => {
  let replicas: ChildServer[] = [];
  let apis: Client[] = [];

  beforeAll(async () => {
    if (POSTGRES_URL === undefined) throw new Error('The two-replica test must run here (CI or IMPROVEMENT_PLAN_REQUIRE_POSTGRES=1) but IMPROVEMENT_PLAN_TEST_DATABASE_URL is not set.');
    const env = { DATABASE_URL: POSTGRES_URL, IMPROVEMENT_PLAN_DB_SCHEMA: schema, IMPROVEMENT_PLAN_JWT_SECRET: TEST_SECRET, IMPROVEMENT_PLAN_CLIENT_DATES: '1' };
    // both start at once: the store's migrations take an advisory lock
    replicas = await Promise.all([spawnServer(env), spawnServer(env)]);
    apis = replicas.map((r) => client(r.url));
  });

  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop('SIGTERM')));
    if (POSTGRES_URL !== undefined) {
      const pool = new pg.Pool({ connectionString: POSTGRES_URL });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  });

  it('commands sent alternately to both: nothing lost, no duplicate sequence number, refusals are 412 or domain rejections', async () => {
    expect(new Set(replicas.map((r) => r.url)).size).toBe(2);
    const tokens = await peopleTokens();
    const ids = Array.from({ length: PLANS }, (_, i) => `pip-r-${i}`);
    for (const [i, id] of ids.entries()) await planThrough(apis[i % 2]!, id, TO_ACTIVE);

    interface Outcome { planId: string; key: string; status: number; code?: string; seq?: number; duplicate?: boolean; ms: number }
    const outcomes: Outcome[] = [];
    const retries: Outcome[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: WRITERS }, async (_, w) => {
        for (let k = 0; k < COMMANDS_PER_WRITER; k += 1) {
          const planId = ids[(w + k) % PLANS]!;
          const key = `w${w}-k${k}`;
          const asOf = shiftDate('2026-01-12', k);
          const target = apis[(w + k) % 2]!;
          const other = apis[(w + k + 1) % 2]!;
          const headers: Record<string, string> = { 'idempotency-key': key };
          if (k % 2 === 1) headers['if-match'] = (await other.request('GET', `/plans/${planId}`, { token: tokens.hr })).headers.get('etag')!;
          const body = { type: 'record_observations', observations: [{ id: `obs-${key}`, metricId: 'm-calls', date: asOf, value: 20 + w + k }] };
          const t0 = performance.now();
          const response = await target.request('POST', `/plans/${planId}/commands?asOf=${asOf}`, { token: tokens.system, body, headers });
          const ms = performance.now() - t0;
          const outcome: Outcome = { planId, key, status: response.status, ms, ...(response.status === 200 ? { seq: response.body.entry.seq, duplicate: response.body.duplicate } : { code: response.body.code }) };
          outcomes.push(outcome);
          if (k % 3 === 0) {
            // a retry of the same command on the other replica (a client that timed out, say)
            const again = await other.request('POST', `/plans/${planId}/commands?asOf=${asOf}`, { token: tokens.system, body, headers: { 'idempotency-key': key } });
            retries.push({ planId, key, status: again.status, ms: 0, ...(again.status === 200 ? { seq: again.body.entry.seq, duplicate: again.body.duplicate } : { code: again.body.code }) });
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const accepted = outcomes.filter((o) => o.status === 200);
    const tally: Record<string, number> = {};
    for (const o of outcomes) tally[o.status === 200 ? 'accepted' : `${o.status} ${o.code}`] = (tally[`${o.status === 200 ? 'accepted' : `${o.status} ${o.code}`}`] ?? 0) + 1;
    const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
    console.log(
      `two replicas, one PostgreSQL: ${outcomes.length} commands (+${retries.length} retries) from ${WRITERS} writers on ${PLANS} plans in ${seconds.toFixed(1)} s ` +
        `(${(outcomes.length / seconds).toFixed(0)} commands/s); ${JSON.stringify(tally)}; latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`,
    );

    // every refusal is a 412 (stale If-Match) or a domain rejection
    for (const o of outcomes.filter((x) => x.status !== 200)) expect(`${o.status} ${o.code}`).toMatch(/^(412 precondition_failed|422 rejected)$/);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((o) => o.duplicate === false)).toBe(true);
    // a retry of an accepted command gets its first result; of a refused one, is decided again
    for (const retry of retries) {
      const first = outcomes.find((o) => o.key === retry.key)!;
      if (first.status === 200) expect([retry.status, retry.duplicate, retry.seq]).toEqual([200, true, first.seq]);
      else expect(`${retry.status} ${retry.code}`).toMatch(/^(200 undefined|412 precondition_failed|422 rejected)$/);
    }
    const acceptedKeys = new Set([...accepted.map((o) => o.key), ...retries.filter((r) => r.status === 200 && r.duplicate === false).map((r) => r.key)]);

    let logged = 0;
    for (const [i, planId] of ids.entries()) {
      const log = await apis[i % 2]!.request('GET', `/plans/${planId}/log`, { token: tokens.hr });
      const entries = log.body.entries as { seq: number; commandId: string }[];
      // no gap, no duplicate sequence number
      expect(entries.map((e) => e.seq)).toEqual(entries.map((_, n) => n));
      const mine = entries.slice(TO_ACTIVE.length).map((e) => e.commandId).sort();
      expect(mine).toEqual([...acceptedKeys].filter((key) => outcomes.find((o) => o.key === key)!.planId === planId).sort());
      logged += mine.length;
      const plan = await apis[(i + 1) % 2]!.request('GET', `/plans/${planId}`, { token: tokens.hr });
      expect(plan.body.plan.observations.map((o: { id: string }) => o.id).sort()).toEqual(mine.map((key) => `obs-${key}`).sort());
      const verified = await apis[(i + 1) % 2]!.request('GET', `/plans/${planId}/verify`, { token: tokens.system });
      expect(verified.body.intact).toBe(true);
    }
    expect(logged).toBe(acceptedKeys.size);
  });
});
