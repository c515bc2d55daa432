import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/calendar.js';
import { windowDays, writtenWindowOf } from '../../src/dates/windows.js';
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
