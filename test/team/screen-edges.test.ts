/**
 * `screenTeam` at its edges: the lookback (complete weeks only), which metrics are screened and
 * which periods count as trend points, the `screenMinPoints` and `screenDeclineShare` boundaries
 * ("at least"), a typical level of 0, and the evidence and sentence of each finding. Expectations
 * follow from the observations each test writes and the rules in docs/evaluation.md. (Written
 * for mutation testing of src/team/screen.ts.)
 */
import { describe, expect, it } from 'vitest';
import { screenTeam, type EvaluationPolicyOverrides, type MetricDefinition, type Observation, type RepObservations } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { byWeek, fixtureInput, planOf, weeklyObservations, type WeeklyRules } from '../support/scenario.js';

/** A Sunday: the last complete week is 9-15 March; eight weeks back start on Monday 19 January. */
const AS_OF = '2026-03-15';
const DATES = { asOf: AS_OF, lookbackStart: '2026-01-19', lookbackEnd: '2026-03-15' };
const RESPONSE: MetricDefinition = { id: 'm-response', name: 'First response time', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean' };
/** Conversion (behavior), calls (activity), discovery (skill), revenue (outcome, USD cents), response time (behavior, hours). */
const metrics: readonly MetricDefinition[] = [...planOf(fixtureInput()).metrics, RESPONSE];

/** One observation per metric in each of the eight lookback weeks (week index = the period's x). */
const lookbackWeeks = (rules: WeeklyRules): Observation[] => weeklyObservations('2026-01-19', 8, rules);
/** Calls only in the weeks from `from` on (earlier weeks have no data). */
const callsFrom = (from: number, values: readonly number[]): WeeklyRules => ({ 'm-calls': (w) => (w < from ? undefined : values[w - from]) });
/** 77, 75, ..., 63: slope -2, median 70; the loss over 7 steps is 14 = 20% of 70. */
const minusTwo = (w: number) => 77 - 2 * w;

const screenOf = (reps: readonly RepObservations[], policy?: EvaluationPolicyOverrides, asOf = AS_OF) => screenTeam({ metrics, reps }, { asOf, ...(policy ? { policy } : {}) });
const repOf = (observations: Observation[], policy?: EvaluationPolicyOverrides) => screenOf([{ repId: 'r', observations }], policy).reps[0]!;
const signalOf = (rep: ReturnType<typeof repOf>, metricId: string) => rep.signals.find((s) => s.metricId === metricId)!;

describe('the lookback', () => {
  it('ends with the last complete week: mid-week, the current week is left out', () => {
    expect(screenOf([], undefined, '2026-03-18').lookback).toEqual({ start: '2026-01-19', end: '2026-03-15' });
    expect(screenOf([], undefined, '2026-03-22').lookback).toEqual({ start: '2026-01-26', end: '2026-03-22' });
    // A Wednesday asOf: a burst of calls in the incomplete week (16-18 March) is not a trend point.
    const observations = [...lookbackWeeks({ 'm-calls': () => 45 }), { metricId: 'm-calls', date: '2026-03-17', value: 1000 }];
    const rep = screenOf([{ repId: 'r', observations }], undefined, '2026-03-18').reps[0]!;
    expect(signalOf(rep, 'm-calls')).toMatchObject({ points: 8, level: 45, slope: 0, declineShare: 0 });
  });

  it('screens activity, behavior and outcome metrics, never skill metrics', () => {
    const rep = repOf(lookbackWeeks({ 'm-discovery': (w) => 4 - w / 2, 'm-calls': () => 45 }));
    expect(rep.signals.map((s) => [s.metricId, s.role])).toEqual([
      ['m-call-meeting', 'leading'],
      ['m-calls', 'leading'],
      ['m-won-revenue', 'outcome'],
      ['m-response', 'leading'],
    ]);
  });
});

describe('trend points', () => {
  it('a week without data is not a point; the sentence still counts the lookback\'s 8 periods', () => {
    const rep = repOf(lookbackWeeks({ 'm-calls': (w) => (w === 3 ? undefined : minusTwo(w)) }));
    // 77, 75, 73, 69, 67, 65, 63: 7 points, median 69, slope -2; 14 / 69 = 0.2029.
    expect(signalOf(rep, 'm-calls')).toMatchObject({ points: 7, level: 69, slope: -2, declineShare: 0.2029, declining: true });
    expect(rep.findings[0]!.message).toBe('"Outbound calls" is getting worse: over the last 8 periods its trend moved 20.3% of its typical level (69) the wrong way (policy 20%).');
    expect(rep.findings[0]!.evidence.figures['points']).toBe(7);
  });

  it('exactly screenMinPoints (4) periods fit a trend; one fewer does not', () => {
    const four = repOf(lookbackWeeks(callsFrom(4, [40, 42, 44, 46])));
    // Slope +2, median 43: the trend gains 14 / 43 = 0.3256 (a negative decline).
    expect(signalOf(four, 'm-calls')).toMatchObject({ points: 4, level: 43, slope: 2, declineShare: -0.3256, declining: false });
    expect(four.status).toBe('steady');
    const three = repOf(lookbackWeeks(callsFrom(5, [42, 44, 46])));
    expect(signalOf(three, 'm-calls')).toEqual({ metricId: 'm-calls', metricName: 'Outbound calls', kind: 'activity', role: 'leading', points: 3, level: 44, slope: null, declineShare: null, declining: false });
    expect(three.status).toBe('insufficient_data');
    const threeEnough = repOf(lookbackWeeks(callsFrom(5, [42, 44, 46])), { screenMinPoints: 3 });
    expect(signalOf(threeEnough, 'm-calls')).toMatchObject({ slope: 2, declineShare: -0.3182 }); // -14 / 44
  });
});

describe('the decline share ("at least" screenDeclineShare)', () => {
  it('a loss of exactly 20% of the typical level declines; with a policy of 20.01% it does not', () => {
    const observations = lookbackWeeks({ 'm-calls': minusTwo });
    expect(signalOf(repOf(observations), 'm-calls')).toMatchObject({ level: 70, slope: -2, declineShare: 0.2, declining: true });
    expect(repOf(observations).status).toBe('early_warning');
    const stricter = repOf(observations, { screenDeclineShare: 0.2001 });
    expect(signalOf(stricter, 'm-calls')).toMatchObject({ declineShare: 0.2, declining: false });
    expect(stricter.status).toBe('steady');
  });

  it('a typical level of 0 gives no decline share (never divided by)', () => {
    // 9, 6, 3, 0, 0, 0, 0, 0: median 0, a falling slope.
    const rep = repOf(lookbackWeeks({ 'm-calls': byWeek([9, 6, 3, 0]) }));
    const calls = signalOf(rep, 'm-calls');
    expect(calls).toMatchObject({ points: 8, level: 0, declineShare: null, declining: false });
    expect(calls.slope).toBeLessThan(0);
    expect(rep.status).toBe('insufficient_data');
  });

  it('a metric without a decline share is never declining, even with a threshold of 0', () => {
    const rep = repOf(lookbackWeeks({ 'm-calls': () => 45 }), { screenDeclineShare: 0 });
    // Flat calls lose 0% (at the threshold of 0); conversion, response time and revenue have no data.
    expect(rep.signals.map((s) => [s.metricId, s.declineShare, s.declining])).toEqual([
      ['m-call-meeting', null, false],
      ['m-calls', 0, true],
      ['m-won-revenue', null, false],
      ['m-response', null, false],
    ]);
    expect(rep.status).toBe('early_warning');
  });
});

describe('statuses, findings and their evidence', () => {
  it('early warning: the leading indicator with every figure, then outcomes holding with the policy only', () => {
    const rep = repOf(lookbackWeeks({ 'm-calls': minusTwo }));
    expect(rep.flagged).toBe(true);
    expect(rep.findings).toEqual([
      {
        code: 'leading_indicator_declining',
        path: ['reps', 0],
        facts: { metricId: 'm-calls', metricName: 'Outbound calls', metricUnit: 'count', currency: null, durationUnit: null, level: 70, share: 0.2, threshold: 0.2, count: 8 },
        message: '"Outbound calls" is getting worse: over the last 8 periods its trend moved 20% of its typical level (70) the wrong way (policy 20%).',
        evidence: { goalIds: [], figures: { screenDeclineShare: 0.2, lookbackPeriods: 8, declineShare: 0.2, slopePerPeriod: -2, typicalLevel: 70, points: 8 }, dates: DATES },
      },
      {
        code: 'outcomes_holding',
        path: ['reps', 0],
        facts: {},
        message: 'Outcomes have not dropped yet: this is the time to coach, before a plan is needed.',
        evidence: { goalIds: [], figures: { screenDeclineShare: 0.2, lookbackPeriods: 8 }, dates: DATES },
      },
    ]);
  });

  it('declining: outcomes down too, flagged, the typical level in the metric\'s currency; name null when not given', () => {
    // Revenue (cents) 1,000,000 falling 50,000 a week: median 825,000; 50,000 x 7 / 825,000 = 0.4242.
    const observations = lookbackWeeks({ 'm-calls': minusTwo, 'm-won-revenue': (w) => 1_000_000 - 50_000 * w });
    const screen = screenOf([{ repId: 'a', name: 'Avery', observations: [] }, { repId: 'b', observations }]);
    expect(screen.reps.map((r) => [r.repId, r.name])).toEqual([['a', 'Avery'], ['b', null]]);
    const rep = screen.reps[1]!;
    expect(rep).toMatchObject({ status: 'declining', flagged: true });
    expect(screen.flaggedRepIds).toEqual(['b']);
    expect(rep.findings.map((f) => f.code)).toEqual(['leading_indicator_declining', 'outcome_declining']);
    expect(rep.findings[1]).toEqual({
      code: 'outcome_declining',
      path: ['reps', 1],
      facts: { metricId: 'm-won-revenue', metricName: 'New business closed', metricUnit: 'currency', currency: 'USD', durationUnit: null, level: 825_000, share: 0.4242, threshold: 0.2, count: 8 },
      message: '"New business closed" is already getting worse: over the last 8 periods its trend moved 42.4% of its typical level (USD 8,250) the wrong way.',
      evidence: { goalIds: [], figures: { screenDeclineShare: 0.2, lookbackPeriods: 8, declineShare: 0.4242, slopePerPeriod: -50_000, typicalLevel: 825_000, points: 8 }, dates: DATES },
    });
  });

  it('lower is better: a rising response time declines, its level written in hours', () => {
    // 49, 51, ..., 63 hours: median 56, slope +2 the wrong way; 14 / 56 = 0.25.
    const rep = repOf(lookbackWeeks({ 'm-response': (w) => 49 + 2 * w }));
    expect(signalOf(rep, 'm-response')).toMatchObject({ level: 56, slope: 2, declineShare: 0.25, declining: true });
    expect(rep.findings[0]!.message).toBe('"First response time" is getting worse: over the last 8 periods its trend moved 25% of its typical level (56 hours) the wrong way (policy 20%).');
  });

  it('insufficient data: one finding per leading indicator with its own count of points, no trend figures', () => {
    const rep = repOf(lookbackWeeks(callsFrom(5, [42, 44, 46])));
    const policy = { screenDeclineShare: 0.2, lookbackPeriods: 8 };
    expect(rep).toMatchObject({ status: 'insufficient_data', flagged: false });
    expect(rep.findings).toEqual([
      { code: 'insufficient_data', path: ['reps', 0], facts: { metricId: 'm-call-meeting', metricName: 'Call-to-meeting conversion', count: 0 }, message: '"Call-to-meeting conversion" has too few periods with data to screen (0).', evidence: { goalIds: [], figures: { ...policy, points: 0 }, dates: DATES } },
      { code: 'insufficient_data', path: ['reps', 0], facts: { metricId: 'm-calls', metricName: 'Outbound calls', count: 3 }, message: '"Outbound calls" has too few periods with data to screen (3).', evidence: { goalIds: [], figures: { ...policy, typicalLevel: 44, points: 3 }, dates: DATES } },
      { code: 'insufficient_data', path: ['reps', 0], facts: { metricId: 'm-response', metricName: 'First response time', count: 0 }, message: '"First response time" has too few periods with data to screen (0).', evidence: { goalIds: [], figures: { ...policy, points: 0 }, dates: DATES } },
    ]);
  });

  it('steady when one leading indicator can be screened and none declines, though others lack data', () => {
    const rep = repOf(lookbackWeeks({ 'm-calls': () => 45 }));
    expect(rep).toMatchObject({ status: 'steady', flagged: false });
    expect(rep.findings).toEqual([
      { code: 'steady', path: ['reps', 0], facts: {}, message: 'No leading indicator is getting worse beyond the policy.', evidence: { goalIds: [], figures: { screenDeclineShare: 0.2, lookbackPeriods: 8 }, dates: DATES } },
    ]);
  });

  it('returns a deeply frozen screen', () => {
    const screen = screenOf([{ repId: 'b', observations: lookbackWeeks({ 'm-calls': minusTwo }) }]);
    expect(screen.reps[0]!.findings.length).toBeGreaterThan(0);
    expect(isDeepFrozen(screen)).toBe(true);
  });
});
