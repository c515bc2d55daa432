/**
 * The evaluators' fast path: one metric's observations packed into a single number array (day,
 * value, numerator, denominator per point) instead of an object per observation, each date
 * converted once, sorted exactly like {@link indexObservations}' groups and aggregated like
 * {@link aggregatePoints}: the same sums in the same order, so the same figures to the last bit.
 *
 * @internal
 * @module
 */
import { daysFromCivil, daysInMonth, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { Aggregation } from '../schema/types.js';

/** Numbers per point in {@link PointColumns.data}. */
const STRIDE = 4;

/** Offsets within a point of its value, numerator and denominator (its day is at 0). */
const VALUE = 1;
const NUMERATOR = 2;
const DENOMINATOR = 3;

/**
 * One metric's points, a segment of a shared array: point `i` (0-based, `i < length`) is at
 * `k = (start + i) * 4`: `data[k]` its day number, `data[k + 1]` its value (for ratio parts
 * numerator / denominator, NaN when the denominator is 0), `data[k + 2]` its numerator and
 * `data[k + 3]` its denominator.
 */
export interface PointColumns {
  readonly data: Float64Array;
  readonly start: number;
  readonly length: number;
}

/** Points by metric id. */
export type ColumnIndex = ReadonlyMap<string, PointColumns>;

/** An aggregate over columns: {@link AggregateValue} with the last point's day number instead of its date. */
export interface ColumnAggregate {
  readonly value: number | undefined;
  readonly count: number;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly lastDay?: number;
}

/** No points. */
export const NO_POINTS: PointColumns = Object.freeze({ data: new Float64Array(0), start: 0, length: 0 });

/**
 * Working buffers for indexing, one per metric slot, reused from one plan to the next by a batch
 * (an index lives only while its plan is evaluated): typed arrays are costly to allocate, cheap to
 * reuse.
 */
export class IndexBuffers {
  readonly slots: Float64Array[] = [];
}

/** Flags of a metric's points, noted as they are pushed: points of one day out of order ... */
const TIES_OUT_OF_ORDER = 1;
/** ... days out of order ... */
const DAYS_OUT_OF_ORDER = 2;
/** ... a value NaN or infinite (ratio parts over 0, or past the largest number). */
const NON_FINITE = 4;

/**
 * Collects the points of several metrics, each in its own array in input order, then sorts each:
 * {@link indexObservations} in columns.
 */
export class PointCollector {
  private readonly data: Float64Array[] = [];
  private readonly counts: number[] = [];
  /** Per metric: the flags above, worked out point by point as they come. */
  private readonly flags: number[] = [];

  /** `slots` metrics, in `buffers` (reused when large enough). */
  constructor(
    slots: number,
    private readonly buffers: IndexBuffers,
  ) {
    for (let i = 0; i < slots; i += 1) {
      let buffer = buffers.slots[i];
      if (buffer === undefined) {
        buffer = new Float64Array(128 * STRIDE);
        buffers.slots[i] = buffer;
      }
      this.data.push(buffer);
      this.counts.push(0);
      this.flags.push(0);
    }
  }

  /** Append a point of metric `slot`. */
  push(slot: number, day: number, value: number, numerator: number, denominator: number): void {
    const count = this.counts[slot] as number;
    let data = this.data[slot] as Float64Array;
    const at = count * STRIDE;
    if (at + STRIDE > data.length) {
      const grown = new Float64Array(data.length * 2);
      grown.set(data);
      this.data[slot] = grown;
      this.buffers.slots[slot] = grown;
      data = grown;
    }
    data[at] = day;
    data[at + 1] = value;
    data[at + 2] = numerator;
    data[at + 3] = denominator;
    this.counts[slot] = count + 1;
    // The order so far, against the point before: whether (and how) columns() must sort.
    let flags = this.flags[slot] as number;
    if (!(value - value === 0)) flags |= NON_FINITE;
    if (count > 0) {
      const previous = data[at - STRIDE] as number;
      if (day < previous) flags |= DAYS_OUT_OF_ORDER;
      else if (day === previous && compareAt(data, at, at - STRIDE) < 0) flags |= TIES_OUT_OF_ORDER;
    }
    this.flags[slot] = flags;
  }

  /** Each metric's points, sorted: empty metrics get {@link NO_POINTS}. */
  columns(): PointColumns[] {
    return this.counts.map((count, slot) => {
      if (count === 0) return NO_POINTS;
      const data = this.data[slot] as Float64Array;
      // Days in order and every value finite: each day's points sorted on their own; else the whole
      // sort, unless the points came in order already (no pair out of order: Array.prototype.sort
      // would leave them as they are).
      const flags = this.flags[slot] as number;
      if (flags === TIES_OUT_OF_ORDER) sortDays(data, count);
      else if (flags & (TIES_OUT_OF_ORDER | DAYS_OUT_OF_ORDER)) sortRange(data, 0, count);
      return { data, start: 0, length: count };
    });
  }
}

/** indexObservations' comparison of points a and b (array offsets): day, then value, numerator, denominator (a NaN value compares equal). */
function compareAt(data: Float64Array, a: number, b: number): number {
  return (
    (data[a] as number) - (data[b] as number) ||
    (data[a + 1] as number) - (data[b + 1] as number) ||
    (data[a + 2] as number) - (data[b + 2] as number) ||
    (data[a + 3] as number) - (data[b + 3] as number)
  );
}

/**
 * Sort points `start .. start + length - 1` in place into {@link indexObservations}' order: the
 * positions are sorted with the same comparison by the same `Array.prototype.sort` (stable), so
 * ties and NaN values land exactly where indexObservations puts them.
 */
function sortRange(data: Float64Array, start: number, length: number): void {
  const order: number[] = [];
  for (let i = 0; i < length; i += 1) order.push((start + i) * STRIDE);
  order.sort((a, b) => compareAt(data, a, b));
  const copy = data.slice(start * STRIDE, (start + length) * STRIDE);
  for (let i = 0; i < length; i += 1) {
    const from = (order[i] as number) - start * STRIDE;
    const to = (start + i) * STRIDE;
    for (let k = 0; k < STRIDE; k += 1) data[to + k] = copy[from + k] as number;
  }
}

/** Swap the points at offsets a and b. */
function swapPoints(data: Float64Array, a: number, b: number): void {
  for (let k = 0; k < STRIDE; k += 1) {
    const t = data[a + k] as number;
    data[a + k] = data[b + k] as number;
    data[b + k] = t;
  }
}

/**
 * {@link sortRange} for points whose days are already in order and whose values are all finite
 * (several observations a day): each day's points are sorted on their own, with the same
 * comparison. With finite values the comparison is a consistent order, and `Array.prototype.sort`
 * is stable, so the whole sort and the day-by-day one give the same order, ties included; the
 * day-by-day sort costs a few comparisons per point instead of a sort of the whole metric.
 */
function sortDays(data: Float64Array, length: number): void {
  let first = 0;
  while (first < length) {
    const day = data[first * STRIDE] as number;
    let last = first + 1;
    while (last < length && data[last * STRIDE] === day) last += 1;
    // Insertion sort for the few points of a day (stable: a point moves only past points that compare greater).
    if (last - first > 32) sortRange(data, first, last - first);
    else {
      for (let i = (first + 1) * STRIDE; i < last * STRIDE; i += STRIDE) {
        for (let j = i; j > first * STRIDE && compareAt(data, j, j - STRIDE) < 0; j -= STRIDE) swapPoints(data, j, j - STRIDE);
      }
    }
    first = last;
  }
}

/** Index (0-based within the metric) of the first point with day >= `day` (binary search). */
export function firstAtOrAfter(columns: PointColumns, day: number): number {
  const { data, start } = columns;
  let lo = 0;
  let hi = columns.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((data[(start + mid) * STRIDE] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NOTHING: ColumnAggregate = Object.freeze({ value: undefined, count: 0 });

/** {@link aggregatePoints} on columns: the same figures, summed in the same order. */
export function aggregateColumns(columns: PointColumns, aggregation: Aggregation, fromDay: number, toDay: number): ColumnAggregate {
  const first = firstAtOrAfter(columns, fromDay);
  const last = firstAtOrAfter(columns, toDay + 1);
  const count = last - first;
  if (count <= 0) return NOTHING;
  const lastDay = columns.data[(columns.start + last - 1) * STRIDE] as number;
  if (aggregation !== 'ratio') return { value: rangeValue(columns, aggregation, first, last), count, lastDay };
  const numerator = sumOf(columns, NUMERATOR, first, last);
  const denominator = sumOf(columns, DENOMINATOR, first, last);
  return { value: denominator === 0 ? undefined : numerator / denominator, count, numerator, denominator, lastDay };
}

/**
 * The aggregate value of points `first .. last - 1` (at least one): the last value, the sum or
 * the mean of the values, or the ratio of summed numerators to summed denominators (undefined
 * when those add up to 0), summed in order.
 */
export function rangeValue(columns: PointColumns, aggregation: Aggregation, first: number, last: number): number | undefined {
  if (aggregation === 'latest') return columns.data[(columns.start + last - 1) * STRIDE + VALUE] as number;
  if (aggregation === 'ratio') {
    const denominator = sumOf(columns, DENOMINATOR, first, last);
    return denominator === 0 ? undefined : sumOf(columns, NUMERATOR, first, last) / denominator;
  }
  const sum = sumOf(columns, VALUE, first, last);
  return aggregation === 'mean' ? sum / (last - first) : sum;
}

/** The sum of one number (`part`: {@link VALUE}, {@link NUMERATOR} or {@link DENOMINATOR}) of points `first .. last - 1`, in order. */
function sumOf(columns: PointColumns, part: number, first: number, last: number): number {
  const { data, start } = columns;
  let sum = 0;
  for (let i = (start + first) * STRIDE + part; i < (start + last) * STRIDE; i += STRIDE) sum += data[i] as number;
  return sum;
}
