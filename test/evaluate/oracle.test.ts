/**
 * The evaluator's goal figures against the small oracle of test/evaluate/oracle.ts (the rules of
 * docs/evaluation.md, computed naively), on generated plans, dense and sparse feeds, dates and
 * policies. Plans with pauses or holidays are left to test/evaluate/leave*.test.ts and holidays.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPlan, evaluatePlan, planEndDate, type EvaluationPolicyOverrides } from '../../src/index.js';
import { evaluationCaseArbitrary, type EvaluationCaseOptions } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';
import { countedObservations, oracleGoal, type OraclePolicy } from './oracle.js';

/** Equal up to binary rounding (sums may be added in another order). */
const near = (actual: number | null, expected: number | null, slack = 0) => {
  if (expected === null || actual === null) return expect(actual).toBe(expected);
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(slack + 1e-9 * Math.max(1, Math.abs(expected)));
};

const policyArbitrary: fc.Arbitrary<OraclePolicy & EvaluationPolicyOverrides> = fc.record({
  minPartialPeriodShare: fc.constantFrom(0, 0.3, 0.5, 0.5, 1),
  periodMetShare: fc.constantFrom(0.5, 0.8, 0.8, 1),
  sustainPeriods: fc.constantFrom({ day: 10, week: 4, month: 2 }, { day: 60, week: 14, month: 4 }),
  workingDays: fc.constantFrom<readonly (1 | 2 | 3 | 4 | 5 | 6 | 7)[]>([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6, 7], [2, 4], [7]),
});

describe('goal figures equal the oracle', () => {
  it('window, observations, observed, attainment (to 4 places), periods, metShare, met and coverage', () => {
    const sparse = (options: EvaluationCaseOptions) => evaluationCaseArbitrary(options).map((c) => ({ ...c, plan: assertPlan({ ...c.input, observations: [] }) }));
    const cases = fc.oneof(evaluationCaseArbitrary(), sparse({ maxPerMetric: 4 }), sparse({ atEnd: true, maxPerMetric: 8 }));
    let compared = 0;
    fc.assert(
      fc.property(cases, policyArbitrary, ({ plan, feed, asOf }, policy) => {
        const evaluation = evaluatePlan(plan, feed, { asOf, policy });
        // Plain JSON: no -0 anywhere (JSON could not tell it from 0).
        expect(JSON.stringify(evaluation, (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v))).not.toContain('"-0"');
        // The score: the goals' weights times their clamped attainments, to one decimal place.
        const points = evaluation.goals.reduce((sum, g) => sum + g.weight * (g.attainmentClamped ?? 0), 0);
        expect(Math.abs(evaluation.score.value - Math.min(100, points))).toBeLessThanOrEqual(0.05 + 1e-3);
        expect(evaluation.score.value).toBe(Math.round(evaluation.score.value * 10) / 10);
        const { calendar } = evaluation.evidence;
        if (calendar.pausedDays > 0 || calendar.holidays.length > 0) return;
        const planEnd = planEndDate(plan, { asOf });
        const observations = countedObservations(plan, feed);
        for (const goal of evaluation.goals) {
          const written = plan.goals.find((g) => g.id === goal.goalId)!;
          const metric = plan.metrics.find((m) => m.id === written.metricId)!;
          const expected = oracleGoal(plan, planEnd, written, metric, observations, asOf, policy);
          compared += 1;
          expect(goal.window).toEqual(expected.window);
          expect(goal.observations).toBe(expected.observations);
          near(goal.observed, expected.observed);
          near(goal.attainment, expected.attainment, 0.5e-4);
          if (goal.reading !== 'per_period') {
            expect(goal.met).toBe(expected.met);
            continue;
          }
          expect(goal.periods.map((p) => [p.start, p.end, p.count, p.atTarget])).toEqual(expected.periods.map((p) => [p.start, p.end, p.count, p.atTarget]));
          goal.periods.forEach((p, i) => near(p.value, expected.periods[i]!.value));
          near(goal.metShare, expected.metShare, 0.5e-4);
          expect(goal.met).toBe(expected.met);
          if (goal.evaluated !== null) expect(goal.sustainment).toMatchObject(expected.sustainment!);
          expect(goal.coverage).toMatchObject({ elapsed: expected.periods.length, withData: expected.periods.filter((p) => p.count > 0).length });
        }
      }),
      { numRuns: runs(250) },
    );
    expect(compared).toBeGreaterThan(0);
  });

  it('status thresholds are inclusive: behind by exactly onTrackTolerance is on track, by exactly atRiskTolerance at risk', () => {
    let checked = 0;
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 12 }), ({ plan, feed, asOf }) => {
        const goal = evaluatePlan(plan, feed, { asOf }).goals.find((g) => ['on_track', 'at_risk', 'off_track'].includes(g.status) && g.expected !== null && g.expected.behindShare >= 0.0001);
        if (goal === undefined) return;
        checked += 1;
        const behind = goal.expected!.behindShare;
        const statusWith = (onTrackTolerance: number, atRiskTolerance: number) =>
          evaluatePlan(plan, feed, { asOf, policy: { onTrackTolerance, atRiskTolerance } }).goals.find((g) => g.goalId === goal.goalId)!.status;
        expect(statusWith(behind, behind + 1)).toBe('on_track');
        expect(statusWith(Math.max(0, behind - 0.0001), behind)).toBe('at_risk');
        expect(statusWith(Math.max(0, behind - 0.0002), Math.max(0, behind - 0.0001))).not.toBe('on_track');
      }),
      { numRuns: runs(120) },
    );
    expect(checked).toBeGreaterThan(0);
  });
});
