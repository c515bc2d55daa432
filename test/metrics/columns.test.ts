/**
 * The evaluators' fast date helpers against the calendar module they stand in for: the same day
 * numbers and texts for every day of years 0001-9999, and the same verdict on any string.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, isCalendarDate, toDayNumber } from '../../src/dates/calendar.js';
import { dayNumberOf, dayOf, IndexBuffers, PointCollector } from '../../src/metrics/columns.js';
import { dateText } from '../../src/metrics/periods.js';
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

describe('PointCollector', () => {
  /** The order indexObservations gives: Array.prototype.sort over the whole metric with its comparison. */
  function referenceOrder(points: readonly (readonly [number, number, number, number])[]): number[][] {
    const compare = (a: readonly number[], b: readonly number[]): number =>
      a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!;
    return [...points].map((p) => [...p]).sort(compare);
  }

  const value = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }) },
    { weight: 2, arbitrary: fc.constant(-0) },
    { weight: 2, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5, 1e308, -1e308) },
  );
  const point = fc.tuple(fc.integer({ min: 0, max: 6 }), value, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }));
  // Days mostly in order (a feed in date order with several points a day), sometimes shuffled.
  const metric = fc.oneof(
    fc.array(point, { maxLength: 80 }).map((points) => points.sort((a, b) => a[0] - b[0])),
    fc.array(point, { maxLength: 80 }),
    fc.array(point, { minLength: 40, maxLength: 120 }).map((points) => points.map((p) => [0, p[1], p[2], p[3]] as [number, number, number, number])),
  );

  it('sorts every metric exactly as indexObservations does (ties, NaN, infinities and -0 included)', () => {
    fc.assert(
      fc.property(fc.array(metric, { minLength: 1, maxLength: 3 }), (metrics) => {
        const collector = new PointCollector(metrics.length, new IndexBuffers());
        metrics.forEach((points, slot) => {
          for (const [day, v, n, d] of points) collector.push(slot, day, v, n, d);
        });
        const columns = collector.columns();
        metrics.forEach((points, slot) => {
          const { data, start, length } = columns[slot]!;
          const got: number[][] = [];
          for (let i = 0; i < length; i += 1) got.push([...data.subarray((start + i) * 4, (start + i + 1) * 4)]);
          // Object.is tells -0 from 0 and NaN from NaN: the same points in the same places.
          const expected = referenceOrder(points);
          expect(got.length).toBe(expected.length);
          got.forEach((p, i) => p.forEach((x, k) => expect(Object.is(x, expected[i]![k])).toBe(true)));
        });
      }),
      { numRuns: runs(500) },
    );
  });
});
