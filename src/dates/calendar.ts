/**
 * Calendar dates as `YYYY-MM-DD` strings, handled with integer day arithmetic.
 *
 * Nothing here reads the host clock or time zone: a calendar date names a day,
 * not an instant, so `2026-03-08` is the same day in Los Angeles and Kiritimati.
 * Internally a date is a *day number*: days since 1970-01-01 (proleptic Gregorian).
 * Day-number conversion follows Howard Hinnant's `days_from_civil` algorithm.
 *
 * @module
 */

/** A calendar date written `YYYY-MM-DD` (ISO 8601 extended, no time, no zone). */
export type CalendarDate = string;

/**
 * The day number of 9999-12-31, the last calendar day a `CalendarDate` can name.
 *
 * @internal
 */
export const LAST_DAY_NUMBER = 2_932_896;

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Days in each month of a common year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month of a year (29 for February of a leap year); 31 for anything that is not a
 * month 1-12 (what periodOf has always answered for text that is not a date: callers that
 * validate check the month themselves).
 *
 * @internal
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/**
 * True when `value` is written `YYYY-MM-DD` and names a real day (years 0001-9999).
 *
 * @example
 * ```ts
 * isCalendarDate('2028-02-29'); // => true (leap year)
 * isCalendarDate('2026-02-29'); // => false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || value.length !== 10 || !DATE_SHAPE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days since 1970-01-01 for a valid calendar date (checked once at the boundary by the schemas).
 * Day numbers make date arithmetic integer arithmetic.
 *
 * @example
 * ```ts
 * toDayNumber('1970-01-02'); // => 1
 * ```
 */
export function toDayNumber(date: CalendarDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Days since 1970-01-01 of a year, month and day (Howard Hinnant's days_from_civil):
 * {@link toDayNumber} on the parts of a date, for readers that have them as numbers already.
 *
 * @internal
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The calendar date of a day number (inverse of {@link toDayNumber}).
 *
 * @example
 * ```ts
 * fromDayNumber(20_458); // => "2026-01-05"
 * ```
 */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const { year, month, dayOfMonth } = civilOf(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(dayOfMonth, 2)}`;
}

/**
 * Year, month and day of a day number (Howard Hinnant's civil_from_days).
 *
 * @internal
 */
export function civilOf(dayNumber: number): { year: number; month: number; dayOfMonth: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dayOfMonth = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp + (mp < 10 ? 3 : -9);
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

/**
 * The date `days` days after `date` (negative goes back).
 *
 * @example
 * ```ts
 * shiftDate('2026-01-05', 89); // => "2026-04-04", the last day of a 90-day plan
 * shiftDate('2028-03-01', -1); // => "2028-02-29"
 * ```
 */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * daysBetween('2026-03-07', '2026-03-09'); // => 2, whatever the host's DST rules
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * ISO weekday of a date: 1 = Monday ... 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekday('2026-01-05'); // => 1 (a Monday)
 * ```
 */
export function isoWeekday(date: CalendarDate): IsoWeekday {
  return isoWeekdayOfDay(toDayNumber(date));
}

/**
 * ISO weekday (1 = Monday ... 7 = Sunday) of a day number (days since 1970-01-01, a Thursday).
 *
 * @internal
 */
export function isoWeekdayOfDay(day: number): IsoWeekday {
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/**
 * Compare two calendar dates; `YYYY-MM-DD` strings order like the days they name.
 *
 * @example
 * ```ts
 * ['2026-03-01', '2026-01-05'].sort(compareDates); // => ["2026-01-05", "2026-03-01"]
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/**
 * `String(value).padStart(2, '0')`, taken from a table for 0-99.
 *
 * @internal
 */
export function twoDigits(value: number): string {
  return TWO_DIGITS[value] ?? String(value).padStart(2, '0');
}

/**
 * The text of a day number: exactly `fromDayNumber(day)` (for any number), with the common years,
 * months and days taken from a table instead of padded.
 *
 * @internal
 */
export function dateText(dayNumber: number): CalendarDate {
  const { year, month, dayOfMonth } = civilOf(dayNumber);
  const y = year >= 0 && year <= 9999 ? twoDigits(Math.floor(year / 100)) + twoDigits(year % 100) : String(year).padStart(4, '0');
  return `${y}-${twoDigits(month)}-${twoDigits(dayOfMonth)}`;
}

/**
 * The day number of a calendar date, or NaN when `value` is not one: exactly
 * `isCalendarDate(value) ? toDayNumber(value) : NaN`, read character by character without
 * slicing (it runs once per observation).
 */
export function dayNumberOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(value, 0) * 100 + digitsAt(value, 2);
  const month = digitsAt(value, 5);
  const day = digitsAt(value, 8);
  // A NaN (not two digits) fails every comparison.
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? daysFromCivil(year, month, day) : Number.NaN;
}

/** The number written by the two characters of `text` at `at`, or NaN unless both are digits 0-9. */
function digitsAt(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const ones = text.charCodeAt(at + 1) - 48;
  // The unsigned compare also catches characters below '0'.
  return tens >>> 0 < 10 && ones >>> 0 < 10 ? tens * 10 + ones : Number.NaN;
}

/**
 * `toDayNumber(date)`, for every input: calendar dates read character by character, anything else
 * handed to toDayNumber itself.
 */
export function dayOf(date: CalendarDate): number {
  const day = dayNumberOf(date);
  return day === day ? day : toDayNumber(date);
}
