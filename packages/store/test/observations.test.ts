import { evaluatePlan, parsePlan, shiftDate, type Observation } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from './support/engines.js';
import { activePlan, CRM, planDocument } from './support/plans.js';

/** A CRM feed: calls per day for each of `days` days, from the plan's start, with ids. */
function feed(days: number, prefix = 'calls'): Observation[] {
  return Array.from({ length: days }, (_, i) => ({ id: `${prefix}-${i}`, metricId: 'm-calls', date: shiftDate('2026-01-05', i % 90), value: 5 + (i % 7) }));
}

describe.each(testEngines())('observations on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  it('ingests thousands of rows at once, idempotently by id, and evaluate reads them', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await activePlan(store);
    const rows = [
      ...feed(5_000),
      ...Array.from({ length: 30 }, (_, i) => ({ id: `conv-${i}`, metricId: 'm-call-meeting', date: shiftDate('2026-01-05', i), numerator: i % 4, denominator: 20 })),
    ];
    const first = await store.recordObservations(id, rows, { actor: CRM, asOf: '2026-02-10' });
    expect(first.ok && first).toMatchObject({ received: 5_030, inserted: 5_030, duplicates: 0, conflicts: [] });
    const again = await store.recordObservations(id, rows, { actor: CRM, asOf: '2026-02-11' });
    expect(again.ok && again).toMatchObject({ received: 5_030, inserted: 0, duplicates: 5_030, conflicts: [] });
    const changed = await store.recordObservations(id, [{ ...rows[7]!, value: 99 }, { id: 'calls-new', metricId: 'm-calls', date: '2026-02-01', value: 4 }], { actor: CRM, asOf: '2026-02-12' });
    expect(changed.ok && changed).toMatchObject({ inserted: 1, duplicates: 0, conflicts: [{ index: 0, key: 'calls-7' }] });
    expect(Number((await sql(`SELECT count(*)::int AS n FROM "${schema}".observations`))[0]!['n'])).toBe(5_031);

    const stored = await store.get(id);
    if (!stored.ok) throw new Error(stored.error.message);
    const direct = evaluatePlan(stored.plan, [...rows, { id: 'calls-new', metricId: 'm-calls', date: '2026-02-01', value: 4 }], { asOf: '2026-02-20' });
    const evaluated = await store.evaluate(id, { asOf: '2026-02-20' });
    expect(evaluated.ok && evaluated.observations).toBe(5_031);
    expect(evaluated.ok && evaluated.evaluation).toEqual(direct);
  });

  it('deduplicates observations without an id by their content', async () => {
    const { store } = await engine.open();
    const id = await activePlan(store);
    const row = { metricId: 'm-calls', date: '2026-01-06', value: 12 };
    const result = await store.recordObservations(id, [row, row, { ...row, value: 13 }], { actor: CRM, asOf: '2026-01-07' });
    expect(result.ok && result).toMatchObject({ inserted: 2, duplicates: 1, conflicts: [] });
    const again = await store.recordObservations(id, [row], { actor: CRM, asOf: '2026-01-08' });
    expect(again.ok && again).toMatchObject({ inserted: 0, duplicates: 1 });
  });

  it('refuses a batch with a malformed row or an unknown metric, and stores none of it', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await activePlan(store);
    const malformed = await store.recordObservations(id, [...feed(10), { metricId: 'm-calls', date: '2026-02-30', value: 1 }], { actor: CRM, asOf: '2026-02-10' });
    expect(!malformed.ok && malformed.error.code === 'invalid_request' && malformed.error.issues[0]).toMatchObject({ code: 'invalid_date', path: [10, 'date'] });
    const unknown = await store.recordObservations(id, [...feed(10), { id: 'x', metricId: 'm-nope', date: '2026-02-01', value: 1 }], { actor: CRM, asOf: '2026-02-10' });
    expect(!unknown.ok && unknown.error.code === 'invalid_request' && unknown.error.issues[0]).toMatchObject({ code: 'unknown_reference', path: [10, 'metricId'] });
    expect(Number((await sql(`SELECT count(*)::int AS n FROM "${schema}".observations`))[0]!['n'])).toBe(0);
    const missing = await store.recordObservations('pip-none', feed(1), { actor: CRM, asOf: '2026-02-10' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const noActor = await store.recordObservations(id, feed(1), { actor: { id: '', role: 'system' }, asOf: '2026-02-10' });
    expect(!noActor.ok && noActor.error.code).toBe('invalid_request');
  });

  it('evaluates a plan with no stored observations as evaluatePlan does', async () => {
    const { store } = await engine.open();
    await store.create(planDocument(), { actor: CRM, asOf: '2025-12-29' });
    const plan = parsePlan(planDocument());
    const evaluated = await store.evaluate('pip-2026-0007', { asOf: '2026-01-20' });
    expect(evaluated.ok && plan.ok && evaluated.evaluation).toEqual(plan.ok ? evaluatePlan(plan.plan, [], { asOf: '2026-01-20' }) : undefined);
    const bad = await store.evaluate('pip-2026-0007', { asOf: 'tomorrow' });
    expect(!bad.ok && bad.error.code).toBe('invalid_request');
  });
});
