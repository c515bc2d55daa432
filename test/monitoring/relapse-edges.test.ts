/**
 * `detectRelapse` at its edges: when it applies, the span it watches, the goals it watches, the
 * two kinds of relapse and the loss threshold ("more than" the share), and partial periods of
 * totals scaled to a full period. Expectations follow from the records each test writes and the
 * rules in docs/evaluation.md. (Written for mutation testing of src/monitoring/relapse.ts.)
 */
import { describe, expect, it } from 'vitest';
import { detectRelapse, shiftDate, type Observation, type PlanInput } from '../../src/index.js';
import { byWeek, fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const START = '2026-01-05';
/** Calls per week through the plan: 551 in 13 weeks, a mean of 42.38 (past the target of 40). */
const CALLS = [30, 35, 40, 42, 44, 45, 43, 46, 44, 45, 47, 44, 46];

/** The fixture plan closed successfully on 6 April and monitored from `monitoring.start`. */
function monitored(monitoring: NonNullable<PlanInput['monitoring']> = { start: '2026-04-06' }): PlanInput {
  return {
    ...withRecords(fixtureInput()),
    // monitoring that has ended makes the plan completed
    status: monitoring.end === undefined ? 'monitoring' : 'completed',
    closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' },
    monitoring,
    observations: weeklyObservations(START, 13, { 'm-calls': byWeek(CALLS) }),
  };
}

const callsAfter = (values: readonly number[]): Observation[] => weeklyObservations('2026-04-06', values.length, { 'm-calls': byWeek([...values]) });
const callsGoal = (check: ReturnType<typeof detectRelapse>) => check.goals.find((g) => g.goalId === 'g-calls')!;

describe('when relapse monitoring applies', () => {
  it('not for a plan that was never closed: no dates, the status named', () => {
    const open = planOf(withRecords(fixtureInput()));
    const check = detectRelapse(open, [], { asOf: '2026-05-01' });
    expect(check).toMatchObject({ applicable: false, relapsed: false, closedOn: null, monitoring: null, firstRelapseOn: null, goals: [] });
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]!.evidence).toEqual({ goalIds: [], figures: {}, dates: {} });
    expect(check.findings[0]!.message).toContain(`not closed (status ${open.status})`);
    expect(Object.isFrozen(check.findings[0]!.evidence)).toBe(true);
  });

  it('not for a plan closed as not met: the closure named and dated', () => {
    const notMet = planOf({ ...withRecords(fixtureInput()), status: 'closed', closure: { outcome: 'not_met', date: '2026-04-06', by: 'mgr-dana' } });
    const check = detectRelapse(notMet, [], { asOf: '2026-05-01' });
    expect(check).toMatchObject({ applicable: false, closedOn: '2026-04-06' });
    expect(check.findings[0]!.evidence.dates).toEqual({ closedOn: '2026-04-06' });
    expect(check.findings[0]!.message).toContain('closed as not_met');
  });
});

describe('the span and the goals watched', () => {
  it('stops at the end of monitoring when that came before asOf, else at asOf', () => {
    const ended = planOf(monitored({ start: '2026-04-06', end: '2026-04-26' }));
    expect(detectRelapse(ended, callsAfter([45, 45, 45, 45, 45]), { asOf: '2026-05-10' }).monitoring).toEqual({ start: '2026-04-06', end: '2026-04-26' });
    expect(callsGoal(detectRelapse(ended, callsAfter([45, 45, 45, 45, 45]), { asOf: '2026-05-10' })).periods.map((p) => p.key)).toEqual([
      '2026-W15',
      '2026-W16',
      '2026-W17',
    ]);
    expect(detectRelapse(ended, [], { asOf: '2026-04-19' }).monitoring).toEqual({ start: '2026-04-06', end: '2026-04-19' });
  });

  it('before monitoring starts: a span of its first day, no periods, no data', () => {
    const later = planOf(monitored({ start: '2026-04-20' }));
    // an observation on the first day of monitoring, after asOf: not known yet
    const feed = [...callsAfter([45, 45, 45]), { metricId: 'm-calls', date: '2026-04-20', value: 50 }];
    const check = detectRelapse(later, feed, { asOf: '2026-04-10' });
    expect(check.monitoring).toEqual({ start: '2026-04-20', end: '2026-04-20' });
    for (const goal of check.goals) {
      expect(goal.periods).toEqual([]);
      expect(goal.status).toBe('no_data');
    }
    expect(check.findings.every((f) => f.code === 'no_monitoring_data')).toBe(true);
  });

  it('watches only the metrics monitoring names', () => {
    const narrowed = planOf(monitored({ start: '2026-04-06', metricIds: ['m-calls'] }));
    const check = detectRelapse(narrowed, callsAfter([45, 45]), { asOf: '2026-04-19' });
    expect(check.goals.map((g) => g.goalId)).toEqual(['g-calls']);
    const all = detectRelapse(planOf(monitored()), callsAfter([45, 45]), { asOf: '2026-04-19' });
    expect(all.goals.map((g) => g.goalId)).toEqual(['g-conversion', 'g-calls', 'g-discovery', 'g-revenue']);
  });
});

