/**
 * Every refusal and every reminder explains itself with the facts it turned on: the state and what
 * it accepts, the roles allowed, the dates, the counts (singular or plural). Every command is sent
 * in every state by every role; a few refusals are set up on purpose. Written against the
 * mutation-testing survivors of src/lifecycle (docs/quality.md).
 */
import { describe, expect, it } from 'vitest';
import {
  commandsAccepted,
  PLAN_COMMAND_TYPES,
  PLAN_STATE_CHART,
  shiftDate,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
  type PlanCommandType,
  type TransitionRejected,
} from '../../src/index.js';
import { actorOf, livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { plan90 } from '../support/plans.js';
import { accept, activePlan, HR, MANAGER, refuse, SYSTEM } from './helpers.js';
import { withBasis } from './helpers.js';

/** A well-formed command of each type for the plan. */
function commandOf(type: PlanCommandType, plan: Plan, asOf: string): PlanCommand {
  const goal = plan.goals[0]!;
  const support = plan.support[0]!;
  switch (type) {
    case 'edit_draft':
      return { type, changes: { purpose: 'A clearer purpose for the plan.' } };
    case 'request_changes':
    case 'pause':
    case 'withdraw':
      return { type, reason: 'Agreed in the weekly review.' };
    case 'record_check_in':
      return { type, checkIn: { date: asOf, status: 'held', notes: 'Reviewed every goal.' } };
    case 'record_observations':
      return { type, observations: [{ metricId: plan.metrics[1]!.id, date: asOf, value: 3 }] };
    case 'record_support_delivery':
      return { type, delivery: { commitmentId: support.id, date: asOf, status: 'delivered' } };
    case 'amend_goal':
      return { type, goal: { ...goal, title: `${goal.title}, amended` }, reason: 'Agreed change.' };
    case 'amend_support':
      return { type, commitment: { ...support, description: `${support.description}, amended` }, reason: 'Agreed change.' };
    case 'extend':
      return { type, days: 10, reason: 'Real progress.' };
    case 'close':
      return { type, outcome: 'successful' };
    default:
      return { type } as PlanCommand;
  }
}

/** The 90-day plan at every depth of its life. */
const STATES: readonly Plan[] = Array.from({ length: PLAN_LIFE.length + 1 }, (_, depth) => livedTo(plan90(), depth));

const rejected = (plan: Plan, command: PlanCommand, actor: Actor, asOf: string): TransitionRejected['rejection'] | undefined => {
  const result = transition(plan, command, { asOf, actor });
  return result.ok ? undefined : result.rejection;
};

describe('refusals name the state, the commands it accepts and the roles allowed', () => {
  it('every command, in every state, from every role', () => {
    const seen = new Set<string>();
    for (const plan of STATES) {
      const asOf = plan.events.at(-1)?.at ?? plan.createdOn;
      const accepted = commandsAccepted(plan.status);
      for (const type of PLAN_COMMAND_TYPES) {
        for (const role of ['manager', 'employee', 'hr', 'system'] as const) {
          const rejection = rejected(plan, commandOf(type, plan, asOf), actorOf(plan, role), asOf);
          if (!rejection) continue;
          seen.add(rejection.code);
          expect(rejection.command).toBe(type);
          expect(rejection.status).toBe(plan.status);
          expect(rejection.message).toMatch(/\.$/);
          expect(rejection.message).not.toMatch(/undefined|\?|\.\.$/);
          if (rejection.code === 'wrong_state' || rejection.code === 'plan_closed') {
            expect(rejection.allowedCommands).toEqual(accepted);
            expect(accepted).not.toContain(type);
            expect(rejection.message).toContain(plan.status);
            for (const command of accepted) expect(rejection.message).toContain(command);
            const readOnly = PLAN_STATE_CHART.states.find((s) => s.status === plan.status)?.readOnly === true;
            expect(rejection.code).toBe(readOnly ? 'plan_closed' : 'wrong_state');
            if (rejection.code === 'wrong_state') expect(rejection.message).toContain(type);
          }
          if (rejection.code === 'wrong_role') {
            const roles = PLAN_STATE_CHART.transitions.filter((t) => t.command === type && t.from === plan.status).flatMap((t) => t.roles);
            expect([...(rejection.allowedRoles ?? [])].sort()).toEqual([...new Set(roles)].sort());
            expect(rejection.allowedRoles).not.toContain(role);
            expect(rejection.message).toContain(`not ${role}`);
            for (const allowed of rejection.allowedRoles ?? []) expect(rejection.message).toContain(allowed);
          }
        }
      }
    }
    expect([...seen]).toEqual(expect.arrayContaining(['wrong_state', 'wrong_role', 'plan_closed']));
  });

  it('an unknown command lists every command', () => {
    const rejection = refuse(plan90(), { type: 'fire' } as unknown as PlanCommand, MANAGER, '2026-01-01');
    expect(rejection.message.startsWith('fire is not a command')).toBe(true);
    for (const type of PLAN_COMMAND_TYPES) expect(rejection.message).toContain(type);
    expect(rejection.allowedCommands).toEqual(PLAN_COMMAND_TYPES);
  });
});

describe('refusals carry the dates and counts they turned on', () => {
  it('dates: time running backwards, activation too early or too late, evaluation too early', () => {
    const active = activePlan();
    const back = refuse(active, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-01-04');
    expect(back.message).toContain('2026-01-05');
    const acknowledged = livedTo(plan90(), 4);
    expect(acknowledged.status).toBe('awaiting_acknowledgement');
    const early = refuse(acknowledged, { type: 'activate' }, HR, '2026-01-04');
    expect([early.code, early.date]).toEqual(['before_start_date', '2026-01-05']);
    expect(early.message).toContain('2026-01-05');
    const late = refuse(acknowledged, { type: 'activate' }, HR, '2026-04-05');
    expect([late.code, late.date]).toEqual(['after_end_date', '2026-04-04']);
    expect(late.message).toContain('2026-04-04');
    // the last day of the plan is still in time
    expect(transition(acknowledged, { type: 'activate' }, { asOf: '2026-04-04', actor: HR }).ok).toBe(true);
    const evaluation = refuse(active, { type: 'begin_evaluation' }, MANAGER, '2026-04-03');
    expect([evaluation.code, evaluation.date]).toEqual(['before_end_date', '2026-04-04']);
    expect(evaluation.message).toContain('2026-04-04');
  });

  it('acknowledgements: who, which revision, who is missing', () => {
    const approved = livedTo(plan90(), 2);
    const manager = accept(approved, { type: 'acknowledge' }, MANAGER, '2025-12-31').plan;
    const again = refuse(manager, { type: 'acknowledge' }, MANAGER, '2025-12-31');
    expect(again.code).toBe('already_acknowledged');
    expect(again.message).toContain('manager');
    expect(again.message).toContain('revision 0');
    const missing = refuse(manager, { type: 'activate' }, HR, '2026-01-05');
    expect(missing.code).toBe('not_acknowledged');
    expect(missing.message).toContain('employee');
    expect(missing.message).not.toContain('manager and');
    const nobody = refuse(approved, { type: 'activate' }, HR, '2026-01-05');
    expect(nobody.message).toContain('manager and employee');
    const stranger = refuse(approved, { type: 'acknowledge' }, { id: 'emp-other', role: 'employee' }, '2025-12-31');
    expect(stranger.code).toBe('wrong_person');
    expect(stranger.message).toContain("plan's own employee");
    expect(stranger.message).toContain('emp-1042');
  });

  it('counts: lint errors and undelivered sessions, singular and plural', () => {
    const oneError = refuse(plan90({ support: [] }), { type: 'submit_for_review' }, MANAGER, '2025-12-29');
    expect(oneError.code).toBe('lint_errors');
    expect(oneError.findings?.every((f) => f.severity === 'error')).toBe(true);
    const count = oneError.findings?.length ?? 0;
    expect(oneError.message).toContain(`${count} lint error${count === 1 ? '' : 's'};`);
    const twoErrors = refuse(plan90({ support: [], purpose: '' }), { type: 'submit_for_review' }, MANAGER, '2025-12-29');
    expect(twoErrors.findings?.length).toBe(count + 1);
    expect(twoErrors.message).toContain(`${count + 1} lint errors;`);

    const evaluating = accept(activePlan(), { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    const notMet = refuse(evaluating, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05');
    expect(notMet.code).toBe('support_not_delivered');
    expect(notMet.sessions?.length).toBeGreaterThan(1);
    expect(notMet.message).toContain(`${notMet.sessions?.length} promised support sessions were not delivered`);
    // deliver every session but one: singular
    let delivered = evaluating;
    const sessions = notMet.sessions ?? [];
    for (const session of sessions.slice(1)) {
      delivered = accept(delivered, { type: 'record_support_delivery', delivery: { commitmentId: session.commitmentId, date: '2026-04-05', status: 'delivered' } }, HR, '2026-04-05').plan;
    }
    // 14 of 15 passes the default shares: a policy asking for every session refuses it
    const one = refuse(delivered, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05', { policy: { minSupportDeliveredShare: 1, minCommitmentDeliveredShare: 1 } });
    expect(one.message).toContain('1 promised support session was not delivered');
    // the policy may allow it
    expect(transition(evaluating, withBasis({ type: 'close', outcome: 'not_met' }, '2026-04-05'), { asOf: '2026-04-05', actor: HR, policy: { requireDeliveredSupportForNotMet: false } }).ok).toBe(true);
  });

  it('reasons and outcomes: what is missing, what is not allowed', () => {
    const active = activePlan();
    const blank = refuse(active, { type: 'pause', reason: '  ' }, MANAGER, '2026-02-02');
    expect(blank.code).toBe('reason_required');
    expect(blank.message.startsWith('pause needs a reason')).toBe(true);
    const evaluating = accept(active, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    const withdrawn = refuse(evaluating, { type: 'close', outcome: 'withdrawn' }, HR, '2026-04-05');
    expect(withdrawn.message).toContain('withdraw command');
    const never = refuse(evaluating, { type: 'close', outcome: 'extended_then_closed' }, HR, '2026-04-05');
    expect(never.message).toContain('never extended');
    const extended = accept(evaluating, { type: 'extend', days: 10, reason: 'Real progress.' }, HR, '2026-04-05').plan;
    const back = accept(extended, { type: 'begin_evaluation' }, MANAGER, '2026-04-14').plan;
    expect(transition(back, withBasis({ type: 'close', outcome: 'extended_then_closed' }, '2026-04-15'), { asOf: '2026-04-15', actor: HR }).ok).toBe(true);
    const closedNotMet = accept(evaluating, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05', { policy: { requireDeliveredSupportForNotMet: false } }).plan;
    expect(refuse(closedNotMet, { type: 'start_monitoring' }, HR, '2026-04-06').code).toBe('not_in_good_standing');
  });
});

describe('reminders carry their dates and day counts', () => {
  it('check-in due today or in N days; evaluation due today or N days ago; monitoring review after N days', () => {
    const active = activePlan();
    const today = accept(active, { type: 'advance' }, SYSTEM, '2026-01-12').effects.find((e) => e.type === 'check_in_due');
    expect(today).toMatchObject({ inDays: 0, date: '2026-01-12', message: 'A check-in is due today (2026-01-12).' });
    const two = accept(active, { type: 'advance' }, SYSTEM, '2026-01-10', { policy: { checkInReminderDays: 2 } }).effects[0];
    expect(two?.message).toBe('A check-in is due in 2 days, on 2026-01-12.');
    const end = accept(active, { type: 'advance' }, SYSTEM, '2026-04-04').effects.find((e) => e.type === 'evaluation_due');
    expect(end?.message).toBe('The plan ends today (2026-04-04): the evaluation is due.');
    const oneDay = accept(active, { type: 'advance' }, SYSTEM, '2026-04-05').effects.find((e) => e.type === 'evaluation_due');
    expect(oneDay?.message).toBe('The plan ended on 2026-04-04, 1 day ago: the evaluation is due.');
    const monitoring = livedTo(plan90(), PLAN_LIFE.length - 1);
    expect(monitoring.status).toBe('monitoring');
    const start = monitoring.monitoring!.start;
    const quiet = transition(monitoring, { type: 'advance' }, { asOf: shiftDate(start, 59), actor: SYSTEM });
    expect(quiet.ok && quiet.effects).toEqual([]);
    const due = transition(monitoring, { type: 'advance' }, { asOf: shiftDate(start, 60), actor: SYSTEM });
    expect(due.ok && due.effects).toEqual([
      {
        kind: 'reminder',
        type: 'monitoring_review_due',
        to: [{ role: 'manager', id: 'mgr-dana' }, { role: 'hr', id: 'hr-priya' }],
        since: start,
        days: 60,
        message: `Post-plan monitoring started on ${start}, 60 days ago: review the metrics and end monitoring.`,
      },
    ]);
  });

  it('a support session one day overdue; a plan without an HR partner reminds HR by role', () => {
    const active = activePlan();
    const overdue = accept(active, { type: 'advance' }, SYSTEM, '2026-01-10').effects.filter((e) => e.type === 'support_session_overdue');
    expect(overdue.map((e) => e.message)).toContain('The support session sup-lead-routing due 2026-01-09 is 1 day overdue and not recorded as delivered.');
    // with no HR partner named, an independent HR person approves (the policy allows it)
    const noHr = activePlan({ hrPartner: null }, { policy: { reviewBy: 'any_independent_hr' } });
    const reminder = accept(noHr, { type: 'advance' }, SYSTEM, '2026-04-04').effects.find((e) => e.type === 'evaluation_due');
    expect(reminder?.to).toEqual([{ role: 'manager', id: 'mgr-dana' }, { role: 'hr' }]);
  });
});
