/**
 * Issue 19, item 3: one rule for "not met". The close guard and the recommender's fairness guard
 * both judge the company's side (support delivered AND check-ins held) by `companySideShortfall`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { notMetCheck } from '../../src/lifecycle/not-met.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';
import { checkInSlots, DEFAULT_LIFECYCLE_POLICY, evaluatePlan, recommendOutcome, shiftDate, supportSessions, toDayNumber, type Plan } from '../../src/index.js';
import { accept, activePlan, HR, MANAGER } from './helpers.js';
import { withBasis } from './helpers.js';

const CLOSE_ON = '2026-04-06';
const RECORD_ON = '2026-04-04';

/** Every support session delivered on its due date, except those whose index is in `skip`. */
function deliverSupport(plan: Plan, skip: ReadonlySet<number> = new Set()): Plan {
  let current = plan;
  supportSessions(plan, { asOf: plan.startDate }).forEach((s, i) => {
    if (skip.has(i)) return;
    current = accept(current, { type: 'record_support_delivery', delivery: { commitmentId: s.commitmentId, date: s.dueDate, status: 'delivered' } }, HR, RECORD_ON).plan;
  });
  return current;
}

/** The first `count` scheduled check-ins held on their dates (the others never recorded). */
function holdCheckIns(plan: Plan, count: number): Plan {
  let current = plan;
  for (const slot of checkInSlots(plan, { asOf: plan.startDate }).slice(0, count)) {
    current = accept(current, { type: 'record_check_in', checkIn: { date: slot.date, status: 'held', notes: 'Reviewed the week.' } }, MANAGER, RECORD_ON).plan;
  }
  return current;
}

const evaluating = (plan: Plan): Plan => accept(plan, { type: 'begin_evaluation' }, MANAGER, '2026-04-04').plan;

describe('issue 19 item 3: one not-met rule for close and the recommender', () => {
  it('close with not_met is refused with 7 of 13 check-ins held (check_ins_not_held), as the recommender sees a shortfall', () => {
    const base = activePlan();
    expect(checkInSlots(base, { asOf: CLOSE_ON })).toHaveLength(13);
    const plan = evaluating(holdCheckIns(deliverSupport(base), 7));
    const result = transitionClose(plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.rejection.code).toBe('check_ins_not_held');
    expect(result.rejection.message).toContain('7 of 13 check-ins held');
    expect(result.rejection.checkIns).toEqual({ held: 7, due: 13 });
    const recommendation = recommendOutcome(evaluatePlan(plan, null, { asOf: CLOSE_ON }));
    expect(recommendation.reasons.map((r) => r.code)).toContain('company_commitment_shortfall');
    expect(recommendation.outcome).not.toBe('not_met');
  });

  it('close with not_met is accepted with 14 of 15 support sessions delivered and every check-in held, where the recommender sees no shortfall', () => {
    const base = activePlan();
    expect(supportSessions(base, { asOf: CLOSE_ON })).toHaveLength(15);
    // the one missed session: a weekly coaching session (13 of them; 12 of 13 is above the 0.5 per-commitment floor)
    const coaching = supportSessions(base, { asOf: CLOSE_ON }).findIndex((s) => s.commitmentId === 'sup-call-review');
    const plan = evaluating(holdCheckIns(deliverSupport(base, new Set([coaching + 3])), 13));
    const evaluation = evaluatePlan(plan, null, { asOf: CLOSE_ON });
    expect(evaluation.evidence.support).toMatchObject({ due: 15, delivered: 14 });
    expect(evaluation.evidence.checkIns).toMatchObject({ due: 13, held: 13 });
    expect(recommendOutcome(evaluation).reasons.map((r) => r.code)).not.toContain('company_commitment_shortfall');
    const result = transitionClose(plan);
    expect(result.ok ? 'accepted' : result.rejection.code).toBe('accepted');
  });
});

import { transition } from '../../src/index.js';
function transitionClose(plan: Plan) {
  return transition(plan, withBasis({ type: 'close', outcome: 'not_met' }, CLOSE_ON), { asOf: CLOSE_ON, actor: HR });
}

