/**
 * Figures-only results (src/evaluate/figures.ts): the same figures, byte for byte, as the
 * projection of the full evaluation, deeply frozen; and the figures path really leaves out the
 * sentences, period readings and evidence logs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAndEvaluate, prepareEvaluation, type EvaluatePlanOptions } from '../../src/evaluate/evaluate-plan.js';
import {
  evaluatePlan,
  evaluatePlanFigures,
  evaluatePlans,
  evaluatePlansFigures,
  evaluatePlansFiguresAsync,
  figuresOf,
  isoWeekday,
  planEndDate,
  recommendOutcome,
  shiftDate,
  type Observation,
} from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, withRecords } from '../support/scenario.js';

/** No overrides, overrides that change the working days (the shared memo) or only thresholds, and invalid ones (issues). */
const POLICIES: readonly (EvaluatePlanOptions['policy'] | undefined)[] = [
  undefined,
  { workingDays: [1, 2, 3, 4, 5, 6] },
  { seriesUnit: 'month', sustainPeriods: { week: 2 } },
  { successScore: 60, extendScore: 30, periodMetShare: 0.5 },
  { windowsFollowPauses: false, coverageUnitByKind: { activity: 'day' } },
  { sustainShare: 3, maxIssues: 1 },
];

const caseArbitrary = fc.record({
  evaluation: evaluationCaseArbitrary({ maxPerMetric: 12, drafts: true }),
  /** Null: the case's own `asOf` (from before the start to a month after the end, mostly mid-plan); else days after the end. */
  afterEnd: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  policy: fc.nat(POLICIES.length - 1),
  holidayOffsets: fc.option(fc.uniqueArray(fc.integer({ min: -3, max: 120 }), { maxLength: 4 }), { nil: undefined }),
  withFeed: fc.boolean(),
  via: fc.constantFrom('single', 'single', 'batch'),
});

describe('figures-only evaluation', () => {
  it('gives figuresOf(evaluatePlan(...)) byte for byte, deeply frozen, mid-plan and after the end', { timeout: 120_000 }, () => {
    let mid = 0;
    let after = 0;
    fc.assert(
      fc.property(caseArbitrary, ({ evaluation, afterEnd, policy, holidayOffsets, withFeed, via }) => {
        const { plan, feed } = evaluation;
        const end = planEndDate(plan);
        const asOf = afterEnd === null ? evaluation.asOf : shiftDate(end, afterEnd);
        if (asOf > end) after += 1;
        else mid += 1;
        const overrides = POLICIES[policy];
        const holidays = holidayOffsets?.map((offset) => shiftDate(plan.startDate, offset));
        const options: EvaluatePlanOptions = { asOf, ...(overrides === undefined ? {} : { policy: overrides }), ...(holidays ? { holidays } : {}) };
        const observations = withFeed ? feed : null;
        const full = evaluatePlan(plan, observations, options);
        const figures =
          via === 'single' ? evaluatePlanFigures(plan, observations, options) : [...evaluatePlansFigures([plan], { ...options, observationsFor: () => observations })][0]!;
        expect(JSON.stringify(figures)).toBe(JSON.stringify(figuresOf(full)));
        expect(isDeepFrozen(figures)).toBe(true);
        expect(isDeepFrozen(figuresOf(full))).toBe(true);
        // Each figure is the full result's own.
        expect(figures.score).toBe(full.score.value);
        expect(figures.outcome).toBe(recommendOutcome(full).outcome);
        expect(figures.goals.map((g) => [g.goalId, g.status, g.attainment])).toEqual(full.goals.map((g) => [g.goalId, g.status, g.attainment]));
        expect(figures.issues).toEqual(full.issues.map((issue) => issue.code));
      }),
      { numRuns: runs(150) },
    );
    // Both as-of styles were generated.
    expect(mid).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0);
  });

  it('evaluatePlansFiguresAsync gives the same figures, in order, with promised feeds', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(evaluationCaseArbitrary({ maxPerMetric: 8 }), { minLength: 1, maxLength: 3 }), async (cases) => {
        const asOf = cases[0]!.asOf;
        const feedOf = new Map(cases.map((c) => [c.plan, c.feed]));
        const got: string[] = [];
        for await (const figures of evaluatePlansFiguresAsync(cases.map((c) => c.plan), { asOf, observationsFor: async (plan) => feedOf.get(plan) })) {
          got.push(JSON.stringify(figures));
        }
        const full = [...evaluatePlans(cases.map((c) => c.plan), { asOf, observationsFor: (plan) => feedOf.get(plan) })];
        expect(got).toEqual(full.map((e) => JSON.stringify(figuresOf(e))));
      }),
      { numRuns: runs(25) },
    );
  });

  it('builds no status note, period reading, check-in log or support ledger on the figures path', () => {
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 12 }), ({ plan, feed, asOf }) => {
        const run = prepareEvaluation({ asOf });
        const lean = indexAndEvaluate(plan, feed, run, true);
        const full = indexAndEvaluate(plan, feed, run, false);
        expect(lean.goals.map((g) => [g.statusNote, g.periods.length])).toEqual(lean.goals.map(() => ['', 0]));
        expect([lean.evidence.checkIns.log.length, lean.evidence.support.ledger.length]).toEqual([0, 0]);
        // Everything else is the full evaluation's.
        const figuresOnly = (e: typeof full) => ({
          ...e,
          goals: e.goals.map((g) => ({ ...g, statusNote: '', periods: [] })),
          evidence: { ...e.evidence, checkIns: { ...e.evidence.checkIns, log: [] }, support: { ...e.evidence.support, ledger: [] } },
        });
        expect(JSON.stringify(lean)).toBe(JSON.stringify(figuresOnly(full)));
        expect(full.evidence.support.committed).toBe(full.evidence.support.ledger.length);
      }),
      { numRuns: runs(60) },
    );
  });

  it('checks asOf at once, as evaluatePlan does', () => {
    const plan = planOf(withRecords(fixtureInput('plan-30-day-activity.json')));
    expect(() => evaluatePlanFigures(plan, null, { asOf: '2026-02-30' })).toThrow(RangeError);
    expect(() => evaluatePlansFigures([plan], { asOf: 'today' })).toThrow(RangeError);
  });
});

