/**
 * Dates and period keys written once per evaluation: the goals of a plan share their weeks and
 * months, so each day number is turned into its `YYYY-MM-DD` text (and each period into its key)
 * once, however many goals and readings use it.
 *
 * @internal
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import { dateText } from '../metrics/columns.js';
import { periodKeyOfStart, type PeriodUnit } from '../metrics/periods.js';

const UNIT_CODE = { day: 0, week: 1, month: 2 } as const;

/** Entries kept before a memo starts over: a long batch over scattered dates stays small. */
const MAX_ENTRIES = 20_000;

/** A memo of day-number texts, for one evaluation or one batch of them. */
export class DayNames {
  private readonly dates = new Map<number, CalendarDate>();
  private readonly keys = new Map<number, string>();

  /** The calendar date of a day number (fromDayNumber, memoised). */
  date(day: number): CalendarDate {
    let text = this.dates.get(day);
    if (text === undefined) {
      text = dateText(day);
      if (this.dates.size >= MAX_ENTRIES) this.dates.clear();
      this.dates.set(day, text);
    }
    return text;
  }

  /** The key of the period of `unit` that starts on `startDay` (periodOf's key, memoised). */
  periodKey(startDay: number, unit: PeriodUnit): string {
    const id = startDay * 3 + UNIT_CODE[unit];
    let key = this.keys.get(id);
    if (key === undefined) {
      key = periodKeyOfStart(startDay, unit);
      if (this.keys.size >= MAX_ENTRIES) this.keys.clear();
      this.keys.set(id, key);
    }
    return key;
  }
}
