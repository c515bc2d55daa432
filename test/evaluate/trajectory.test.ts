/**
 * The expected trajectory and the policy's thresholds, read at their edges: milestones inside the
 * window bend the trajectory (those on its edges or outside do not), a threshold is inclusive
 * ("at least", "at most"), and a skill goal is read against its rubric's standard.
 * (Written for mutation testing of src/goal.ts: each test pins one documented rule.)
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, type EvaluationPolicyOverrides, type GoalEvaluation, type Observation, type PlanInput } from '../../src/index.js';
import { fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const base = withRecords(fixtureInput());
const goals = base.goals ?? [];
const metrics = base.metrics ?? [];

/** The 90-day fixture with the revenue goal (a window total from zero: 4,500,000 by 2026-04-04) given these milestones. */
function revenuePlan(milestones: readonly { date: string; target: number }[]): PlanInput {
  return { ...base, goals: goals.map((g) => (g.id === 'g-revenue' ? { ...g, milestones: milestones.map((m) => ({ ...m })) } : g)) };
}

function goalOf(input: PlanInput, feed: readonly Observation[], asOf: string, id: string, policy?: EvaluationPolicyOverrides): GoalEvaluation {
  const evaluation = evaluatePlan(planOf(input), feed, policy ? { asOf, policy } : { asOf });
  return evaluation.goals.find((g) => g.goalId === id)!;
}

const sale: Observation[] = [{ metricId: 'm-won-revenue', date: '2026-01-05', value: 100 }];

describe('the expected trajectory of a total', () => {
  it('runs from zero the day before the window to each milestone in turn, then to the target', () => {
    const input = revenuePlan([{ date: '2026-02-04', target: 1_000_000 }]);
    // 31 days from 2026-01-04 (zero) to the milestone: 1/31 of it on the first day, 16/31 on day 16
    expect(goalOf(input, sale, '2026-01-05', 'g-revenue').expected).toMatchObject({ value: 1_000_000 / 31, current: 100, source: 'milestones' });
    expect(goalOf(input, sale, '2026-01-20', 'g-revenue').expected!.value).toBeCloseTo((1_000_000 * 16) / 31, 6);
    expect(goalOf(input, sale, '2026-02-04', 'g-revenue').expected!.value).toBe(1_000_000);
    // past the last milestone: straight on to the target at the window's end (59 days later)
    expect(goalOf(input, sale, '2026-03-06', 'g-revenue').expected!.value).toBeCloseTo(1_000_000 + (3_500_000 * 30) / 59, 6);
  });

  it('without milestones inside the window it is pro rata: the target over the window\'s days', () => {
    // 2026-01-04 .. 2026-04-04 is 90 days: by 2026-01-20 (day 16), 16/90 of 4,500,000
    for (const milestones of [[], [{ date: '2026-01-05', target: 5 }], [{ date: '2026-04-04', target: 5 }], [{ date: '2025-12-01', target: 5 }]]) {
      const expected = goalOf(revenuePlan(milestones), sale, '2026-01-20', 'g-revenue').expected!;
      expect(expected.source, JSON.stringify(milestones)).toBe('pro_rata');
      expect(expected.value, JSON.stringify(milestones)).toBeCloseTo(800_000, 6);
    }
  });

  it('of two milestones on one day keeps the larger target, whatever their order', () => {
    const small = { date: '2026-02-04', target: 900_000 };
    const large = { date: '2026-02-04', target: 1_000_000 };
    for (const milestones of [[small, large], [large, small]]) {
      expect(goalOf(revenuePlan(milestones), sale, '2026-02-04', 'g-revenue').expected!.value).toBe(1_000_000);
    }
  });

  it('reports behind as the share of the expected amount still missing', () => {
    const expected = goalOf(revenuePlan([{ date: '2026-02-04', target: 1_000_000 }]), [{ metricId: 'm-won-revenue', date: '2026-01-05', value: 250_000 }], '2026-02-04', 'g-revenue').expected!;
    expect(expected.behindShare).toBe(0.75);
  });
});

