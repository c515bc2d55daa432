/**
 * Issue 19, item 1: leave counts against the rep. A paused plan (leave) stops the plan clock: the
 * paused days are outside every measure, and goal windows move with the clock (policy
 * `windowsFollowPauses`, default true), as the plan's end date does.
 *
 * The example is written by hand: a 90-day plan from Monday 2026-01-05 (written end Saturday
 * 2026-04-04), one goal "40 outbound calls a week" over the plan's written dates, a 4-week pause
 * 2026-02-02 .. 2026-03-01 (Monday to Sunday), and a rep who made 9 calls on every working day
 * (45 a week) whenever not paused. The plan's end moves 28 days, to Saturday 2026-05-02.
 */
import { describe, expect, it } from 'vitest';
import {
  assertPlan,
  checkInSlots,
  evaluatePlan,
  isoWeekday,
  planEndDate,
  recommendOutcome,
  renderEvaluation,
  summarizeEvaluation,
  shiftDate,
  type Observation,
  type Plan,
  type PlanInput,
} from '../../src/index.js';

const START = '2026-01-05';
const PAUSE = { start: '2026-02-02', end: '2026-03-01' } as const;

/** Every day from `from` to `to` (inclusive). */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = shiftDate(day, 1)) out.push(day);
  return out;
}

const paused = (day: string, pauses: readonly { start: string; end: string }[]) => pauses.some((p) => day >= p.start && day <= p.end);

