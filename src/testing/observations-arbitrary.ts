import fc from 'fast-check';
import { fromDayNumber, toDayNumber } from '../dates/calendar.js';
import type { MetricDefinition, Observation } from '../schema/types.js';

/** Options for {@link observationsArbitrary}. */
export interface ObservationsArbitraryOptions {
  /** First day observations may fall on. */
  readonly from: string;
  /** Last day observations may fall on. */
  readonly to: string;
  /** Most observations per metric (default 60). */
  readonly maxPerMetric?: number;
}

function valueFor(metric: MetricDefinition): fc.Arbitrary<Pick<Observation, 'value' | 'numerator' | 'denominator'>> {
  if (metric.aggregation === 'ratio') {
    return fc
      .integer({ min: 1, max: 200 })
      .chain((denominator) => fc.integer({ min: 0, max: denominator }).map((numerator) => ({ numerator, denominator })));
  }
  if (metric.rubric) return fc.constantFrom(...metric.rubric.levels.map((level) => level.value)).map((value) => ({ value }));
  if (metric.unit === 'currency') return fc.integer({ min: 0, max: 5_000_000 }).map((value) => ({ value }));
  if (metric.unit === 'ratio') return fc.integer({ min: 0, max: 100 }).map((n) => ({ value: n / 100 }));
  return fc.integer({ min: 0, max: 500 }).map((value) => ({ value }));
}

/**
 * Valid observations for the given metrics between two dates: ratio metrics get numerators and
 * denominators, currency metrics whole minor units, rubric metrics rubric levels.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(observationsArbitrary(plan.metrics, { from: plan.startDate, to: '2026-04-04' }), (obs) =>
 *   parseObservations(obs).ok));
 * ```
 */
export function observationsArbitrary(
  metrics: readonly MetricDefinition[],
  options: ObservationsArbitraryOptions,
): fc.Arbitrary<Observation[]> {
  const first = toDayNumber(options.from);
  const last = toDayNumber(options.to);
  const perMetric = metrics.map((metric) =>
    fc.array(
      fc.tuple(fc.integer({ min: first, max: last }), valueFor(metric)).map(
        ([day, value]): Observation => ({ metricId: metric.id, date: fromDayNumber(day), ...value }),
      ),
      { maxLength: options.maxPerMetric ?? 60 },
    ),
  );
  return fc.tuple(...perMetric).map((lists) => lists.flat());
}
