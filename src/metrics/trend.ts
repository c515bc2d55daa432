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
  // ToNumber of each value, as Float64Array.from did.
  const buffer: number[] = [];
  for (let i = 0; i < values.length; i += 1) buffer.push(+(values[i] as number));
  return medianInPlace(buffer, values.length);
}

/**
 * {@link medianInPlace} for values that `<` orders as sorting does (no NaN, no -0): quickselect
 * (Hoare partitions around a median of three) until the middle value is in place, every value
 * before it no greater.
 */
function plainMedian(buffer: number[], n: number, mid: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    // Median of three as pivot, left at `m`.
    if ((buffer[m] as number) < (buffer[lo] as number)) swap(buffer, m, lo);
    if ((buffer[hi] as number) < (buffer[lo] as number)) swap(buffer, hi, lo);
    if ((buffer[hi] as number) < (buffer[m] as number)) swap(buffer, hi, m);
    const pivot = buffer[m] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((buffer[i] as number) < pivot) i += 1;
      while (pivot < (buffer[j] as number)) j -= 1;
      if (i <= j) {
        swap(buffer, i, j);
        i += 1;
        j -= 1;
      }
    }
    if (mid <= j) hi = j;
    else if (mid >= i) lo = i;
    else break;
  }
  const upper = buffer[mid] as number;
  if (n % 2 === 1) return upper;
  let lower = buffer[0] as number;
  for (let i = 1; i < mid; i += 1) if ((buffer[i] as number) > lower) lower = buffer[i] as number;
  return (lower + upper) / 2;
}

function swap(buffer: number[], i: number, j: number): void {
  const t = buffer[i] as number;
  buffer[i] = buffer[j] as number;
  buffer[j] = t;
}

/**
 * The median of `buffer[0..n)` exactly as sorting would give it (the mean of the two middle
 * values for an even count), in linear time on average; the buffer is reordered.
 */
function medianInPlace(buffer: number[], n: number): number {
  const mid = n >>> 1;
  // Without NaN or -0, `<` is the sort order itself: select with plain comparisons.
  let plainOrder = true;
  for (let i = 0; i < n; i += 1) {
    const v = buffer[i] as number;
    if (v !== v || (v === 0 && 1 / v < 0)) {
      plainOrder = false;
      break;
    }
  }
  if (plainOrder) return plainMedian(buffer, n, mid);
  // NaN or -0 (rare): the typed-array sort's own order, as the median has always been taken.
  const sorted = Float64Array.from(buffer.slice(0, n)).sort();
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
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
  const xs: number[] = [];
  const ys: number[] = [];
  for (const p of points) {
    if (!(Number.isFinite(p.x) && Number.isFinite(p.y))) continue;
    xs.push(p.x);
    ys.push(p.y);
  }
  return theilSenOf(xs, ys);
}

/**
 * {@link theilSenTrend} on finite points given as two lists, `xs[i]` and `ys[i]` (no point
 * objects to build); `scratch` is working space, overwritten.
 *
 * @internal
 */
export function theilSenOf(xs: readonly number[], ys: readonly number[], scratch: number[] = []): TrendLine | undefined {
  const n = xs.length;
  if (n < 2) return undefined;
  // The slopes, then the residuals, go in `scratch` (a caller may lend the same list for every call).
  let m = 0;
  for (let i = 0; i < n; i += 1) {
    const ax = xs[i] as number;
    const ay = ys[i] as number;
    for (let j = i + 1; j < n; j += 1) {
      const bx = xs[j] as number;
      if (ax === bx) continue;
      const by = ys[j] as number;
      // Orient each pair by x so the slope does not depend on the input order.
      scratch[m] = bx > ax ? (by - ay) / (bx - ax) : (ay - by) / (ax - bx);
      m += 1;
    }
  }
  if (m === 0) return undefined;
  const slope = medianInPlace(scratch, m);
  for (let i = 0; i < n; i += 1) scratch[i] = (ys[i] as number) - slope * (xs[i] as number);
  const intercept = medianInPlace(scratch, n);
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
