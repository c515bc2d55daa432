/**
 * Issue 16 (a user report): after an amendment the plan waits for the re-signatures, and the plan
 * clock keeps running meanwhile (docs/lifecycle.md). Check-ins, observations and support deliveries
 * that happen in that wait must be recordable, under every record rule; a plan that never ran
 * (awaiting its first acknowledgement) still takes none; replay re-decides such records the same
 * way; and the plan that holds them passes parsePlan.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, replay, supportSessions, transition, type Plan, type PlanCommand } from '../../src/index.js';
import { accept, acknowledgedPlan, activePlan, EMPLOYEE, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

const AMENDED_ON = '2026-01-20';

/** The 90-day plan (start 2026-01-05), active, then amended on 2026-01-20: waiting for both to sign revision 1. */
function amendedWhileActive(): { active: Plan; pending: Plan } {
  const active = activePlan();
  const goal = active.goals[0]!;
  const pending = accept(active, { type: 'amend_goal', reason: 'Target set for the new territory.', goal: { ...goal, title: `${goal.title} (new territory)` } }, MANAGER, AMENDED_ON).plan;
  return { active, pending };
}

const checkIn = (date: string): PlanCommand => ({ type: 'record_check_in', checkIn: { date, status: 'held', notes: 'Reviewed the call recordings.' } });
const observation = (date: string, value = 38): PlanCommand => ({ type: 'record_observations', observations: [{ metricId: 'm-calls', date, value }] });
const delivery = (date: string): PlanCommand => ({ type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date, status: 'delivered' } });

