/**
 * Right to erasure with the audit kept: after `erasePersonalData`, no personal string of the person
 * remains in any text or JSON column of any table (a raw SQL scan of the schema), `verify` still
 * passes (chain, digests, replay), every figure of the plan's evaluation is unchanged, and other
 * people's data stays.
 */
import type { PlanEvaluation } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOMBSTONE, type PlanStore } from '../src/index.js';
import { testEngines, type RawSql } from './support/engines.js';
import { activePlan, checkIn, CRM, EMPLOYEE, HR, MANAGER, mondayOf } from './support/plans.js';

/** Jordan's personal strings as the test writes them (names, e-mail, notes, comments, reasons). */
const JORDAN = {
  id: 'emp-1042',
  strings: [
    'Jordan Reyes',
    'jordan.reyes@example.com',
    'Jordan asked for more call shadowing this week',
    'Mentioned a family matter that affects mornings',
    'I disagree with the target but I understand the plan',
    'Family emergency: on leave for a week',
    'Jordan is back and rested',
  ],
};

/** Every number and boolean of an evaluation, by path (the figures). */
function figures(value: unknown, path = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) out[path] = value;
  else if (Array.isArray(value)) value.forEach((item, i) => figures(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) figures(child, `${path}.${key}`, out);
  return out;
}

