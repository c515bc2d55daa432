/**
 * Robust trends: the Theil-Sen estimator (the median of the slopes between every pair of
 * points), which one outlier week cannot swing the way it swings a least-squares line.
 */

/** One point of a series: `x` is a period index (or any position), `y` its value. */
export interface TrendPoint {
  readonly x: number;
  readonly y: number;
}

/** A fitted straight line `y = intercept + slope * x`. */
export interface TrendLine {
  /** Change in `y` per unit of `x` (per period when `x` counts periods). */
  readonly slope: number;
  /** The line's value at `x = 0`. */
  readonly intercept: number;
  /** Points the line was fitted to. */
  readonly points: number;
}

/**
 * The median of a list of numbers (the mean of the two middle values for an even count), or
 * undefined for an empty list. The input is not changed.
 *
 * @example
 * ```ts
 * median([3, 1, 2]); // => 2
 * median([4, 1, 3, 2]); // => 2.5
 * ```
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >>> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The Theil-Sen line through a series: the slope is the median of the slopes between every pair
 * of points with different `x`, the intercept the median of `y - slope * x`. Undefined when fewer
 * than two distinct `x` values are given. Non-finite points are ignored. The result does not
 * depend on the order of the points.
 *
 * @example
 * ```ts
 * theilSenTrend([{ x: 0, y: 10 }, { x: 1, y: 12 }, { x: 2, y: 14 }, { x: 3, y: 40 }]);
 * // => { slope: 2, intercept: 10, points: 4 } (the outlier at x = 3 does not bend the line)
 * ```
 */
export function theilSenTrend(points: readonly TrendPoint[]): TrendLine | undefined {
  const finite = points.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const n = finite.length;
  if (n < 2) return undefined;
  const slopes: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = finite[i] as TrendPoint;
    for (let j = i + 1; j < n; j += 1) {
      const b = finite[j] as TrendPoint;
      if (a.x === b.x) continue;
      // Orient each pair by x so the slope does not depend on the input order.
      slopes.push(b.x > a.x ? (b.y - a.y) / (b.x - a.x) : (a.y - b.y) / (a.x - b.x));
    }
  }
  const slope = median(slopes);
  if (slope === undefined) return undefined;
  const intercept = median(finite.map((p) => p.y - slope * p.x)) as number;
  return { slope, intercept, points: n };
}

/**
 * The value of a fitted line at `x`.
 *
 * @example
 * ```ts
 * trendValueAt({ slope: 2, intercept: 10, points: 4 }, 12); // => 34
 * ```
 */
export function trendValueAt(line: TrendLine, x: number): number {
  return line.intercept + line.slope * x;
}
