/**
 * The working calendar of one plan's evaluation: which days are working days (the policy's
 * `workingDays`, less the holidays and the paused days), and the plan clock that a pause stops.
 *
 * Paused days (leave) are outside every measure: no period, share, coverage, trend, pace or
 * expected value counts them, and (with the policy's `windowsFollowPauses`, the default) the
 * dates a goal writes (its window, deadline and milestones) move with the plan clock as the
 * plan's end date does. Holidays (the schedule's and the host's `holidays`) are not working days.
 *
 * @internal
 * @module
 */
import { isoWeekdayOfDay, LAST_DAY_NUMBER } from '../dates/calendar.js';
import { shiftedDay, type PausedSpan, type PlanClock } from '../timeline/clock.js';
import { workingDaysWith } from './numbers.js';

/** First index in a sorted list at or after `day`. */
function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A plan's working calendar at `asOf` (its clock counts an open pause through `asOf`). */
export class WorkCalendar {
  /** Holidays on working weekdays that are not paused, as sorted day numbers. */
  readonly holidays: readonly number[];
  /** No paused day and no holiday on a working day: every count is the weekday flags' own. */
  readonly plain: boolean;

  constructor(
    readonly clock: PlanClock,
    readonly working: readonly boolean[],
    readonly perWeek: number,
    holidayDays: readonly number[],
    /** Goal windows, deadlines and milestones move with the plan clock. */
    readonly follow: boolean,
  ) {
    this.holidays = holidayDays.filter((day) => working[isoWeekdayOfDay(day)] === true && !this.isPaused(day));
    this.plain = clock.paused.length === 0 && this.holidays.length === 0;
  }

  /** The paused spans, sorted and merged (adjacent spans too). */
  get paused(): readonly PausedSpan[] {
    return this.clock.paused;
  }

  /** Whether `day` falls in a pause. */
  isPaused(day: number): boolean {
    for (const span of this.clock.paused) {
      if (span.start > day) return false;
      if (day <= span.end) return true;
    }
    return false;
  }

  /** Paused calendar days in `from .. to` (inclusive). */
  pausedDays(from: number, to: number): number {
    let total = 0;
    for (const span of this.clock.paused) {
      if (span.start > to) break;
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      if (end >= start) total += end - start + 1;
    }
    return total;
  }

  /** Whether every day of `from .. to` is paused (spans are merged, so one span holds them all). */
  pausedAll(from: number, to: number): boolean {
    for (const span of this.clock.paused) {
      if (span.start > from) return false;
      if (span.end >= to) return true;
    }
    return false;
  }

  /** Working days in `from .. to` (inclusive): the policy's working weekdays, less holidays and paused days. */
  workingDays(from: number, to: number): number {
    if (to < from) return 0;
    let count = workingDaysWith(from, to, this.working, this.perWeek);
    if (this.plain) return count;
    for (const span of this.clock.paused) {
      if (span.start > to) break;
      const start = Math.max(span.start, from);
      const end = Math.min(span.end, to);
      if (end >= start) count -= workingDaysWith(start, end, this.working, this.perWeek);
    }
    return count - (lowerBound(this.holidays, to + 1) - lowerBound(this.holidays, from));
  }

  /**
   * The day on the plan clock: the calendar day less the paused days before it. A paused day reads
   * as the last plan day before its pause (the clock stands still), as the timeline's phases do.
   */
  clockDay(day: number): number {
    let before = 0;
    for (const span of this.clock.paused) {
      if (span.end < day) before += span.end - span.start + 1;
      else if (span.start <= day) return span.start - 1 - before;
      else break;
    }
    return day - before;
  }

  /** A date the plan writes, on the calendar once paused days are counted (unchanged unless windows follow pauses). */
  shift(day: number): number {
    // Never past 9999-12-31, the last day a date can name (the plan's end stops there too).
    return this.follow && this.clock.paused.length > 0 ? Math.min(shiftedDay(this.clock, day), Math.max(day, LAST_DAY_NUMBER)) : day;
  }
}
