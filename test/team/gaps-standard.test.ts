/**
 * Issue 19, item 8: for a ratio metric the team standard is the team's pooled rate (all the
 * reps' conversions over all their attempts), not the mean of the reps' rates; the team gap
 * analysis, the team averages `compareConsistency` compares targets with, and the CRM adapter's
 * team rows all measure it the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  analyzeTeamGaps,
  compareConsistency,
  crmDealsToObservations,
  CRM_METRIC_IDS,
  DEFAULT_GAP_POLICY,
  teamAveragesOf,
  type MetricDefinition,
  type Observation,
  type TeamAverage,
  type TeamAverageFigure,
  type TeamObservations,
} from '../../src/index.js';
import { readCsv } from '../support/csv.js';
import { FIXTURES, isDeepFrozen } from '../support/fixtures.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';

const conversion: MetricDefinition = { id: 'm-conv', name: 'Call-to-meeting conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'Dialer' };
const calls: MetricDefinition = { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer' };
const MONTHS = ['2026-01', '2026-02', '2026-03'];
const SPAN = { start: '2026-01-01', end: '2026-03-31' };
const JANUARY = { start: '2026-01-01', end: '2026-01-31' };

/** One rep's meetings over calls, one observation per month. */
function rates(metricId: string, parts: readonly (readonly [number, number])[]): Observation[] {
  return parts.map(([numerator, denominator], i) => ({ metricId, date: `${MONTHS[i]}-15`, numerator, denominator }));
}

function team(byRep: Record<string, readonly (readonly [number, number])[]>, metric: MetricDefinition = conversion): TeamObservations {
  return { metrics: [metric], reps: Object.entries(byRep).map(([name, parts]) => ({ repId: name.toLowerCase(), name, observations: rates(metric.id, parts) })) };
}

