/**
 * The evaluators' fast path: one metric's observations packed into a single number array (day,
 * value, numerator, denominator per point) instead of an object per observation, each date
 * converted once, sorted exactly like {@link indexObservations}' groups and aggregated like
 * {@link aggregatePoints}: the same sums in the same order, so the same figures to the last bit.
 *
 * @internal
 * @module
 */
import { toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { Aggregation } from '../schema/types.js';

/** Numbers per point in {@link PointColumns.data}. */
const STRIDE = 4;

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
    // The order so far, against the point before (sortColumns' check, made while the point is at hand).
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
      const columns: PointColumns = { data: this.data[slot] as Float64Array, start: 0, length: count };
      // Days in order and every value finite: each day's points sorted on their own; else the whole sort.
      const flags = this.flags[slot] as number;
      if (flags === TIES_OUT_OF_ORDER) sortDays(columns);
      else if (flags & (TIES_OUT_OF_ORDER | DAYS_OUT_OF_ORDER)) sortColumns(columns);
      return columns;
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
 * Sort a metric's points in place into {@link indexObservations}' order. Points pushed in that
 * order already (a feed in date order) are left as they are after one pass; otherwise the
 * positions are sorted with the same comparison by the same `Array.prototype.sort`, so ties and
 * NaN values land exactly where indexObservations puts them.
 */
function sortColumns(columns: PointColumns): void {
  const { data, start, length } = columns;
  let sorted = true;
  for (let i = 1; i < length; i += 1) {
    // Array.prototype.sort leaves an array whose every element compares >= its predecessor as is.
    if (compareAt(data, (start + i) * STRIDE, (start + i - 1) * STRIDE) < 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  sortRange(data, start, length);
}

/** Sort points `start .. start + length - 1` by position with `Array.prototype.sort` (stable). */
function sortRange(data: Float64Array, start: number, length: number): void {
  const order: number[] = [];
  for (let i = 0; i < length; i += 1) order.push((start + i) * STRIDE);
  order.sort((a, b) => compareAt(data, a, b));
  const copy = data.slice(start * STRIDE, (start + length) * STRIDE);
  for (let i = 0; i < length; i += 1) {
    const from = (order[i] as number) - start * STRIDE;
    const to = (start + i) * STRIDE;
    data[to] = copy[from] as number;
    data[to + 1] = copy[from + 1] as number;
    data[to + 2] = copy[from + 2] as number;
    data[to + 3] = copy[from + 3] as number;
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
 * {@link sortColumns} for points whose days are already in order and whose values are all finite
 * (several observations a day): each day's points are sorted on their own, with the same
 * comparison. With finite values the comparison is a consistent order, and `Array.prototype.sort`
 * is stable, so the whole sort and the day-by-day one give the same order, ties included; the
 * day-by-day sort costs a few comparisons per point instead of a sort of the whole metric.
 */
function sortDays(columns: PointColumns): void {
  const { data, start, length } = columns;
  const end = start + length;
  let first = start;
  while (first < end) {
    const day = data[first * STRIDE] as number;
    let last = first + 1;
    while (last < end && data[last * STRIDE] === day) last += 1;
    const size = last - first;
    // Insertion sort for the few points of a day (stable: a point moves only past points that compare greater).
    if (size > 32) sortRange(data, first, size);
    else {
      for (let i = first + 1; i < last; i += 1) {
        for (let j = i; j > first && compareAt(data, j * STRIDE, (j - 1) * STRIDE) < 0; j -= 1) swapPoints(data, j * STRIDE, (j - 1) * STRIDE);
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
  const { data, start } = columns;
  const lastDay = data[(start + last - 1) * STRIDE] as number;
  if (aggregation !== 'ratio') return { value: rangeValue(columns, aggregation, first, last), count, lastDay };
  let numerator = 0;
  let denominator = 0;
  for (let i = (start + first) * STRIDE + 2; i < (start + last) * STRIDE; i += STRIDE) {
    numerator += data[i] as number;
    denominator += data[i + 1] as number;
  }
  return { value: denominator === 0 ? undefined : numerator / denominator, count, numerator, denominator, lastDay };
}

/**
 * The aggregate value of points `first .. last - 1` (at least one): the last value, the sum or
 * the mean of the values, or the ratio of summed numerators to summed denominators (undefined
 * when those add up to 0), summed in order.
 */
export function rangeValue(columns: PointColumns, aggregation: Aggregation, first: number, last: number): number | undefined {
  const { data, start } = columns;
  const end = (start + last) * STRIDE;
  if (aggregation === 'latest') return data[end - STRIDE + 1] as number;
  if (aggregation === 'ratio') {
    let numerator = 0;
    let denominator = 0;
    for (let i = (start + first) * STRIDE + 2; i < end; i += STRIDE) {
      numerator += data[i] as number;
      denominator += data[i + 1] as number;
    }
    return denominator === 0 ? undefined : numerator / denominator;
  }
  let sum = 0;
  for (let i = (start + first) * STRIDE + 1; i < end; i += STRIDE) sum += data[i] as number;
  return aggregation === 'mean' ? sum / (last - first) : sum;
}

/** Observations from `fromDay` to `toDay` (inclusive). */
export function countBetween(columns: PointColumns, fromDay: number, toDay: number): number {
  return Math.max(0, firstAtOrAfter(columns, toDay + 1) - firstAtOrAfter(columns, fromDay));
}

/** The value of the last point from `fromDay` to `toDay`, or undefined: aggregation `latest`. */
export function latestBetween(columns: PointColumns, fromDay: number, toDay: number): number | undefined {
  const last = firstAtOrAfter(columns, toDay + 1) - 1;
  return last >= 0 && last >= firstAtOrAfter(columns, fromDay) ? (columns.data[(columns.start + last) * STRIDE + 1] as number) : undefined;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334] as const;

/**
 * The day number of a calendar date, or NaN when `value` is not one: exactly
 * `isCalendarDate(value) ? toDayNumber(value) : NaN`, read character by character without
 * slicing (it runs once per observation).
 */
export function dayNumberOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  // Eight digits 0-9, read one by one (unrolled: this runs once per observation).
  const y0 = value.charCodeAt(0) - 48;
  const y1 = value.charCodeAt(1) - 48;
  const y2 = value.charCodeAt(2) - 48;
  const y3 = value.charCodeAt(3) - 48;
  const m0 = value.charCodeAt(5) - 48;
  const m1 = value.charCodeAt(6) - 48;
  const d0 = value.charCodeAt(8) - 48;
  const d1 = value.charCodeAt(9) - 48;
  // The unsigned compare also catches characters below '0'.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >>> 0 > 15 || y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthDays) return Number.NaN;
  // Days since 0001-01-01, then shifted to 1970-01-01 (719162 days apart): the same integer as toDayNumber.
  const y = year - 1;
  const before = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  return before + (DAYS_BEFORE_MONTH[month - 1] as number) + (month > 2 && leap ? 1 : 0) + day - 1 - 719_162;
}

/**
 * `toDayNumber(date)`, for every input: calendar dates read character by character, anything else
 * handed to toDayNumber itself.
 */
export function dayOf(date: CalendarDate): number {
  const day = dayNumberOf(date);
  return day === day ? day : toDayNumber(date);
}
