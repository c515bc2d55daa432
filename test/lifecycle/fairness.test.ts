/**
 * Issue 13, finding 2: the fairness guard (`close` with `not_met` while promised support was not
 * delivered) could be bypassed by recording future sessions as delivered ahead of time. A delivery
 * counts for the session it was due for (matched by date: at most `deliveryToleranceDays` before
 * the due date, never for a later session), fulfils at most one session, and cannot be dated after
 * `asOf`. The evaluation counts support through the same matching.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIFECYCLE_POLICY,
  evaluatePlan,
  shiftDate,
  supportSessions,
  toDayNumber,
  transition,
  type Plan,
  type SupportDelivery,
} from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';
import { accept, activePlan, HR, MANAGER, refuse } from './helpers.js';
import { withBasis } from './helpers.js';

/** The weekly coaching sessions of the 90-day plan (no pause): every Monday from 2026-01-05. */
const coachingDue = (plan: Plan): string[] => supportSessions(plan, { asOf: plan.startDate }).filter((s) => s.commitmentId === 'sup-call-review').map((s) => s.dueDate);

/** The one-off sessions (workshop, lead routing) delivered on their due dates. */
function oneOffsDelivered(plan: Plan): Plan {
  let current = plan;
  current = accept(current, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-lead-routing', date: '2026-01-09', status: 'delivered' } }, HR, '2026-01-12').plan;
  current = accept(current, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-12', status: 'delivered' } }, HR, '2026-01-12').plan;
  return current;
}

describe('finding 2: the fairness guard cannot be bypassed', () => {
  it('sessions due through April recorded as delivered on 2026-01-12 do not let the plan close as not met', () => {
    let plan = oneOffsDelivered(activePlan());
    const due = coachingDue(plan);
    expect(due.length).toBe(13);
    // the bypass: every coaching session due through the plan, "delivered" on 2026-01-12
    for (let i = 0; i < due.length; i += 1) {
      const result = transition(plan, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-12', status: 'delivered' } }, { asOf: '2026-01-12', actor: MANAGER });
      if (result.ok) plan = result.plan;
    }
    const evaluating = accept(plan, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    const rejection = refuse(evaluating, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05');
    expect(rejection.code).toBe('support_not_delivered');
    // the sessions of 2026-01-05 and 2026-01-12 were delivered (by the first two records); the eleven from 2026-01-19 were not
    expect(rejection.sessions?.map((s) => s.dueDate)).toEqual(due.slice(2));
    // the evaluation counts support through the same matching: 2 of the 13 coaching sessions
    const evaluation = evaluatePlan(evaluating, null, { asOf: '2026-04-05' });
    expect(evaluation.evidence.support.commitments.find((c) => c.commitmentId === 'sup-call-review')).toMatchObject({ due: 13, delivered: 2 });
  });

  it('a delivery dated after asOf is refused (record_in_future), pointing at the date', () => {
    const active = activePlan();
    const future = refuse(active, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-19', status: 'delivered' } }, MANAGER, '2026-01-12');
    expect(future).toMatchObject({ code: 'record_in_future', path: ['delivery', 'date'], date: '2026-01-12' });
    expect(future.message).toContain('2026-01-19');
    // on the day itself it is accepted
    expect(transition(active, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-12', status: 'delivered' } }, { asOf: '2026-01-12', actor: MANAGER }).ok).toBe(true);
  });

  it('every session delivered on its own date (or late) closes as not met; one missed session is refused', () => {
    let plan = oneOffsDelivered(activePlan());
    const due = coachingDue(plan);
    for (const date of due) {
      // recorded a week late, dated the day it happened (late deliveries still count for their session)
      plan = accept(plan, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date, status: 'delivered' } }, MANAGER, shiftDate(date, 7) > '2026-04-04' ? '2026-04-04' : shiftDate(date, 7)).plan;
    }
    const evaluating = accept(plan, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    // no check-in was recorded in this plan: the check-in side of the not-met rule is set aside here
    expect(accept(evaluating, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05', { policy: { minCheckInHeldShare: 0 } }).plan.closure?.outcome).toBe('not_met');
  });

  it('the tolerance is the lifecycle policy\'s deliveryToleranceDays: a session delivered 5 days early counts only with a tolerance of 5 or more', () => {
    expect(DEFAULT_LIFECYCLE_POLICY.deliveryToleranceDays).toBe(3);
    let plan = oneOffsDelivered(activePlan());
    const due = coachingDue(plan);
    // every session delivered on its date except the last (2026-03-30), "delivered" 5 days early on 2026-03-25
    for (const date of due.slice(0, -1)) plan = accept(plan, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date, status: 'delivered' } }, MANAGER, date < '2026-01-12' ? '2026-01-12' : date).plan;
    plan = accept(plan, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-03-25', status: 'delivered' } }, MANAGER, '2026-03-25').plan;
    const evaluating = accept(plan, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;
    // every session must be delivered (the default shares allow 14 of 15); check-ins set aside
    const strictPolicy = { minSupportDeliveredShare: 1, minCommitmentDeliveredShare: 1, minCheckInHeldShare: 0 };
    const strict = refuse(evaluating, { type: 'close', outcome: 'not_met' }, HR, '2026-04-05', { policy: strictPolicy });
    expect(strict.sessions).toEqual([{ commitmentId: 'sup-call-review', dueDate: '2026-03-30', status: 'overdue' }]);
    const tolerant = transition(evaluating, withBasis({ type: 'close', outcome: 'not_met' }, '2026-04-05'), { asOf: '2026-04-05', actor: HR, policy: { ...strictPolicy, deliveryToleranceDays: 5 } });
    expect(tolerant.ok).toBe(true);
  });
});

describe('finding 2: the matching of deliveries to sessions (property)', () => {
  const plan = plan90();
  const delivery = fc.record({
    commitmentId: fc.constantFrom('sup-call-review', 'sup-workshop', 'sup-lead-routing'),
    day: fc.integer({ min: -10, max: 100 }),
    status: fc.constantFrom('delivered' as const, 'missed' as const),
  });

  it('a delivery fulfils at most one session, of its own commitment, due no more than the tolerance after it', () => {
    fc.assert(
      fc.property(fc.array(delivery, { maxLength: 30 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 120 }), (drawn, tolerance, asOfDay) => {
        const deliveries: SupportDelivery[] = drawn.map((d) => ({ commitmentId: d.commitmentId, date: shiftDate(plan.startDate, d.day), status: d.status }));
        const withDeliveries = plan90({ supportDeliveries: deliveries });
        const sessions = supportSessions(withDeliveries, { asOf: shiftDate(plan.startDate, asOfDay), deliveryToleranceDays: tolerance });
        const used = new Set<SupportDelivery>();
        for (const session of sessions) {
          if (!session.delivery) continue;
          expect(used.has(session.delivery), 'a delivery fulfils one session only').toBe(false);
          used.add(session.delivery);
          expect(session.delivery.commitmentId).toBe(session.commitmentId);
          expect(toDayNumber(session.dueDate) - toDayNumber(session.delivery.date), `${session.dueDate} fulfilled by ${session.delivery.date}`).toBeLessThanOrEqual(tolerance);
          expect(session.status).toBe(session.delivery.status);
        }
        // as many sessions fulfilled as possible: a delivery left over has no open session it could fulfil
        for (const d of withDeliveries.supportDeliveries) {
          if ([...used].some((u) => u === d)) continue;
          const open = sessions.filter((s) => s.commitmentId === d.commitmentId && !s.delivery && toDayNumber(s.dueDate) - toDayNumber(d.date) <= tolerance);
          expect(open, `${d.commitmentId} ${d.date} left over while a session is open`).toEqual([]);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
