/**
 * Issue 19, item 1, as a property: inserting a pause anywhere never lowers any goal's attainment,
 * share or status for a rep whose working weeks are all at target.
 *
 * A focused generator: a plan of 28 to 120 days starting on any day, with goals of every reading
 * (per week, per day, per month, a window total, a window ratio), each over the plan's dates, a
 * sub-window of at least 28 days, or up to a deadline; a rep who works every weekday at or past
 * every target's pace (and not at all on paused days). The same plan is evaluated without the
 * pause and with one or two pauses inserted anywhere in it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertPlan,
  evaluatePlan,
  fromDayNumber,
  isoWeekday,
  planDateOf,
  planEndDate,
  shiftDate,
  toDayNumber,
  type GoalEvaluation,
  type Observation,
  type Plan,
  type PlanInput,
} from '../../src/index.js';
import { runs } from '../support/runs.js';

type GoalInput = NonNullable<PlanInput['goals']>[number];

interface Span {
  readonly start: string;
  readonly end: string;
}

/** A goal's window choice: the plan's dates (no window), a window, or a deadline. */
type WindowChoice = { readonly kind: 'plan' } | { readonly kind: 'window'; readonly from: number; readonly length: number } | { readonly kind: 'deadline'; readonly length: number };

interface LeaveCase {
  readonly start: string;
  readonly duration: number;
  readonly windows: readonly WindowChoice[];
  readonly pauses: readonly { readonly offset: number; readonly days: number }[];
  /** Days after the plan's end the final evaluation is read. */
  readonly after: number;
  /** Where, in plan days, an evaluation during the plan is read (a share of the plan, 0..1.2). */
  readonly at: number;
}

const windowChoice = (duration: number): fc.Arbitrary<WindowChoice> =>
  fc.oneof(
    fc.constant({ kind: 'plan' as const }),
    fc
      .integer({ min: 28, max: duration })
      .chain((length) => fc.integer({ min: 0, max: duration - length }).map((from) => ({ kind: 'window' as const, from, length }))),
    fc.integer({ min: 28, max: duration }).map((length) => ({ kind: 'deadline' as const, length })),
  );

const leaveCase: fc.Arbitrary<LeaveCase> = fc
  .record({ startDay: fc.integer({ min: toDayNumber('2025-06-01'), max: toDayNumber('2027-12-31') }), duration: fc.integer({ min: 28, max: 120 }) })
  .chain(({ startDay, duration }) =>
    fc.record({
      start: fc.constant(fromDayNumber(startDay)),
      duration: fc.constant(duration),
      windows: fc.array(windowChoice(duration), { minLength: 5, maxLength: 5 }),
      pauses: fc.array(fc.record({ offset: fc.integer({ min: 0, max: duration - 1 }), days: fc.integer({ min: 1, max: 42 }) }), { minLength: 1, maxLength: 2 }),
      after: fc.integer({ min: 0, max: 10 }),
      at: fc.integer({ min: 0, max: 120 }).map((n) => n / 100),
    }),
  );

/** Calls 9 a working day (per week 45 against 40, per day 9 against 8); 1 meeting a day (per month at least 20 against 15); conversion 3 of 10 (30% against 25%). */
const CALLS_PER_DAY = 9;
const REVENUE_TARGET = 5_000_000;

function weekdaysIn(start: string, days: number): number {
  let n = 0;
  for (let i = 0; i < days; i += 1) if (isoWeekday(shiftDate(start, i)) <= 5) n += 1;
  return n;
}

/**
 * The document as a plan with pauses has lived: active, approved by HR and acknowledged by both
 * people the day it was written (what parsing expects of a plan that records a pause).
 */
function lived(input: PlanInput): PlanInput {
  const on = input.createdOn;
  return {
    ...input,
    status: 'active',
    phase: 'diagnose_and_develop',
    reviews: [{ by: input.hrPartner?.id ?? 'hr-1', date: on, decision: 'approved' }],
    signatures: (['manager', 'employee'] as const).map((role) => ({ role, signerId: input[role].id, name: input[role].name, date: on, revision: 0 })),
  };
}

