/**
 * Every sentence the timeline writes, kept together so wording stays consistent.
 *
 * @internal
 * @module
 */
import { isoWeekday, type CalendarDate } from '../../../../src/dates/calendar.js';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Monday 19 January 2026", from the date string alone (no locale, no time zone). */
export function formatDay(date: CalendarDate): string {
  const weekday = WEEKDAY_NAMES[isoWeekday(date) - 1] ?? '';
  const month = MONTH_NAMES[Number(date.slice(5, 7)) - 1] ?? '';
  return `${weekday} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** Why a check-in moved. */
export const MOVE_MESSAGES = {
  pause: (from: CalendarDate, to: CalendarDate, days: number) =>
    `Moved from ${formatDay(from)} to ${formatDay(to)}: the plan was paused for ${days} day${days === 1 ? '' : 's'} before it.`,
  holiday: (from: CalendarDate, to: CalendarDate, name: string | undefined) =>
    `Moved from ${formatDay(from)} to ${formatDay(to)}: ${from} is a holiday${name ? ` (${name})` : ''}.`,
  weekend: (from: CalendarDate, to: CalendarDate) =>
    `Moved from ${formatDay(from)} to ${formatDay(to)}: check-ins are on business days only.`,
} as const;

/** Why an extension cannot be granted. */
export const EXTENSION_MESSAGES = {
  extension_count_exceeded: (used: number, max: number) =>
    `The plan has had ${used} extension${used === 1 ? '' : 's'}; the policy allows at most ${max}.`,
  extension_days_exceeded: (requested: number, left: number, max: number) =>
    `An extension of ${requested} day${requested === 1 ? '' : 's'} is more than the ${left} day${left === 1 ? '' : 's'} left of the policy's ${max}-day total.`,
  extension_granted: (days: number, previous: CalendarDate, next: CalendarDate) =>
    `Extended by ${days} day${days === 1 ? '' : 's'}: the end date moves from ${previous} to ${next}.`,
} as const;
