/**
 * The plan dates the checks need, computed from the plan as written.
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import { windowDays, writtenPlanEnd, writtenWindowOf, type DateWindow } from '../dates/windows.js';
import type { Goal, Plan } from '../schema/types.js';

/**
 * The plan's last day as written (end date, or start + duration - 1), moved by granted
 * extensions. Pauses are the timeline's business; checks run before a plan starts.
 */
export function writtenEndDate(plan: Pick<Plan, 'startDate' | 'endDate' | 'durationDays' | 'extensions'>): CalendarDate {
  let end = writtenPlanEnd(plan);
  for (const extension of plan.extensions) if (extension.newEndDate > end) end = extension.newEndDate;
  return end;
}

/** A goal's window: its own, or from the plan's start to its deadline; undefined when it has neither. */
export function goalWindow(goal: Pick<Goal, 'window' | 'deadline'>, plan: Pick<Plan, 'startDate'>): DateWindow | undefined {
  return writtenWindowOf(goal, plan.startDate);
}

export { windowDays };
