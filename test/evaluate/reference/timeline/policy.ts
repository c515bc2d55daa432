import type { CalendarDate } from '../../../../src/dates/calendar.js';

/** A holiday from the host's calendar: a date, optionally with its name (used in explanations). */
export type Holiday = CalendarDate | { readonly date: CalendarDate; readonly name: string };

/**
 * The timeline's thresholds. Every field has a documented default in {@link DEFAULT_TIMELINE_POLICY};
 * pass a `Partial<TimelinePolicy>` to override some of them.
 */
export interface TimelinePolicy {
  /**
   * Days after a check-in's date during which an unrecorded check-in is `overdue`; after them it is
   * `missed`. Default `2`.
   */
  readonly graceDays: number;
  /**
   * A check-in record without `scheduledFor` held up to this many days before a slot's date still
   * fulfils that slot. Default `3`.
   */
  readonly earlyCheckInDays: number;
  /**
   * Relative lengths of the three phases (diagnose and develop, practise and apply, measure and
   * evaluate), scaled to the plan's written length. Default `[30, 30, 30]`: the spec's 90-day rhythm,
   * so a 30-day plan has three 10-day phases.
   */
  readonly phaseWeights: readonly [number, number, number];
  /**
   * Holidays from the host's calendar, added to the check-in schedule's own `holidays`. A check-in
   * falling on one moves to the next working day. Default `[]`.
   */
  readonly holidays: readonly Holiday[];
  /** Most extensions a plan may be granted. Default `1` (the usual "may be extended once"). */
  readonly maxExtensions: number;
  /** Most extension days in total, over all extensions. Default `30`. */
  readonly maxExtensionDays: number;
}

/** The default timeline policy. */
export const DEFAULT_TIMELINE_POLICY: TimelinePolicy = Object.freeze({
  graceDays: 2,
  earlyCheckInDays: 3,
  phaseWeights: Object.freeze([30, 30, 30]) as readonly [number, number, number],
  holidays: Object.freeze([]) as readonly Holiday[],
  maxExtensions: 1,
  maxExtensionDays: 30,
});

function wholeAtLeast(value: number | undefined, min: number, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;
}

/**
 * Merge overrides over the defaults. Numbers are made whole and non-negative; phase weights that
 * are not three positive finite numbers fall back to the default.
 *
 * @internal
 */
export function resolveTimelinePolicy(overrides: Partial<TimelinePolicy> = {}): TimelinePolicy {
  const d = DEFAULT_TIMELINE_POLICY;
  const weights = overrides.phaseWeights;
  const weightsOk = weights !== undefined && weights.length === 3 && weights.every((w) => Number.isFinite(w) && w > 0);
  return {
    graceDays: wholeAtLeast(overrides.graceDays, 0, d.graceDays),
    earlyCheckInDays: wholeAtLeast(overrides.earlyCheckInDays, 0, d.earlyCheckInDays),
    phaseWeights: weightsOk ? weights : d.phaseWeights,
    holidays: overrides.holidays ?? d.holidays,
    maxExtensions: wholeAtLeast(overrides.maxExtensions, 0, d.maxExtensions),
    maxExtensionDays: wholeAtLeast(overrides.maxExtensionDays, 0, d.maxExtensionDays),
  };
}
