import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, daysBetween, fromDayNumber, isCalendarDate, isoWeekday, shiftDate, toDayNumber } from '../../src/dates/index.js';
import { LAST_DAY_NUMBER } from '../../src/dates/calendar.js';

/** The reference: the same date through Date.UTC (host-zone independent). */
function utcDayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return Math.round(t.getTime() / 86_400_000);
}

describe('calendar dates', () => {
  it('accepts real days and rejects impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
    expect(isCalendarDate('9999-12-31')).toBe(true);
    expect(isCalendarDate('2026-1-05')).toBe(false);
    expect(isCalendarDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(isCalendarDate(20260105)).toBe(false);
  });

  it('counts days across a leap day and a DST change without the host zone', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2); // US DST starts 2026-03-08
    expect(shiftDate('2026-01-05', 89)).toBe('2026-04-04');
    expect(isoWeekday('2026-01-05')).toBe(1);
    expect(isoWeekday('2026-01-04')).toBe(7);
  });

  it('agrees with Date.UTC for every day 0001-01-01 .. 9999-12-31', () => {
    const min = utcDayNumber('0001-01-01');
    const max = utcDayNumber('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const date = fromDayNumber(n);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
        expect(utcDayNumber(date)).toBe(n);
        const weekday = new Date(n * 86_400_000).getUTCDay();
        expect(isoWeekday(date)).toBe(weekday === 0 ? 7 : weekday);
      }),
      { numRuns: 2_000 },
    );
  });

  it('orders dates as strings and as days alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), fc.integer({ min: -700_000, max: 2_900_000 }), (a, b) => {
        const da = fromDayNumber(a);
        const db = fromDayNumber(b);
        expect(compareDates(da, db)).toBe(Math.sign(a - b));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('LAST_DAY_NUMBER', () => {
  it('is the day number of 9999-12-31, the last day a calendar date can name', () => {
    expect(fromDayNumber(LAST_DAY_NUMBER)).toBe('9999-12-31');
    expect(isCalendarDate(fromDayNumber(LAST_DAY_NUMBER + 1))).toBe(false);
  });
});
