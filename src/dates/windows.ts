/**
 * The one place that says which dates a goal is measured over as the plan writes them: its own
 * window, or the plan's start to its deadline, or (when the caller gives the plan's end) the
 * plan's dates. The checks, the evaluation and the documents all read a goal's window here; what
 * they do with it (cut it to the plan, move it with the plan clock, count its days) stays theirs.
 * It is also the one place that reads a plan's written length and last day from its start, end date
 * and duration (the checks, the consistency review and the plan clock all count them here).
 *
 * Structural types only, so this calendar module needs nothing from the schema.
 *
 * @internal
 * @module
 */
import { shiftDate, toDayNumber, type CalendarDate } from './calendar.js';

/** A span of calendar dates, both ends included. */
export interface DateWindow {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** The goal fields that date it: a window or a deadline (the schema allows one of them, or none). */
export interface GoalDates {
  readonly window?: DateWindow | undefined;
  readonly deadline?: CalendarDate | undefined;
}

/**
 * A goal's window as written: its own window; else the plan's start to its deadline; else, when
 * `planEnd` is given, the plan's start to `planEnd`; else undefined. The dates are not reordered
 * (a deadline before the plan's start gives an end before the start) and a new object is returned.
 *
 * @example
 * ```ts
 * writtenWindowOf({ deadline: '2026-03-31' }, '2026-01-05'); // => { start: '2026-01-05', end: '2026-03-31' }
 * writtenWindowOf({}, '2026-01-05'); // => undefined
 * writtenWindowOf({}, '2026-01-05', '2026-04-04'); // => { start: '2026-01-05', end: '2026-04-04' }
 * ```
 *
 * @internal
 */
export function writtenWindowOf(goal: GoalDates, planStart: CalendarDate, planEnd?: CalendarDate): DateWindow | undefined {
  if (goal.window) return { start: goal.window.start, end: goal.window.end };
  const end = goal.deadline ?? planEnd;
  return end === undefined ? undefined : { start: planStart, end };
}

/**
 * Days in a window, both ends included (zero or less when the end is before the start).
 *
 * @example
 * ```ts
 * windowDays({ start: '2026-01-05', end: '2026-01-11' }); // => 7
 * ```
 *
 * @internal
 */
export function windowDays(window: DateWindow): number {
  return toDayNumber(window.end) - toDayNumber(window.start) + 1;
}

/** The plan fields that date it as written: a start, and an end date or a duration (or both, agreeing). */
export interface WrittenPlanDates {
  readonly startDate: CalendarDate;
  readonly endDate?: CalendarDate | undefined;
  readonly durationDays?: number | undefined;
}

/**
 * A plan's written length in days, start and end included: its `durationDays`, else start to
 * `endDate`, else 1. Extensions and pauses are not counted.
 *
 * @example
 * ```ts
 * writtenPlanDays({ startDate: '2026-01-05', durationDays: 90 }); // => 90
 * writtenPlanDays({ startDate: '2026-01-05', endDate: '2026-04-04' }); // => 90
 * ```
 *
 * @internal
 */
export function writtenPlanDays(plan: WrittenPlanDates): number {
  if (plan.durationDays !== undefined) return plan.durationDays;
  return plan.endDate === undefined ? 1 : toDayNumber(plan.endDate) - toDayNumber(plan.startDate) + 1;
}

/**
 * A plan's last day as written: its `endDate`, else start + `durationDays` - 1 (the start itself
 * when it has neither). Extensions and pauses are not counted.
 *
 * @example
 * ```ts
 * writtenPlanEnd({ startDate: '2026-01-05', durationDays: 90 }); // => "2026-04-04"
 * ```
 *
 * @internal
 */
export function writtenPlanEnd(plan: WrittenPlanDates): CalendarDate {
  return plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 1) - 1);
}
