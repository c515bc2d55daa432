/**
 * Per-goal readings with figures worked out by hand from the domain spec's examples.
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, isoWeekday, shiftDate, type GoalEvaluation, type Observation, type PlanInput } from '../../src/index.js';
import { fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const goalOf = (goals: readonly GoalEvaluation[], id: string): GoalEvaluation => goals.find((g) => g.goalId === id)!;

describe('per-day goals: "40 outbound calls per day for 30 days"', () => {
  // The 30-day plan runs Monday 2 March to Tuesday 31 March 2026: 22 working days.
  const workingDays = Array.from({ length: 30 }, (_, i) => shiftDate('2026-03-02', i)).filter((d) => isoWeekday(d) <= 5);
  const calls: Observation[] = workingDays.map((date, i) => ({ metricId: 'm-dials', date, value: i === 3 || i === 8 ? 30 : 40 }));
  const meetings: Observation[] = [
    { metricId: 'm-meetings', date: '2026-03-10', value: 3 },
    { metricId: 'm-meetings', date: '2026-03-24', value: 4 },
  ];
  const plan = planOf(withRecords(fixtureInput('plan-30-day-activity.json')));

  it('reads each working day as a period, met when enough days are at target', () => {
    expect(workingDays).toHaveLength(22);
    const e = evaluatePlan(plan, [...calls, ...meetings], { asOf: '2026-03-31' });
    const dials = goalOf(e.goals, 'g-dials');
    expect(dials.reading).toBe('per_period');
    expect(dials.periodUnit).toBe('day');
    expect(dials.periods).toHaveLength(22);
    // 20 of 22 days at 40 or more: 90.9%, past the policy's 80%.
    expect(dials.metShare).toBe(0.9091);
    expect(dials.met).toBe(true);
    // mean (20 x 40 + 2 x 30) / 22 = 39.09; attainment (39.09 - 24) / (40 - 24) = 0.9432
    expect(dials.observed).toBeCloseTo(860 / 22, 12);
    expect(dials.attainment).toBe(0.9432);
    expect(dials.coverage).toEqual({ unit: 'day', elapsed: 22, withData: 22, share: 1 });
  });

  it('counts a weekend day only when there is data for it', () => {
    const saturday: Observation = { metricId: 'm-dials', date: '2026-03-07', value: 15 };
    const dials = goalOf(evaluatePlan(plan, [...calls, saturday], { asOf: '2026-03-31' }).goals, 'g-dials');
    expect(dials.periods).toHaveLength(23);
    expect(dials.metShare).toBe(0.8696);
    expect(dials.coverage).toMatchObject({ elapsed: 23, withData: 23 });
  });

  it('reads a window total as the sum so far', () => {
    const meetingsGoal = goalOf(evaluatePlan(plan, [...calls, ...meetings], { asOf: '2026-03-31' }).goals, 'g-meetings');
    expect(meetingsGoal).toMatchObject({ reading: 'window_total', observed: 7, met: false, attainment: 0.6667, status: 'not_met' });
  });
});

describe('ratio goals: a ratio of totals, never a mean of ratios', () => {
  it('sums numerators and denominators over the window', () => {
    const plan = planOf(fixtureInput('plan-60-day-skill.json'));
    const observations: Observation[] = [
      { metricId: 'm-demo-recap', date: '2026-05-20', numerator: 1, denominator: 10 },
      { metricId: 'm-demo-recap', date: '2026-05-27', numerator: 9, denominator: 90 },
      { metricId: 'm-demo-recap', date: '2026-06-03', numerator: 10, denominator: 20 },
    ];
    const recap = goalOf(evaluatePlan(plan, observations, { asOf: '2026-06-10' }).goals, 'g-demo-recap');
    expect(recap).toMatchObject({ numerator: 20, denominator: 120, observations: 3 });
    expect(recap.observed).toBeCloseTo(20 / 120, 12);
    // attainment (0.1667 - 0.1) / (0.9 - 0.1) = 0.0833 (a mean of ratios, 0.233, would say 0.1667)
    expect(recap.attainment).toBe(0.0833);
  });
});

/** A small plan with one goal on one metric, for targeted readings. */
function onePlan(metric: Record<string, unknown>, goal: Record<string, unknown>): PlanInput {
  const input = fixtureInput();
  return {
    ...input,
    metrics: [{ id: 'm-x', name: 'Metric', source: 'CRM', ...metric } as never],
    gaps: [{ id: 'gap-x', metricId: 'm-x', current: 0, standard: 1, standardSource: 'team_average' }],
    goals: [{ id: 'g-x', title: 'Goal', category: 'customer', metricId: 'm-x', gapIds: ['gap-x'], window: { start: '2026-01-05', end: '2026-04-04' }, ...goal } as never],
    support: (input.support ?? []).map((s) => ({ ...s, goalIds: ['g-x'] })),
    development: [],
  };
}

