/**
 * Plans at the ends of the calendar (found by the transition fuzz target): a command whose result
 * would need a date past 9999-12-31 is refused with the issue, and never yields a plan that
 * `parsePlan` rejects.
 */
import { describe, expect, it } from 'vitest';
import { assertPlan, parsePlan, planEndDate, shiftDate } from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { atCalendarEnd } from '../support/plan-variations.js';
import { accept, refuse, HR, MANAGER, EMPLOYEE } from './helpers.js';

/** The 90-day fixture moved so its last written date is 9999-12-31 (or `margin` days before), taken to active. */
function activeAtCalendarEnd(margin = 0) {
  let plan = assertPlan(atCalendarEnd(readFixture('plan-90-day-conversion.json'), 'latest', margin));
  plan = accept(plan, { type: 'submit_for_review' }, MANAGER, plan.createdOn).plan;
  plan = accept(plan, { type: 'approve' }, HR, plan.createdOn).plan;
  plan = accept(plan, { type: 'acknowledge' }, MANAGER, plan.createdOn).plan;
  plan = accept(plan, { type: 'acknowledge' }, EMPLOYEE, plan.createdOn).plan;
  return accept(plan, { type: 'activate' }, HR, plan.startDate).plan;
}

describe('plans at the end of the calendar', () => {
  it('refuses an extension that would end after 9999-12-31, naming the dates', () => {
    const active = activeAtCalendarEnd();
    const end = planEndDate(active);
    expect(end <= '9999-12-31').toBe(true);
    const rejection = refuse(active, { type: 'extend', days: 30, reason: 'Real progress.' }, HR, end);
    expect(rejection.code).toBe('invalid_change');
    expect(rejection.issues?.map((issue) => [issue.code, issue.path.join('.')])).toContainEqual(['invalid_date', 'extensions.0.newEndDate']);
  });

  it('refuses a resume whose pause would take the end past the calendar, naming the pause', () => {
    const active = activeAtCalendarEnd();
    const paused = accept(active, { type: 'pause', reason: 'Leave.' }, MANAGER, active.startDate).plan;
    const resumeOn = shiftDate(active.startDate, 20);
    // While the pause is open, the provisional end stops at the last calendar day.
    expect(planEndDate(paused, { asOf: resumeOn })).toBe('9999-12-31');
    const rejection = refuse(paused, { type: 'resume' }, MANAGER, resumeOn);
    expect(rejection.code).toBe('invalid_change');
    expect(rejection.issues?.map((issue) => [issue.code, issue.path.join('.')])).toEqual([['past_calendar_end', 'pauses.0.end']]);
    expect(rejection.message).toContain('past the last calendar day, 9999-12-31 (it would end 20 days after it)');
  });

  it('still withdraws such a paused plan: its closure ends it, and its end date stops at the calendar', () => {
    const active = activeAtCalendarEnd();
    const paused = accept(active, { type: 'pause', reason: 'Leave.' }, MANAGER, active.startDate).plan;
    const withdrawn = accept(paused, { type: 'withdraw', reason: 'Role eliminated.' }, HR, shiftDate(active.startDate, 20)).plan;
    expect(withdrawn.pauses[0]?.end).toBe(shiftDate(active.startDate, 19));
    expect(parsePlan(withdrawn).ok).toBe(true);
    expect(planEndDate(withdrawn)).toBe('9999-12-31');
  });

  it('resumes a plan whose pause still ends inside the calendar', () => {
    const active = activeAtCalendarEnd(30);
    const paused = accept(active, { type: 'pause', reason: 'Leave.' }, MANAGER, active.startDate).plan;
    const resumed = accept(paused, { type: 'resume' }, MANAGER, shiftDate(active.startDate, 20)).plan;
    expect(parsePlan(resumed).ok).toBe(true);
    expect(planEndDate(resumed)).toBe('9999-12-21');
  });

  it('still extends a plan whose new end is inside the calendar', () => {
    const active = activeAtCalendarEnd(30);
    const extended = accept(active, { type: 'extend', days: 30, reason: 'Real progress.' }, HR, active.startDate);
    expect(extended.plan.extensions[0]?.newEndDate).toBe(shiftDate(planEndDate(active), 30));
    expect(parsePlan(extended.plan).ok).toBe(true);
  });
});
