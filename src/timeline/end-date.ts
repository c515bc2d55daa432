import { dateText, dayOf, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { planClock, shiftedDay } from './clock.js';

/** Options for {@link planEndDate}. */
export interface PlanEndDateOptions {
  /** An open pause counts through this day, at most `LIMITS.planDays` days from the plan's start (without it, through its start day only). */
  readonly asOf?: CalendarDate;
}

/**
 * The plan's end date as it stands: the written end (or start + duration - 1) on the plan clock,
 * moved later by paused days and by the days of granted extensions. An extension's `days` are
 * authoritative (its `newEndDate` records the end at the time it was granted). With an open pause
 * the end date is provisional: pass `asOf` to count the pause through that day (at most through
 * the plan's start + `LIMITS.planDays`).
 *
 * @example
 * ```ts
 * planEndDate(plan); // => "2026-04-04" for a 90-day plan from 2026-01-05
 * planEndDate(pausedTenDays); // => "2026-04-14"
 * ```
 */
export function planEndDate(plan: Plan, options: PlanEndDateOptions = {}): CalendarDate {
  return dateText(planClock(plan, options.asOf).endDay);
}

/**
 * The calendar date on which a date written in the plan (a milestone, a due date) falls once the
 * plan's paused days are counted. Dates before the start, and all dates of a plan never paused,
 * are unchanged.
 *
 * @example
 * ```ts
 * planDateOf(pausedTenDaysFromFeb2, '2026-03-05'); // => "2026-03-15"
 * planDateOf(plan, '2026-03-05'); // => "2026-03-05" (never paused)
 * ```
 */
export function planDateOf(plan: Plan, written: CalendarDate, options: PlanEndDateOptions = {}): CalendarDate {
  return dateText(shiftedDay(planClock(plan, options.asOf), dayOf(written)));
}
