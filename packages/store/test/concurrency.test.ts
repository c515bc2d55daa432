/**
 * Concurrency: 16 writers at once on one plan, then on 50 plans. Half their commands carry the
 * revision the writer last read (a stale one is a `conflict`), half carry none (they serialise on
 * the plan's row lock). Writers' days interleave, so some commands arrive dated before the plan's
 * last entry and the lifecycle refuses them (`clock_backwards`). Whatever the interleaving: the log
 * holds exactly the accepted commands, sequence numbers have no gap and no duplicate, and every
 * refusal is a conflict or a domain rejection.
 */
import { shiftDate } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanStore } from '../src/index.js';
import { testEngines } from './support/engines.js';
import { activePlan, CRM } from './support/plans.js';

const WRITERS = 16;
const COMMANDS_PER_WRITER = 6;

interface Outcome {
  readonly planId: string;
  readonly commandId: string;
  readonly accepted: boolean;
  readonly seq?: number;
  readonly refusal?: string;
}

async function writer(store: PlanStore, w: number, planFor: (w: number, k: number) => string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let k = 0; k < COMMANDS_PER_WRITER; k += 1) {
    const planId = planFor(w, k);
    const commandId = `w${w}-k${k}`;
    const asOf = shiftDate('2026-01-12', k);
    const command = { type: 'record_observations', observations: [{ id: `obs-${commandId}`, metricId: 'm-calls', date: asOf, value: 20 + w + k }] };
    let expectedRevision: number | undefined;
    if (k % 2 === 1) {
      const read = await store.get(planId);
      if (!read.ok) throw new Error(`get failed: ${read.error.code}`);
      expectedRevision = read.revision;
    }
    const result = await store.execute(planId, command, { actor: CRM, asOf, commandId, ...(expectedRevision === undefined ? {} : { expectedRevision }) });
    if (result.ok) outcomes.push({ planId, commandId, accepted: true, seq: result.entry!.seq });
    else outcomes.push({ planId, commandId, accepted: false, refusal: result.error.code === 'rejected' ? `rejected:${result.error.rejection.code}` : result.error.code });
  }
  return outcomes;
}

function tally(outcomes: readonly Outcome[]): Record<string, number> {
  const counts: Record<string, number> = { sent: outcomes.length, accepted: 0 };
  for (const outcome of outcomes) {
    const key = outcome.accepted ? 'accepted' : outcome.refusal!;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function checkPlan(store: PlanStore, planId: string, outcomes: readonly Outcome[], setupEntries: number): Promise<void> {
  const mine = outcomes.filter((o) => o.planId === planId);
  const accepted = mine.filter((o) => o.accepted);
  const history = await store.history(planId);
  if (!history.ok) throw new Error(history.error.message);
  const logged = history.entries.slice(setupEntries);
  // the log holds exactly the accepted commands
  expect(logged.map((e) => e.commandId).sort()).toEqual(accepted.map((o) => o.commandId).sort());
  // sequence numbers: no gap, no duplicate
  expect(history.entries.map((e) => e.seq)).toEqual(history.entries.map((_, i) => i));
  expect(new Set(accepted.map((o) => o.seq)).size).toBe(accepted.length);
  for (const o of accepted) expect(logged.find((e) => e.commandId === o.commandId)?.seq).toBe(o.seq);
  // every refusal is a conflict or a domain rejection
  for (const o of mine.filter((x) => !x.accepted)) expect(o.refusal).toMatch(/^(conflict|rejected:[a-z_]+)$/);
  // the plan holds every accepted observation, and only those
  const got = await store.get(planId);
  if (!got.ok) throw new Error(got.error.message);
  expect(got.plan.observations.map((obs) => obs.id).sort()).toEqual(accepted.map((o) => `obs-${o.commandId}`).sort());
  const verified = await store.verify(planId);
  expect(verified.ok && verified.intact).toBe(true);
}

describe.each(testEngines())('concurrent writers on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  it(`${WRITERS} writers on one plan: the log equals the accepted commands`, async () => {
    const { store } = await engine.open();
    const planId = await activePlan(store);
    const outcomes = (await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(store, w, () => planId)))).flat();
    const counts = tally(outcomes);
    console.log(`concurrency figures, ${engine.name}, 1 plan: ${JSON.stringify(counts)}`);
    expect(counts['accepted']).toBeGreaterThan(0);
    await checkPlan(store, planId, outcomes, 5);
  });

  it(`${WRITERS} writers on 50 plans: every plan's log equals its accepted commands`, async () => {
    const { store } = await engine.open();
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) ids.push(await activePlan(store, `pip-c-${String(i).padStart(2, '0')}`));
    const outcomes = (await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(store, w, (ww, k) => ids[(ww + k) % ids.length]!)))).flat();
    const counts = tally(outcomes);
    console.log(`concurrency figures, ${engine.name}, 50 plans: ${JSON.stringify(counts)}`);
    for (const id of ids) await checkPlan(store, id, outcomes, 5);
    const total = (await Promise.all(ids.map(async (id) => {
      const h = await store.history(id);
      return h.ok ? h.entries.length - 5 : 0;
    }))).reduce((a, b) => a + b, 0);
    expect(total).toBe(counts['accepted']);
  });
});