describe('thresholds are inclusive', () => {
  // calls rise week by week (a clear trend), conversion sits between baseline and target
  const feed = weeklyObservations('2026-01-05', 8, {
    'm-calls': (w) => 24 + w,
    'm-call-meeting': (w) => per100(6 + (w % 2)),
  });
  const asOf = '2026-03-01';

  it('a trend whose slope share equals flatTrendShare is improving; a hair more and it is flat', () => {
    const calls = goalOf(base, feed, asOf, 'g-calls');
    const slopeShare = calls.trend!.slopeShare;
    expect(slopeShare).toBeGreaterThan(0);
    expect(goalOf(base, feed, asOf, 'g-calls', { flatTrendShare: slopeShare }).trend!.direction).toBe('improving');
    expect(goalOf(base, feed, asOf, 'g-calls', { flatTrendShare: slopeShare + 0.0001 }).trend!.direction).toBe('flat');
  });

  it('a falling trend at exactly minus flatTrendShare is declining', () => {
    const falling = weeklyObservations('2026-01-05', 8, { 'm-calls': (w) => 40 - 2 * w });
    const slopeShare = goalOf(base, falling, asOf, 'g-calls').trend!.slopeShare;
    expect(slopeShare).toBeLessThan(0);
    expect(goalOf(base, falling, asOf, 'g-calls', { flatTrendShare: -slopeShare }).trend!.direction).toBe('declining');
    expect(goalOf(base, falling, asOf, 'g-calls', { flatTrendShare: -slopeShare + 0.0001 }).trend!.direction).toBe('flat');
  });

  it('behind by exactly onTrackTolerance is on track, by exactly atRiskTolerance at risk, further off track', () => {
    const goal = goalOf(base, feed, asOf, 'g-conversion');
    expect(goal.status).not.toBe('met');
    const behind = goal.expected!.behindShare;
    expect(behind).toBeGreaterThan(0);
    expect(goalOf(base, feed, asOf, 'g-conversion', { onTrackTolerance: behind, atRiskTolerance: behind }).status).toBe('on_track');
    const below = Math.max(0, behind - 0.0001);
    expect(goalOf(base, feed, asOf, 'g-conversion', { onTrackTolerance: below, atRiskTolerance: behind }).status).toBe('at_risk');
    const offTrack = goalOf(base, feed, asOf, 'g-conversion', { onTrackTolerance: below, atRiskTolerance: below });
    // off track unless the trend still reaches the target (then at risk, for that reason)
    expect(offTrack.status).toBe(offTrack.projected !== null && offTrack.projected >= 0.12 ? 'at_risk' : 'off_track');
  });

  it('sustained needs the share of periods at target to reach sustainShare', () => {
    const atTarget = weeklyObservations('2026-01-05', 8, { 'm-calls': (w) => (w % 2 === 0 ? 45 : 30) });
    const sustainment = goalOf(base, atTarget, asOf, 'g-calls').sustainment!;
    expect(sustainment.considered).toBe(sustainment.periods);
    expect(sustainment.share).toBe(0.5);
    expect(goalOf(base, atTarget, asOf, 'g-calls', { sustainShare: 0.5 }).sustainment!.sustained).toBe(true);
    expect(goalOf(base, atTarget, asOf, 'g-calls', { sustainShare: 0.51 }).sustainment!.sustained).toBe(false);
  });
});