describe('the team standard of a ratio metric', () => {
  // Ana: 4 meetings from 4 calls (100%); Ben: 8 from 12 (66.67%).
  //   pooled = (4 + 8) / (4 + 12) = 12 / 16 = 0.75
  //   mean of the rates = (4/4 + 8/12) / 2 = (1 + 0.6667) / 2 = 0.8333
  // Ben against the pooled rate: 0.75 - 0.6667 = 0.0833 short, 0.0833 / 0.75 = 11.11% below: moderate.
  // Ben against the mean of rates: 0.8333 - 0.6667 = 0.1667 short, 0.1667 / 0.8333 = 20% below: moderate.
  const anaBen = team({ Ana: [[4, 4]], Ben: [[8, 12]] });

  it('is the pooled rate by default: 0.75, not the mean of the rates 0.833 (worked by hand)', () => {
    expect(DEFAULT_GAP_POLICY.ratioTeamStandard).toBe('pooled');
    expect(DEFAULT_GAP_POLICY.teamStandard).toBe('mean');
    const report = analyzeTeamGaps(anaBen, { metricId: 'm-conv', span: JANUARY, unit: 'month' });
    expect(report.issues).toEqual([]);
    expect(report.periods.map((p) => [p.standard, p.method, p.repsWithData])).toEqual([[0.75, 'pooled', 2]]);
    const ben = report.reps[1]!.periods[0]!.analysis!;
    expect(ben.shortfall).toBeCloseTo(0.75 - 8 / 12, 12);
    expect(ben.relativeShortfall).toBeCloseTo(1 / 9, 12); // 0.0833 / 0.75
    expect(ben.severity).toBe('moderate');
    expect(ben.message).toBe('Call-to-meeting conversion is 66.67% against a standard of 75% (higher is better): 8.33 percentage points short (11.11% below the standard), a moderate gap.');
    expect(isDeepFrozen(report)).toBe(true);
  });

  it('the mean (or median) of the rates stays available as a policy', () => {
    const mean = analyzeTeamGaps(anaBen, { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { ratioTeamStandard: 'mean' });
    expect(mean.periods[0]?.standard).toBeCloseTo(5 / 6, 12);
    expect(mean.periods[0]?.method).toBe('mean');
    expect(mean.reps[1]!.periods[0]!.analysis!.relativeShortfall).toBeCloseTo(0.2, 12);
    const median = analyzeTeamGaps(team({ Ana: [[4, 4]], Ben: [[8, 12]], Cy: [[1, 10]] }), { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { ratioTeamStandard: 'median' });
    expect(median.periods[0]?.standard).toBeCloseTo(8 / 12, 12);
    // teamStandard still governs metrics that are not ratios, and `pooled` is not one of its values
    expect(analyzeTeamGaps(anaBen, { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { teamStandard: 'median' }).periods[0]?.standard).toBe(0.75);
    const bad = analyzeTeamGaps(anaBen, { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { teamStandard: 'pooled' } as never);
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['policy.teamStandard']);
  });

  it('a rep with two calls no longer makes a steady rep "sustained": the verdict the mean of rates got wrong', () => {
    // Ana: 2 of 2 calls each month (100%); Ben: 14 of 20 (70%), three months running.
    //   pooled = 16 / 22 = 0.7273: Ben is 0.0273 short, 3.75% below: minor, not short
    //   mean   = (1 + 0.7) / 2 = 0.85: Ben is 0.15 short, 17.65% below: moderate, short
    const steady = team({ Ana: [[2, 2], [2, 2], [2, 2]], Ben: [[14, 20], [14, 20], [14, 20]] });
    const pooled = analyzeTeamGaps(steady, { metricId: 'm-conv', span: SPAN, unit: 'month' });
    expect(pooled.periods.map((p) => p.standard)).toEqual([16 / 22, 16 / 22, 16 / 22]);
    const ben = pooled.reps[1]!;
    expect(ben.periods.map((p) => p.analysis?.severity)).toEqual(['minor', 'minor', 'minor']);
    expect(ben.periods[0]!.analysis!.relativeShortfall).toBeCloseTo(0.0375, 12);
    expect(ben.sustained).toBe(false);
    const mean = analyzeTeamGaps(steady, { metricId: 'm-conv', span: SPAN, unit: 'month' }, { ratioTeamStandard: 'mean' });
    expect(mean.reps[1]!.periods[0]!.analysis!.relativeShortfall).toBeCloseTo(0.15 / 0.85, 12);
    expect(mean.reps[1]!.sustained).toBe(true);
  });

  it('a rep without attempts in a period (0 of 0) has no rate and is left out of the pool', () => {
    const report = analyzeTeamGaps(team({ Ana: [[4, 4]], Ben: [[8, 12]], Cy: [[0, 0]] }), { metricId: 'm-conv', span: JANUARY, unit: 'month' });
    expect(report.periods[0]).toMatchObject({ standard: 0.75, repsWithData: 2 });
    expect(report.reps[2]!.periods[0]).toMatchObject({ value: undefined, short: false });
  });

  it('property: the pooled rate lies between the lowest and highest rate, and is the mean when every rep made as many attempts', () => {
    const rep = fc.integer({ min: 1, max: 200 }).chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator)));
    fc.assert(
      fc.property(fc.array(rep, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 200 }), (parts, same) => {
        const byRep = Object.fromEntries(parts.map((p, i) => [`R${i}`, [p] as const]));
        const standard = analyzeTeamGaps(team(byRep), { metricId: 'm-conv', span: JANUARY, unit: 'month' }).periods[0]!.standard!;
        const values = parts.map(([n, d]) => n / d);
        expect(standard).toBeGreaterThanOrEqual(Math.min(...values) - 1e-12);
        expect(standard).toBeLessThanOrEqual(Math.max(...values) + 1e-12);
        const equal = Object.fromEntries(parts.map(([n, d], i) => [`R${i}`, [[Math.round((n / d) * same), same]] as const]));
        const pooled = analyzeTeamGaps(team(equal), { metricId: 'm-conv', span: JANUARY, unit: 'month' }).periods[0]!.standard!;
        const mean = analyzeTeamGaps(team(equal), { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { ratioTeamStandard: 'mean' }).periods[0]!.standard!;
        expect(pooled).toBeCloseTo(mean, 12);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('teamAveragesOf: the averages compareConsistency compares targets with', () => {
  it('gives the same figure as the team gap analysis, per metric, over a span', () => {
    const both: TeamObservations = {
      metrics: [conversion, calls],
      reps: [
        { repId: 'ana', observations: [...rates('m-conv', [[4, 4]]), { metricId: 'm-calls', date: '2026-01-15', value: 40 }] },
        { repId: 'ben', observations: [...rates('m-conv', [[8, 12]]), { metricId: 'm-calls', date: '2026-01-20', value: 30 }] },
      ],
    };
    const { averages, issues } = teamAveragesOf(both, { span: JANUARY, role: 'Account Executive, Mid-Market' });
    expect(issues).toEqual([]);
    expect(averages).toEqual([
      { role: 'Account Executive, Mid-Market', metricId: 'm-conv', value: 0.75, basis: 'window', days: 31, method: 'pooled', repsWithData: 2 },
      { role: 'Account Executive, Mid-Market', metricId: 'm-calls', value: 35, basis: 'window', days: 31, method: 'mean', repsWithData: 2 },
    ]);
    expectTypeOf<TeamAverageFigure>().toExtend<TeamAverage>();
    expect(teamAveragesOf(both, { span: JANUARY }, { ratioTeamStandard: 'mean' }).averages[0]?.value).toBeCloseTo(5 / 6, 12);
    expect(teamAveragesOf(both, { span: JANUARY }, { ratioTeamStandard: 'nope' } as never).issues.map((i) => i.path.join('.'))).toEqual(['policy.ratioTeamStandard']);
  });

  it('a 12% conversion target is stricter than a team converting 10.48%, which the mean of rates (13.33%) hid', () => {
    // Ana 2 of 10 calls (20%), Ben and Cy 10 of 100 (10%):
    //   pooled = (2 + 10 + 10) / (10 + 100 + 100) = 22 / 210 = 0.1048
    //   mean   = (0.2 + 0.1 + 0.1) / 3 = 0.1333
    // The plan's goal targets 12%: (0.12 - 0.1048) / 0.1048 = 14.55% past the team, beyond the 5% tolerance;
    // against the mean of rates it is (0.12 - 0.1333) / 0.1333 = -10%: not stricter.
    const dialer = team({ Ana: [[2, 10]], Ben: [[10, 100]], Cy: [[10, 100]] }, { ...conversion, id: 'm-call-meeting' });
    const plan = plan90();
    expect(plan.goals[0]).toMatchObject({ metricId: 'm-call-meeting', target: 0.12 });
    const pooled = teamAveragesOf(dialer, { span: JANUARY }).averages;
    expect(pooled[0]?.value).toBeCloseTo(22 / 210, 12);
    const stricter = compareConsistency([plan], { teamAverages: pooled }).findings.filter((f) => f.code === 'target_stricter_than_team');
    expect(stricter.map((f) => [f.goalId, f.evidence.figures['beyondAverage']])).toEqual([['g-conversion', 0.1455]]);
    expect(stricter[0]?.message).toBe('Goal "Raise call-to-meeting conversion from 5% to 12% by 4 April 2026" (plan pip-2026-0007) targets 12% for "Call-to-meeting conversion", stricter than the team\'s own average of 10.5% by 14.5%.');
    const mean = teamAveragesOf(dialer, { span: JANUARY }, { ratioTeamStandard: 'mean' }).averages;
    expect(compareConsistency([plan], { teamAverages: mean }).findings.filter((f) => f.code === 'target_stricter_than_team')).toEqual([]);
  });

  it('property: for one period, teamAveragesOf and analyzeTeamGaps agree, whatever the method', () => {
    const rep = fc.integer({ min: 0, max: 50 }).chain((denominator) => fc.tuple(fc.integer({ min: 0, max: denominator }), fc.constant(denominator)));
    fc.assert(
      fc.property(fc.array(rep, { minLength: 1, maxLength: 6 }), fc.constantFrom('pooled', 'mean', 'median') as fc.Arbitrary<'pooled' | 'mean' | 'median'>, (parts, method) => {
        const t = team(Object.fromEntries(parts.map((p, i) => [`R${i}`, [p] as const])));
        const standard = analyzeTeamGaps(t, { metricId: 'm-conv', span: JANUARY, unit: 'month' }, { ratioTeamStandard: method }).periods[0]!.standard;
        const average = teamAveragesOf(t, { span: JANUARY }, { ratioTeamStandard: method }).averages[0]?.value;
        expect(average).toBe(standard);
      }),
      { numRuns: runs(300) },
    );
  });
});

describe('the CRM adapter\'s team rows', () => {
  it('its pooled win rate per month is the team standard of the win rate', () => {
    const crm = crmDealsToObservations(readCsv(readFileSync(join(FIXTURES, 'crm-deals.csv'), 'utf8')).rows, { unit: 'month' });
    const span = { start: '2017-03-01', end: '2017-06-30' };
    const report = analyzeTeamGaps(crm.team, { metricId: CRM_METRIC_IDS.winRate, span, unit: 'month' });
    const teamRows = crm.teamTotals.filter((o) => o.metricId === CRM_METRIC_IDS.winRate && o.date >= span.start && o.date <= span.end);
    expect(teamRows.length).toBe(4);
    expect(report.periods.map((p) => p.standard)).toEqual(teamRows.map((o) => (o.denominator === 0 ? undefined : (o.numerator as number) / (o.denominator as number))));
    // March by hand: 4 deals won of 7 closed across the team
    expect(report.periods[0]?.standard).toBe(4 / 7);
  });
});
