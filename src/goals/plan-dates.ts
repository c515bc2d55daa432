/**
 * The plan dates the checks need, computed from the plan as written.
 *
 * @internal
 * @module
 */
import { shiftDate, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { windowDays, writtenWindowOf, type DateWindow } from '../dates/windows.js';
import type { Goal, Plan } from '../schema/types.js';

/**
 * The plan's last day as written (end date, or start + duration - 1), moved by granted
 * extensions. Pauses are the timeline's business; checks run before a plan starts.
 */
export function writtenEndDate(plan: Pick<Plan, 'startDate' | 'endDate' | 'durationDays' | 'extensions'>): CalendarDate {
  const written = plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 1) - 1);
  let end = written;
  for (const extension of plan.extensions) if (extension.newEndDate > end) end = extension.newEndDate;
  return end;
}

/** The plan's length in days, start and end included, as written (extensions not counted). */
export function writtenDurationDays(plan: Pick<Plan, 'startDate' | 'endDate' | 'durationDays'>): number {
  if (plan.durationDays !== undefined) return plan.durationDays;
  return plan.endDate === undefined ? 1 : toDayNumber(plan.endDate) - toDayNumber(plan.startDate) + 1;
}

/** A goal's window: its own, or from the plan's start to its deadline; undefined when it has neither. */
export function goalWindow(goal: Pick<Goal, 'window' | 'deadline'>, plan: Pick<Plan, 'startDate'>): DateWindow | undefined {
  return writtenWindowOf(goal, plan.startDate);
}

export { windowDays };
