/**
 * What an evaluation sets up before it reads a plan, shared by the plan evaluation, the team
 * screen and the relapse check: the checked `asOf`, the resolved policy (its problems logged), the
 * memo a batch works out once, and a plan's clock and working calendar at `asOf`.
 *
 * @internal
 * @module
 */
import { dayNumberOf, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { planClock, type PlanClock } from '../timeline/clock.js';
import { holidayDayNumbers } from '../timeline/holidays.js';
import type { Holiday } from '../timeline/policy.js';
import { WorkCalendar } from './calendar.js';
import { DayNames, PeriodGrids } from './day-names.js';
import { workingFlags, workingPerWeek } from './numbers.js';
import type { IssueLog } from './observations.js';
import { EVALUATION_POLICY, type EvaluationPolicy, type EvaluationPolicyOverrides } from './policy.js';

/**
 * Check `asOf`; a wrong one is a programming error, not data.
 *
 * @internal
 */
export function requireAsOf(asOf: unknown): CalendarDate {
  // dayNumberOf is NaN exactly when isCalendarDate is false.
  if (Number.isNaN(dayNumberOf(asOf))) throw new RangeError(`asOf must be a calendar date written YYYY-MM-DD, not ${JSON.stringify(asOf)}`);
  return asOf as CalendarDate;
}

/**
 * Resolve the policy and log what had to be replaced by defaults (or ignored).
 *
 * @internal
 */
export function policyWithIssues(overrides: EvaluationPolicyOverrides | undefined, issues: IssueLog): EvaluationPolicy {
  const { policy, issues: problems } = EVALUATION_POLICY.resolve(overrides);
  for (const problem of problems) issues.add(problem);
  return policy;
}

/**
 * What one evaluation, or a batch of them under one policy, works out once.
 *
 * @internal
 */
export interface EvaluationMemo {
  readonly names: DayNames;
  readonly grids: PeriodGrids;
  readonly working: readonly boolean[];
  readonly workingPerWeek: number;
  /** Grids of calendars with holidays and no pause, by their holidays (see planCalendar). */
  readonly holidayGrids: Map<string, PeriodGrids>;
}

/**
 * A fresh memo for a policy.
 *
 * @internal
 */
export function memoFor(policy: EvaluationPolicy): EvaluationMemo {
  const names = new DayNames();
  const working = workingFlags(policy.workingDays);
  const perWeek = workingPerWeek(working);
  return { names, grids: new PeriodGrids(names, working, perWeek), working, workingPerWeek: perWeek, holidayGrids: new Map() };
}

/**
 * A plan's clock, end date and working calendar at `asOf`, with the period grids to read it by:
 * the batch's shared grids when the plan has neither holidays nor pauses, else its own.
 *
 * @internal
 */
export function planCalendar(
  plan: Plan,
  asOf: CalendarDate,
  policy: EvaluationPolicy,
  memo: EvaluationMemo,
  holidays: readonly Holiday[],
): { readonly clock: PlanClock; readonly planEnd: CalendarDate; readonly calendar: WorkCalendar; readonly grids: PeriodGrids } {
  const clock = planClock(plan, asOf);
  const calendar = new WorkCalendar(clock, memo.working, memo.workingPerWeek, holidayDayNumbers(plan, holidays), policy.windowsFollowPauses);
  return { clock, planEnd: memo.names.date(clock.endDay), calendar, grids: gridsFor(calendar, memo) };
}

/** Holiday sets whose grids a memo keeps before it starts over. */
const MAX_HOLIDAY_GRIDS = 32;

/**
 * The grids to read a calendar by: the memo's own without holidays or pauses; for holidays alone,
 * grids shared by every plan of the batch with the same holidays (a host's calendar is one list);
 * with pauses, the plan's own.
 */
function gridsFor(calendar: WorkCalendar, memo: EvaluationMemo): PeriodGrids {
  if (calendar.plain) return memo.grids;
  if (calendar.paused.length > 0) return new PeriodGrids(memo.names, memo.working, memo.workingPerWeek, calendar);
  const key = calendar.holidays.join(',');
  let grids = memo.holidayGrids.get(key);
  if (grids === undefined) {
    if (memo.holidayGrids.size >= MAX_HOLIDAY_GRIDS) memo.holidayGrids.clear();
    grids = new PeriodGrids(memo.names, memo.working, memo.workingPerWeek, calendar);
    memo.holidayGrids.set(key, grids);
  }
  return grids;
}
