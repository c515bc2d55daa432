/**
 * The one place that says which dates a goal is measured over as the plan writes them: its own
 * window, or the plan's start to its deadline, or (when the caller gives the plan's end) the
 * plan's dates. The checks, the evaluation and the documents all read a goal's window here; what
 * they do with it (cut it to the plan, move it with the plan clock, count its days) stays theirs.
 *
 * Structural types only, so this calendar module needs nothing from the schema.
 *
 * @internal
 * @module
 */
import { toDayNumber, type CalendarDate } from './calendar.js';

/** A span of calendar dates, both ends included. */
export interface DateWindow {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** The goal fields that date it: a window or a deadline (the schema allows one of them, or none). */
export interface GoalDates {
  readonly window?: DateWindow | undefined;
  readonly deadline?: CalendarDate | undefined;
}

/**
 * A goal's window as written: its own window; else the plan's start to its deadline; else, when
 * `planEnd` is given, the plan's start to `planEnd`; else undefined. The dates are not reordered
 * (a deadline before the plan's start gives an end before the start) and a new object is returned.
 *
 * @example
 * ```ts
 * writtenWindowOf({ deadline: '2026-03-31' }, '2026-01-05'); // => { start: '2026-01-05', end: '2026-03-31' }
 * writtenWindowOf({}, '2026-01-05'); // => undefined
 * writtenWindowOf({}, '2026-01-05', '2026-04-04'); // => { start: '2026-01-05', end: '2026-04-04' }
 * ```
 *
 * @internal
 */
export function writtenWindowOf(goal: GoalDates, planStart: CalendarDate, planEnd?: CalendarDate): DateWindow | undefined {
  if (goal.window) return { start: goal.window.start, end: goal.window.end };
  const end = goal.deadline ?? planEnd;
  return end === undefined ? undefined : { start: planStart, end };
}

/**
 * Days in a window, both ends included (zero or less when the end is before the start).
 *
 * @example
 * ```ts
 * windowDays({ start: '2026-01-05', end: '2026-01-11' }); // => 7
 * ```
 *
 * @internal
 */
export function windowDays(window: DateWindow): number {
  return toDayNumber(window.end) - toDayNumber(window.start) + 1;
}
