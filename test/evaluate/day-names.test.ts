/**
 * The memo of dates and period keys, and the period grids of goal windows, that an evaluation
 * (or a batch of them) shares: whatever was asked before, each answer is the one worked out from
 * scratch with the public period functions, and the memos stay within their documented bounds
 * in a long batch. (Written for mutation testing of src/evaluate/day-names.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isoWeekday, toDayNumber } from '../../src/dates/calendar.js';
import { DayNames, PeriodGrids } from '../../src/evaluate/day-names.js';
import { workingFlags, workingPerWeek } from '../../src/evaluate/numbers.js';
import { periodOf, periodsBetween, type PeriodUnit } from '../../src/metrics/periods.js';
import { runs } from '../support/runs.js';

const UNITS: readonly PeriodUnit[] = ['day', 'week', 'month'];
const FROM = toDayNumber('2025-11-01');
const TO = toDayNumber('2027-03-01');

/** Working days from `from` to `to` (inclusive), counted one day at a time. */
function countWorking(from: number, to: number, days: readonly number[]): number {
  let n = 0;
  for (let d = from; d <= to; d += 1) if (days.includes(isoWeekday(fromDayNumber(d)))) n += 1;
  return n;
}

/** The grid of a window as the public period functions give it. */
function expectedGrid(start: number, end: number, unit: PeriodUnit, days: readonly number[]) {
  return periodsBetween(fromDayNumber(start), fromDayNumber(end), unit).map((period) => {
    const [ps, pe] = [toDayNumber(period.start), toDayNumber(period.end)];
    const [s, e] = [Math.max(ps, start), Math.min(pe, end)];
    const full = countWorking(ps, pe, days);
    const working = countWorking(s, e, days);
    return { periodStart: ps, startDay: s, endDay: e, share: full === 0 ? 0 : working / full, workingDays: working, paused: false, key: period.key, start: fromDayNumber(s), end: fromDayNumber(e) };
  });
}

const gridsFor = (days: readonly number[]) => {
  const working = workingFlags(days);
  return new PeriodGrids(new DayNames(), working, workingPerWeek(working));
};

const windowArb = fc
  .record({ start: fc.integer({ min: FROM, max: TO }), length: fc.integer({ min: -2, max: 120 }), unit: fc.constantFrom(...UNITS) })
  .map(({ start, length, unit }) => ({ start, end: start + length, unit }));

describe('DayNames', () => {
  it('writes each day as fromDayNumber does and each period key as periodOf does, asked in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: FROM, max: TO }), fc.constantFrom(...UNITS)), { minLength: 1, maxLength: 40 }), (asks) => {
        const names = new DayNames();
        for (const [day, unit] of asks) {
          expect(names.date(day)).toBe(fromDayNumber(day));
          const period = periodOf(fromDayNumber(day), unit);
          expect(names.periodKey(toDayNumber(period.start), unit)).toBe(period.key);
          // asked again: the same text
          expect(names.date(day)).toBe(fromDayNumber(day));
        }
      }),
      { numRuns: runs(100) },
    );
  });

  it('keeps the memo within 20,000 entries in a long batch, and still answers right after starting over', () => {
    const names = new DayNames();
    const sizes = names as unknown as { dates: Map<number, string>; keys: Map<number, string> };
    for (let d = 0; d < 20_000; d += 1) names.date(FROM + d);
    expect(sizes.dates.size).toBe(20_000);
    names.date(FROM + 20_000);
    // full: it starts over with the new day only
    expect(sizes.dates.size).toBe(1);
    expect(names.date(FROM + 5)).toBe(fromDayNumber(FROM + 5));
    for (let d = 0; d < 20_001; d += 1) names.periodKey(FROM + d, 'day');
    expect(sizes.keys.size).toBe(1);
    expect(names.periodKey(FROM, 'day')).toBe(fromDayNumber(FROM));
  });
});

describe('PeriodGrids', () => {
  it('gives every window the periods the public functions give it, cut to the window, whatever was asked before', () => {
    fc.assert(
      fc.property(
        fc.array(windowArb, { minLength: 1, maxLength: 12 }),
        fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [2, 4], [6, 7]),
        (windows, days) => {
          const shared = gridsFor(days);
          // Windows that share a start (with other ends) and whole periods with earlier windows.
          const asked = windows.flatMap((w) => [w, { ...w, end: w.end + 3 }, w]);
          for (const w of asked) {
            const expected = w.end < w.start ? [] : expectedGrid(w.start, w.end, w.unit, days);
            expect(shared.of(w.start, w.end, w.unit)).toEqual(expected);
            expect(gridsFor(days).of(w.start, w.end, w.unit)).toEqual(expected);
          }
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it('an empty window has no periods', () => {
    const grids = gridsFor([1, 2, 3, 4, 5]);
    expect(grids.of(FROM + 3, FROM + 2, 'week')).toEqual([]);
    expect(Object.isFrozen(grids.of(FROM + 3, FROM + 2, 'week'))).toBe(true);
  });

  it('keeps at most 200,000 periods of grids in a long batch, and still answers right after starting over', () => {
    const grids = gridsFor([1, 2, 3, 4, 5]);
    const held = grids as unknown as { periods: number; grids: Map<number, unknown> };
    // 2,000 day-unit windows of 100 days: 200,000 periods exactly fill the memo.
    for (let i = 0; i < 2_000; i += 1) grids.of(FROM + i, FROM + i + 99, 'day');
    expect(held.periods).toBe(200_000);
    expect(held.grids.size).toBe(2_000);
    grids.of(TO, TO + 9, 'day');
    // one more would pass the bound: it starts over with that grid only
    expect(held.periods).toBe(10);
    expect(held.grids.size).toBe(1);
    expect(grids.of(FROM + 7, FROM + 20, 'week')).toEqual(expectedGrid(FROM + 7, FROM + 20, 'week', [1, 2, 3, 4, 5]));
  });
});