/** Every text and JSON value of every table in the schema, as text. */
async function scan(sql: RawSql, schema: string): Promise<{ columns: number; values: { where: string; text: string }[] }> {
  const columns = await sql(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = $1 AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'character') ORDER BY table_name, column_name`,
    [schema],
  );
  const values: { where: string; text: string }[] = [];
  for (const column of columns) {
    const table = String(column['table_name']);
    const name = String(column['column_name']);
    for (const row of await sql(`SELECT "${name}"::text AS v FROM "${schema}"."${table}" WHERE "${name}" IS NOT NULL`)) values.push({ where: `${table}.${name}`, text: String(row['v']) });
  }
  return { columns: columns.length, values };
}

function hits(values: readonly { where: string; text: string }[], strings: readonly string[]): string[] {
  const found: string[] = [];
  for (const { where, text } of values) {
    const lower = text.toLowerCase();
    for (const s of strings) if (lower.includes(s.toLowerCase()) || text.includes(JSON.stringify(s).slice(1, -1))) found.push(`${where}: ${s}`);
  }
  return found;
}

async function jordansPlan(store: PlanStore): Promise<string> {
  const id = await activePlan(store, 'pip-2026-0007', {
    employee: { id: 'emp-1042', name: 'Jordan Reyes', role: 'Account Executive, Mid-Market', email: 'jordan.reyes@example.com', roleStartDate: '2025-03-03' },
  });
  const steps: [unknown, typeof MANAGER, string][] = [
    [checkIn(1, 'Jordan asked for more call shadowing this week'), MANAGER, mondayOf(1)],
    [{ type: 'record_check_in', checkIn: { date: mondayOf(2), status: 'held', notes: 'Reviewed discovery calls.', privateNotes: 'Mentioned a family matter that affects mornings', progress: [{ goalId: 'g-calls', note: 'Jordan is back and rested', value: 36 }] } }, MANAGER, mondayOf(2)],
    [{ type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered', note: 'Attended the workshop.' } }, MANAGER, '2026-01-14'],
    [{ type: 'pause', reason: 'Family emergency: on leave for a week' }, MANAGER, '2026-01-20'],
    [{ type: 'resume', note: 'Jordan is back and rested' }, MANAGER, '2026-01-27'],
    [{ type: 'amend_goal', goal: { id: 'g-calls', title: 'Make 40 outbound calls per week', category: 'activity', metricId: 'm-calls', gapIds: ['gap-conversion'], baseline: 25, target: 38, basis: 'per_week', window: { start: '2026-01-05', end: '2026-04-04' }, weight: 15, required: false }, reason: 'Lower target after the leave.' }, HR, '2026-01-28'],
    [{ type: 'acknowledge', comment: 'I disagree with the target but I understand the plan' }, EMPLOYEE, '2026-01-29'],
    [{ type: 'acknowledge' }, MANAGER, '2026-01-29'],
    [{ type: 'activate' }, HR, '2026-01-30'],
  ];
  for (const [index, [command, actor, asOf]] of steps.entries()) {
    const result = await store.execute(id, command, { actor, asOf, commandId: `j-${index}` });
    if (!result.ok) throw new Error(`${(command as { type: string }).type}: ${result.error.message}`);
  }
  const recorded = await store.recordObservations(id, [
    { id: 'calls-w1', metricId: 'm-calls', date: '2026-01-09', value: 31, source: 'Dialer' },
    { id: 'calls-w2', metricId: 'm-calls', date: '2026-01-16', value: 36, source: 'Dialer (Jordan Reyes)' },
    { id: 'conv-w2', metricId: 'm-call-meeting', date: '2026-01-16', numerator: 3, denominator: 36 },
  ], { actor: CRM, asOf: '2026-01-29' });
  if (!recorded.ok) throw new Error(recorded.error.message);
  return id;
}

describe.each(testEngines())('erasure on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  it('leaves no personal string of the person in any table, keeps verify passing and every evaluation figure', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await jordansPlan(store);
    // Another rep's plan, same manager: one note names Jordan, one does not.
    const other = await activePlan(store, 'pip-2026-0050', { employee: { id: 'emp-2000', name: 'Mia Chen', role: 'Account Executive, Mid-Market' } });
    await store.execute(other, checkIn(1, 'Covered the Acme call while Jordan Reyes was out'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'm-1' });
    await store.execute(other, checkIn(2, 'Mia booked three meetings from the webinar list'), { actor: MANAGER, asOf: mondayOf(2), commandId: 'm-2' });

    const before = await scan(sql, schema);
    expect(hits(before.values, JORDAN.strings).length).toBeGreaterThan(JORDAN.strings.length);
    const evaluationBefore = await store.evaluate(id, { asOf: '2026-02-20' });
    if (!evaluationBefore.ok) throw new Error(evaluationBefore.error.message);

    const erased = await store.erasePersonalData(JORDAN.id, { actor: HR, asOf: '2026-03-01', reason: 'Erasure request ER-2026-114' });
    expect(erased.ok).toBe(true);
    if (!erased.ok) return;
    expect(erased.plans).toEqual([id, other]);

    const after = await scan(sql, schema);
    const left = hits(after.values, JORDAN.strings);
    console.log(`erasure scan, ${engine.name}: ${after.columns} text/JSON columns, ${after.values.length} values scanned, ${left.length} personal strings of ${JORDAN.id} left; ${erased.rows} rows rewritten in ${erased.plans.length} plans`);
    expect(left).toEqual([]);
    // other people's data stays: the manager's and HR's names, Mia's own notes
    expect(hits(after.values, ['Dana Whitfield', 'Priya Natarajan', 'Mia booked three meetings from the webinar list', 'Mia Chen']).length).toBeGreaterThan(0);
    const otherPlan = await store.get(other);
    expect(otherPlan.ok && otherPlan.plan.checkIns.map((c) => c.notes)).toEqual([TOMBSTONE, 'Mia booked three meetings from the webinar list']);
    expect(otherPlan.ok && otherPlan.plan.manager.name).toBe('Dana Whitfield');

    for (const planId of [id, other]) {
      const verified = await store.verify(planId);
      expect(verified.ok && verified.problems).toEqual([]);
    }
    const evaluationAfter = await store.evaluate(id, { asOf: '2026-02-20' });
    if (!evaluationAfter.ok) throw new Error(evaluationAfter.error.message);
    expect(figures(evaluationAfter.evaluation)).toEqual(figures(evaluationBefore.evaluation as PlanEvaluation));
    expect(Object.keys(figures(evaluationAfter.evaluation)).length).toBeGreaterThan(50);

    const plan = await store.get(id);
    expect(plan.ok && plan.plan.employee).toMatchObject({ id: 'emp-1042', name: TOMBSTONE, email: TOMBSTONE });
    expect(plan.ok && plan.plan.checkIns[1]?.progress?.[0]).toEqual({ goalId: 'g-calls', note: TOMBSTONE, value: 36 });
    const history = await store.history(id);
    expect(history.ok && history.created.redacted).toBe(true);
    expect(history.ok && history.entries.filter((e) => e.redacted).length).toBeGreaterThan(3);

    // the plan goes on: a new entry links to the redacted chain and verifies
    const next = await store.execute(id, checkIn(6, 'Steady week.'), { actor: MANAGER, asOf: mondayOf(6), commandId: 'after-erasure' });
    expect(next.ok, next.ok ? '' : JSON.stringify(next.error)).toBe(true);
    const again = await store.verify(id);
    expect(again.ok && again.intact).toBe(true);
  });

  it("erases the plan's metadata (host fields hold personal data the library cannot name), everywhere it is stored", async () => {
    const { store, schema, sql } = await engine.open();
    const metadata = { hrisId: 'W-88231', relocation: 'Moving to Lisbon in June', grade: 7, remote: true, contacts: [{ phone: '+351 912 345 678' }] };
    const id = await activePlan(store, 'pip-2026-0077', {
      employee: { id: 'emp-3003', name: 'Noor Haddad', role: 'Account Executive, Mid-Market' },
      metadata,
    });
    const secrets = ['W-88231', 'Moving to Lisbon in June', '+351 912 345 678'];
    expect(hits((await scan(sql, schema)).values, secrets).length).toBeGreaterThan(0);
    const erased = await store.erasePersonalData('emp-3003', { actor: HR, asOf: '2026-03-01', reason: 'Erasure request ER-2026-120' });
    expect(erased.ok).toBe(true);
    const plan = await store.get(id);
    expect(plan.ok && plan.plan.metadata).toEqual({ hrisId: TOMBSTONE, relocation: TOMBSTONE, grade: TOMBSTONE, remote: TOMBSTONE, contacts: [{ phone: TOMBSTONE }] });
    expect(hits((await scan(sql, schema)).values, secrets)).toEqual([]);
    const verified = await store.verify(id);
    expect(verified.ok && verified.problems).toEqual([]);
  });

  it('still finds a redacted entry changed afterwards', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await jordansPlan(store);
    await store.erasePersonalData(JORDAN.id, { actor: HR, asOf: '2026-03-01', reason: 'Erasure request' });
    await sql(`UPDATE "${schema}".log SET payload = replace(payload, '"status":"held"', '"status":"missed"') WHERE seq = 5`);
    const verified = await store.verify(id);
    expect(verified.ok && verified.firstBadSeq).toBe(5);
    expect(verified.ok && verified.problems).toContainEqual(expect.objectContaining({ code: 'payload_mismatch', seq: 5 }));
  });

  it('refuses a request without a reason or with a bad person id, and changes nothing', async () => {
    const { store } = await engine.open();
    await jordansPlan(store);
    const noReason = await store.erasePersonalData(JORDAN.id, { actor: HR, asOf: '2026-03-01', reason: ' ' });
    expect(!noReason.ok && noReason.error.code).toBe('invalid_request');
    const badId = await store.erasePersonalData('', { actor: HR, asOf: '2026-03-01', reason: 'x' });
    expect(!badId.ok && badId.error.code).toBe('invalid_request');
    const plan = await store.get('pip-2026-0007');
    expect(plan.ok && plan.plan.employee.name).toBe('Jordan Reyes');
  });
});