/** The plan, with `pauses` (ended) inserted; without them when `pauses` is empty. */
function planFor(c: LeaveCase, pauses: readonly Span[]): Plan {
  const { start, duration } = c;
  const spanOf = (choice: WindowChoice): Partial<Pick<GoalInput, 'window' | 'deadline'>> =>
    choice.kind === 'plan'
      ? {}
      : choice.kind === 'deadline'
        ? { deadline: shiftDate(start, choice.length - 1) }
        : { window: { start: shiftDate(start, choice.from), end: shiftDate(start, choice.from + choice.length - 1) } };
  const [week, day, month, total, ratio] = c.windows as [WindowChoice, WindowChoice, WindowChoice, WindowChoice, WindowChoice];
  const goal = (id: string, metricId: string, baseline: number, target: number, basis: GoalInput['basis'], choice: WindowChoice, category: GoalInput['category'] = 'activity'): GoalInput => ({
    id,
    title: `Goal ${id}`,
    category,
    metricId,
    gapIds: ['gap-calls'],
    baseline,
    target,
    basis,
    required: true,
    ...spanOf(choice),
  });
  const input: PlanInput = {
    schemaVersion: 1,
    id: 'pip-leave-property',
    employee: { id: 'emp-1', name: 'Jordan Reyes', role: 'Account Executive', roleStartDate: shiftDate(start, -400) },
    manager: { id: 'mgr-1', name: 'Dana Whitfield' },
    purpose: 'A sustained gap to the role standard; this plan sets goals, support and check-ins.',
    createdOn: shiftDate(start, -7),
    startDate: start,
    durationDays: duration,
    salesCycleDays: 28,
    priorCoaching: [{ date: shiftDate(start, -30), by: 'mgr-1', notes: 'Reviewed the numbers.' }],
    diagnostic: { strengths: ['Rapport'], struggles: ['Prospecting'], notDoing: [], doingWrong: [], systemFactors: [], rootCause: 'will' },
    metrics: [
      { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer' },
      { id: 'm-meetings', name: 'Meetings booked', kind: 'behavior', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' },
      { id: 'm-rev', name: 'New business', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' },
      { id: 'm-conv', name: 'Call-to-meeting conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'CRM' },
    ],
    gaps: [{ id: 'gap-calls', metricId: 'm-calls', current: 20, standard: 40, standardSource: 'role_standard', period: { start: shiftDate(start, -90), end: shiftDate(start, -1) }, evidence: ['Dialer'] }],
    goals: [
      goal('g-week', 'm-calls', 20, 40, 'per_week', week),
      goal('g-day', 'm-calls', 4, 8, 'per_day', day),
      goal('g-month', 'm-meetings', 5, 15, 'per_month', month),
      goal('g-total', 'm-rev', 0, REVENUE_TARGET, 'window', total, 'revenue'),
      goal('g-ratio', 'm-conv', 0.1, 0.25, 'window', ratio),
    ],
    support: [{ id: 'sup-coaching', kind: 'coaching', description: 'Weekly call review', owner: 'mgr-1', cadence: { every: 'week' }, goalIds: ['g-week'] }],
    checkInSchedule: { cadence: 'weekly', weekday: 'monday' },
    outcomes: { success: 'Every target held.', ifNotMet: 'A review with HR.' },
    pauses: pauses.map((p) => ({ ...p, reason: 'Leave' })),
  };
  return assertPlan(lived(input));
}

/**
 * The rep: every weekday from the start to well past any end, not on paused days. Revenue comes at
 * a pace that reaches the total target even if the window, moved by the pauses, holds two weekdays
 * fewer per pause than it did (how weekends fall in the part a pause moves: at most two weekdays
 * either way; the plan keeps its plan days, not its weekdays).
 */
function repFeed(c: LeaveCase, pauses: readonly Span[]): Observation[] {
  const totalWindow = c.windows[3]!;
  const totalDays = totalWindow.kind === 'plan' ? c.duration : totalWindow.length;
  const totalStart = totalWindow.kind === 'window' ? shiftDate(c.start, totalWindow.from) : c.start;
  const revenuePerDay = Math.ceil(REVENUE_TARGET / Math.max(1, weekdaysIn(totalStart, totalDays) - 2 * c.pauses.length));
  const out: Observation[] = [];
  for (let i = 0; i < c.duration + 200; i += 1) {
    const date = shiftDate(c.start, i);
    if (isoWeekday(date) > 5 || pauses.some((p) => date >= p.start && date <= p.end)) continue;
    out.push({ metricId: 'm-calls', date, value: CALLS_PER_DAY });
    out.push({ metricId: 'm-meetings', date, value: 1 });
    out.push({ metricId: 'm-rev', date, value: revenuePerDay });
    out.push({ metricId: 'm-conv', date, numerator: 3, denominator: 10 });
  }
  return out;
}

/** The case's pauses as a plan lists them: in date order, overlapping or adjacent ones merged into one. */
function pausesOf(c: LeaveCase): Span[] {
  const spans = c.pauses.map((p) => ({ start: p.offset, end: p.offset + p.days - 1 })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start <= last.end + 1) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((p) => ({ start: shiftDate(c.start, p.start), end: shiftDate(c.start, p.end) }));
}

/** Statuses from the rep's worst to best; no verdict (no data, not started) below every verdict. */
const STATUS_RANK: Readonly<Record<GoalEvaluation['status'], number>> = { not_started: -1, no_data: -1, not_met: 0, off_track: 1, at_risk: 2, on_track: 3, met: 4 };

describe('inserting a pause never counts against a rep whose working weeks are all at target', () => {
  it('at the end of the plan: no goal\'s attainment, share or status is lower with the pause', () => {
    fc.assert(
      fc.property(leaveCase, (c) => {
        const pauses = pausesOf(c);
        const base = planFor(c, []);
        const withPause = planFor(c, pauses);
        const asOf = shiftDate(planEndDate(base), c.after);
        const asOfPaused = shiftDate(planEndDate(withPause), c.after);
        const without = evaluatePlan(base, repFeed(c, []), { asOf });
        const paused = evaluatePlan(withPause, repFeed(c, pauses), { asOf: asOfPaused });
        paused.goals.forEach((goal, i) => {
          const before = without.goals[i]!;
          expect(goal.goalId).toBe(before.goalId);
          const context = `${goal.goalId}: ${before.status} ${before.metShare} ${before.attainmentClamped} -> ${goal.status} ${goal.metShare} ${goal.attainmentClamped}`;
          if (goal.status === 'no_data' && before.status !== 'no_data') {
            // The one way a pause can take a verdict away: every period of a per-period goal less
            // than half worked (minPartialPeriodShare), so nothing is measured; no period reads
            // below target, and no data is never an adverse verdict (insufficient evidence).
            expect(goal.reading, context).toBe('per_period');
            expect(goal.periods, context).toEqual([]);
            return;
          }
          expect(STATUS_RANK[goal.status], context).toBeGreaterThanOrEqual(STATUS_RANK[before.status]);
          if (before.metShare !== null) expect(goal.metShare ?? -1, context).toBeGreaterThanOrEqual(before.metShare);
          if (before.attainmentClamped !== null) expect(goal.attainmentClamped ?? -1, context).toBeGreaterThanOrEqual(before.attainmentClamped - 1e-4);
          // Weekly, daily and ratio goals read the same pace whichever periods are measured: their raw
          // attainment is unchanged (a month's prorated total is its own working days' worth, 20 to 23).
          if (goal.reading !== 'window_total' && goal.goalId !== 'g-month' && before.attainment !== null) expect(goal.attainment, context).toBeCloseTo(before.attainment, 3);
        });
      }),
      { numRuns: runs(150) },
    );
  });

  it('at any day, paused or not: no period of a per-period or level goal reads below target', () => {
    fc.assert(
      fc.property(leaveCase, (c) => {
        const pauses = pausesOf(c);
        const plan = planFor(c, pauses);
        // A day of the plan clock (a share of its written length), on the calendar once paused days are counted.
        const asOf = planDateOf(plan, shiftDate(c.start, Math.round(c.at * c.duration)));
        const evaluation = evaluatePlan(plan, repFeed(c, pauses), { asOf });
        for (const goal of evaluation.goals) {
          if (goal.reading === 'window_total') continue;
          const context = `${goal.goalId} at ${asOf}: ${goal.status} ${goal.metShare} ${JSON.stringify(goal.periods.filter((p) => p.atTarget === false))}`;
          expect(goal.periods.every((p) => p.atTarget !== false), context).toBe(true);
          expect(['met', 'no_data', 'not_started'], context).toContain(goal.status);
          // No measured period lies wholly in a pause.
          for (const period of goal.periods) {
            expect(pauses.some((p) => period.start >= p.start && period.end <= p.end), context).toBe(false);
          }
        }
      }),
      { numRuns: runs(150) },
    );
  });
});
