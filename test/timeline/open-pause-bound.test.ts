/**
 * An open pause is counted through `asOf`, but at most until the plan's start + `LIMITS.planDays`:
 * a plan paused since 2026 and evaluated as of 9999-12-31 has the clock (and the period grids) of
 * a ten-year span, not of eight millennia. No timing here: the clock's end and the grid size.
 */
import { describe, expect, it } from 'vitest';
import { assertPlan, evaluatePlan, LIMITS, planEndDate, shiftDate } from '../../src/index.js';
import { planAt } from '../schema/states.js';

// The 90-day fixture from 2026-01-05, paused (open) from 2026-02-02: 28 plan days ran before it.
const paused = assertPlan(planAt('paused'));
const START = paused.startDate;
const RAN = 28;
const LEFT = 90 - RAN;

describe('an open pause is counted at most LIMITS.planDays from the start', () => {
  it('counts the pause through asOf while asOf is inside the bound', () => {
    // paused through 2026-03-01: the 62 plan days left run from 2026-03-02
    expect(planEndDate(paused, { asOf: '2026-03-01' })).toBe(shiftDate('2026-03-01', LEFT));
    const last = shiftDate(START, LIMITS.planDays);
    expect(planEndDate(paused, { asOf: last })).toBe(shiftDate(last, LEFT));
  });

  it('stops counting it at start + LIMITS.planDays: the end as of 9999-12-31 is that bound plus the days left', () => {
    const bound = shiftDate(START, LIMITS.planDays);
    expect(planEndDate(paused, { asOf: '9999-12-31' })).toBe(shiftDate(bound, LEFT));
    expect(planEndDate(paused, { asOf: '9999-12-31' })).toBe(planEndDate(paused, { asOf: shiftDate(bound, 1) }));
  });

  it('builds period grids of a ten-year span when evaluated as of 9999-12-31', () => {
    const evaluation = evaluatePlan(paused, [], { asOf: '9999-12-31' });
    // paused days: from the pause start (start + 28) through start + planDays
    expect(evaluation.evidence.calendar.pausedDays).toBe(LIMITS.planDays - RAN + 1);
    const spanDays = LIMITS.planDays + LEFT + 1;
    for (const goal of evaluation.goals) {
      // no goal reads more periods than days in the bounded span
      expect(goal.periods.length, goal.goalId).toBeLessThanOrEqual(spanDays);
    }
  });
});
