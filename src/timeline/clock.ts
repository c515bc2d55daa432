/**
 * The plan clock: which calendar days count as plan days.
 *
 * A plan runs for its written length (`durationDays`, or start to `endDate` inclusive) plus the days
 * of every granted extension, counted in *plan days*. A paused span stops the clock: its calendar
 * days are not plan days, so everything defined on the plan clock (end date, phases, check-ins,
 * support sessions, milestones) moves later by the paused days. An open pause (no `end` yet) is
 * counted through `asOf` when one is given, otherwise through its start day only, and at most
 * through the plan's start + `LIMITS.planDays` (so a plan paused for good and read as of
 * 9999-12-31 costs what ten years cost).
 *
 * Everything here is integer day numbers (days since 1970-01-01): no time zone is involved.
 *
 * @internal
 * @module
 */
import { dayOf, LAST_DAY_NUMBER, type CalendarDate } from '../dates/calendar.js';
import { writtenPlanDays } from '../dates/windows.js';
import { LIMITS } from '../schema/limits.js';
import type { Plan } from '../schema/types.js';

/** A paused span in day numbers, both ends inclusive, merged with overlapping spans. */
export interface PausedSpan {
  readonly start: number;
  readonly end: number;
  /** True when the span includes a pause that has not ended yet. */
  readonly open: boolean;
}

/** The plan clock of one plan at one `asOf`. */
export interface PlanClock {
  readonly startDay: number;
  /** Plan days as written (duration or start..endDate inclusive). */
  readonly writtenLength: number;
  /** Written length plus extensions. */
  readonly totalLength: number;
  /** Paused spans on or after the start, sorted and merged. */
  readonly paused: readonly PausedSpan[];
  /** The last plan day (day number). */
  readonly endDay: number;
  /** True when an open pause makes the end date provisional. */
  readonly provisional: boolean;
}

function pausedSpans(plan: Plan, startDay: number, asOfDay: number | undefined): PausedSpan[] {
  const raw: { -readonly [K in keyof PausedSpan]: PausedSpan[K] }[] = [];
  for (const pause of plan.pauses) {
    const s = dayOf(pause.start);
    const open = pause.end === undefined;
    // an open pause: through asOf, at most through start + LIMITS.planDays (and at least its start day)
    const e = open ? Math.max(s, Math.min(asOfDay ?? s, startDay + LIMITS.planDays)) : dayOf(pause.end as CalendarDate);
    const start = Math.max(s, startDay);
    if (e >= start) raw.push({ start, end: e, open });
  }
  raw.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: typeof raw = [];
  for (const span of raw) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end + 1) {
      // Our own span, widened in place.
      last.end = Math.max(last.end, span.end);
      last.open ||= span.open;
    } else merged.push(span);
  }
  return merged;
}

/** The day number of plan day `index` (0-based), skipping paused spans. Negative indexes count back from the start, unshifted. */
export function dayOfIndex(clock: Pick<PlanClock, 'startDay' | 'paused'>, index: number): number {
  let day = clock.startDay + index;
  if (index < 0) return day;
  for (const span of clock.paused) {
    if (span.start <= day) day += span.end - span.start + 1;
    else break;
  }
  return day;
}

/** Plan days strictly before `day` (from the start; 0 on or before the start). */
export function indexOfDay(clock: Pick<PlanClock, 'startDay' | 'paused'>, day: number): number {
  if (day <= clock.startDay) return day - clock.startDay;
  let paused = 0;
  for (const span of clock.paused) {
    if (span.start >= day) break;
    paused += Math.min(span.end, day - 1) - span.start + 1;
  }
  return day - clock.startDay - paused;
}

/** True when `day` falls in a paused span. */
export function isPausedDay(clock: Pick<PlanClock, 'paused'>, day: number): boolean {
  for (const span of clock.paused) {
    if (span.start > day) return false;
    if (day <= span.end) return true;
  }
  return false;
}

/** Build the plan clock at `asOf` (when given). */
export function planClock(plan: Plan, asOf?: CalendarDate): PlanClock {
  const startDay = dayOf(plan.startDate);
  const asOfDay = asOf === undefined ? undefined : dayOf(asOf);
  // at least the start day, whatever a plan built by hand writes
  const length = Math.max(1, writtenPlanDays(plan));
  const totalLength = length + plan.extensions.reduce((sum, extension) => sum + extension.days, 0);
  const paused = pausedSpans(plan, startDay, asOfDay);
  // parsePlan keeps the written length, extensions and ended pauses inside the calendar; an open
  // pause counted through an `asOf` near its end could still push past it: the end stops there.
  const endDay = Math.min(dayOfIndex({ startDay, paused }, totalLength - 1), LAST_DAY_NUMBER);
  const provisional = paused.some((span) => span.open && span.start <= endDay);
  return { startDay, writtenLength: length, totalLength, paused, endDay, provisional };
}

/** Paused calendar days from the start through `day` (inclusive). */
export function pausedDaysThrough(clock: PlanClock, day: number): number {
  let total = 0;
  for (const span of clock.paused) {
    if (span.start > day) break;
    total += Math.min(span.end, day) - span.start + 1;
  }
  return total;
}

/** The calendar date a date written on the unpaused calendar falls on, once pauses are counted. */
export function shiftedDay(clock: PlanClock, writtenDay: number): number {
  return writtenDay < clock.startDay ? writtenDay : dayOfIndex(clock, writtenDay - clock.startDay);
}
