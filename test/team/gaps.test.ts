import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeTeamGaps, type MetricDefinition, type Observation, type TeamObservations } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const calls: MetricDefinition = { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer' };
const revenue: MetricDefinition = { id: 'm-rev', name: 'Won revenue', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' };
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];
const SPAN = { start: '2026-01-01', end: '2026-04-30' };

function monthly(metricId: string, values: readonly (number | undefined)[]): Observation[] {
  return values.flatMap((value, i) => (value === undefined ? [] : [{ metricId, date: `${MONTHS[i]}-15`, value }]));
}

function team(metric: MetricDefinition, byRep: Record<string, readonly (number | undefined)[]>): TeamObservations {
  return { metrics: [metric], reps: Object.entries(byRep).map(([name, values]) => ({ repId: name.toLowerCase(), name, observations: monthly(metric.id, values) })) };
}

describe('analyzeTeamGaps', () => {
  it('team mean per month, each rep\'s gap, and a sustained run (worked by hand)', () => {
    const report = analyzeTeamGaps(team(calls, { Ana: [40, 40, 40, 40], Ben: [40, 44, 36, 40], Cy: [10, 16, 24, 16] }), { metricId: 'm-calls', span: SPAN, unit: 'month' });
    expect(report.periods.map((p) => [p.period.key, p.standard, p.repsWithData])).toEqual([
      ['2026-01', 30, 3],
      ['2026-02', 100 / 3, 3],
      ['2026-03', 100 / 3, 3],
      ['2026-04', 32, 3],
    ]);
    const cy = report.reps[2]!;
    expect(cy.periods.map((p) => p.analysis?.severity)).toEqual(['severe', 'severe', 'moderate', 'severe']);
    expect(cy.sustained && cy.sustainedNow).toBe(true);
    expect(cy.longestRun).toEqual({ length: 4, periods: MONTHS, start: '2026-01-01', end: '2026-04-30' });
    expect(cy.message).toBe('Cy was short of the team standard on Outbound calls for 4 consecutive periods (2026-01 to 2026-04): a sustained pattern.');
    expect(report.reps[1]!.sustained).toBe(false);
    expect(isDeepFrozen(report)).toBe(true);
  });

  it('the median ignores an outlier; money standards are whole minor units', () => {
    const outlier = team(calls, { Ana: [40], Ben: [42], Cy: [38], Star: [400] });
    const span = { start: '2026-01-01', end: '2026-01-31' };
    expect(analyzeTeamGaps(outlier, { metricId: 'm-calls', span, unit: 'month' }).periods[0]?.standard).toBe(130);
    expect(analyzeTeamGaps(outlier, { metricId: 'm-calls', span, unit: 'month' }, { teamStandard: 'median' }).periods[0]?.standard).toBe(41);
    const money = analyzeTeamGaps(team(revenue, { Ana: [100], Ben: [101], Cy: [101] }), { metricId: 'm-rev', span, unit: 'month' });
    expect(money.periods[0]?.standard).toBe(101); // 100.67 rounded to a whole cent
  });

  it('a period without data is not short and ends a run; one bad month is not sustained', () => {
    const report = analyzeTeamGaps(team(calls, { Ana: [40, 40, 40, 40], Cy: [10, undefined, 10, 10] }), { metricId: 'm-calls', span: SPAN, unit: 'month' });
    const cy = report.reps[1]!;
    expect(cy.periods.map((p) => p.short)).toEqual([true, false, true, true]);
    expect(cy.longestRun?.periods).toEqual(['2026-03', '2026-04']);
    expect(cy.sustained).toBe(false);
    expect(cy.message).toContain('longest run short of the team standard on Outbound calls is 2 periods (2026-03 to 2026-04); 3 are needed');
    expect(analyzeTeamGaps(team(calls, { Ana: [40, 40, 40, 40], Cy: [10, undefined, 10, 10] }), { metricId: 'm-calls', span: SPAN, unit: 'month' }, { sustainedPeriods: 2 }).reps[1]!.sustainedNow).toBe(true);
  });

  it('reports an unknown metric as an issue instead of throwing', () => {
    const report = analyzeTeamGaps(team(calls, { Ana: [40] }), { metricId: 'm-nope', span: SPAN, unit: 'month' });
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([['metric_unknown', ['metricId']]]);
    expect(report.issues[0]?.message).toContain('defined: m-calls');
    expect(report.reps).toEqual([]);
  });

  it('property: runs are consistent with the short flags, and the rep at the standard is never short', () => {
    const values = fc.array(fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(values, { minLength: 1, maxLength: 5 }), (reps) => {
        const byRep = Object.fromEntries(reps.map((v, i) => [`R${i}`, v]));
        const report = analyzeTeamGaps(team(calls, byRep), { metricId: 'm-calls', span: SPAN, unit: 'month' });
        for (const rep of report.reps) {
          let longest = 0;
          let current = 0;
          for (const period of rep.periods) {
            current = period.short ? current + 1 : 0;
            longest = Math.max(longest, current);
            if (period.value !== undefined && period.standard !== undefined && period.value >= period.standard) expect(period.short).toBe(false);
          }
          expect(rep.longestRun?.length ?? 0).toBe(longest);
          expect(rep.trailingRun?.length ?? 0).toBe(current);
          expect(rep.sustained).toBe(longest >= 3);
        }
      }),
      { numRuns: runs(200) },
    );
  });
});
