/**
 * Notices (issue 19, item 6): every state change that concerns a person yields a notice effect
 * addressed to them (the library sends nothing; the host delivers). One test per command, with the
 * recipients worked out from the plan's people, and the relapse notice.
 */
import { de } from '../../src/locales/de/index.js';
import { describe, expect, it } from 'vitest';
import { planEndDate, relapseNotice, type LifecycleEffect, type Plan, type RelapseCheck } from '../../src/index.js';
import { accept, activePlan, EMPLOYEE, HR, MANAGER, SYSTEM } from './helpers.js';

type Notice = Extract<LifecycleEffect, { kind: 'notice' }>;

/** The notices of one type, and who each is addressed to (role:id). */
function noticesOf(effects: readonly LifecycleEffect[], type: string): { notice: Notice; to: string[] }[] {
  return effects
    .filter((e): e is Notice => e.kind === 'notice' && e.type === type)
    .map((notice) => ({ notice, to: notice.to.map((r) => `${r.role}:${r.id ?? '?'}`).sort() }));
}

const people = (plan: Plan, roles: readonly ('employee' | 'manager' | 'hr')[]): string[] =>
  roles
    .map((role) => (role === 'employee' ? `employee:${plan.employee.id}` : role === 'manager' ? `manager:${plan.manager.id}` : `hr:${plan.hrPartner?.id ?? '?'}`))
    .sort();

