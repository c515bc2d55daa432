/**
 * The evaluators' columns: points collected and sorted exactly like indexObservations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexBuffers, PointCollector } from '../../src/metrics/columns.js';
import { runs } from '../support/runs.js';

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
