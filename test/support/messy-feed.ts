/**
 * Feeds of observations as a CRM export gets them wrong, for the evaluators' differential and
 * hostile-input tests.
 */
import fc from 'fast-check';
import { shiftDate, type Observation, type Plan } from '../../src/index.js';

/** Observations a CRM export gets wrong: unknown metrics, bad dates and numbers, wrong shapes, duplicates. */
export function messyFeed(plan: Plan): fc.Arbitrary<Observation[]> {
  const metricIds = plan.metrics.map((m) => m.id);
  const date = fc.oneof(
    fc.integer({ min: -10, max: 130 }).map((d) => shiftDate(plan.startDate, d)),
    fc.constantFrom('2026-02-30', '2026-13-01', 'yesterday', '2026-1-5', ' 2026-01-05', '2026-01-05T00:00:00Z', '0000-01-01'),
  );
  const number = fc.oneof(
    fc.integer({ min: -5, max: 500 }),
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 1e308, 2 ** 53),
  );
  const observation = fc.record(
    {
      metricId: fc.oneof(fc.constantFrom(...metricIds), fc.constant('m-unknown')),
      date,
      value: number,
      numerator: fc.oneof(fc.integer({ min: -1, max: 50 }), fc.constant(Number.NaN)),
      denominator: fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom(Number.MIN_VALUE, -0)),
    },
    { requiredKeys: ['metricId', 'date'] },
  ) as fc.Arbitrary<Observation>;
  return fc.array(fc.oneof({ weight: 20, arbitrary: observation }, { weight: 1, arbitrary: fc.constant(null as unknown as Observation) }), { maxLength: 60 });
}