const evaluating = () => accept(activePlan(), { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;

describe('notices for the people a state change concerns', () => {
  it('close: the employee, the manager and HR are told the outcome', () => {
    const plan = evaluating();
    const closed = accept(plan, { type: 'close', outcome: 'successful' }, HR, '2026-04-06');
    const [only, ...rest] = noticesOf(closed.effects, 'plan_closed');
    expect(rest).toEqual([]);
    expect(only?.to).toEqual(people(plan, ['employee', 'manager', 'hr']));
    expect(only?.notice).toMatchObject({ outcome: 'successful', on: '2026-04-06' });
    expect(only?.notice.message).toContain('successful');
  });

  it('withdraw: the employee, the manager and HR are told the plan was withdrawn', () => {
    const plan = activePlan();
    const withdrawn = accept(plan, { type: 'withdraw', reason: 'Moved to another team.' }, HR, '2026-02-10');
    const [only] = noticesOf(withdrawn.effects, 'plan_closed');
    expect(only?.to).toEqual(people(plan, ['employee', 'manager', 'hr']));
    expect(only?.notice).toMatchObject({ outcome: 'withdrawn', on: '2026-02-10' });
  });

  it('pause and resume: the employee and the manager, with the dates and the new end date', () => {
    const plan = activePlan();
    const paused = accept(plan, { type: 'pause', reason: 'Medical leave' }, MANAGER, '2026-02-02');
    const [pausedNotice] = noticesOf(paused.effects, 'plan_paused');
    expect(pausedNotice?.to).toEqual(people(plan, ['employee', 'manager']));
    expect(pausedNotice?.notice).toMatchObject({ on: '2026-02-02' });
    const resumed = accept(paused.plan, { type: 'resume' }, MANAGER, '2026-02-12');
    const [resumedNotice] = noticesOf(resumed.effects, 'plan_resumed');
    expect(resumedNotice?.to).toEqual(people(plan, ['employee', 'manager']));
    // ten paused days move the end from 4 April to 14 April
    expect(resumedNotice?.notice).toMatchObject({ on: '2026-02-12', pausedDays: 10, endDate: planEndDate(resumed.plan) });
    expect(planEndDate(resumed.plan)).toBe('2026-04-14');
    expect(resumedNotice?.notice.message).toContain('2026-04-14');
  });

  it('extend: the employee is told the new end date', () => {
    const plan = evaluating();
    const extended = accept(plan, { type: 'extend', days: 30, reason: 'Real progress; the workshop came late.' }, HR, '2026-04-06');
    const [only] = noticesOf(extended.effects, 'plan_extended');
    expect(only?.to).toContain(`employee:${plan.employee.id}`);
    expect(only?.notice).toMatchObject({ days: 30, previousEndDate: '2026-04-04', newEndDate: planEndDate(extended.plan) });
    expect(only?.notice.message).toContain(planEndDate(extended.plan));
  });

  it('activate and begin_evaluation: the employee and the manager', () => {
    const active = accept(accept(activePlan(), { type: 'amend_goal', goal: activePlan().goals[0]!, reason: 'Same goal, re-signed' }, MANAGER, '2026-01-20').plan, { type: 'acknowledge' }, MANAGER, '2026-01-21').plan;
    const signed = accept(active, { type: 'acknowledge' }, EMPLOYEE, '2026-01-21').plan;
    const activated = accept(signed, { type: 'activate' }, HR, '2026-01-22');
    const [activatedNotice] = noticesOf(activated.effects, 'plan_activated');
    expect(activatedNotice?.to).toEqual(people(signed, ['employee', 'manager']));
    expect(activatedNotice?.notice).toMatchObject({ on: '2026-01-22', endDate: planEndDate(activated.plan) });
    const begun = accept(activePlan(), { type: 'begin_evaluation' }, MANAGER, '2026-04-04');
    const [begunNotice] = noticesOf(begun.effects, 'evaluation_started');
    expect(begunNotice?.to).toEqual(people(begun.plan, ['employee', 'manager']));
  });

  it('the nightly job beginning the evaluation (autoBeginEvaluation) tells the employee too', () => {
    const plan = activePlan({}, { policy: { autoBeginEvaluation: true } });
    const ticked = accept(plan, { type: 'advance' }, SYSTEM, planEndDate(plan), { policy: { autoBeginEvaluation: true } });
    expect(ticked.plan.status).toBe('in_evaluation');
    expect(noticesOf(ticked.effects, 'evaluation_started')[0]?.to).toEqual(people(plan, ['employee', 'manager']));
  });

  it('amendment: the employee is asked to acknowledge the new revision', () => {
    const plan = activePlan();
    const amended = accept(plan, { type: 'amend_goal', goal: { ...plan.goals[1]!, target: 45 }, reason: 'Territory grew' }, MANAGER, '2026-01-20');
    const [only] = noticesOf(amended.effects, 'acknowledgement_requested');
    expect(only?.to).toContain(`employee:${plan.employee.id}`);
    expect(only?.notice).toMatchObject({ revision: plan.revision + 1 });
  });

  it('monitoring: the employee and the manager when it starts and when it ends', () => {
    const closed = accept(evaluating(), { type: 'close', outcome: 'successful' }, HR, '2026-04-06').plan;
    const started = accept(closed, { type: 'start_monitoring' }, HR, '2026-04-07');
    expect(noticesOf(started.effects, 'monitoring_started')[0]?.to).toEqual(people(closed, ['employee', 'manager']));
    const ended = accept(started.plan, { type: 'end_monitoring' }, HR, '2026-07-07');
    expect(noticesOf(ended.effects, 'monitoring_ended')[0]?.to).toEqual(people(closed, ['employee', 'manager']));
  });

  it('a relapse found by detectRelapse: relapseNotice addresses the employee, the manager and HR; none without a relapse', () => {
    const closed = accept(evaluating(), { type: 'close', outcome: 'successful' }, HR, '2026-04-06').plan;
    const monitored = accept(closed, { type: 'start_monitoring' }, HR, '2026-04-07').plan;
    const check = {
      applicable: true,
      relapsed: true,
      asOf: '2026-07-20',
      firstRelapseOn: '2026-06-28',
      goals: [
        { goalId: 'g-conversion', title: 'Conversion', status: 'relapsed' },
        { goalId: 'g-calls', title: 'Calls', status: 'holding' },
      ],
    } as unknown as RelapseCheck;
    const notice = relapseNotice(monitored, check);
    expect(notice?.to.map((r) => `${r.role}:${r.id ?? '?'}`).sort()).toEqual(people(monitored, ['employee', 'manager', 'hr']));
    expect(notice).toMatchObject({ kind: 'notice', type: 'relapse_detected', on: '2026-06-28', goalIds: ['g-conversion'] });
    expect(relapseNotice(monitored, { ...check, relapsed: false, firstRelapseOn: null } as RelapseCheck)).toBeUndefined();
    // in a language: the same notice, its message in the locale's words (written by hand)
    const german = relapseNotice(monitored, check, { locale: de });
    expect(german?.goalIds).toEqual(['g-conversion']);
    expect(german?.message).toBe('Die Nachbeobachtung hat am 2026-06-28 einen Rückfall festgestellt (g-conversion): Die Ergebnisse sind wieder unter den Zielwert gefallen.');
  });
});
