/**
 * Scenario tests from the domain spec (sections 4, 6, 7): the 90-day conversion plan with
 * generated weekly observations, evaluated at its end (2026-04-04; asOf 2026-04-06).
 */
import { describe, expect, it } from 'vitest';
import { detectRelapse, evaluatePlan, recommendOutcome, type Observation, type PlanInput } from '../../src/index.js';
import { byWeek, fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const START = '2026-01-05';
const WEEKS = 13;
const AS_OF = '2026-04-06';

/** Weekly revenue that adds up to the baseline ($28,000 over the 13 weeks): flat. */
const FLAT_REVENUE = 215_385;

const successRules = {
  'm-call-meeting': (w: number) => per100([6, 8, 10, 12, 13, 14, 14, 14, 15, 14, 15, 14, 15][w]!),
  'm-calls': byWeek([30, 35, 40, 42, 44, 45, 43, 46, 44, 45, 47, 44, 46]),
  'm-discovery': (w: number) => ({ 1: 2, 3: 3, 5: 3, 7: 3 })[w],
  'm-won-revenue': (w: number) => ([2, 5, 8, 11].includes(w) ? 1_200_000 : undefined),
};

const laggingRules = {
  'm-call-meeting': (w: number) => per100([5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 10][w]!),
  'm-calls': byWeek([25, 26, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38]),
  'm-discovery': (w: number) => ({ 1: 2, 3: 2, 5: 3, 7: 3 })[w],
  'm-won-revenue': () => FLAT_REVENUE,
};

const flatRules = {
  'm-call-meeting': () => per100(5),
  'm-calls': () => 25,
  'm-discovery': (w: number) => ({ 1: 2, 4: 2, 7: 2 })[w],
  'm-won-revenue': () => FLAT_REVENUE,
};

function scenario(rules: Parameters<typeof weeklyObservations>[2], records: Parameters<typeof withRecords>[1] = {}) {
  const plan = planOf(withRecords(fixtureInput(), records));
  const observations = weeklyObservations(START, WEEKS, rules);
  const evaluation = evaluatePlan(plan, observations, { asOf: AS_OF });
  return { plan, observations, evaluation, recommendation: recommendOutcome(evaluation) };
}

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('scenario: meets every goal and holds it for the last k periods', () => {
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const run = () => scenario(successRules);

  it('is successful, finally, because the required goals are met and sustained', () => {
    const { evaluation, recommendation } = run();
    expect(recommendation.outcome).toBe('successful');
    expect(recommendation.final).toBe(true);
    expect(codes(recommendation)).toEqual(['required_goals_met_and_sustained']);
    expect(recommendation.reasons[0]!.evidence.goalIds).toEqual(['g-conversion', 'g-discovery']);
  });

  it('reads every goal from the data', () => {
    const { evaluation, recommendation } = run();
    const byId = Object.fromEntries(evaluation.goals.map((g) => [g.goalId, g]));
    // 164 meetings from 1,300 connected calls: a ratio of totals.
    expect(byId['g-conversion']).toMatchObject({ numerator: 164, denominator: 1300, met: true, status: 'met' });
    expect(byId['g-conversion']!.observed).toBeCloseTo(164 / 1300, 12);
    expect(byId['g-conversion']!.sustainment).toMatchObject({ periods: 4, considered: 4, atTarget: 4, share: 1, sustained: true });
    // Calls: 11 of 13 weeks at 40 or more (84.6%, past the 80% the policy asks).
    expect(byId['g-calls']).toMatchObject({ met: true, metShare: 0.8462, status: 'met' });
    expect(byId['g-discovery']!.skill).toMatchObject({ level: 3, levelLabel: 'Proficient', standard: 3, atStandard: true });
    expect(byId['g-revenue']).toMatchObject({ observed: 4_800_000, met: true, attainment: 1.1765 });
    expect(evaluation.score.value).toBe(100);
    expect(evaluation.triad.code).toBe('all_met');
  });

  it('has the evidence of a fully kept commitment', () => {
    const { evaluation, recommendation } = run();
    expect(evaluation.evidence.checkIns).toMatchObject({ scheduled: 13, due: 13, held: 13, heldShare: 1, documentedShare: 1, shortfall: false });
    expect(evaluation.evidence.support).toMatchObject({ due: 15, delivered: 15, deliveredShare: 1, shortfall: false });
    expect(evaluation.evidence.commitmentShortfall).toBe(false);
  });
});

describe('scenario: skill and behavior rise while revenue stays flat', () => {
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const run = () => scenario(laggingRules);

  it('reads as improvement that has not reached the numbers yet', () => {
    const { evaluation, recommendation } = run();
    expect(evaluation.triad.code).toBe('improving_lagging_results');
    expect(evaluation.triad.skill.state).toBe('met');
    expect(evaluation.triad.behavior.state).toBe('improving');
    expect(evaluation.triad.outcome.state).toBe('flat');
    expect(evaluation.triad.leadingImproving).toBe(true);
  });

  it('recommends extend, with the triad reason', () => {
    const { evaluation, recommendation } = run();
    expect(recommendation.outcome).toBe('extend');
    expect(codes(recommendation)).toContain('leading_indicators_improving');
    expect(codes(recommendation)).toContain('required_goal_not_met');
    const triad = recommendation.reasons.find((r) => r.code === 'leading_indicators_improving')!;
    expect(triad.message).toContain('outcomes lag');
    expect(triad.evidence.goalIds).toEqual(expect.arrayContaining(['g-discovery', 'g-conversion', 'g-calls']));
    expect(codes(recommendation)).not.toContain('company_commitment_shortfall');
  });

  it('still recommends extend on the triad alone, with the score thresholds out of reach', () => {
    const { evaluation, recommendation } = run();
    const strict = recommendOutcome(evaluation, { extendScore: 100, improvementShare: 1 });
    expect(strict.outcome).toBe('extend');
    expect(codes(strict)).toContain('leading_indicators_improving');
    expect(codes(strict)).not.toContain('improvement_past_threshold');
    expect(recommendOutcome(evaluation, { extendScore: 100, improvementShare: 1, extendWhenLeadingImproves: false }).outcome).toBe('not_met');
  });
});

describe('scenario: no improvement, support and check-ins fully delivered', () => {
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const run = () => scenario(flatRules);

  it('is not met, with the figures that show it', () => {
    const { evaluation, recommendation } = run();
    expect(evaluation.evidence.commitmentShortfall).toBe(false);
    expect(evaluation.triad.code).toBe('no_improvement');
    expect(recommendation.outcome).toBe('not_met');
    expect(codes(recommendation)).toEqual(['required_goal_not_met', 'no_real_improvement']);
    const why = recommendation.reasons.find((r) => r.code === 'no_real_improvement')!;
    expect(why.evidence.figures['score']).toBe(evaluation.score.value);
    expect(evaluation.score.value).toBeLessThan(5);
  });
});

describe('scenario: the same rep, with half the promised coaching missed', () => {
  const halfCoachingMissed = (id: string, n: number) => id === 'sup-call-review' && n % 2 === 1;
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const run = () => scenario(flatRules, { supportMissed: halfCoachingMissed });

  it('is never "not met": the fairness guard gives extend with the shortfall reason', () => {
    const { evaluation, recommendation } = run();
    const coaching = evaluation.evidence.support.commitments.find((c) => c.commitmentId === 'sup-call-review')!;
    expect(coaching).toMatchObject({ due: 13, delivered: 7 });
    expect(evaluation.evidence.commitmentShortfall).toBe(true);
    expect(recommendation.outcome).toBe('extend');
    const guard = recommendation.reasons.find((r) => r.code === 'company_commitment_shortfall')!;
    expect(guard.evidence.figures).toMatchObject({ supportDue: 15, supportDelivered: 9, minSupportDeliveredShare: 0.8 });
    expect(guard.message).toContain('9 of 15 support sessions');
  });

  it('gives insufficient evidence instead once no extension is left', () => {
    const { evaluation, recommendation } = run();
    const capped = recommendOutcome(evaluation, { maxExtensions: 0 });
    expect(capped.outcome).toBe('insufficient_evidence');
    expect(codes(capped)).toContain('company_commitment_shortfall');
    expect(recommendOutcome(evaluation, { shortfallOutcome: 'insufficient_evidence' }).outcome).toBe('insufficient_evidence');
  });

  it('also guards against missed check-ins', () => {
    const { evaluation, recommendation } = run();
    const missed = new Set([1, 3, 5, 7, 9]);
    const { recommendation: r } = scenario(flatRules, { missedCheckIns: missed });
    expect(r.outcome).toBe('extend');
    expect(codes(r)).toContain('company_commitment_shortfall');
  });
});

describe('scenario: three observations in 90 days', () => {
  it('is insufficient evidence', () => {
    const plan = planOf(withRecords(fixtureInput()));
    const observations: Observation[] = [
      { metricId: 'm-call-meeting', date: '2026-01-16', numerator: 4, denominator: 80 },
      { metricId: 'm-calls', date: '2026-02-13', value: 31 },
      { metricId: 'm-discovery', date: '2026-03-02', value: 2 },
    ];
    const evaluation = evaluatePlan(plan, observations, { asOf: AS_OF });
    const recommendation = recommendOutcome(evaluation);
    expect(recommendation.outcome).toBe('insufficient_evidence');
    expect(codes(recommendation)).toContain('insufficient_coverage');
    const coverage = recommendation.reasons.find((r) => r.code === 'insufficient_coverage')!;
    expect(coverage.evidence.figures['periodsWithData']).toBe(3);
    expect(coverage.evidence.figures['coverage']).toBeLessThan(0.6);
  });
});

describe('scenario: a relapse two months after success', () => {
  const closed: PlanInput = {
    ...withRecords(fixtureInput()),
    status: 'monitoring',
    closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' },
    monitoring: { start: '2026-04-07' },
    observations: weeklyObservations(START, WEEKS, successRules),
  };
  const plan = planOf(closed);
  // After the close: conversion holds at 14% for eight weeks, then falls back to 7%.
  const after = weeklyObservations('2026-04-06', 16, {
    'm-call-meeting': (w) => per100(w < 9 ? 14 : 7),
    'm-calls': () => 45,
    'm-won-revenue': (w) => (w % 4 === 1 ? 1_600_000 : undefined),
  });

  it('is detected once k consecutive periods fall below target, with evidence', () => {
    const check = detectRelapse(plan, after, { asOf: '2026-07-20' });
    expect(check.applicable).toBe(true);
    expect(check.relapsed).toBe(true);
    const conversion = check.goals.find((g) => g.goalId === 'g-conversion')!;
    expect(conversion.status).toBe('relapsed');
    // Weeks of 8, 15 and 22 June: two months after the close on 6 April.
    expect(conversion.run).toEqual({ start: '2026-06-08', end: '2026-06-28', periods: 3, code: 'relapse_below_target' });
    expect(check.firstRelapseOn).toBe('2026-06-28');
    const finding = check.findings.find((f) => f.code === 'relapse_below_target')!;
    expect(finding.evidence.goalIds).toEqual(['g-conversion']);
    expect(finding.evidence.dates).toMatchObject({ closedOn: '2026-04-06', runStart: '2026-06-08', relapseOn: '2026-06-28' });
    expect(finding.evidence.figures).toMatchObject({ target: 0.12, 'value:2026-W24': 0.07 });
    expect(check.goals.find((g) => g.goalId === 'g-calls')!.status).toBe('holding');
  });

  it('is not reported before k periods have fallen', () => {
    const check = detectRelapse(plan, after, { asOf: '2026-06-21' });
    expect(check.relapsed).toBe(false);
    expect(check.goals.find((g) => g.goalId === 'g-conversion')!.status).toBe('holding');
  });

  it('does not apply to a plan that did not close successfully', () => {
    const open = planOf(withRecords(fixtureInput()));
    const check = detectRelapse(open, after, { asOf: '2026-07-20' });
    expect(check).toMatchObject({ applicable: false, relapsed: false });
    expect(check.findings[0]!.code).toBe('not_closed_successfully');
  });
});
