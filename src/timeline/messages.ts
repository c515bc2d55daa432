/**
 * Every sentence the timeline writes, kept together so wording stays consistent.
 *
 * @internal
 * @module
 */
import { isoWeekday, type CalendarDate } from '../dates/calendar.js';
import type { Catalog } from '../issues/issue.js';

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

/**
 * What each check-in move's message reads: the move's own fields (dates, the paused days, the
 * holiday's name as the host's calendar gives it), so a stored move is worded again with
 * `CHECK_IN_MOVE_MESSAGES[move.reason](move)`.
 */
export interface CheckInMoveFactsByReason {
  readonly pause: { readonly from: CalendarDate; readonly to: CalendarDate; readonly days: number };
  readonly holiday: { readonly from: CalendarDate; readonly to: CalendarDate; readonly holiday?: string };
  readonly weekend: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/**
 * The English sentence of each check-in move, from its facts.
 *
 * @example
 * ```ts
 * import { CHECK_IN_MOVE_MESSAGES } from 'improvement-plan';
 * CHECK_IN_MOVE_MESSAGES.weekend({ from: '2026-04-04', to: '2026-04-03' });
 * // => "Moved from Saturday 4 April 2026 to Friday 3 April 2026: check-ins are on business days only."
 * ```
 */
export const CHECK_IN_MOVE_MESSAGES: Catalog<CheckInMoveFactsByReason> = {
  pause: (f) => `Moved from ${formatDay(f.from)} to ${formatDay(f.to)}: the plan was paused for ${f.days} day${f.days === 1 ? '' : 's'} before it.`,
  holiday: (f) => `Moved from ${formatDay(f.from)} to ${formatDay(f.to)}: ${f.from} is a holiday${f.holiday ? ` (${f.holiday})` : ''}.`,
  weekend: (f) => `Moved from ${formatDay(f.from)} to ${formatDay(f.to)}: check-ins are on business days only.`,
};

/**
 * The facts of each extension proposal code: the extensions used and the most the policy allows
 * (`extension_count_exceeded`); the days asked for, the days left and the policy's total
 * (`extension_days_exceeded`); the days granted and the end date before and after
 * (`extension_granted`, the sentence of a proposal that is granted).
 */
export type ExtensionFactsByCode = {
  readonly extension_count_exceeded: { readonly used: number; readonly max: number };
  readonly extension_days_exceeded: { readonly requested: number; readonly left: number; readonly max: number };
  readonly extension_granted: { readonly days: number; readonly previousEndDate: string; readonly newEndDate: string };
};

/** The extension proposals' part of the English catalog: why one cannot be granted, and what one granted does. */
export const EXTENSION_MESSAGES: Catalog<ExtensionFactsByCode> = {
  extension_count_exceeded: (f) => `The plan has had ${f.used} extension${f.used === 1 ? '' : 's'}; the policy allows at most ${f.max}.`,
  extension_days_exceeded: (f) =>
    `An extension of ${f.requested} day${f.requested === 1 ? '' : 's'} is more than the ${f.left} day${f.left === 1 ? '' : 's'} left of the policy's ${f.max}-day total.`,
  extension_granted: (f) => `Extended by ${f.days} day${f.days === 1 ? '' : 's'}: the end date moves from ${f.previousEndDate} to ${f.newEndDate}.`,
};