describe('records while an amendment waits for the re-signatures (issue 16)', () => {
  it('accepts check-ins, observations and support deliveries dated in the running period', () => {
    const { pending } = amendedWhileActive();
    expect(pending.status).toBe('awaiting_acknowledgement');
    expect(pending.revision).toBe(1);

    // Monday 2026-01-26 is a scheduled check-in day (weekly, Mondays).
    const afterCheckIn = accept(pending, checkIn('2026-01-26'), MANAGER, '2026-01-26');
    expect(afterCheckIn.plan.status).toBe('awaiting_acknowledgement');
    expect(afterCheckIn.plan.checkIns.map((c) => [c.date, c.status])).toEqual([['2026-01-26', 'held']]);
    expect(afterCheckIn.events).toEqual([expect.objectContaining({ type: 'check_in_recorded', date: '2026-01-26', status: 'held' })]);

    const afterObservations = accept(afterCheckIn.plan, observation('2026-01-23'), SYSTEM, '2026-01-26');
    expect(afterObservations.plan.observations.at(-1)).toMatchObject({ metricId: 'm-calls', date: '2026-01-23', value: 38 });

    // The workshop was due on 2026-01-14 and given late, on 2026-01-21, during the wait.
    const afterDelivery = accept(afterObservations.plan, delivery('2026-01-21'), HR, '2026-01-26');
    const workshop = supportSessions(afterDelivery.plan, { asOf: '2026-01-26' }).filter((s) => s.commitmentId === 'sup-workshop');
    expect(workshop.map((s) => [s.dueDate, s.status, s.delivery?.date])).toEqual([['2026-01-14', 'delivered', '2026-01-21']]);
    expect(afterDelivery.plan.status).toBe('awaiting_acknowledgement');
    expect(afterDelivery.plan.phase).toBeUndefined();
  });

  it('keeps every record rule: not in the future, not before the start, one check-in a day', () => {
    const { pending } = amendedWhileActive();
    const future = refuse(pending, checkIn('2026-01-27'), MANAGER, '2026-01-26');
    expect(future).toMatchObject({ code: 'record_in_future', path: ['checkIn', 'date'], date: '2026-01-26' });
    expect(refuse(pending, observation('2026-01-27'), SYSTEM, '2026-01-26')).toMatchObject({ code: 'record_in_future', path: ['observations', 0, 'date'] });
    expect(refuse(pending, delivery('2026-01-27'), HR, '2026-01-26')).toMatchObject({ code: 'record_in_future', path: ['delivery', 'date'] });
    expect(refuse(pending, checkIn('2026-01-02'), MANAGER, '2026-01-26')).toMatchObject({ code: 'record_before_start', date: '2026-01-05' });
    expect(refuse(pending, delivery('2026-01-02'), HR, '2026-01-26')).toMatchObject({ code: 'record_before_start', date: '2026-01-05' });
    // observations before the start are the baseline, as while active
    expect(accept(pending, observation('2026-01-02'), SYSTEM, '2026-01-26').plan.observations.at(-1)?.date).toBe('2026-01-02');
    const once = accept(pending, checkIn('2026-01-26'), MANAGER, '2026-01-26').plan;
    expect(refuse(once, { type: 'record_check_in', checkIn: { date: '2026-01-26', status: 'missed' } }, MANAGER, '2026-01-26')).toMatchObject({ code: 'duplicate_check_in' });
    // the roles are the same as while active: a check-in is the manager's
    expect(refuse(pending, checkIn('2026-01-26'), HR, '2026-01-26')).toMatchObject({ code: 'wrong_role' });
    expect(refuse(pending, checkIn('2026-01-26'), EMPLOYEE, '2026-01-26')).toMatchObject({ code: 'wrong_role' });
  });

  it('takes no record on a plan that never ran (awaiting its first acknowledgement)', () => {
    const acknowledged = acknowledgedPlan(); // both signed revision 0, never activated
    for (const [command, actor] of [
      [checkIn('2026-01-05'), MANAGER],
      [observation('2026-01-05'), SYSTEM],
      [delivery('2026-01-05'), HR],
    ] as const) {
      expect(refuse(acknowledged, command, actor, '2026-01-06'), command.type).toMatchObject({ code: 'plan_not_running', status: 'awaiting_acknowledgement' });
    }
    const approved = accept(acknowledgedPlan(), { type: 'amend_goal', reason: 'Before the start.', goal: acknowledged.goals[0]! }, MANAGER, '2026-01-06').plan;
    expect(refuse(approved, checkIn('2026-01-06'), MANAGER, '2026-01-06')).toMatchObject({ code: 'plan_not_running' });
  });

  it('replay re-decides the records, and the plan re-signed and resumed holds them and passes parsePlan', () => {
    const { active, pending } = amendedWhileActive();
    let plan = accept(pending, checkIn('2026-01-26'), MANAGER, '2026-01-26').plan;
    plan = accept(plan, observation('2026-01-23'), SYSTEM, '2026-01-26').plan;
    plan = accept(plan, delivery('2026-01-21'), HR, '2026-01-26').plan;
    const waiting = plan;
    plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2026-01-27').plan;
    plan = accept(plan, checkIn('2026-01-28'), MANAGER, '2026-01-28').plan; // one signature in, still waiting
    plan = accept(plan, { type: 'acknowledge' }, EMPLOYEE, '2026-01-29').plan;
    plan = accept(plan, { type: 'activate' }, HR, '2026-01-29').plan;
    expect(plan.status).toBe('active');
    expect(plan.checkIns.map((c) => c.date)).toEqual(['2026-01-26', '2026-01-28']);

    // the whole plan, records dated while revision 1 awaited acknowledgement included, is valid
    for (const candidate of [waiting, plan]) {
      const parsed = parsePlan(JSON.parse(JSON.stringify(candidate)));
      expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues.slice(0, 3))).toBe(true);
    }
    // replay rebuilds it exactly, from the active plan and from before activation
    const fromActive = replay(active, plan.events.slice(active.events.length));
    expect(fromActive.ok && fromActive.plan).toStrictEqual(plan);
    const acknowledged = acknowledgedPlan();
    const fromAcknowledged = replay(acknowledged, plan.events.slice(acknowledged.events.length));
    expect(fromAcknowledged.ok && fromAcknowledged.plan).toStrictEqual(plan);

    // and re-decides them: the check-in entry moved onto a plan that never ran is refused
    const entry = waiting.events[pending.events.length]!;
    expect(entry.command.type).toBe('record_check_in');
    const never = accept(acknowledged, { type: 'amend_goal', reason: 'Before the start.', goal: acknowledged.goals[0]! }, MANAGER, '2026-01-06').plan;
    const moved = replay(never, [{ ...entry, seq: never.events.length }]);
    expect(moved).toMatchObject({ ok: false, code: 'replay_refused', rejection: { code: 'plan_not_running' } });
    // a check-in entry re-dated after its own day is refused as in the future
    const redated = replay(pending, [{ ...entry, command: checkIn('2026-01-27') as unknown as typeof entry.command }]);
    expect(redated).toMatchObject({ ok: false, code: 'replay_refused', rejection: { code: 'record_in_future' } });
  });

  it('the nightly job, after re-activation, does not mark a check-in recorded in the wait as missed', () => {
    const { pending } = amendedWhileActive();
    let plan = accept(pending, checkIn('2026-01-26'), MANAGER, '2026-01-26').plan;
    plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2026-02-03').plan;
    plan = accept(plan, { type: 'acknowledge' }, EMPLOYEE, '2026-02-03').plan;
    plan = accept(plan, { type: 'activate' }, HR, '2026-02-03').plan;
    const advanced = transition(plan, { type: 'advance' }, { asOf: '2026-02-20', actor: SYSTEM });
    expect(advanced.ok).toBe(true);
    if (!advanced.ok) return;
    const onThe26th = advanced.plan.checkIns.filter((c) => c.date === '2026-01-26');
    expect(onThe26th.map((c) => c.status)).toEqual(['held']);
    // the Monday after the amendment with no record (2026-02-02) is missed, as the clock kept running
    expect(advanced.plan.checkIns.some((c) => c.status === 'missed' && c.scheduledFor === '2026-02-02')).toBe(true);
  });
});
