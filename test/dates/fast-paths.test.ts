/**
 * The evaluators' fast date helpers against the calendar functions they stand in for: the same day
 * numbers and texts for every day of years 0001-9999, and the same verdict on any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateText, dayNumberOf, dayOf, fromDayNumber, isCalendarDate, toDayNumber } from '../../src/dates/calendar.js';
import { runs } from '../support/runs.js';

describe('dayNumberOf and dateText', () => {
  it('agree with toDayNumber and fromDayNumber on every day from 0001-01-01 to 9999-12-31', () => {
    const first = toDayNumber('0001-01-01');
    const last = toDayNumber('9999-12-31');
    let mismatches = 0;
    for (let day = first; day <= last; day += 1) {
      const text = fromDayNumber(day);
      if (dateText(day) !== text || dayNumberOf(text) !== day || dayOf(text) !== day) mismatches += 1;
    }
    expect(mismatches).toBe(0);
    expect(last - first + 1).toBe(3_652_059);
  });

  it('write any other number exactly as fromDayNumber does', () => {
    for (const day of [first(-1), -719_469, -1e7, 1e7, 0.5, -0.5, Number.NaN, 2_932_897]) {
      expect(dateText(day)).toBe(fromDayNumber(day));
    }
    function first(offset: number): number {
      return toDayNumber('0001-01-01') + offset;
    }
  });

  it('tell a calendar date from anything else exactly as isCalendarDate does', () => {
    const near = fc.oneof(
      fc.string({ minLength: 8, maxLength: 12 }),
      fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/),
      fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 33 })).map(
        ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      ),
      fc.constantFrom('2026-02-29', '2028-02-29', '1900-02-29', '2000-02-29', '0000-01-01', '2026-1-05', ' 2026-01-05', '2026-01-05 ', '２０２６-01-05'),
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.anything()), (value) => {
        const day = dayNumberOf(value);
        expect(Number.isNaN(day)).toBe(!isCalendarDate(value));
        if (isCalendarDate(value)) expect(day).toBe(toDayNumber(value));
        if (typeof value === 'string') expect(Object.is(dayOf(value), toDayNumber(value))).toBe(true);
      }),
      { numRuns: runs(3000) },
    );
  });
});