describe('issue 19 item 3: the close guard and the recommender count the same (property)', () => {
  it('at any asOf and with any schedule and host holidays, the close guard tallies support and check-ins exactly as the evaluation does, so the shared rule gives the same verdict', () => {
    fc.assert(
      fc.property(
        evaluationCaseArbitrary({ feed: false }),
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 5 }), fc.boolean()), { maxLength: 4 }),
        ({ plan: lived, asOf }, unrecordedTail, shutdowns) => {
        // host holidays where they change what is due: shutdowns of 1-5 days from a scheduled
        // check-in in the three weeks before asOf, on a plan whose check-ins of those weeks are
        // (optionally) not recorded yet, so moving a slot past asOf changes the count; passed to
        // the evaluation as `holidays` and to the guard as the policy's `timeline.holidays`, or
        // written into the plan's own schedule holidays (which both read from the plan)
        const cut = shiftDate(asOf, -21);
        const recorded: Plan = unrecordedTail ? { ...lived, checkIns: lived.checkIns.filter((c) => c.date < cut) } : lived;
        const near = checkInSlots(recorded, { asOf }).map((slot) => slot.date).filter((date) => date >= cut && date <= asOf);
        const days = (onSchedule: boolean) =>
          near.length === 0
            ? []
            : [
                ...new Set(
                  shutdowns
                    .filter(([, , own]) => own === onSchedule)
                    // the schedule's own shutdowns run from the last check-in before asOf through asOf
                    // (a shutdown until today), moving it past asOf: what is due changes when it was past grace
                    .flatMap(([pick, length]) => {
                      const from = onSchedule ? near.at(-1)! : near[pick % near.length]!;
                      const span = onSchedule ? Math.max(length, toDayNumber(asOf) - toDayNumber(from) + 1) : length;
                      return Array.from({ length: span }, (_, i) => shiftDate(from, i));
                    }),
                ),
              ];
        const holidays = days(false);
        const own = recorded.checkInSchedule ? days(true) : [];
        const schedule = recorded.checkInSchedule;
        const plan: Plan =
          schedule && own.length > 0 ? { ...recorded, checkInSchedule: { ...schedule, holidays: [...new Set([...(schedule.holidays ?? []), ...own])] } } : recorded;
        const policy = { ...DEFAULT_LIFECYCLE_POLICY, timeline: { ...DEFAULT_LIFECYCLE_POLICY.timeline, holidays } };
        const check = notMetCheck(plan, asOf, policy);
        const evaluation = evaluatePlan(plan, null, { asOf, holidays });
        const { support, checkIns } = evaluation.evidence;
        expect(check.tally.support.due).toBe(support.due);
        expect(check.tally.support.delivered).toBe(support.delivered);
        expect(check.tally.support.commitments.map((c) => [c.due, c.delivered])).toEqual(support.commitments.map((c) => [c.due, c.delivered]));
        expect(check.tally.checkIns.due).toBe(checkIns.due);
        expect(check.tally.checkIns.held).toBe(checkIns.held);
        expect(check.tally.support.nothingCommitted).toBe(support.commitments.length === 0 && support.shortfall);
        expect(check.tally.checkIns.noneHeld).toBe(checkIns.scheduled === 0 && checkIns.held === 0 && checkIns.shortfall);
        // the recommender's fairness guard: a shortfall exactly when the close guard refuses not_met
        const reasons = recommendOutcome(evaluation).reasons.map((r) => r.code);
        if (reasons.includes('company_commitment_shortfall')) expect(check.support || check.checkIns).toBe(true);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

describe('issue 19 item 3: the close guard counts check-ins on the evaluation\'s holiday calendar', () => {
  it('a host shutdown moves the last check-in past the grace days: the guard counts 10 of 12 held (accepted), as the evaluation does, not 10 of 13', () => {
    // the 13th weekly check-in falls on Monday 2026-03-30; a three-day shutdown moves it to Thursday 2026-04-02
    const shutdown = ['2026-03-30', '2026-03-31', '2026-04-01'];
    const policy = { timeline: { holidays: shutdown } };
    const base = activePlan();
    const closeOn = '2026-04-04';
    const plan = accept(holdCheckIns(deliverSupport(base), 10), { type: 'begin_evaluation' }, MANAGER, closeOn).plan;
    const evaluation = evaluatePlan(plan, null, { asOf: closeOn, holidays: shutdown });
    expect(evaluation.evidence.checkIns).toMatchObject({ due: 12, held: 10 });
    const check = notMetCheck(plan, closeOn, { ...DEFAULT_LIFECYCLE_POLICY, timeline: { ...DEFAULT_LIFECYCLE_POLICY.timeline, holidays: shutdown } });
    expect(check.tally.checkIns).toMatchObject({ due: 12, held: 10 });
    const result = transition(plan, withBasis({ type: 'close', outcome: 'not_met', reason: 'Goals not met.' }, closeOn), { asOf: closeOn, actor: HR, policy });
    expect(result.ok ? 'accepted' : result.rejection.message).not.toContain('check-ins held');
    // without the shutdown, the same plan has 10 of 13 held: refused, by both
    expect(evaluatePlan(plan, null, { asOf: closeOn }).evidence.checkIns).toMatchObject({ due: 13, held: 10 });
    const plain = transition(plan, withBasis({ type: 'close', outcome: 'not_met', reason: 'Goals not met.' }, closeOn), { asOf: closeOn, actor: HR });
    expect(plain.ok ? 'accepted' : plain.rejection.code).toBe('check_ins_not_held');
  });
});