/** 9 calls on every weekday from the start to `to` that is not paused: 45 in every whole working week. */
function calls(to: string, pauses: readonly { start: string; end: string }[], perDay = 9): Observation[] {
  return days(START, to)
    .filter((day) => isoWeekday(day) <= 5 && !paused(day, pauses))
    .map((day) => ({ metricId: 'm-calls', date: day, value: perDay }));
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

/** The hand-written plan: one per-week goal whose window is the plan's written dates. */
function leavePlanInput(pauses: readonly { start: string; end: string }[], window: { start: string; end: string } | null = { start: START, end: '2026-04-04' }): PlanInput {
  return lived({
    schemaVersion: 1,
    id: 'pip-leave',
    employee: { id: 'emp-1', name: 'Jordan Reyes', role: 'Account Executive', roleStartDate: '2024-03-04' },
    manager: { id: 'mgr-1', name: 'Dana Whitfield' },
    hrPartner: { id: 'hr-1', name: 'Priya Natarajan' },
    purpose: 'Outbound activity has been below the role standard for a quarter; this plan sets goals, support and check-ins.',
    createdOn: '2025-12-29',
    startDate: START,
    durationDays: 90,
    salesCycleDays: 45,
    priorCoaching: [{ date: '2025-12-01', by: 'mgr-1', notes: 'Reviewed activity together.' }],
    diagnostic: { strengths: ['Rapport'], struggles: ['Prospecting'], notDoing: ['Calling every day'], doingWrong: [], systemFactors: [], rootCause: 'will' },
    metrics: [{ id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer' }],
    gaps: [{ id: 'gap-calls', metricId: 'm-calls', current: 25, standard: 40, standardSource: 'role_standard', period: { start: '2025-10-01', end: '2025-12-31' }, evidence: ['Dialer: 25 calls a week, Oct-Dec'] }],
    goals: [
      {
        id: 'g-calls',
        title: 'Make 40 outbound calls per week',
        category: 'activity',
        metricId: 'm-calls',
        gapIds: ['gap-calls'],
        baseline: 25,
        target: 40,
        basis: 'per_week',
        ...(window ? { window } : {}),
        required: true,
      },
    ],
    support: [{ id: 'sup-coaching', kind: 'coaching', description: 'Weekly call review', owner: 'mgr-1', cadence: { every: 'week' }, goalIds: ['g-calls'] }],
    checkInSchedule: { cadence: 'weekly', weekday: 'monday' },
    outcomes: { success: '40 calls a week, held.', ifNotMet: 'A review with HR.' },
    pauses: pauses.map((p) => ({ ...p, reason: 'Parental leave' })),
  });
}

/** The plan with every check-in held on its slot's date and every support session delivered on its due date. */
function withCommitmentsKept(input: PlanInput): Plan {
  const bare = assertPlan(input);
  const far = '2099-12-31';
  const checkIns = checkInSlots(bare, { asOf: far }).map((slot, i) => ({ id: `ci-${i + 1}`, date: slot.date, scheduledFor: slot.scheduledFor, status: 'held' as const, notes: 'Reviewed the week.' }));
  return assertPlan({ ...input, checkIns });
}

describe('the leave example: 45 calls in every working week, a 4-week pause', () => {
  const plan = withCommitmentsKept(leavePlanInput([PAUSE]));
  const end = planEndDate(plan);

  it('moves the plan end 28 days', () => {
    expect(end).toBe('2026-05-02');
  });

  it('is met, every measured week at target: the paused weeks are outside the measure and the window moved with the plan', () => {
    const evaluation = evaluatePlan(plan, calls(end, [PAUSE]), { asOf: '2026-05-04' });
    const goal = evaluation.goals[0]!;
    // The written window (the plan's written dates) moved with the plan clock, to the plan's end.
    expect(goal.window).toEqual({ start: START, end: end });
    // 17 calendar weeks, 4 of them paused: 13 working weeks measured, every one at 45.
    expect(goal.periods.map((p) => p.key)).not.toContain('2026-W06');
    expect(goal.periods.some((p) => p.start >= PAUSE.start && p.end <= PAUSE.end)).toBe(false);
    expect(goal.periods).toHaveLength(13);
    expect(goal.periods.every((p) => p.value === 45 && p.atTarget === true)).toBe(true);
    expect(goal.metShare).toBe(1);
    expect(goal.status).toBe('met');
    expect(goal.attainment).toBe(round4((45 - 25) / (40 - 25)));
    // Coverage counts the 13 working weeks only.
    expect(goal.coverage).toMatchObject({ elapsed: 13, withData: 13, share: 1 });
    expect(recommendOutcome(evaluation).outcome).toBe('successful');
  });

  it('explains it: the paused days excluded (warning and evidence), the window moved', () => {
    const evaluation = evaluatePlan(plan, calls(end, [PAUSE]), { asOf: '2026-05-04' });
    const codes = evaluation.warnings.map((w) => [w.code, w.count]);
    expect(codes).toContainEqual(['paused_days_excluded', 28]);
    expect(codes).toContainEqual(['window_moved', 28]);
    expect(evaluation.evidence.calendar.pausedDays).toBe(28);
    expect(evaluation.evidence.calendar.pauses).toEqual([{ start: PAUSE.start, end: PAUSE.end, days: 28, open: false }]);
    expect(evaluation.evidence.calendar.windowsFollowPauses).toBe(true);
    const paused = evaluation.warnings.find((w) => w.code === 'paused_days_excluded')!;
    expect(paused.message).toContain('28');
    expect(paused.message).toContain(PAUSE.start);
  });

  it('the summary and the rendered report say so too', () => {
    const evaluation = evaluatePlan(plan, calls(end, [PAUSE]), { asOf: '2026-05-04' });
    const summary = summarizeEvaluation(evaluation);
    expect(summary.calendar.pausedDays).toBe(28);
    expect(summary.warnings.map((w) => w.code)).toContain('paused_days_excluded');
    const md = renderEvaluation(summary, { format: 'markdown', evaluation });
    expect(md).toContain('**Leave:** 28 paused days (Feb 2, 2026 to Mar 1, 2026), outside every measure');
    // A plan never paused has no such line.
    const unpaused = withCommitmentsKept(leavePlanInput([]));
    const plain = evaluatePlan(unpaused, calls('2026-04-04', []), { asOf: '2026-04-06' });
    expect(renderEvaluation(summarizeEvaluation(plain), { format: 'markdown' })).not.toContain('**Leave:**');
  });

  it('no check-in or support session falls due during the pause, and none is missed', () => {
    const evaluation = evaluatePlan(plan, calls(end, [PAUSE]), { asOf: '2026-05-04' });
    const inPause = (date: string) => date >= PAUSE.start && date <= PAUSE.end;
    expect(evaluation.evidence.checkIns.log.filter((entry) => inPause(entry.date))).toEqual([]);
    expect(evaluation.evidence.support.ledger.filter((entry) => inPause(entry.dueDate))).toEqual([]);
    expect(evaluation.evidence.checkIns.missed).toBe(0);
  });

  it('with windowsFollowPauses false, the written window stays, and its paused weeks are still outside the measure', () => {
    const evaluation = evaluatePlan(plan, calls(end, [PAUSE]), { asOf: '2026-05-04', policy: { windowsFollowPauses: false } });
    const goal = evaluation.goals[0]!;
    expect(goal.window).toEqual({ start: START, end: '2026-04-04' });
    // 13 calendar weeks, 4 paused: 9 working weeks, all at target.
    expect(goal.periods).toHaveLength(9);
    expect(goal.metShare).toBe(1);
    expect(goal.status).toBe('met');
    expect(evaluation.warnings.map((w) => w.code)).not.toContain('window_moved');
    expect(evaluation.evidence.calendar.windowsFollowPauses).toBe(false);
  });

  it('a goal without a window runs over the plan dates as they stand (the same 13 working weeks)', () => {
    const bare = withCommitmentsKept(leavePlanInput([PAUSE], null));
    const goal = evaluatePlan(bare, calls(end, [PAUSE]), { asOf: '2026-05-04' }).goals[0]!;
    expect(goal.window).toEqual({ start: START, end });
    expect(goal.periods).toHaveLength(13);
    expect(goal.status).toBe('met');
  });

  it('the same rep without a pause reads the same', () => {
    const unpaused = withCommitmentsKept(leavePlanInput([]));
    const goal = evaluatePlan(unpaused, calls('2026-04-04', []), { asOf: '2026-04-06' }).goals[0]!;
    expect(goal.periods).toHaveLength(13);
    expect(goal.metShare).toBe(1);
    expect(goal.status).toBe('met');
  });
});

describe('periods partly paused are measured on their working part', () => {
  // A pause from Thursday 2026-01-15 to Friday 2026-01-16: week 2026-W03 keeps 3 of its 5 working
  // days (share 0.6, at least the policy's minPartialPeriodShare 0.5): its 27 calls are 45 a week.
  it('a week with 3 of 5 working days: its total prorated to a full week (27 calls read as 45)', () => {
    const pause = { start: '2026-01-15', end: '2026-01-16' };
    const plan = withCommitmentsKept(leavePlanInput([pause]));
    const goal = evaluatePlan(plan, calls(planEndDate(plan), [pause]), { asOf: '2026-01-25' }).goals[0]!;
    const week = goal.periods.find((p) => p.key === '2026-W03')!;
    expect(week.count).toBe(3);
    expect(week.value).toBeCloseTo(45, 9);
    expect(week.atTarget).toBe(true);
    expect(goal.metShare).toBe(1);
  });

  // A pause from Wednesday 2026-01-14 to Friday 2026-01-16 leaves 2 of 5 (share 0.4): too little
  // of the week to read a weekly pace from, so the week is left out rather than read as 18 calls.
  it('a week with 2 of 5 working days: left out (less than minPartialPeriodShare remains)', () => {
    const pause = { start: '2026-01-14', end: '2026-01-16' };
    const plan = withCommitmentsKept(leavePlanInput([pause]));
    const goal = evaluatePlan(plan, calls(planEndDate(plan), [pause]), { asOf: '2026-01-25' }).goals[0]!;
    expect(goal.periods.map((p) => p.key)).toEqual(['2026-W02', '2026-W04']);
    expect(goal.metShare).toBe(1);
    expect(goal.coverage.elapsed).toBe(2);
  });
});

describe('pace and expected-by-now stop during a pause', () => {
  it('a window total: the pace counts working days outside the pause, and the trajectory waits', () => {
    const input = leavePlanInput([PAUSE]);
    const revenueInput: PlanInput = {
      ...input,
      metrics: [...(input.metrics ?? []), { id: 'm-rev', name: 'New business closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' }],
      gaps: [...(input.gaps ?? []), { id: 'gap-rev', metricId: 'm-rev', current: 0, standard: 6_500_000, standardSource: 'team_average', period: { start: '2025-10-01', end: '2025-12-31' }, evidence: ['CRM'] }],
      goals: [
        ...(input.goals ?? []),
        { id: 'g-rev', title: 'Close $65,000 in the 90 days', category: 'revenue', metricId: 'm-rev', gapIds: ['gap-rev'], baseline: 0, target: 6_500_000, basis: 'window', window: { start: START, end: '2026-04-04' } },
      ],
    };
    const plan = withCommitmentsKept(revenueInput);
    // $1,000 on every working day outside the pause: 65 working days in the plan's 90 plan days.
    const revenue = calls(planEndDate(plan), [PAUSE], 100_000).map((o) => ({ ...o, metricId: 'm-rev' }));
    // On the last paused day the rep has worked 20 days (2026-01-05 .. 2026-01-30): $20,000.
    const during = evaluatePlan(plan, revenue, { asOf: '2026-03-01' }).goals.find((g) => g.goalId === 'g-rev')!;
    const before = evaluatePlan(plan, revenue, { asOf: '2026-02-01' }).goals.find((g) => g.goalId === 'g-rev')!;
    expect(during.observed).toBe(2_000_000);
    // Nothing more was expected during the pause, and the pace did not fall.
    expect(during.expected?.value).toBeCloseTo(before.expected!.value, 6);
    expect(during.projected).toBeCloseTo(before.projected!, 6);
    expect(during.status).toBe(before.status);
    const final = evaluatePlan(plan, revenue, { asOf: '2026-05-04' }).goals.find((g) => g.goalId === 'g-rev')!;
    expect(final.observed).toBe(6_500_000);
    expect(final.status).toBe('met');
  });
});

function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
