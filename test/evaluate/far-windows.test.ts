/**
 * Issue 13, finding 9: what a goal window says cannot make an evaluation expensive. Every window
 * is cut to the plan's span (extensions included) before its periods are built, and periods past
 * `asOf` are counted, never built; the result says what was cut. (The time this saves is in
 * test/bench/far-windows.ts; tests never time.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EVALUATION_POLICY, evaluatePlan, planEndDate, toDayNumber, type IsoWeekday, type PlanInput } from '../../src/index.js';
import { evaluateInRun, prepareEvaluation } from '../../src/evaluate/evaluate-plan.js';
import { memoFor } from '../../src/evaluate/setup.js';
import { periodCounts } from '../../src/evaluate/goal.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const FAR = { start: '0001-01-01', end: '9999-12-31' } as const;
const AS_OF = '2026-03-02';
type Goals = NonNullable<PlanInput['goals']>;
type Warning = { readonly code: string; readonly count: number; readonly path: readonly (string | number)[]; readonly message: string };
const warningsOf = (e: unknown): readonly Warning[] => ((e as { warnings?: readonly Warning[] }).warnings ?? []);

const observations = weeklyObservations('2026-01-05', 13, {
  'm-calls': (w) => 30 + w,
  'm-call-meeting': (w) => ({ numerator: 5 + w, denominator: 100 }),
  'm-won-revenue': (w) => (w % 3 === 0 ? 500_000 : undefined),
  'm-discovery': (w) => (w % 4 === 0 ? 2 + (w > 6 ? 1 : 0) : undefined),
});

/** The fixture plan with every goal's window replaced by `window(goal)`, equal weights, and observations. */
function planWithWindows(window: (goal: Goals[number]) => Goals[number]['window'], extra: (goals: Goals) => Goals = () => []): ReturnType<typeof planOf> {
  const input = withRecords(fixtureInput());
  const goals = (input.goals ?? []).map(({ weight: _weight, ...goal }) => goal);
  input.goals = [...goals, ...extra(goals)].map((goal) => ({ ...goal, window: window(goal) }));
  input.observations = observations;
  return planOf(input);
}

const daily = (goals: Goals): Goals => [{ ...goals.find((g) => g.id === 'g-calls')!, id: 'g-calls-day', basis: 'per_day', baseline: 5, target: 8 }];
const monthly = (goals: Goals): Goals => [{ ...goals.find((g) => g.id === 'g-calls')!, id: 'g-calls-month', basis: 'per_month', baseline: 100, target: 160 }];
const both = (goals: Goals): Goals => [...daily(goals), ...monthly(goals)];

describe('goal windows far outside the plan', () => {
  const far = planWithWindows(() => FAR, both);
  const span = { start: far.startDate, end: planEndDate(far) };
  const inPlan = planWithWindows(() => span, both);

  it('are cut to the plan: periods bounded by the plan, the same readings as a window of the plan\'s own dates', () => {
    const e = evaluatePlan(far, [], { asOf: AS_OF });
    const planDays = toDayNumber(span.end) - toDayNumber(span.start) + 1;
    for (const goal of e.goals) {
      expect(goal.window).toEqual(span);
      expect(goal.periods.length, goal.goalId).toBeLessThanOrEqual(planDays);
    }
    expect(e.goals.find((g) => g.goalId === 'g-calls')!.periods.length).toBeLessThanOrEqual(Math.ceil(planDays / 7) + 1);
    expect(e.goals).toEqual(evaluatePlan(inPlan, [], { asOf: AS_OF }).goals);
  });

  it('says what was cut: one window_clipped warning per goal, with the days cut away', () => {
    const e = evaluatePlan(far, [], { asOf: AS_OF });
    const cut = toDayNumber(FAR.end) - toDayNumber(FAR.start) + 1 - (toDayNumber(span.end) - toDayNumber(span.start) + 1);
    expect(warningsOf(e).map((w) => [w.code, w.path, w.count])).toEqual(far.goals.map((_, i) => ['window_clipped', ['goals', i, 'window'], cut]));
    expect(warningsOf(e)[0]!.message).toContain(FAR.start);
    expect(warningsOf(evaluatePlan(inPlan, [], { asOf: AS_OF }))).toEqual([]);
  });

  it('a window partly outside keeps its part inside; one wholly outside becomes the plan day nearest to it', () => {
    const late = planWithWindows((goal) => (goal.id === 'g-calls' ? { start: '2026-02-02', end: '2030-01-01' } : goal.window));
    const calls = evaluatePlan(late, [], { asOf: AS_OF }).goals.find((g) => g.goalId === 'g-calls')!;
    expect(calls.window).toEqual({ start: '2026-02-02', end: planEndDate(late) });
    const after = planWithWindows((goal) => (goal.id === 'g-calls' ? { start: '2030-01-01', end: '2030-12-31' } : goal.window));
    const e = evaluatePlan(after, [], { asOf: AS_OF });
    expect(e.goals.find((g) => g.goalId === 'g-calls')!.window).toEqual({ start: planEndDate(after), end: planEndDate(after) });
    expect(warningsOf(e).map((w) => w.code)).toEqual(['window_clipped']);
  });
});

describe('periods past asOf are counted, not built', () => {
  it('a plan ten years long (the longest the schema takes), read in its second month: the periods worked out stay within asOf', () => {
    const input = fixtureInput();
    const { checkInSchedule: _schedule, ...unscheduled } = input;
    const long = planOf({
      ...unscheduled,
      durationDays: 3660,
      support: (input.support ?? []).map(({ cadence: _cadence, ...s }) => ({ ...s, dueDates: [s.dueDates?.[0] ?? '2026-01-14'] })),
      goals: (input.goals ?? []).map(({ window: _window, ...goal }) => ({ ...goal, basis: goal.id === 'g-calls' ? 'per_day' : goal.basis })),
      observations,
    });
    const run = prepareEvaluation({ asOf: AS_OF });
    const e = evaluateInRun(long, [], run);
    const elapsed = toDayNumber(AS_OF) - toDayNumber(long.startDate) + 1;
    // days of the per-day goal, weeks, months: at most one period of each unit past asOf per window
    expect(run.memo.grids.size).toBeLessThanOrEqual(e.goals.length * (elapsed + 31));
    expect(e.goals.every((g) => g.window.end === planEndDate(long))).toBe(true);
  });
});

describe('periodCounts: the periods after asOf, counted without building them', () => {
  it('property: the same count and whole-enough count as walking the built periods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('day' as const, 'week' as const, 'month' as const),
        fc.subarray([1, 2, 3, 4, 5, 6, 7] as IsoWeekday[], { minLength: 1 }),
        fc.constantFrom(0, 0.2, 0.5, 0.8, 1),
        (start, length, unit, workingDays, minPartialPeriodShare) => {
          const policy = { ...DEFAULT_EVALUATION_POLICY, workingDays, minPartialPeriodShare };
          const memo = memoFor(policy);
          const grid = memo.grids.of(start, start + length, unit);
          const walked = grid.filter((p) => p.share >= minPartialPeriodShare && p.share > 0).length;
          expect(periodCounts(start, start + length, unit, { working: memo.working, workingPerWeek: memo.workingPerWeek, policy })).toEqual({ count: grid.length, wholeEnough: walked });
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