describe('the two kinds of relapse', () => {
  const asOf = '2026-04-26';
  const plan = planOf(monitored());

  it('losing more than relapseLossShare of the improvement while still at target is a relapse of its own kind', () => {
    const loose = detectRelapse(plan, callsAfter([41, 41, 41]), { asOf });
    const calls = callsGoal(loose);
    const achieved = calls.achieved!;
    // 551 calls in 13 weeks, the weeks of the schedule's holidays (2026-01-19: 40 calls, 2026-02-16:
    // 43) read on their 4 working days (50 and 53.75 a week): 571.75 / 13.
    expect(achieved).toBeCloseTo(571.75 / 13, 2);
    const lost = Math.round(((achieved - 41) / (achieved - 25)) * 10_000) / 10_000;
    expect(calls.periods.map((p) => [p.value, p.belowTarget, p.lostShare])).toEqual([
      [41, false, lost],
      [41, false, lost],
      [41, false, lost],
    ]);
    // At the default 0.5, losing 8% of the gain is holding.
    expect(calls.status).toBe('holding');
    const strict = callsGoal(detectRelapse(plan, callsAfter([41, 41, 41]), { asOf, policy: { relapseLossShare: lost - 0.0001 } }));
    expect(strict.run).toEqual({ start: '2026-04-06', end: '2026-04-26', periods: 3, code: 'relapse_lost_improvement' });
    // "More than" the share: exactly the share is not a relapse.
    expect(callsGoal(detectRelapse(plan, callsAfter([41, 41, 41]), { asOf, policy: { relapseLossShare: lost } })).status).toBe('holding');
  });

  it('a run with any period below target is named a relapse below target', () => {
    const calls = callsGoal(detectRelapse(plan, callsAfter([41, 39, 41]), { asOf, policy: { relapseLossShare: 0.01 } }));
    expect(calls.periods.map((p) => p.belowTarget)).toEqual([false, true, false]);
    expect(calls.run?.code).toBe('relapse_below_target');
  });
});

describe('a total over part of a period', () => {
  it('is scaled to a full period when the part holds enough working days', () => {
    // Monitoring from Wednesday 8 April: 9 calls on each of the three working days left that week.
    const plan = planOf(monitored({ start: '2026-04-08' }));
    const feed: Observation[] = [0, 1, 2].map((d) => ({ metricId: 'm-calls', date: shiftDate('2026-04-08', d), value: 9 }));
    const first = callsGoal(detectRelapse(plan, feed, { asOf: '2026-04-12' })).periods[0]!;
    // 27 calls in 3 of 5 working days: 45 for the week, past the target of 40.
    expect(first).toMatchObject({ start: '2026-04-08', end: '2026-04-12', count: 3, value: 45, belowTarget: false });
  });

  it('is left out when the part holds too few working days', () => {
    // Monitoring from Friday 10 April: one working day of five is below minPartialPeriodShare.
    const plan = planOf(monitored({ start: '2026-04-10' }));
    const feed: Observation[] = [{ metricId: 'm-calls', date: '2026-04-10', value: 9 }, ...callsAfter([0, 45]).slice(1)];
    const periods = callsGoal(detectRelapse(plan, feed, { asOf: '2026-04-19' })).periods;
    expect(periods.map((p) => p.key)).toEqual(['2026-W16']);
    expect(periods[0]!.value).toBe(45);
  });

  it('a level (not a total) read over part of a period counts whenever the part has data', () => {
    // Monitoring from Friday 10 April: conversion observed that day (a ratio of totals, not scaled).
    const plan = planOf(monitored({ start: '2026-04-10' }));
    const feed: Observation[] = [{ metricId: 'm-call-meeting', date: '2026-04-10', numerator: 13, denominator: 100 }];
    const conversion = detectRelapse(plan, feed, { asOf: '2026-04-19' }).goals.find((g) => g.goalId === 'g-conversion')!;
    // The whole week after it counts too, without data.
    expect(conversion.periods.map((p) => [p.key, p.start, p.value])).toEqual([
      ['2026-W15', '2026-04-10', 0.13],
      ['2026-W16', '2026-04-13', null],
    ]);
  });
});