describe('figures of "40 outbound calls per day for 30 days", worked out by hand', () => {
  // The 30-day plan runs Monday 2 March to Tuesday 31 March 2026: 22 working days. Two goals, no
  // weights (equal: 50 each): g-dials (required, per day, baseline 24, target 40) and g-meetings
  // (a window total, baseline 5, target 8).
  const workingDays = Array.from({ length: 30 }, (_, i) => shiftDate('2026-03-02', i)).filter((d) => isoWeekday(d) <= 5);
  const calls: Observation[] = workingDays.map((date, i) => ({ metricId: 'm-dials', date, value: i === 3 || i === 8 ? 30 : 40 }));
  const meetings: Observation[] = [
    { metricId: 'm-meetings', date: '2026-03-10', value: 3 },
    { metricId: 'm-meetings', date: '2026-03-24', value: 4 },
  ];
  const plan = planOf(withRecords(fixtureInput('plan-30-day-activity.json')));
  const figures = evaluatePlanFigures(plan, [...calls, ...meetings], { asOf: '2026-03-31' });

  it('reads each goal', () => {
    const [dials, meetingGoal] = figures.goals;
    // Dials: mean (20 x 40 + 2 x 30) / 22 = 39.09; attainment (39.09 - 24) / (40 - 24) = 0.9432;
    // 20 of 22 days at 40 (90.9%, past 80%): met. The last 10 days (sustainPeriods.day) are all at 40:
    // sustained, recent progress (40 - 24) / 16 = 1; a series flat at 40 but for two days: flat.
    expect(dials).toEqual({
      goalId: 'g-dials',
      category: 'activity',
      required: true,
      weight: 50,
      status: 'met',
      attainment: 0.9432,
      progress: 1,
      sustained: true,
      trend: 'flat',
      coverage: 1,
    });
    // Meetings: 3 + 4 = 7 by the end, (7 - 5) / (8 - 5) = 0.6667, short of 8 at the end: not met.
    // A window total has no per-period target to sustain, and two data points make no trend.
    expect(meetingGoal).toMatchObject({ goalId: 'g-meetings', required: false, weight: 50, status: 'not_met', attainment: 0.6667, sustained: null, trend: null });
  });

  it('reads the plan: score, progress and the recommendation', () => {
    // 50 x 0.9432 + 50 x 2/3 = 80.49, one decimal: 80.5.
    expect(figures.score).toBe(80.5);
    // Equal weights: the mean of the goals' progress.
    expect(figures.progress).toBe((figures.goals[0]!.progress! + figures.goals[1]!.progress!) / 2);
    // At the end date: final; the required goal met and sustained, the other one not met.
    expect([figures.final, figures.outcome, figures.reasons]).toEqual([true, 'successful', ['required_goals_met_and_sustained', 'non_required_goal_not_met']]);
    expect([figures.asOf, figures.endDate, figures.issues, figures.warnings]).toEqual(['2026-03-31', '2026-03-31', [], []]);
  });
});
