import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateMetric,
  fromDayNumber,
  indexObservations,
  periodOf,
  periodsBetween,
  periodSeries,
  toDayNumber,
  type MetricDefinition,
  type Observation,
} from '../../src/index.js';
import { runs } from '../support/runs.js';

const calls: MetricDefinition = { id: 'calls', name: 'Calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum' };
const conversion: MetricDefinition = { id: 'conv', name: 'Conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio' };

describe('periods', () => {
  it('uses ISO weeks, Monday to Sunday, and calendar months', () => {
    expect(periodOf('2026-01-07', 'week')).toEqual({ key: '2026-W02', start: '2026-01-05', end: '2026-01-11' });
    expect(periodOf('2027-01-01', 'week')).toEqual({ key: '2026-W53', start: '2026-12-28', end: '2027-01-03' });
    expect(periodOf('2028-02-10', 'month')).toEqual({ key: '2028-02', start: '2028-02-01', end: '2028-02-29' });
    expect(periodsBetween('2026-01-30', '2026-03-02', 'month').map((p) => p.key)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('tiles any span with contiguous periods', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000 }), fc.integer({ min: 0, max: 400 }), fc.constantFrom('day', 'week', 'month' as const), (start, length, unit) => {
        const periods = periodsBetween(fromDayNumber(start), fromDayNumber(start + length), unit);
        expect(periods[0]!.start <= fromDayNumber(start)).toBe(true);
        expect(periods.at(-1)!.end >= fromDayNumber(start + length)).toBe(true);
        for (let i = 1; i < periods.length; i += 1) expect(toDayNumber(periods[i]!.start)).toBe(toDayNumber(periods[i - 1]!.end) + 1);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('aggregation', () => {
  it('computes ratios as totals, never as a mean of ratios', () => {
    const observations: Observation[] = [
      { metricId: 'conv', date: '2026-01-05', numerator: 1, denominator: 10 },
      { metricId: 'conv', date: '2026-01-06', numerator: 9, denominator: 90 },
      { metricId: 'conv', date: '2026-01-07', numerator: 10, denominator: 20 },
    ];
    const result = aggregateMetric(indexObservations(observations), conversion, { start: '2026-01-01', end: '2026-01-31' });
    expect(result).toMatchObject({ numerator: 20, denominator: 120, count: 3 });
    expect(result.value).toBeCloseTo(20 / 120, 12);
    // a mean of ratios would say (0.1 + 0.1 + 0.5) / 3 = 0.233...
    expect(result.value).not.toBeCloseTo(0.7 / 3, 3);
  });

  it('sums per week for per-period goals, with empty weeks reported as no data', () => {
    const observations: Observation[] = [
      { metricId: 'calls', date: '2026-01-05', value: 20 },
      { metricId: 'calls', date: '2026-01-09', value: 22 },
      { metricId: 'calls', date: '2026-01-21', value: 41 },
    ];
    const series = periodSeries(indexObservations(observations), calls, { start: '2026-01-05', end: '2026-01-25' }, 'week');
    expect(series.map((p) => [p.period.key, p.value])).toEqual([
      ['2026-W02', 42],
      ['2026-W03', undefined],
      ['2026-W04', 41],
    ]);
  });

  it('does not depend on the order of observations', () => {
    const obs = fc.array(
      fc.record({ metricId: fc.constant('calls'), date: fc.integer({ min: 20_000, max: 20_100 }).map(fromDayNumber), value: fc.integer({ min: 0, max: 100 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(obs, fc.constantFrom('sum', 'mean', 'latest' as const), (list, aggregation) => {
        const metric = { ...calls, aggregation };
        const span = { start: '2024-10-01', end: '2025-02-01' };
        const a = aggregateMetric(indexObservations(list), metric, span);
        const b = aggregateMetric(indexObservations([...list].reverse()), metric, span);
        expect(b).toEqual(a);
      }),
      { numRuns: runs(300) },
    );
  });
});
