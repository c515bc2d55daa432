/**
 * Calendar-date helpers on `YYYY-MM-DD` strings. No host clock or time zone is involved.
 *
 * @module
 */
export {
  type CalendarDate,
  type IsoWeekday,
  isCalendarDate,
  toDayNumber,
  fromDayNumber,
  shiftDate,
  daysBetween,
  isoWeekday,
  compareDates,
} from './calendar.js';
