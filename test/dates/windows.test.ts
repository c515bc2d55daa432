import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/calendar.js';
import { windowDays, writtenPlanDays, writtenPlanEnd, writtenWindowOf } from '../../src/dates/windows.js';
import { runs } from '../support/runs.js';

describe("a goal's written window", () => {
  it('is its own window, else the plan start to its deadline, else the plan start to the given end', () => {
    expect(writtenWindowOf({ window: { start: '2026-02-02', end: '2026-02-27' }, deadline: undefined }, '2026-01-05', '2026-04-04')).toEqual({ start: '2026-02-02', end: '2026-02-27' });
    expect(writtenWindowOf({ deadline: '2026-03-31' }, '2026-01-05', '2026-04-04')).toEqual({ start: '2026-01-05', end: '2026-03-31' });
    expect(writtenWindowOf({}, '2026-01-05', '2026-04-04')).toEqual({ start: '2026-01-05', end: '2026-04-04' });
    expect(writtenWindowOf({}, '2026-01-05')).toBeUndefined();
  });

  it('keeps a deadline before the plan start as written (end before start), and returns a new object', () => {
    expect(writtenWindowOf({ deadline: '2026-01-01' }, '2026-01-05')).toEqual({ start: '2026-01-05', end: '2026-01-01' });
    const window = { start: '2026-02-02', end: '2026-02-27' };
    expect(writtenWindowOf({ window }, '2026-01-05')).not.toBe(window);
  });

  it('counts its days with both ends included', () => {
    // 5 January to 11 January 2026: Monday to Sunday, one week.
    expect(windowDays({ start: '2026-01-05', end: '2026-01-11' })).toBe(7);
    // 2028 is a leap year: February has 29 days.
    expect(windowDays({ start: '2028-02-01', end: '2028-02-29' })).toBe(29);
    expect(windowDays({ start: '2026-01-05', end: '2026-01-04' })).toBe(0);
  });

  const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2040-12-31') });
  it('a deadline window runs from the plan start: its days are the distance plus one', () => {
    fc.assert(
      fc.property(day, day, (start, deadline) => {
        const window = writtenWindowOf({ deadline: fromDayNumber(deadline) }, fromDayNumber(start), fromDayNumber(start + 400))!;
        expect(window.start).toBe(fromDayNumber(start));
        expect(windowDays(window)).toBe(deadline - start + 1);
      }),
      { numRuns: runs(200) },
    );
  });
});

describe("a plan's written length and last day", () => {
  it('count a 90-day plan from 2026-01-05 as ending on 2026-04-04, written either way', () => {
    // January 27 days (5..31) + February 28 + March 31 = 86, April 1..4 = 4: 90 days.
    expect(writtenPlanEnd({ startDate: '2026-01-05', durationDays: 90 })).toBe('2026-04-04');
    expect(writtenPlanDays({ startDate: '2026-01-05', endDate: '2026-04-04' })).toBe(90);
    expect(writtenPlanDays({ startDate: '2026-01-05', durationDays: 90 })).toBe(90);
    expect(writtenPlanDays({ startDate: '2026-01-05' })).toBe(1);
    expect(writtenPlanEnd({ startDate: '2026-01-05' })).toBe('2026-01-05');
  });

  it('agree: the end of a duration, written as an end date, gives the duration back', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }), fc.integer({ min: 1, max: 3650 }), (day, durationDays) => {
        const startDate = fromDayNumber(day);
        const endDate = writtenPlanEnd({ startDate, durationDays });
        expect(toDayNumber(endDate) - day).toBe(durationDays - 1);
        expect(writtenPlanDays({ startDate, endDate })).toBe(durationDays);
        expect(writtenPlanEnd({ startDate, endDate, durationDays })).toBe(endDate);
      }),
      { numRuns: runs(200) },
    );
  });
});
