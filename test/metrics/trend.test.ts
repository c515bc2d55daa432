import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, theilSenTrend, trendValueAt, type TrendPoint } from '../../src/index.js';
import { runs } from '../support/runs.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('does not change its input', () => {
    const values = [5, 1, 4];
    median(values);
    expect(values).toEqual([5, 1, 4]);
  });

  /** The textbook median: sort a copy, take the middle value or the mean of the two middle ones. */
  const naiveMedian = (values: readonly number[]): number | undefined => {
    if (values.length === 0) return undefined;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };

  it('equals sort-and-pick on any list (even and odd lengths, duplicates, negatives, fractions)', () => {
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 40 }), (values) => {
        expect(median(values)).toBe(naiveMedian(values));
      }),
      { numRuns: runs(500) },
    );
  });
});

describe('theilSenTrend', () => {
  it('recovers an exact line', () => {
    const points = [0, 1, 2, 3, 4].map((x) => ({ x, y: 7 - 1.5 * x }));
    expect(theilSenTrend(points)).toEqual({ slope: -1.5, intercept: 7, points: 5 });
  });

  it('is not bent by one outlier, where least squares would be', () => {
    // 10, 12, 14, 16 then a one-off 60: least squares gives a slope of 10, Theil-Sen keeps 2.
    const points = [10, 12, 14, 16, 60].map((y, x) => ({ x, y }));
    const line = theilSenTrend(points)!;
    expect(line.slope).toBe(2);
    expect(trendValueAt(line, 4)).toBe(18);
  });

  it('needs two distinct positions', () => {
    expect(theilSenTrend([])).toBeUndefined();
    expect(theilSenTrend([{ x: 1, y: 2 }])).toBeUndefined();
    expect(theilSenTrend([{ x: 1, y: 2 }, { x: 1, y: 3 }])).toBeUndefined();
    expect(theilSenTrend([{ x: 0, y: Number.NaN }, { x: 1, y: 3 }])).toBeUndefined();
  });

  const series = fc.array(
    fc.record({ x: fc.integer({ min: 0, max: 30 }), y: fc.integer({ min: -1000, max: 1000 }) }),
    { minLength: 2, maxLength: 25 },
  );

  it('does not depend on the order of the points', () => {
    fc.assert(
      fc.property(series, fc.func(fc.integer()), (points, key) => {
        const shuffled = [...points].sort((a, b) => key(a) - key(b) || 0);
        expect(theilSenTrend(shuffled)).toEqual(theilSenTrend(points));
      }),
      { numRuns: runs(200) },
    );
  });

  it('mirrors exactly when the values are negated', () => {
    fc.assert(
      fc.property(series, (points) => {
        const line = theilSenTrend(points);
        const mirrored = theilSenTrend(points.map((p): TrendPoint => ({ x: p.x, y: -p.y })));
        if (!line) {
          expect(mirrored).toBeUndefined();
          return;
        }
        expect(mirrored!.slope + line.slope).toBe(0);
        expect(mirrored!.intercept + line.intercept).toBe(0);
      }),
      { numRuns: runs(200) },
    );
  });

  it('slope lies between the smallest and largest pairwise slope', () => {
    fc.assert(
      fc.property(series, (points) => {
        const line = theilSenTrend(points);
        const slopes: number[] = [];
        for (const a of points) for (const b of points) if (b.x > a.x) slopes.push((b.y - a.y) / (b.x - a.x));
        if (slopes.length === 0) {
          expect(line).toBeUndefined();
          return;
        }
        expect(line!.slope).toBeGreaterThanOrEqual(Math.min(...slopes));
        expect(line!.slope).toBeLessThanOrEqual(Math.max(...slopes));
      }),
      { numRuns: runs(200) },
    );
  });
});

describe('median and Theil-Sen against sorting (the definition)', () => {
  /** The median as a sort gives it: the typed-array order (-0 before 0, NaN last). */
  const sortedMedian = (values: readonly number[]) => {
    if (values.length === 0) return undefined;
    const s = Float64Array.from(values).sort();
    const mid = s.length >>> 1;
    return s.length % 2 === 1 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
  };
  const value = fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(0, -0, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY));

  it('median is the middle of the sorted values, -0 and NaN included, on short lists and long lists of ties', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(value, { maxLength: 40 }), fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 300 }), fc.array(fc.double({ noNaN: true, min: -5, max: 5 }), { minLength: 2, maxLength: 60 })), (values) => {
        expect(median(values)).toBe(sortedMedian(values));
      }),
      { numRuns: runs(600) },
    );
  });

  it('Theil-Sen is the median pairwise slope and the median residual', () => {
    const point = fc.record({ x: fc.oneof(fc.integer({ min: -3, max: 20 }), fc.double({ noNaN: true, min: -50, max: 50 })), y: fc.oneof(fc.integer({ min: -100, max: 100 }), fc.double({ noNaN: true, min: -1e4, max: 1e4 })) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 25 }), (points) => {
        const slopes = points.flatMap((a, i) => points.slice(i + 1).filter((b) => b.x !== a.x).map((b) => (b.x > a.x ? (b.y - a.y) / (b.x - a.x) : (a.y - b.y) / (a.x - b.x))));
        const line = theilSenTrend(points);
        if (slopes.length === 0) {
          expect(line).toBeUndefined();
          return;
        }
        const slope = sortedMedian(slopes)!;
        expect(line).toEqual({ slope, intercept: sortedMedian(points.map((p) => p.y - slope * p.x)), points: points.length });
      }),
      { numRuns: runs(300) },
    );
  });
});
