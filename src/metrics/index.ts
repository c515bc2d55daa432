/**
 * Metric values: observations indexed once, aggregated over windows and period series.
 *
 * @module
 */
export { periodOf, periodsBetween, clipPeriod, type Period, type PeriodUnit } from './periods.js';
export {
  indexObservations,
  aggregateMetric,
  periodSeries,
  basisUnit,
  type DateSpan,
  type IndexedPoint,
  type ObservationIndex,
  type AggregateValue,
  type SeriesPoint,
  type RepObservations,
  type TeamObservations,
} from './aggregate.js';
export { median, theilSenTrend, trendValueAt, type TrendLine, type TrendPoint } from './trend.js';
