import { toDayNumber, type CalendarDate } from '../../../../src/dates/calendar.js';
import type { Aggregation, MetricDefinition, Observation } from '../../../../src/schema/types.js';
import { clipPeriod, periodsBetween, type Period, type PeriodUnit } from './periods.js';

/** A span of calendar days, both ends inclusive. */
export interface DateSpan {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** One observation reduced to what aggregation needs, its date converted once. */
export interface IndexedPoint {
  readonly day: number;
  readonly date: CalendarDate;
  /** The value; for ratio parts, numerator / denominator (NaN when the denominator is 0). */
  readonly value: number;
  readonly numerator: number;
  readonly denominator: number;
}

/** Observations grouped by metric, each group sorted by date (stable for equal dates). */
export type ObservationIndex = ReadonlyMap<string, readonly IndexedPoint[]>;

/** The result of aggregating a metric over a window. */
export interface AggregateValue {
  /** The aggregated value, or undefined when there is no data in the window. */
  readonly value: number | undefined;
  /** Observations that contributed. */
  readonly count: number;
  /** For ratio metrics: the totals the value is the ratio of. */
  readonly numerator?: number;
  readonly denominator?: number;
  /** Date of the last contributing observation. */
  readonly lastDate?: CalendarDate;
}

function toPoint(observation: Observation): IndexedPoint {
  const hasParts = observation.numerator !== undefined && observation.denominator !== undefined;
  // `+ 0`: a -0 from a feed is 0 (changed with src, issue 8)
  const numerator = hasParts ? (observation.numerator as number) + 0 : (observation.value ?? 0) + 0;
  const denominator = hasParts ? (observation.denominator as number) : 1;
  const value = hasParts ? (denominator === 0 ? Number.NaN : numerator / denominator + 0) : (observation.value ?? 0) + 0;
  return { day: toDayNumber(observation.date), date: observation.date, value, numerator, denominator };
}

/**
 * Group observations by metric and sort each group by date, converting every date once.
 * Build it once per plan (or feed) and reuse it for every goal. The observations are not copied
 * beyond the small points kept here, and the input is not changed.
 *
 * @example
 * ```ts
 * const index = indexObservations(plan.observations);
 * index.get('m-calls')?.length; // => number of call observations
 * ```
 */
export function indexObservations(observations: Iterable<Observation>): ObservationIndex {
  const groups = new Map<string, IndexedPoint[]>();
  for (const observation of observations) {
    let group = groups.get(observation.metricId);
    if (!group) {
      group = [];
      groups.set(observation.metricId, group);
    }
    group.push(toPoint(observation));
  }
  for (const group of groups.values()) {
    // Stable sort by day; equal days keep input order... which would make "latest" depend on
    // input order, so ties are broken by value to keep results independent of order.
    group.sort((a, b) => a.day - b.day || a.value - b.value || a.numerator - b.numerator || a.denominator - b.denominator);
  }
  return groups;
}

/** Index of the first point with day >= `day` (binary search). */
function lowerBound(points: readonly IndexedPoint[], day: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((points[mid] as IndexedPoint).day < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Aggregate sorted points between two day numbers (inclusive) by an aggregation:
 * `sum`, `mean`, `latest` (the last observation), or `ratio` (sum of numerators over sum of
 * denominators, never a mean of ratios).
 *
 * @internal
 */
export function aggregatePoints(points: readonly IndexedPoint[], aggregation: Aggregation, fromDay: number, toDay: number): AggregateValue {
  const first = lowerBound(points, fromDay);
  const last = lowerBound(points, toDay + 1);
  const count = last - first;
  if (count <= 0) return { value: undefined, count: 0 };
  const lastPoint = points[last - 1] as IndexedPoint;
  switch (aggregation) {
    case 'latest':
      return { value: lastPoint.value, count, lastDate: lastPoint.date };
    case 'sum': {
      let sum = 0;
      for (let i = first; i < last; i += 1) sum += (points[i] as IndexedPoint).value;
      return { value: sum, count, lastDate: lastPoint.date };
    }
    case 'mean': {
      let sum = 0;
      for (let i = first; i < last; i += 1) sum += (points[i] as IndexedPoint).value;
      return { value: sum / count, count, lastDate: lastPoint.date };
    }
    case 'ratio': {
      let numerator = 0;
      let denominator = 0;
      for (let i = first; i < last; i += 1) {
        const point = points[i] as IndexedPoint;
        numerator += point.numerator;
        denominator += point.denominator;
      }
      return { value: denominator === 0 ? undefined : numerator / denominator, count, numerator, denominator, lastDate: lastPoint.date };
    }
  }
}

/**
 * A metric's value over a window, by the metric's own aggregation.
 *
 * @example
 * ```ts
 * aggregateMetric(index, conversionMetric, { start: '2026-01-05', end: '2026-01-31' });
 * // => { value: 0.08, count: 4, numerator: 16, denominator: 200, lastDate: "2026-01-30" }
 * ```
 */
export function aggregateMetric(index: ObservationIndex, metric: MetricDefinition, window: DateSpan): AggregateValue {
  const points = index.get(metric.id) ?? [];
  return aggregatePoints(points, metric.aggregation, toDayNumber(window.start), toDayNumber(window.end));
}

/** One period of a metric's series. */
export interface SeriesPoint extends AggregateValue {
  /** The period, clipped to the requested span. */
  readonly period: Period;
}

/**
 * A metric's value per week, month or day over a span: each period aggregated by the metric's
 * aggregation, periods without data included with `value: undefined`.
 *
 * @example
 * ```ts
 * periodSeries(index, callsMetric, { start: '2026-01-05', end: '2026-01-18' }, 'week').map((p) => p.value);
 * // => [42, 38]
 * ```
 */
export function periodSeries(index: ObservationIndex, metric: MetricDefinition, span: DateSpan, unit: PeriodUnit): SeriesPoint[] {
  const points = index.get(metric.id) ?? [];
  const out: SeriesPoint[] = [];
  for (const period of periodsBetween(span.start, span.end, unit)) {
    const clipped = clipPeriod(period, span) as Period;
    out.push({ period: clipped, ...aggregatePoints(points, metric.aggregation, toDayNumber(clipped.start), toDayNumber(clipped.end)) });
  }
  return out;
}

/** The period unit a target basis is stated in, or undefined for whole-window targets. */
export function basisUnit(basis: 'per_day' | 'per_week' | 'per_month' | 'window'): PeriodUnit | undefined {
  return basis === 'per_day' ? 'day' : basis === 'per_week' ? 'week' : basis === 'per_month' ? 'month' : undefined;
}

/** One rep's observations (a CRM adapter's output per rep). */
export interface RepObservations {
  readonly repId: string;
  readonly name?: string;
  readonly observations: readonly Observation[];
}

/** A team's observations: the metric definitions and each rep's data points. */
export interface TeamObservations {
  readonly metrics: readonly MetricDefinition[];
  readonly reps: readonly RepObservations[];
}