describe('readings by metric', () => {
  const asOf = '2026-02-16';

  it('a ratio goal reports the summed numerator and denominator; other goals none', () => {
    const feed = weeklyObservations('2026-01-05', 5, { 'm-call-meeting': () => per100(8), 'm-calls': () => 30 });
    const conversion = goalOf(base, feed, asOf, 'g-conversion');
    // five weekly observations by 2026-02-16 (Fridays 01-09 .. 02-06), 8 of 100 each
    expect([conversion.numerator, conversion.denominator]).toEqual([40, 500]);
    const calls = goalOf(base, feed, asOf, 'g-calls');
    expect([calls.numerator, calls.denominator]).toEqual([null, null]);
    // a ratio goal without data yet has none either
    const empty = goalOf(base, [], asOf, 'g-conversion');
    expect([empty.numerator, empty.denominator, empty.observed]).toEqual([null, null, null]);
  });

  it('a skill goal is read against its rubric standard (3, "Proficient"), with the level\'s label', () => {
    // the plan's target is 3; a rubric standard of 4 shows the reading uses the rubric's
    const strict: PlanInput = { ...base, metrics: metrics.map((m) => (m.rubric ? { ...m, rubric: { ...m.rubric, standard: 4 } } : m)) };
    const feed: Observation[] = [{ metricId: 'm-discovery', date: '2026-02-06', value: 3 }];
    expect(goalOf(base, feed, asOf, 'g-discovery').skill).toMatchObject({ level: 3, levelLabel: 'Proficient', standard: 3, standardLabel: 'Proficient', atStandard: true });
    expect(goalOf(strict, feed, asOf, 'g-discovery').skill).toMatchObject({ level: 3, standard: 4, standardLabel: 'Expert', atStandard: false });
    // a level between rubric levels has no label
    const between = goalOf(base, [{ metricId: 'm-discovery', date: '2026-02-06', value: 2.5 }], asOf, 'g-discovery').skill!;
    expect([between.level, between.levelLabel]).toEqual([2.5, null]);
  });

  it('a falling count is never projected below zero', () => {
    const collapsing = weeklyObservations('2026-01-05', 6, { 'm-calls': (w) => Math.max(0, 40 - 12 * w) });
    const calls = goalOf(base, collapsing, asOf, 'g-calls');
    expect(calls.trend!.direction).toBe('declining');
    expect(calls.projected).toBe(0);
  });

  it('a goal without `required` is not required', () => {
    const optional = goalOf(base, [], asOf, 'g-calls');
    expect(goals.find((g) => g.id === 'g-calls')!.required).toBe(false);
    expect(optional.required).toBe(false);
    const unset: PlanInput = { ...base, goals: goals.map((g) => (g.id === 'g-calls' ? { ...g, required: undefined } : g)) as PlanInput['goals'] };
    expect(goalOf(unset, [], asOf, 'g-calls').required).toBe(false);
  });
});

describe('a window that starts on a weekend (2026-01-10, a Saturday)', () => {
  const weekendStart: PlanInput = {
    ...base,
    goals: goals.map((g) => (g.id === 'g-revenue' || g.id === 'g-calls' ? { ...g, window: { start: '2026-01-10', end: '2026-04-04' } } : g)),
  };

  it('projects a total at its value so far while no working day has passed', () => {
    const revenue = goalOf(weekendStart, [{ metricId: 'm-won-revenue', date: '2026-01-10', value: 100 }], '2026-01-11', 'g-revenue');
    expect([revenue.phase, revenue.observed, revenue.projected]).toEqual(['running', 100, 100]);
  });

  it('never counts the weekend-only first week, even with minPartialPeriodShare 0', () => {
    const feed = [{ metricId: 'm-calls', date: '2026-01-10', value: 5 }, ...weeklyObservations('2026-01-12', 3, { 'm-calls': () => 30 })];
    const calls = goalOf(weekendStart, feed, '2026-02-02', 'g-calls', { minPartialPeriodShare: 0 });
    expect(calls.periods.map((p) => [p.start, p.value])).toEqual([
      ['2026-01-12', 30],
      // Martin Luther King Jr. Day (the schedule's holiday) is not a working day: 30 in 4 days is 37.5 a week.
      ['2026-01-19', 37.5],
      ['2026-01-26', 30],
    ]);
  });
});

describe('a goal without data', () => {
  it('has no attainment, no clamped attainment and no progress (null, not 0)', () => {
    const calls = goalOf(base, [], '2026-02-02', 'g-calls');
    expect([calls.status, calls.attainment, calls.attainmentClamped, calls.progress]).toEqual(['no_data', null, null, null]);
  });
});
