import { civilOf, dateText, daysFromCivil, daysInMonth, fromDayNumber, isoWeekdayOfDay, toDayNumber, twoDigits, type CalendarDate } from '../dates/calendar.js';

/** The length of a period in a series. */
export type PeriodUnit = 'day' | 'week' | 'month';

/** A calendar period, both ends inclusive. */
export interface Period {
  /** `2026-W02`-style key for weeks (ISO weeks, Monday first), `2026-01` for months, the date for days. */
  readonly key: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** Day number of the Monday on or before a day number (1970-01-01 was a Thursday). */
function mondayOnOrBefore(day: number): number {
  return day - isoWeekdayOfDay(day) + 1;
}

/**
 * The `2026-W02` key of the ISO week starting on a Monday (day number).
 *
 * @internal
 */
export function isoWeekKey(monday: number): string {
  // The ISO week-year is the year of the week's Thursday.
  const year = Number(dateText(monday + 3).slice(0, 4));
  const week = Math.floor((monday - mondayOnOrBefore(daysFromCivil(year, 1, 4))) / 7) + 1;
  return `${String(year).padStart(4, '0')}-W${twoDigits(week)}`;
}

/**
 * The period of a unit that contains `date`: its ISO week (Monday to Sunday), its calendar
 * month, or the day itself.
 *
 * @example
 * ```ts
 * periodOf('2026-01-07', 'week'); // => { key: "2026-W02", start: "2026-01-05", end: "2026-01-11" }
 * periodOf('2028-02-10', 'month'); // => { key: "2028-02", start: "2028-02-01", end: "2028-02-29" }
 * ```
 */
export function periodOf(date: CalendarDate, unit: PeriodUnit): Period {
  if (unit === 'day') return { key: date, start: date, end: date };
  if (unit === 'week') {
    const monday = mondayOnOrBefore(toDayNumber(date));
    return { key: isoWeekKey(monday), start: fromDayNumber(monday), end: fromDayNumber(monday + 6) };
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const prefix = date.slice(0, 7);
  return { key: prefix, start: `${prefix}-01`, end: `${prefix}-${String(daysInMonth(year, month)).padStart(2, '0')}` };
}

/**
 * Every period of a unit that overlaps `start .. end` (inclusive), in order. The first and last
 * periods may extend past the span; use {@link clipPeriod} for the part inside it.
 *
 * @example
 * ```ts
 * periodsBetween('2026-01-30', '2026-03-02', 'month').map((p) => p.key); // => ["2026-01", "2026-02", "2026-03"]
 * ```
 */
export function periodsBetween(start: CalendarDate, end: CalendarDate, unit: PeriodUnit): Period[] {
  const out: Period[] = [];
  if (end < start) return out;
  let current = periodOf(start, unit);
  for (;;) {
    out.push(current);
    if (current.end >= end) return out;
    current = periodOf(fromDayNumber(toDayNumber(current.end) + 1), unit);
  }
}

/**
 * The part of a period inside a span, or undefined when they do not overlap.
 *
 * @example
 * ```ts
 * clipPeriod(periodOf('2026-01-07', 'week'), { start: '2026-01-07', end: '2026-04-04' }); // => { key: "2026-W02", start: "2026-01-07", end: "2026-01-11" }
 * ```
 */
export function clipPeriod(period: Period, span: { readonly start: CalendarDate; readonly end: CalendarDate }): Period | undefined {
  const start = period.start > span.start ? period.start : span.start;
  const end = period.end < span.end ? period.end : span.end;
  return start <= end ? { key: period.key, start, end } : undefined;
}

/** A period in day numbers, both ends inclusive. */
export interface DaySpan {
  readonly start: number;
  readonly end: number;
}

/**
 * {@link periodOf} in day numbers, without its key: the period of a unit that contains `day`.
 *
 * @internal
 */
export function periodSpanOfDay(day: number, unit: PeriodUnit): DaySpan {
  if (unit === 'day') return { start: day, end: day };
  if (unit === 'week') {
    const monday = mondayOnOrBefore(day);
    return { start: monday, end: monday + 6 };
  }
  const { year, month, dayOfMonth } = civilOf(day);
  const start = day - dayOfMonth + 1;
  return { start, end: start + daysInMonth(year, month) - 1 };
}

/**
 * {@link periodOf}'s key for the period of a unit that starts on `startDay`.
 *
 * @internal
 */
export function periodKeyOfStart(startDay: number, unit: PeriodUnit): string {
  if (unit === 'week') return isoWeekKey(startDay);
  const date = dateText(startDay);
  return unit === 'day' ? date : date.slice(0, 7);
}
