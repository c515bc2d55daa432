import { describe, expect, it } from 'vitest';
import { compareConsistency, screenTeam, type Observation, type PlanInput, type TeamObservations } from '../../src/index.js';
import { fixtureInput, per100, planOf, weeklyObservations } from '../support/scenario.js';

const metrics = planOf(fixtureInput()).metrics;
const weekly = (rules: Parameters<typeof weeklyObservations>[2]): Observation[] => weeklyObservations('2026-01-05', 10, rules);

describe('screenTeam', () => {
  const team: TeamObservations = {
    metrics,
    reps: [
      { repId: 'r-early', name: 'Early Warning', observations: weekly({ 'm-calls': (w) => 50 - 3 * w, 'm-won-revenue': () => 900_000 }) },
      { repId: 'r-steady', observations: weekly({ 'm-calls': () => 45, 'm-call-meeting': () => per100(12), 'm-won-revenue': () => 900_000 }) },
      { repId: 'r-late', observations: weekly({ 'm-calls': (w) => 50 - 3 * w, 'm-won-revenue': (w) => 1_000_000 - 80_000 * w }) },
      { repId: 'r-sparse', observations: [{ metricId: 'm-calls', date: '2026-03-06', value: 30 }] },
      { repId: 'r-unknown', observations: [{ metricId: 'm-nope', date: '2026-03-06', value: 30 }] },
    ],
  };
  // Sunday 15 March: the last complete week is 9-15 March; eight weeks back start on 19 January.
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const screenOf = () => screenTeam(team, { asOf: '2026-03-15' });
  const repOf = (screen: ReturnType<typeof screenOf>) => (id: string) => screen.reps.find((r) => r.repId === id)!;

  it('looks back over the last complete weeks', () => {
    const screen = screenOf();
    expect(screen.lookback).toEqual({ start: '2026-01-19', end: '2026-03-15' });
  });

  it('flags a rep whose leading indicator trends down before outcomes drop, with the figures', () => {
    const rep = repOf(screenOf());
    expect(rep('r-early').status).toBe('early_warning');
    expect(rep('r-early').flagged).toBe(true);
    const calls = rep('r-early').signals.find((s) => s.metricId === 'm-calls')!;
    // 44, 41, ..., 23 calls: 3 fewer a week; over 7 steps that is 21 of a median 33.5 = 62.7%.
    expect(calls).toMatchObject({ points: 8, slope: -3, level: 33.5, declineShare: 0.6269, declining: true });
    expect(rep('r-early').findings.map((f) => f.code)).toEqual(['leading_indicator_declining', 'outcomes_holding']);
    expect(rep('r-early').findings[0]!.evidence.figures).toMatchObject({ declineShare: 0.6269, screenDeclineShare: 0.2 });
    expect(rep('r-early').findings[0]!.message).toContain('"Outbound calls" is getting worse');
  });

  it('tells apart reps whose outcomes already drop, steady reps and reps without enough data', () => {
    const screen = screenOf();
    const rep = repOf(screen);
    expect(rep('r-late').status).toBe('declining');
    expect(rep('r-late').findings.map((f) => f.code)).toEqual(['leading_indicator_declining', 'outcome_declining']);
    expect(rep('r-steady')).toMatchObject({ status: 'steady', flagged: false });
    expect(rep('r-sparse')).toMatchObject({ status: 'insufficient_data', flagged: false });
    expect(screen.flaggedRepIds).toEqual(['r-early', 'r-late']);
  });

  it('reports observations of unknown metrics as issues at their path', () => {
    const screen = screenOf();
    expect(screen.issues.map((i) => [i.code, i.path])).toEqual([['observation_unknown_metric', ['reps', 4, 'observations', 0, 'metricId']]]);
  });
});

describe('compareConsistency', () => {
  const variant = (id: string, callsTarget: number, durationDays: number, role?: string): PlanInput => {
    const input = fixtureInput();
    return {
      ...input,
      id,
      durationDays,
      employee: { ...input.employee, id: `emp-${id}`, role: role ?? input.employee.role },
      goals: (input.goals ?? []).map((g) => (g.id === 'g-calls' ? { ...g, target: callsTarget } : g)),
    };
  };
  const plans = [variant('p1', 40, 90), variant('p2', 40, 90), variant('p3', 60, 60), variant('p4', 40, 90, 'SDR'), variant('p5', 40, 90, 'SDR')].map(planOf);
  const reportOf = () => compareConsistency(plans, { teamAverages: [{ metricId: 'm-calls', value: 45, basis: 'per_week' }] });
  const foundIn = (report: ReturnType<typeof reportOf>) => (code: string) => report.findings.filter((f) => f.code === code).map((f) => [f.role, f.planId, f.goalId]);

  it('flags targets and durations off the role median', () => {
    const report = reportOf();
    const found = foundIn(report);
    expect(found('target_off_role_median')).toEqual([['Account Executive, Mid-Market', 'p3', 'g-calls']]);
    expect(found('duration_off_role_median')).toEqual([['Account Executive, Mid-Market', 'p3', null]]);
    const target = report.findings.find((f) => f.code === 'target_off_role_median')!;
    expect(target.evidence.figures).toMatchObject({ target: 60, median: 40, deviation: 0.5, targetDeviationShare: 0.25 });
    const role = report.roles.find((r) => r.role === 'Account Executive, Mid-Market')!;
    expect(role.medianDurationDays).toBe(90);
    // The revenue goal ($45,000 over 90 days) normalises to $3,500 a week in every plan.
    expect(role.metrics.find((m) => m.metricId === 'm-won-revenue')).toEqual({ metricId: 'm-won-revenue', normalisedAs: 'per_week', goals: 3, median: 350_000 });
  });

  it('flags goals stricter than the team\'s own average', () => {
    const found = foundIn(reportOf());
    expect(found('target_stricter_than_team')).toEqual([['Account Executive, Mid-Market', 'p3', 'g-calls']]);
  });

  it('does not judge a role with too few plans', () => {
    const report = reportOf();
    const found = foundIn(report);
    expect(found('too_few_plans')).toEqual([['SDR', null, null]]);
    expect(report.roles.find((r) => r.role === 'SDR')!.medianDurationDays).toBeNull();
  });
});
