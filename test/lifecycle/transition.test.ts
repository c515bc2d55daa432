import { describe, expect, it } from 'vitest';
import {
  assertPlan,
  checkInSlots,
  parsePlan,
  planEndDate,
  replay,
  transition,
  type Plan,
  type PlanCommand,
  type TransitionAccepted,
} from '../../src/index.js';
import { isDeepFrozen, readFixture } from '../support/fixtures.js';
import { plan90, unchecked } from '../support/plans.js';
import { accept, acknowledgedPlan, activePlan, EMPLOYEE, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

describe('formalising: review, approval, acknowledgement, activation', () => {
  it('blocks submission while lint reports errors, and returns the findings', () => {
    const noSupport = plan90({ support: [] });
    const rejection = refuse(noSupport, { type: 'submit_for_review' }, MANAGER, '2025-12-29');
    expect(rejection.code).toBe('lint_errors');
    expect(rejection.findings?.map((f) => f.code)).toContain('support_missing');
    expect(rejection.findings?.every((f) => f.severity === 'error')).toBe(true);
    expect(rejection.message).toMatch(/lint error/);
  });

  it('submits a well-formed plan for HR review with a notice to HR', () => {
    const result = accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29');
    expect(result.plan.status).toBe('in_review');
    expect(result.effects).toEqual([
      { kind: 'notice', type: 'review_requested', to: [{ role: 'hr', id: 'hr-priya' }], message: 'The plan was submitted for HR review.' },
    ]);
  });

  it('lets only HR approve or request changes; changes need a reason and send the plan back to draft', () => {
    const inReview = accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan;
    expect(refuse(inReview, { type: 'approve' }, MANAGER, '2025-12-30')).toMatchObject({ code: 'wrong_role', allowedRoles: ['hr'] });
    expect(refuse(inReview, { type: 'request_changes', reason: '  ' }, HR, '2025-12-30').code).toBe('reason_required');
    const back = accept(inReview, { type: 'request_changes', reason: 'Tie the revenue goal to the sales cycle.' }, HR, '2025-12-30');
    expect(back.plan.status).toBe('draft');
    expect(back.plan.reviews.at(-1)).toEqual({ by: 'hr-priya', date: '2025-12-30', decision: 'changes_requested', notes: 'Tie the revenue goal to the sales cycle.' });
    const approved = accept(inReview, { type: 'approve' }, HR, '2025-12-30');
    expect(approved.plan.status).toBe('awaiting_acknowledgement');
    expect(approved.effects[0]).toMatchObject({ type: 'acknowledgement_requested', revision: 0 });
  });

  it('records acknowledgements as signatures of the current revision; only the employee comments', () => {
    const approved = accept(accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan, { type: 'approve' }, HR, '2025-12-30').plan;
    expect(refuse(approved, { type: 'acknowledge' }, { id: 'emp-9999', role: 'employee' }, '2026-01-02').code).toBe('wrong_person');
    expect(refuse(approved, { type: 'acknowledge' }, { id: 'mgr-other', role: 'manager' }, '2026-01-02').code).toBe('wrong_person');
    expect(refuse(approved, { type: 'acknowledge' }, HR, '2026-01-02').code).toBe('wrong_role');
    expect(refuse(approved, { type: 'acknowledge', comment: 'Fine by me' }, MANAGER, '2026-01-02').code).toBe('comment_not_allowed');
    const employee = accept(approved, { type: 'acknowledge', comment: 'I do not agree with the lead data, but I understand the plan.' }, EMPLOYEE, '2026-01-02');
    expect(employee.plan.signatures).toEqual([
      { role: 'employee', signerId: 'emp-1042', name: 'Jordan Reyes', date: '2026-01-02', revision: 0, comment: 'I do not agree with the lead data, but I understand the plan.' },
    ]);
    expect(refuse(employee.plan, { type: 'acknowledge' }, EMPLOYEE, '2026-01-02').code).toBe('already_acknowledged');
    const both = accept(employee.plan, { type: 'acknowledge' }, MANAGER, '2026-01-03');
    expect(both.events.map((e) => e.type)).toEqual(['plan_acknowledged', 'acknowledgements_complete']);
  });

  it('activates only on or after the start date, with HR approval and both acknowledgements', () => {
    const approved = accept(accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan, { type: 'approve' }, HR, '2025-12-30').plan;
    expect(refuse(approved, { type: 'activate' }, HR, '2026-01-05')).toMatchObject({ code: 'not_acknowledged', message: 'The current revision is not acknowledged by manager and employee.' });
    const acknowledged = acknowledgedPlan();
    expect(refuse(acknowledged, { type: 'activate' }, HR, '2026-01-04')).toMatchObject({ code: 'before_start_date', date: '2026-01-05' });
    expect(refuse(acknowledged, { type: 'activate' }, EMPLOYEE, '2026-01-05').code).toBe('wrong_role');
    expect(refuse(acknowledged, { type: 'activate' }, HR, '2026-04-05')).toMatchObject({ code: 'after_end_date', date: '2026-04-04' });
    const active = accept(acknowledged, { type: 'activate' }, SYSTEM, '2026-01-05');
    expect([active.plan.status, active.plan.phase]).toEqual(['active', 'diagnose_and_develop']);
    expect(active.events).toEqual([{ type: 'plan_activated', phase: 'diagnose_and_develop', endDate: '2026-04-04' }]);
    // a plan imported as awaiting acknowledgement without an HR approval does not parse
    // (approval_missing); handed to transition anyway, it cannot be activated
    const document = { ...(readFixture('plan-90-day-conversion.json') as object), status: 'awaiting_acknowledgement' };
    expect(() => assertPlan(document)).toThrow(/HR's approval/);
    const unapproved = unchecked(plan90(), { status: 'awaiting_acknowledgement' });
    expect(refuse(unapproved, { type: 'activate' }, HR, '2026-01-05').code).toBe('not_approved');
  });
});

describe('running the plan', () => {
  it('lets only a manager record check-ins, with generated ids when none is given', () => {
    const active = activePlan();
    const checkIn: PlanCommand = { type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held', notes: 'Kick-off; agreed the call review slot.' } };
    expect(refuse(active, checkIn, EMPLOYEE, '2026-01-05').code).toBe('wrong_role');
    expect(refuse(active, checkIn, HR, '2026-01-05')).toMatchObject({ code: 'wrong_role', allowedRoles: ['manager'] });
    // the manager role is the plan's own manager: a manager covering for Dana is not
    expect(refuse(active, checkIn, { id: 'mgr-cover', role: 'manager' }, '2026-01-05')).toMatchObject({ code: 'wrong_person' });
    const recorded = accept(active, checkIn, MANAGER, '2026-01-05');
    expect(recorded.plan.checkIns.at(-1)?.id).toBe('check-in-1');
    expect(checkInSlots(recorded.plan, { asOf: '2026-01-05' })[0]?.status).toBe('held');
  });

  it('records observations and support deliveries, refusing ones that break the plan', () => {
    const active = activePlan();
    const observed = accept(active, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-09', value: 31 }] }, SYSTEM, '2026-01-10');
    expect(observed.plan.observations).toHaveLength(1);
    const wrong = refuse(active, { type: 'record_observations', observations: [{ metricId: 'm-nope', date: '2026-01-09', value: 31 }] }, SYSTEM, '2026-01-10');
    expect(wrong.code).toBe('invalid_change');
    expect(wrong.issues?.[0]).toMatchObject({ code: 'unknown_reference', path: ['observations', 0, 'metricId'] });
    const ratio = refuse(active, { type: 'record_observations', observations: [{ metricId: 'm-call-meeting', date: '2026-01-09', value: 0.1 }] }, SYSTEM, '2026-01-10');
    expect(ratio.issues?.[0]?.code).toBe('ratio_requires_parts');
    const delivered = accept(active, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' } }, MANAGER, '2026-01-14');
    expect(delivered.events).toEqual([{ type: 'support_delivery_recorded', commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' }]);
  });

  it('requires a reason for an amendment, raises the revision and asks for re-acknowledgement before the plan continues', () => {
    const active = activePlan();
    const goal = { ...active.goals[1]!, target: 38 };
    expect(refuse(active, { type: 'amend_goal', goal, reason: '' }, MANAGER, '2026-02-02').code).toBe('reason_required');
    const amended = accept(active, { type: 'amend_goal', goal, reason: 'Lead routing started two weeks late.' }, MANAGER, '2026-02-02');
    expect([amended.plan.status, amended.plan.phase, amended.plan.revision]).toEqual(['awaiting_acknowledgement', undefined, 1]);
    expect(amended.plan.goals[1]?.target).toBe(38);
    expect(amended.plan.amendments).toEqual([
      { date: '2026-02-02', by: 'mgr-dana', reason: 'Lead routing started two weeks late.', target: 'goal', targetId: 'g-calls', revision: 1, before: active.goals[1], after: goal },
    ]);
    expect(amended.events[0]).toMatchObject({ type: 'plan_amended', reacknowledgementRequired: true });
    // the old signatures are for revision 0: the plan cannot continue yet
    expect(refuse(amended.plan, { type: 'activate' }, HR, '2026-02-02').code).toBe('not_acknowledged');
    // ... but its clock keeps running: what happens meanwhile is recorded (issue 16)
    const recorded = accept(amended.plan, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held' } }, MANAGER, '2026-02-02').plan;
    expect([recorded.status, recorded.checkIns.at(-1)?.date]).toEqual(['awaiting_acknowledgement', '2026-02-02']);
    let plan = accept(recorded, { type: 'acknowledge' }, EMPLOYEE, '2026-02-03').plan;
    plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2026-02-03').plan;
    const resumed = accept(plan, { type: 'activate' }, MANAGER, '2026-02-03');
    expect([resumed.plan.status, resumed.plan.phase]).toEqual(['active', 'diagnose_and_develop']);
    // support can be amended (here: added) the same way; weights that no longer add up are refused
    const support = { id: 'sup-mentor', kind: 'mentorship' as const, description: 'Fortnightly mentoring with a senior AE', owner: 'ae-kim', goalIds: ['g-conversion'] };
    expect(accept(resumed.plan, { type: 'amend_support', commitment: support, reason: 'Add a mentor.' }, HR, '2026-02-04').plan.support.at(-1)?.id).toBe('sup-mentor');
    const broken = refuse(resumed.plan, { type: 'amend_goal', goal: { ...goal, weight: 40 }, reason: 'More weight on calls.' }, MANAGER, '2026-02-04');
    expect(broken).toMatchObject({ code: 'invalid_change' });
    expect(broken.issues?.[0]?.code).toBe('weights_sum');
  });

  it('pauses the clock: a 10-day pause moves the end date; a pause resumed the same day leaves no trace', () => {
    const active = activePlan();
    expect(refuse(active, { type: 'pause', reason: '' }, MANAGER, '2026-02-02').code).toBe('reason_required');
    const paused = accept(active, { type: 'pause', reason: 'Parental leave' }, MANAGER, '2026-02-02');
    expect([paused.plan.status, paused.plan.phase]).toEqual(['paused', undefined]);
    const resumed = accept(paused.plan, { type: 'resume' }, MANAGER, '2026-02-12');
    expect(resumed.plan.pauses).toEqual([{ start: '2026-02-02', end: '2026-02-11', reason: 'Parental leave' }]);
    expect(resumed.events).toEqual([{ type: 'plan_resumed', on: '2026-02-12', pausedDays: 10, endDate: '2026-04-14' }]);
    expect(planEndDate(resumed.plan)).toBe('2026-04-14');
    const sameDay = accept(accept(active, { type: 'pause', reason: 'Clicked by mistake' }, MANAGER, '2026-02-02').plan, { type: 'resume' }, MANAGER, '2026-02-02');
    expect(sameDay.plan.pauses).toEqual([]);
    expect(planEndDate(sameDay.plan)).toBe('2026-04-04');
  });

  it('extends within the policy caps, also from evaluation back to active', () => {
    const active = activePlan();
    expect(refuse(active, { type: 'extend', days: 45, reason: 'Progress' }, HR, '2026-04-01')).toMatchObject({
      code: 'extension_days_exceeded',
      message: "An extension of 45 days is more than the 30 days left of the policy's 30-day total.",
    });
    const evaluating = accept(active, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    const extended = accept(evaluating, { type: 'extend', days: 30, reason: 'Real progress; the workshop came late.' }, HR, '2026-04-06');
    expect([extended.plan.status, extended.plan.phase]).toEqual(['active', 'measure_and_evaluate']);
    expect(extended.plan.extensions[0]).toEqual({
      grantedOn: '2026-04-06',
      by: 'hr-priya',
      days: 30,
      previousEndDate: '2026-04-04',
      newEndDate: '2026-05-04',
      reason: 'Real progress; the workshop came late.',
    });
    expect(refuse(extended.plan, { type: 'extend', days: 5, reason: 'Again' }, HR, '2026-04-07').code).toBe('extension_count_exceeded');
    const looser = accept(extended.plan, { type: 'extend', days: 5, reason: 'Again' }, HR, '2026-04-07', { policy: { timeline: { maxExtensions: 2, maxExtensionDays: 40 } } });
    expect(planEndDate(looser.plan)).toBe('2026-05-09');
  });

  it('begins evaluation at the end date, or earlier only when every goal is already met', () => {
    const active = activePlan();
    expect(refuse(active, { type: 'begin_evaluation' }, MANAGER, '2026-03-20')).toMatchObject({ code: 'before_end_date', date: '2026-04-04' });
    const early = accept(active, { type: 'begin_evaluation' }, MANAGER, '2026-03-20', { goalsMet: () => true });
    expect(early.events).toEqual([{ type: 'evaluation_started', early: true, basis: 'goals_met' }]);
    // the built-in check: the latest held check-in notes a value meeting every goal's target
    const progress = [
      { goalId: 'g-conversion', note: '12.5% over the last four weeks', value: 0.125 },
      { goalId: 'g-calls', note: '44 calls a week', value: 44 },
      { goalId: 'g-discovery', note: 'Level 3 on the last two reviews', value: 3 },
      { goalId: 'g-revenue', note: '$46,200 closed', value: 4_620_000 },
    ];
    const met = accept(active, { type: 'record_check_in', checkIn: { date: '2026-03-16', status: 'held', progress } }, MANAGER, '2026-03-16').plan;
    expect(accept(met, { type: 'begin_evaluation' }, MANAGER, '2026-03-20').plan.status).toBe('in_evaluation');
    const almost = accept(active, { type: 'record_check_in', checkIn: { date: '2026-03-16', status: 'held', progress: progress.slice(0, 3) } }, MANAGER, '2026-03-16').plan;
    expect(refuse(almost, { type: 'begin_evaluation' }, MANAGER, '2026-03-20').code).toBe('before_end_date');
  });
});

describe('closing, withdrawing and monitoring', () => {
  const evaluating = () => accept(activePlan(), { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;

  it('closes with an outcome; not_met is refused while promised support was not delivered', () => {
    const plan = evaluating();
    expect(refuse(plan, { type: 'close', outcome: 'withdrawn' }, HR, '2026-04-06').code).toBe('outcome_not_allowed');
    expect(refuse(plan, { type: 'close', outcome: 'extended_then_closed' }, HR, '2026-04-06').code).toBe('outcome_not_allowed');
    const notMet = refuse(plan, { type: 'close', outcome: 'not_met' }, HR, '2026-04-06');
    expect(notMet.code).toBe('support_not_delivered');
    expect(notMet.sessions?.[0]).toEqual({ commitmentId: 'sup-call-review', dueDate: '2026-01-05', status: 'overdue' });
    const closed = accept(plan, { type: 'close', outcome: 'not_met', reason: 'Goals not met.' }, HR, '2026-04-06', { policy: { requireDeliveredSupportForNotMet: false } });
    expect(closed.plan.closure).toEqual({ outcome: 'not_met', date: '2026-04-06', by: 'hr-priya', reason: 'Goals not met.', basis: { asOf: '2026-04-06', score: 50, recommendation: 'not_met', reasonCodes: [] } });
    expect(refuse(closed.plan, { type: 'start_monitoring' }, HR, '2026-04-07').code).toBe('not_in_good_standing');
  });

  it('keeps closed plans read-only except monitoring, which follows a successful close', () => {
    const closed = accept(evaluating(), { type: 'close', outcome: 'successful' }, HR, '2026-04-06').plan;
    const rejection = refuse(closed, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-04-06', value: 40 }] }, SYSTEM, '2026-04-06');
    expect(rejection).toMatchObject({ code: 'plan_closed', allowedCommands: ['start_monitoring', 'advance'] });
    expect(refuse(closed, { type: 'amend_goal', goal: closed.goals[0]!, reason: 'x' }, HR, '2026-04-06').code).toBe('plan_closed');
    const ticked = accept(closed, { type: 'advance' }, SYSTEM, '2026-05-01');
    expect(ticked.plan).toBe(closed);
    expect(ticked.entry).toBeUndefined();
    const monitoring = accept(closed, { type: 'start_monitoring' }, HR, '2026-04-07').plan;
    expect(monitoring.monitoring).toEqual({ start: '2026-04-07', metricIds: ['m-call-meeting', 'm-calls', 'm-discovery', 'm-won-revenue'] });
    const observed = accept(monitoring, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-04-10', value: 42 }] }, SYSTEM, '2026-04-10').plan;
    const reminder = accept(observed, { type: 'advance' }, SYSTEM, '2026-06-06');
    expect(reminder.effects.map((e) => e.type)).toEqual(['monitoring_review_due']);
    const completed = accept(observed, { type: 'end_monitoring' }, MANAGER, '2026-06-06').plan;
    expect([completed.status, completed.monitoring?.end]).toEqual(['completed', '2026-06-06']);
    expect(refuse(completed, { type: 'start_monitoring' }, HR, '2026-06-07').code).toBe('plan_closed');
  });

  it('withdraws from any open state with a reason; a paused plan’s pause ends', () => {
    const states: Plan[] = [plan90(), accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan, acknowledgedPlan(), activePlan()];
    for (const plan of states) {
      expect(refuse(plan, { type: 'withdraw', reason: ' ' }, HR, '2026-01-06').code).toBe('reason_required');
      const withdrawn = accept(plan, { type: 'withdraw', reason: 'The employee moved to another role.' }, HR, '2026-01-06').plan;
      expect([withdrawn.status, withdrawn.closure?.outcome]).toEqual(['closed', 'withdrawn']);
    }
    const paused = accept(activePlan(), { type: 'pause', reason: 'Leave' }, MANAGER, '2026-02-02').plan;
    const withdrawn = accept(paused, { type: 'withdraw', reason: 'Left the company.' }, HR, '2026-02-20').plan;
    expect(withdrawn.pauses).toEqual([{ start: '2026-02-02', end: '2026-02-19', reason: 'Leave' }]);
  });
});

describe('advance: time passing', () => {
  it('crosses phase boundaries, marks missed check-ins and raises evaluation_due once per end date', () => {
    let plan = activePlan();
    plan = accept(plan, { type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held', notes: 'Kick-off' } }, MANAGER, '2026-01-05').plan;
    const quiet = accept(plan, { type: 'advance' }, SYSTEM, '2026-01-06');
    expect(quiet.entry).toBeUndefined();
    expect(quiet.plan).toBe(plan);
    const feb = accept(plan, { type: 'advance' }, SYSTEM, '2026-02-05');
    expect(feb.plan.phase).toBe('practise_and_apply');
    expect(feb.events).toEqual([
      { type: 'phase_entered', phase: 'practise_and_apply', on: '2026-02-04' },
      { type: 'check_in_missed', scheduledFor: '2026-01-12', date: '2026-01-12' },
      { type: 'check_in_missed', scheduledFor: '2026-01-19', date: '2026-01-20' },
      { type: 'check_in_missed', scheduledFor: '2026-01-26', date: '2026-01-26' },
      { type: 'check_in_missed', scheduledFor: '2026-02-02', date: '2026-02-02' },
    ]);
    expect(feb.plan.checkIns.filter((c) => c.status === 'missed').map((c) => c.id)).toEqual([
      'check-in-missed-2026-01-12',
      'check-in-missed-2026-01-19',
      'check-in-missed-2026-01-26',
      'check-in-missed-2026-02-02',
    ]);
    // the next day nothing new happened: no log entry, same plan
    expect(accept(feb.plan, { type: 'advance' }, SYSTEM, '2026-02-06').entry).toBeUndefined();
    const end = accept(feb.plan, { type: 'advance' }, SYSTEM, '2026-04-04');
    expect(end.events.map((e) => e.type)).toEqual(['phase_entered', ...Array(8).fill('check_in_missed'), 'evaluation_due']);
    expect(end.effects.find((e) => e.type === 'evaluation_due')).toMatchObject({ endDate: '2026-04-04', daysSinceEnd: 0, to: [{ role: 'manager', id: 'mgr-dana' }, { role: 'hr', id: 'hr-priya' }] });
    const later = accept(end.plan, { type: 'advance' }, SYSTEM, '2026-04-08');
    // every slot up to 30 March was already marked; evaluation_due is not raised twice, only reminded
    expect([later.events, later.entry]).toEqual([[], undefined]);
    expect(later.effects.find((e) => e.type === 'evaluation_due')).toMatchObject({ daysSinceEnd: 4 });
    expect(later.plan.status).toBe('active');
    const auto = accept(end.plan, { type: 'advance' }, SYSTEM, '2026-04-08', { policy: { autoBeginEvaluation: true } });
    expect([auto.plan.status, auto.events.at(-1)]).toEqual(['in_evaluation', { type: 'evaluation_started', early: false, basis: 'end_date_reached' }]);
  });

  it('reports a long silence as one summary event, so the log entry stays within its limits', () => {
    const long = activePlan({ durationDays: 1_000 });
    const result = accept(long, { type: 'advance' }, SYSTEM, '2028-09-30');
    expect(result.plan.checkIns.filter((c) => c.status === 'missed')).toHaveLength(143);
    expect(result.events.filter((e) => e.type === 'check_ins_missed')).toEqual([{ type: 'check_ins_missed', count: 143, first: '2026-01-05', last: '2028-09-25' }]);
    expect(parsePlan(JSON.parse(JSON.stringify(result.plan))).ok).toBe(true);
  });

  it('reminds: check-in due in N days, acknowledgement pending N days, support session overdue', () => {
    const active = activePlan();
    const monday = accept(active, { type: 'advance' }, SYSTEM, '2026-01-11');
    expect(monday.effects[0]).toEqual({
      kind: 'reminder',
      type: 'check_in_due',
      to: [{ role: 'manager', id: 'mgr-dana' }, { role: 'employee', id: 'emp-1042' }],
      date: '2026-01-12',
      inDays: 1,
      message: 'A check-in is due in 1 day, on 2026-01-12.',
    });
    expect(accept(active, { type: 'advance' }, SYSTEM, '2026-01-10').effects.some((e) => e.type === 'check_in_due')).toBe(false);
    expect(accept(active, { type: 'advance' }, SYSTEM, '2026-01-10', { policy: { checkInReminderDays: 2 } }).effects[0]).toMatchObject({ type: 'check_in_due', inDays: 2 });
    const overdue = monday.effects.filter((e) => e.type === 'support_session_overdue');
    expect(overdue.map((e) => (e.type === 'support_session_overdue' ? `${e.commitmentId} ${e.dueDate} ${e.overdueDays}` : ''))).toEqual([
      'sup-call-review 2026-01-05 6',
      'sup-lead-routing 2026-01-09 2',
    ]);
    expect(overdue[0]?.to).toEqual([{ role: 'support_owner', id: 'mgr-dana' }, { role: 'manager', id: 'mgr-dana' }]);

    const approved = accept(accept(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29').plan, { type: 'approve' }, HR, '2025-12-30').plan;
    const signedByManager = accept(approved, { type: 'acknowledge' }, MANAGER, '2025-12-30').plan;
    expect(accept(signedByManager, { type: 'advance' }, SYSTEM, '2025-12-31').effects).toEqual([]);
    expect(accept(signedByManager, { type: 'advance' }, SYSTEM, '2026-01-02').effects).toEqual([
      {
        kind: 'reminder',
        type: 'acknowledgement_pending',
        to: [{ role: 'employee', id: 'emp-1042' }],
        role: 'employee',
        since: '2025-12-30',
        pendingDays: 3,
        revision: 0,
        message: "The employee's acknowledgement of revision 0 has been pending for 3 days.",
      },
    ]);
  });
});

describe('boundaries: malformed input, context and time', () => {
  const active = activePlan();

  it('rejects unknown and malformed commands with issues, never throwing', () => {
    const unknown = transition(active, { type: 'fire' } as unknown as PlanCommand, { asOf: '2026-01-06', actor: MANAGER });
    expect(!unknown.ok && unknown.rejection.code).toBe('unknown_command');
    const notAnObject = transition(active, null as unknown as PlanCommand, { asOf: '2026-01-06', actor: MANAGER });
    expect(!notAnObject.ok && notAnObject.rejection.code).toBe('unknown_command');
    const malformed = refuse(active, { type: 'extend', days: -3, reason: 'x' } as PlanCommand, HR, '2026-01-06');
    expect(malformed.code).toBe('invalid_command');
    expect(malformed.issues?.[0]).toMatchObject({ code: 'too_small', path: ['days'] });
    const extra = refuse(active, { type: 'pause', reason: 'x', until: '2026-02-01' } as PlanCommand, HR, '2026-01-06');
    expect(extra.issues?.[0]).toMatchObject({ code: 'unknown_field', path: ['until'] });
  });

  it('rejects a context without a real date or actor, and time running backwards', () => {
    const badDate = transition(active, { type: 'advance' }, { asOf: '2026-02-30', actor: SYSTEM });
    expect(!badDate.ok && badDate.rejection.code).toBe('invalid_context');
    const badActor = transition(active, { type: 'advance' }, { asOf: '2026-02-03', actor: { id: '', role: 'system' } });
    expect(!badActor.ok && badActor.rejection.code).toBe('invalid_context');
    expect(refuse(active, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-01-04')).toMatchObject({ code: 'clock_backwards', date: '2026-01-05' });
  });

  it('returns frozen plans that still parse, and never touches its input', () => {
    const before = JSON.stringify(active);
    const result = accept(active, { type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held', notes: 'Kick-off', metadata: { room: 'B2' } } }, MANAGER, '2026-01-05');
    expect(JSON.stringify(active)).toBe(before);
    expect(isDeepFrozen(result)).toBe(true);
    expect(parsePlan(JSON.parse(JSON.stringify(result.plan))).ok).toBe(true);
    // a command object the caller keeps is not frozen or shared
    const command = { type: 'record_check_in' as const, checkIn: { date: '2026-01-12', status: 'held' as const, metadata: { room: 'B2' } } };
    const next = accept(active, command, MANAGER, '2026-01-12');
    expect(Object.isFrozen(command.checkIn.metadata)).toBe(false);
    expect(next.plan.checkIns[0]?.metadata).not.toBe(command.checkIn.metadata);
    // a plan that is not frozen (not from parsePlan) is neither changed nor frozen
    const unfrozen = structuredClone(active);
    const copy = JSON.stringify(unfrozen);
    const fromUnfrozen = accept(unfrozen, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-02-02');
    expect([Object.isFrozen(unfrozen), Object.isFrozen(unfrozen.goals), Object.isFrozen(unfrozen.goals[0])]).toEqual([false, false, false]);
    expect(JSON.stringify(unfrozen)).toBe(copy);
    expect(isDeepFrozen(fromUnfrozen.plan)).toBe(true);
    expect(isDeepFrozen(accept(unfrozen, { type: 'advance' }, SYSTEM, '2026-01-06').plan)).toBe(true);
    const replayed = replay(structuredClone(plan90()), active.events);
    expect(replayed.ok && isDeepFrozen(replayed.plan)).toBe(true);
  });

  it('logs every accepted command with who, when, the command and the immer patches', () => {
    const result = accept(active, { type: 'pause', reason: 'Leave' }, MANAGER, '2026-02-02');
    const entry = result.entry;
    expect(entry).toEqual({
      seq: active.events.length,
      at: '2026-02-02',
      actor: { id: 'mgr-dana', role: 'manager' },
      command: { type: 'pause', reason: 'Leave' },
      patches: expect.arrayContaining([
        { op: 'add', path: ['pauses', 0], value: { start: '2026-02-02', reason: 'Leave' } },
        { op: 'replace', path: ['status'], value: 'paused' },
        { op: 'remove', path: ['phase'] },
      ]),
      produced: [{ type: 'plan_paused', on: '2026-02-02' }],
    });
    expect(result.plan.events.at(-1)).toEqual(entry);
  });
});

describe('replay', () => {
  it('rebuilds the plan exactly from the initial plan and the log', () => {
    const initial = plan90();
    let plan: Plan = initial;
    const steps: [PlanCommand, typeof MANAGER, string][] = [
      [{ type: 'submit_for_review' }, MANAGER, '2025-12-29'],
      [{ type: 'approve' }, HR, '2025-12-30'],
      [{ type: 'acknowledge' }, MANAGER, '2025-12-31'],
      [{ type: 'acknowledge', comment: 'Understood.' }, EMPLOYEE, '2026-01-02'],
      [{ type: 'activate' }, HR, '2026-01-05'],
      [{ type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held', notes: 'Kick-off' } }, MANAGER, '2026-01-05'],
      [{ type: 'advance' }, SYSTEM, '2026-02-05'],
      [{ type: 'pause', reason: 'Leave' }, MANAGER, '2026-02-06'],
      [{ type: 'resume' }, MANAGER, '2026-02-16'],
      [{ type: 'amend_support', commitment: { id: 'sup-workshop', kind: 'training', description: 'Discovery workshop, second run', owner: 'enablement-lee', dueDates: ['2026-02-25'], goalIds: ['g-discovery'] }, reason: 'The first run was cancelled.' }, HR, '2026-02-17'],
    ];
    const results: TransitionAccepted[] = [];
    for (const [command, actor, asOf] of steps) {
      const result = accept(plan, command, actor, asOf);
      results.push(result);
      plan = result.plan;
    }
    const rebuilt = replay(initial, plan.events);
    expect(rebuilt.ok && rebuilt.plan).toStrictEqual(plan);
    expect(rebuilt.ok && isDeepFrozen(rebuilt.plan)).toBe(true);
    // from any point of the log
    const middle = results[4]!.plan;
    const fromMiddle = replay(middle, plan.events.slice(middle.events.length));
    expect(fromMiddle.ok && fromMiddle.plan).toStrictEqual(plan);
  });

  it('reports a log that does not continue the plan or does not apply', () => {
    const plan = activePlan();
    const gap = replay(plan90(), plan.events.slice(1));
    expect(gap).toMatchObject({ ok: false, code: 'replay_sequence', seq: 0 });
    const broken = { ...plan.events[0]!, patches: [{ op: 'replace' as const, path: ['goals', 99, 'target'], value: 1 }] };
    expect(replay(plan90(), [broken])).toMatchObject({ ok: false, code: 'replay_entry_mismatch', seq: 0 });
  });
});
