import { parsePlan, replay, transition, type Plan } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListFilter } from '../src/index.js';
import { testEngines } from './support/engines.js';
import { activePlan, checkIn, CRM, EMPLOYEE, HR, MANAGER, mondayOf, NIGHTLY, planDocument, TO_ACTIVE } from './support/plans.js';

describe.each(testEngines())('the store on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  const count = async (sql: (text: string) => Promise<Record<string, unknown>[]>, table: string) => Number((await sql(`SELECT count(*)::int AS n FROM ${table}`))[0]!['n']);

  it('refuses an invalid plan with every issue and stores nothing', async () => {
    const { store, schema, sql } = await engine.open();
    const broken = planDocument('pip-broken');
    (broken['goals'] as { baseline: unknown }[])[1]!.baseline = '25 calls';
    const result = await store.create(broken, { actor: HR, asOf: '2025-12-29' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_plan');
      if (result.error.code === 'invalid_plan') expect(result.error.issues).toContainEqual(expect.objectContaining({ code: 'invalid_type', path: ['goals', 1, 'baseline'] }));
    }
    const text = await store.create('{"schemaVersion": 1,', { actor: HR, asOf: '2025-12-29' });
    expect(!text.ok && text.error.code).toBe('invalid_plan');
    expect(await count(sql, `"${schema}".plans`)).toBe(0);
  });

  it('stores a plan, applies commands through transition and keeps the same plan transition gives', async () => {
    const { store } = await engine.open();
    const created = await store.create(JSON.stringify(planDocument()), { actor: HR, asOf: '2025-12-29' });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.revision).toBe(0);
    expect(created.findings.every((finding) => typeof finding.code === 'string')).toBe(true);
    let expected: Plan = parsePlan(planDocument()).ok ? (parsePlan(planDocument()) as { plan: Plan }).plan : (undefined as never);
    for (const [index, step] of TO_ACTIVE.entries()) {
      const result = await store.execute('pip-2026-0007', step.command, { actor: step.actor, asOf: step.asOf, commandId: `c-${index}`, expectedRevision: index });
      const direct = transition(expected, step.command, { actor: step.actor, asOf: step.asOf });
      expect(result.ok && direct.ok).toBe(true);
      if (!result.ok || !direct.ok) return;
      expected = direct.plan;
      expect(result.plan).toEqual(expected);
      expect(result.revision).toBe(index + 1);
      expect(result.entry).toEqual(direct.entry);
    }
    const got = await store.get('pip-2026-0007');
    expect(got.ok && got.plan).toEqual(expected);
    expect(got.ok && got.plan.status).toBe('active');
    const head = await store.head('pip-2026-0007');
    expect(head.ok && head.revision).toBe(5);
    expect(head.ok && head.seq).toBe(4);
    expect(got.ok && head.ok && got.hash).toBe(head.ok ? head.hash : '');
  });

  it('answers a refusal as data and writes nothing', async () => {
    const { store, schema, sql } = await engine.open();
    await store.create(planDocument(), { actor: HR, asOf: '2025-12-29' });
    const before = await sql(`SELECT current, head_hash, revision FROM "${schema}".plans`);
    const wrongRole = await store.execute('pip-2026-0007', { type: 'submit_for_review' }, { actor: EMPLOYEE, asOf: '2025-12-29', commandId: 'x-1' });
    expect(wrongRole.ok).toBe(false);
    if (!wrongRole.ok) {
      expect(wrongRole.error.code).toBe('rejected');
      if (wrongRole.error.code === 'rejected') expect(wrongRole.error.rejection.code).toBe('wrong_role');
    }
    const malformed = await store.execute('pip-2026-0007', { type: 'submit_for_review', now: true }, { actor: MANAGER, asOf: '2025-12-29', commandId: 'x-2' });
    expect(!malformed.ok && malformed.error.code === 'rejected' && malformed.error.rejection.code).toBe('invalid_command');
    expect(await sql(`SELECT current, head_hash, revision FROM "${schema}".plans`)).toEqual(before);
    expect(await count(sql, `"${schema}".log`)).toBe(0);
    const missing = await store.execute('pip-none', { type: 'activate' }, { actor: HR, asOf: '2026-01-05', commandId: 'x-3' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const badId = await store.execute('pip-2026-0007', { type: 'activate' }, { actor: HR, asOf: '2026-01-05', commandId: '' });
    expect(!badId.ok && badId.error.code).toBe('invalid_request');
  });

  it('answers a stale expectedRevision with a conflict carrying the current revision', async () => {
    const { store } = await engine.open();
    await store.create(planDocument(), { actor: HR, asOf: '2025-12-29' });
    const first = await store.execute('pip-2026-0007', TO_ACTIVE[0]!.command, { actor: MANAGER, asOf: '2025-12-29', commandId: 'a', expectedRevision: 0 });
    expect(first.ok).toBe(true);
    const stale = await store.execute('pip-2026-0007', TO_ACTIVE[1]!.command, { actor: HR, asOf: '2025-12-30', commandId: 'b', expectedRevision: 0 });
    expect(stale).toEqual({ ok: false, error: expect.objectContaining({ code: 'conflict', expectedRevision: 0, revision: 1 }) });
    const fresh = await store.execute('pip-2026-0007', TO_ACTIVE[1]!.command, { actor: HR, asOf: '2025-12-30', commandId: 'b', expectedRevision: 1 });
    expect(fresh.ok && fresh.revision).toBe(2);
  });

  it('returns the first result for a repeated commandId and appends nothing; refuses the id for another command', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await activePlan(store);
    const command = checkIn(1, 'Reviewed five calls together.');
    const first = await store.execute(id, command, { actor: MANAGER, asOf: mondayOf(1), commandId: 'check-in-week-1', expectedRevision: 5 });
    expect(first.ok).toBe(true);
    const later = await store.execute(id, checkIn(2, 'Second week.'), { actor: MANAGER, asOf: mondayOf(2), commandId: 'check-in-week-2' });
    expect(later.ok).toBe(true);
    const logBefore = await sql(`SELECT seq, hash FROM "${schema}".log ORDER BY seq`);
    // the retry comes after a timeout, with the revision the caller had then
    const retry = await store.execute(id, command, { actor: MANAGER, asOf: mondayOf(1), commandId: 'check-in-week-1', expectedRevision: 5 });
    expect(retry.ok).toBe(true);
    if (!first.ok || !retry.ok) return;
    expect(retry.duplicate).toBe(true);
    expect(retry.entry).toEqual(first.entry);
    expect(retry.plan).toEqual(first.plan);
    expect(retry.revision).toBe(first.revision);
    expect(retry.hash).toBe(first.hash);
    expect(await sql(`SELECT seq, hash FROM "${schema}".log ORDER BY seq`)).toEqual(logBefore);
    const reused = await store.execute(id, checkIn(3, 'Another.'), { actor: MANAGER, asOf: mondayOf(3), commandId: 'check-in-week-1' });
    expect(reused).toEqual({ ok: false, error: expect.objectContaining({ code: 'command_id_reused', seq: 5 }) });
  });

  it('does not log an advance that changes nothing', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await activePlan(store);
    const first = await store.execute(id, { type: 'advance' }, { actor: NIGHTLY, asOf: '2026-01-05', commandId: 'nightly-2026-01-05' });
    expect(first.ok && first.entry).toBeUndefined();
    expect(first.ok && first.revision).toBe(5);
    expect(await count(sql, `"${schema}".log`)).toBe(5);
  });

  it('gives the history, past revisions, and lists plans by person, status and evaluation date', async () => {
    const { store } = await engine.open();
    const id = await activePlan(store);
    await store.create(planDocument('pip-2026-0100', { manager: { id: 'mgr-ola', name: 'Ola Berg' } }), { actor: HR, asOf: '2025-12-29' });
    const history = await store.history(id);
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    expect(history.entries.map((e) => e.entry.command['type'])).toEqual(TO_ACTIVE.map((s) => s.command.type));
    expect(history.entries.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(history.entries[1]!.previousHash).toBe(history.entries[0]!.hash);
    expect(history.created).toMatchObject({ actor: HR, asOf: '2025-12-29', redacted: false });
    const initial = parsePlan(planDocument());
    const atTwo = await store.get(id, { revision: 2 });
    expect(atTwo.ok && initial.ok && atTwo.plan).toEqual(initial.ok ? replay(initial.plan, history.entries.slice(0, 2).map((e) => e.entry)).ok && (replay(initial.plan, history.entries.slice(0, 2).map((e) => e.entry)) as { plan: Plan }).plan : undefined);
    expect(atTwo.ok && atTwo.hash).toBe(history.entries[1]!.hash);
    const atZero = await store.get(id, { revision: 0 });
    expect(atZero.ok && atZero.plan.status).toBe('draft');
    expect(atZero.ok && atZero.hash).toBe(history.created.hash);

    const byManager = await store.list({ managerId: 'mgr-dana' });
    expect(byManager.ok && byManager.plans.map((p) => p.planId)).toEqual([id]);
    const active = await store.list({ status: 'active' });
    expect(active.ok && active.plans).toEqual([expect.objectContaining({ planId: id, employeeId: 'emp-1042', evaluationDueOn: '2026-04-04', revision: 5 })]);
    const due = await store.list({ evaluationDueOn: { from: '2026-04-01', to: '2026-04-30' } });
    expect(due.ok && due.plans.map((p) => p.planId)).toEqual([id, 'pip-2026-0100']);
    const exact = await store.list({ evaluationDueOn: '2026-04-04', status: ['active', 'paused'] });
    expect(exact.ok && exact.plans.map((p) => p.planId)).toEqual([id]);
    const page = await store.list({ limit: 1, after: id });
    expect(page.ok && page.plans.map((p) => p.planId)).toEqual(['pip-2026-0100']);
    const bad = await store.list({ evaluationDueOn: '2026-02-30' });
    expect(!bad.ok && bad.error.code).toBe('invalid_request');
    // a NUL, which PostgreSQL text cannot hold, is refused rather than sent (the query would fail)
    const nuls: ListFilter[] = [{ hrPartnerId: '\u0000' }, { managerId: 'mgr-\u0000' }, { after: '\u0000' }, { status: ['active', '\u0000' as 'active'] }];
    for (const filter of nuls) {
      const nul = await store.list(filter);
      expect(!nul.ok && nul.error.code, JSON.stringify(filter)).toBe('invalid_request');
    }
  });

  it('answers a retried create with the stored plan, and refuses another plan under a taken id', async () => {
    const { store, schema, sql } = await engine.open();
    const first = await store.create(planDocument(), { actor: HR, asOf: '2025-12-29' });
    const again = await store.create(planDocument(), { actor: HR, asOf: '2025-12-29' });
    expect(first.ok && again.ok && again.duplicate).toBe(true);
    const other = await store.create(planDocument('pip-2026-0007', { title: 'Another plan' }), { actor: HR, asOf: '2025-12-29' });
    expect(!other.ok && other.error.code).toBe('already_exists');
    expect(await count(sql, `"${schema}".plans`)).toBe(1);
  });

  it('keeps observations recorded by command in the plan, as transition does', async () => {
    const { store } = await engine.open();
    const id = await activePlan(store);
    const crm = await store.execute(id, { type: 'record_observations', observations: [{ id: 'o-1', metricId: 'm-calls', date: mondayOf(1), value: 31 }] }, { actor: CRM, asOf: mondayOf(1), commandId: 'crm-1' });
    expect(crm.ok && crm.plan.observations).toEqual([{ id: 'o-1', metricId: 'm-calls', date: mondayOf(1), value: 31 }]);
  });
});
