/**
 * Small numeric helpers shared by the evaluators. Rounding is monotone (a larger input never
 * rounds to a smaller output), so rounded figures keep every monotonicity guarantee.
 *
 * @internal
 * @module
 */
import { isoWeekdayOfDay } from '../dates/calendar.js';

/** Round to 4 decimal places (0.01 percentage points). */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000 + 0; // + 0 turns -0 into 0
}

/** Round to 2 decimal places. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

/** Round to 1 decimal place. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}

/** Clamp into [lo, hi]. */
export function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

/** +1 when higher is better, -1 when lower is better. */
export function favourableSign(direction: 'higher_is_better' | 'lower_is_better'): 1 | -1 {
  return direction === 'higher_is_better' ? 1 : -1;
}

/** Whether `value` is at or past `target` in the favourable direction, with a tolerance for binary rounding. */
export function atOrPast(value: number, target: number, sign: 1 | -1): boolean {
  return sign * (value - target) >= -1e-9 * Math.max(1, Math.abs(target));
}

/** A share `part / whole`, or null when there is no whole. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? round4(part / whole) : null;
}

/** Working days (by ISO weekday flags, index 1..7) between two day numbers, both inclusive. */
export function workingDaysBetween(fromDay: number, toDay: number, working: readonly boolean[]): number {
  return workingDaysWith(fromDay, toDay, working, workingPerWeek(working));
}

/** Working days in a week: the flags set. */
export function workingPerWeek(working: readonly boolean[]): number {
  let perWeek = 0;
  for (const w of working) if (w) perWeek += 1;
  return perWeek;
}

/** {@link workingDaysBetween} with the working days per week counted once. */
export function workingDaysWith(fromDay: number, toDay: number, working: readonly boolean[], perWeek: number): number {
  if (toDay < fromDay) return 0;
  const weeks = Math.floor((toDay - fromDay + 1) / 7);
  let count = weeks * perWeek;
  for (let day = fromDay + weeks * 7; day <= toDay; day += 1) {
    if (working[isoWeekdayOfDay(day)]) count += 1;
  }
  return count;
}

/** Flags indexed by ISO weekday (index 0 unused). */
export function workingFlags(days: readonly number[]): boolean[] {
  const flags = [false, false, false, false, false, false, false, false];
  for (const day of days) flags[day] = true;
  return flags;
}
