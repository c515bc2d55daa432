/**
 * The one holiday calendar: the plan's schedule holidays plus the host's (`holidays` options,
 * the timeline policy's `holidays`). Every function that counts working days reads it from here.
 *
 * @internal
 * @module
 */
import { dayOf, isCalendarDate, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import type { Holiday } from './policy.js';

/** The date of a holiday (a date, or `{ date, name }`). */
export function holidayDate(holiday: Holiday): CalendarDate {
  return typeof holiday === 'string' ? holiday : holiday.date;
}

/**
 * Check a host's `holidays` option: a list of calendar dates written `YYYY-MM-DD`, or
 * `{ date, name }`. A wrong one is a programming error (like a wrong `asOf`), not data.
 *
 * @throws RangeError naming the first entry that is not a holiday.
 */
export function requireHolidays(holidays: unknown): readonly Holiday[] {
  if (holidays === undefined) return NONE;
  if (!Array.isArray(holidays)) throw new RangeError(`holidays must be a list of calendar dates written YYYY-MM-DD, not ${describe(holidays)}`);
  holidays.forEach((holiday: unknown, i) => {
    const ok =
      isCalendarDate(holiday) ||
      (holiday !== null && typeof holiday === 'object' && isCalendarDate((holiday as { date?: unknown }).date) && typeof (holiday as { name?: unknown }).name === 'string');
    if (!ok) throw new RangeError(`holidays[${i}] must be a calendar date written YYYY-MM-DD (or { date, name }), not ${describe(holiday)}`);
  });
  return holidays as readonly Holiday[];
}

function describe(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return typeof value;
  }
}

/** The plan's schedule holidays and the host's, as sorted, distinct day numbers. */
export function holidayDayNumbers(plan: Plan, hostHolidays: readonly Holiday[]): readonly number[] {
  const own = plan.checkInSchedule?.holidays ?? NONE;
  if (own.length === 0 && hostHolidays.length === 0) return NO_DAYS;
  const days = new Set<number>();
  for (const date of own) days.add(dayOf(date));
  for (const holiday of hostHolidays) days.add(dayOf(holidayDate(holiday)));
  return [...days].sort((a, b) => a - b);
}

const NONE: readonly never[] = Object.freeze([]);
const NO_DAYS: readonly number[] = Object.freeze([]);
