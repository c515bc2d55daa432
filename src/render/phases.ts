/**
 * The three-phase rhythm of a plan (domain spec section 3), scaled to the plan's length.
 *
 * TO BE REPLACED: src/timeline has no phase function yet (issue 4 adds one, with pauses and
 * extensions). When it does, the plan renderer should call it and this module goes away.
 *
 * @internal
 * @module
 */
import { daysBetween, shiftDate, type CalendarDate } from '../dates/calendar.js';
import type { PlanPhase } from '../schema/types.js';

/** One phase: its days (1-based, counting the start day) and dates, both ends inclusive. */
export interface PhaseSpan {
  readonly phase: PlanPhase;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

const ORDER: readonly PlanPhase[] = ['diagnose_and_develop', 'practise_and_apply', 'measure_and_evaluate'];

/**
 * The phases from `start` to `end`: thirds of the plan, so a 90-day plan gets days 1-30,
 * 31-60 and 61-90, a 30-day plan days 1-10, 11-20 and 21-30. Empty phases (plans shorter than
 * three days) are left out.
 */
export function phaseSpans(start: CalendarDate, end: CalendarDate): readonly PhaseSpan[] {
  const total = daysBetween(start, end) + 1;
  if (total < 1) return [];
  const cuts = [0, Math.round(total / 3), Math.round((2 * total) / 3), total];
  const spans: PhaseSpan[] = [];
  ORDER.forEach((phase, i) => {
    const firstDay = (cuts[i] ?? 0) + 1;
    const lastDay = cuts[i + 1] ?? total;
    if (lastDay < firstDay) return;
    spans.push({ phase, firstDay, lastDay, start: shiftDate(start, firstDay - 1), end: shiftDate(start, lastDay - 1) });
  });
  return spans;
}