describe('a baseline already at target counts as attained while it holds', () => {
  const retention = { kind: 'outcome', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio' };
  const plan = planOf(onePlan(retention, { baseline: 0.96, target: 0.95, basis: 'window' }));

  it('is 1 while the level holds and 0 once it slips, never a division by a zero gap', () => {
    const holding = goalOf(evaluatePlan(plan, [{ metricId: 'm-x', date: '2026-01-30', numerator: 96, denominator: 100 }], { asOf: '2026-02-01' }).goals, 'g-x');
    expect(holding).toMatchObject({ attainmentBasis: 'hold', attainment: 1, attainmentClamped: 1, met: true });
    const slipping = goalOf(evaluatePlan(plan, [{ metricId: 'm-x', date: '2026-01-30', numerator: 90, denominator: 100 }], { asOf: '2026-02-01' }).goals, 'g-x');
    expect(slipping).toMatchObject({ attainmentBasis: 'hold', attainment: 0, met: false });
  });
});

describe('lower-is-better goals', () => {
  const hours = { kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean' };
  const plan = planOf(onePlan(hours, { baseline: 72, target: 24, basis: 'window', comparator: 'at_most' }));

  it('measures attainment in the favourable direction', () => {
    const halfway = goalOf(evaluatePlan(plan, [{ metricId: 'm-x', date: '2026-01-20', value: 48 }], { asOf: '2026-02-01' }).goals, 'g-x');
    expect(halfway).toMatchObject({ observed: 48, attainment: 0.5, met: false });
    const worse = goalOf(evaluatePlan(plan, [{ metricId: 'm-x', date: '2026-01-20', value: 90 }], { asOf: '2026-02-01' }).goals, 'g-x');
    expect(worse).toMatchObject({ attainment: -0.375, attainmentClamped: 0 });
    const there = goalOf(evaluatePlan(plan, [{ metricId: 'm-x', date: '2026-01-20', value: 20 }], { asOf: '2026-02-01' }).goals, 'g-x');
    expect(there).toMatchObject({ met: true, status: 'met', attainmentClamped: 1 });
    expect(there.statusNote).toBe('Met: 20 hours against a target of 24 hours.');
  });
});

describe('status against the expected trajectory (milestones 7% on 3 Feb, 10% on 5 Mar)', () => {
  const plan = planOf(withRecords(fixtureInput()));
  const asOf = '2026-02-15';
  const statusAt = (percent: number) =>
    goalOf(evaluatePlan(plan, weeklyObservations('2026-01-05', 6, { 'm-call-meeting': () => per100(percent) }), { asOf }).goals, 'g-conversion');

  /** The milestone path, computed here independently: linear between (date, target) anchors. */
  function expectedMean(from: string, to: string): number {
    const anchors: [string, number][] = [
      ['2026-01-05', 0.05],
      ['2026-02-03', 0.07],
      ['2026-03-05', 0.1],
      ['2026-04-04', 0.12],
    ];
    const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
    const at = (d: number) => {
      for (let i = 1; i < anchors.length; i += 1) {
        const [a, va] = anchors[i - 1]!;
        const [b, vb] = anchors[i]!;
        if (d <= day(b)) return va + ((vb - va) * (d - day(a))) / (day(b) - day(a));
      }
      return 0.12;
    };
    let sum = 0;
    for (let d = day(from); d <= day(to); d += 1) sum += at(d);
    return sum / (day(to) - day(from) + 1);
  }

  it('compares the last four weeks with the milestone path over the same days', () => {
    const g = statusAt(6.5);
    expect(g.recent).toMatchObject({ start: '2026-01-19', end: '2026-02-15', periods: 4 });
    expect(g.expected!.source).toBe('milestones');
    expect(g.expected!.value).toBeCloseTo(expectedMean('2026-01-19', '2026-02-15'), 12);
    expect(g.expected!.current).toBeCloseTo(0.065, 12);
  });

  it('is on track, at risk or off track by how far behind the path the rep is', () => {
    const expected = expectedMean('2026-01-19', '2026-02-15');
    const behind = (p: number) => (expected - p / 100) / 0.07;
    expect(behind(6.5)).toBeLessThanOrEqual(0.1);
    expect(statusAt(6.5).status).toBe('on_track');
    expect(behind(5.5)).toBeGreaterThan(0.1);
    expect(behind(5.5)).toBeLessThanOrEqual(0.3);
    expect(statusAt(5.5).status).toBe('at_risk');
    expect(behind(4)).toBeGreaterThan(0.3);
    expect(statusAt(4).status).toBe('off_track');
    expect(statusAt(12).status).toBe('met');
    expect(statusAt(4).statusNote).toMatch(/^Off track: the recent level \(last \d+ weeks?\) is 4% against 7(\.\d)?% expected by now/);
  });

  it('projects the trend to the window end', () => {
    const rising = evaluatePlan(plan, weeklyObservations('2026-01-05', 6, { 'm-call-meeting': (w) => per100(5 + w) }), { asOf });
    const g = goalOf(rising.goals, 'g-conversion');
    expect(g.trend).toMatchObject({ unit: 'week', slope: 0.01, direction: 'improving', points: 6 });
    // 13 weeks: W02 .. W14; the line is 5% + 1% per week, so 17% in the 13th week.
    expect(g.projected).toBeCloseTo(0.17, 12);
  });
});

describe('goals that have not started or have no data', () => {
  it('leaves goals not started out of the score, and reports goals without data', () => {
    const plan = planOf(withRecords(fixtureInput('plan-60-day-skill.json')));
    // The recap goal's window starts on 18 May; the skill goal has no observations yet.
    const e = evaluatePlan(plan, [], { asOf: '2026-05-10' });
    expect(goalOf(e.goals, 'g-demo-recap')).toMatchObject({ status: 'not_started', phase: 'not_started', weight: 0, evaluated: null });
    expect(goalOf(e.goals, 'g-demo-skill')).toMatchObject({ status: 'no_data', weight: 100, observed: null, attainment: null });
    expect(e.score.excludedGoalIds).toEqual(['g-demo-recap']);
    expect(e.score.value).toBe(0);
  });
});

describe('per-week goals in windows that do not start on a Monday', () => {
  const calls = { kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum' };

  it('scales a cut first week by its working days, and leaves out a cut week too short to count', () => {
    const fromWednesday = planOf(onePlan(calls, { baseline: 25, target: 40, basis: 'per_week', window: { start: '2026-01-07', end: '2026-02-01' } }));
    const e = evaluatePlan(fromWednesday, [{ metricId: 'm-x', date: '2026-01-09', value: 24 }], { asOf: '2026-01-12' });
    const g = goalOf(e.goals, 'g-x');
    // Wednesday to Sunday holds 3 of 5 working days: 24 calls is a pace of 40 a week.
    expect(g.periods).toEqual([{ key: '2026-W02', start: '2026-01-07', end: '2026-01-11', count: 1, value: 40, atTarget: true }]);
    const fromFriday = planOf(onePlan(calls, { baseline: 25, target: 40, basis: 'per_week', window: { start: '2026-01-09', end: '2026-02-01' } }));
    const f = goalOf(evaluatePlan(fromFriday, [{ metricId: 'm-x', date: '2026-01-09', value: 8 }], { asOf: '2026-01-12' }).goals, 'g-x');
    expect(f.periods).toEqual([]);
    expect(f.status).toBe('no_data');
  });
});

describe('skill goals', () => {
  it('reads the latest rubric level against the standard, with its trend', () => {
    const plan = planOf(withRecords(fixtureInput()));
    const observations: Observation[] = [
      { metricId: 'm-discovery', date: '2026-01-09', value: 1 },
      { metricId: 'm-discovery', date: '2026-01-23', value: 2 },
      { metricId: 'm-discovery', date: '2026-02-06', value: 2 },
      { metricId: 'm-discovery', date: '2026-02-20', value: 3 },
    ];
    const g = goalOf(evaluatePlan(plan, observations, { asOf: '2026-03-06' }).goals, 'g-discovery');
    expect(g.reading).toBe('latest_level');
    expect(g.skill).toEqual({ level: 3, levelLabel: 'Proficient', standard: 3, standardLabel: 'Proficient', atStandard: true, trend: 'improving' });
    expect(g).toMatchObject({ met: true, status: 'met', phase: 'ended' });
    // The level held at the end of each of the last four weeks of the window (to 5 March): 2, 3, 3, 3.
    expect(g.sustainment).toMatchObject({ periods: 4, considered: 4, atTarget: 3, share: 0.75, sustained: true });
  });
});
