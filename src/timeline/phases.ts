import { dateText, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { Plan, PlanPhase } from '../schema/types.js';
import { dayOfIndex, indexOfDay, isPausedDay, pausedDaysThrough, planClock, type PlanClock } from './clock.js';
import { timelinePolicyOrThrow, type TimelinePolicy, type TimelinePolicyOverrides } from './policy.js';

/** The three phases in order. */
export const PLAN_PHASES: readonly PlanPhase[] = Object.freeze(['diagnose_and_develop', 'practise_and_apply', 'measure_and_evaluate']);

/** One phase of the plan's rhythm on the calendar. */
export interface PhaseSpan {
  readonly phase: PlanPhase;
  /** First calendar day of the phase. */
  readonly start: CalendarDate;
  /** Last calendar day of the phase (inclusive; the plan's end date for the last phase). */
  readonly end: CalendarDate;
  /** Plan days in the phase (paused days excluded). */
  readonly days: number;
  /** 1-based plan day on which the phase starts. */
  readonly firstPlanDay: number;
}

/**
 * Where the phases begin, in 0-based plan days: `[0, b1, b2, total]`. The split scales the policy's
 * weights to the *written* length; extension days belong to the last phase, so an extension never
 * sends a plan back to an earlier phase.
 *
 * @internal
 */
export function phaseBoundaries(clock: PlanClock, policy: TimelinePolicy): readonly [number, number, number, number] {
  const [w1, w2, w3] = policy.phaseWeights;
  const sum = w1 + w2 + w3;
  const length = clock.writtenLength;
  const b1 = Math.min(length, Math.max(1, Math.round((length * w1) / sum)));
  const b2 = Math.min(length, Math.max(b1, Math.round((length * (w1 + w2)) / sum)));
  return [0, b1, b2, clock.totalLength];
}

/** @internal */
export function phaseSpansOf(clock: PlanClock, policy: TimelinePolicy): PhaseSpan[] {
  const bounds = phaseBoundaries(clock, policy);
  const spans: PhaseSpan[] = [];
  PLAN_PHASES.forEach((phase, i) => {
    const from = bounds[i] as number;
    const to = bounds[i + 1] as number;
    if (to <= from) return;
    spans.push({ phase, start: dateText(dayOfIndex(clock, from)), end: dateText(dayOfIndex(clock, to - 1)), days: to - from, firstPlanDay: from + 1 });
  });
  return spans;
}

/** The phase a plan day (0-based) is in. @internal */
export function phaseOfIndex(clock: PlanClock, policy: TimelinePolicy, index: number): PlanPhase {
  const [, b1, b2] = phaseBoundaries(clock, policy);
  if (index < b1) return 'diagnose_and_develop';
  if (index < b2) return 'practise_and_apply';
  return 'measure_and_evaluate';
}

/** The phase on a calendar day, or undefined outside start..end. Paused days keep the phase of the last plan day. @internal */
export function phaseOfDay(clock: PlanClock, policy: TimelinePolicy, day: number): PlanPhase | undefined {
  return phaseOfDayWithin(clock, phaseBoundaries(clock, policy), day);
}

/** {@link phaseOfDay} with the boundaries worked out once. @internal */
export function phaseOfDayWithin(clock: PlanClock, bounds: readonly [number, number, number, number], day: number): PlanPhase | undefined {
  if (day < clock.startDay || day > clock.endDay) return undefined;
  const raw = indexOfDay(clock, day);
  const index = isPausedDay(clock, day) ? Math.max(0, raw - 1) : raw;
  if (index < bounds[1]) return 'diagnose_and_develop';
  if (index < bounds[2]) return 'practise_and_apply';
  return 'measure_and_evaluate';
}

/** Options shared by the timeline functions. */
export interface TimelineOptions {
  /** The day the question is asked; an open pause counts through this day. */
  readonly asOf?: CalendarDate;
  /** Overrides of {@link DEFAULT_TIMELINE_POLICY}. */
  readonly policy?: TimelinePolicyOverrides;
}

/**
 * The three phases of the plan's rhythm (diagnose and develop, practise and apply, measure and
 * evaluate) on the calendar, scaled to the plan's length and moved by paused days.
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data).
 * @example
 * ```ts
 * planPhases(plan90).map((p) => `${p.phase} ${p.start}..${p.end}`);
 * // => ["diagnose_and_develop 2026-01-05..2026-02-03",
 * //     "practise_and_apply 2026-02-04..2026-03-05",
 * //     "measure_and_evaluate 2026-03-06..2026-04-04"]
 * ```
 */
export function planPhases(plan: Plan, options: TimelineOptions = {}): readonly PhaseSpan[] {
  return phaseSpansOf(planClock(plan, options.asOf), timelinePolicyOrThrow(options.policy));
}

/**
 * The phase the plan is in on `date`: undefined before the start and after the end date. During a
 * pause the plan stays in the phase it was in (its clock is stopped).
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data).
 * @example
 * ```ts
 * phaseAt(plan90, '2026-02-04'); // => "practise_and_apply" (day 31 of 90)
 * phaseAt(plan90, '2026-04-05'); // => undefined (after the end)
 * ```
 */
export function phaseAt(plan: Plan, date: CalendarDate, options: TimelineOptions = {}): PlanPhase | undefined {
  const clock = planClock(plan, options.asOf ?? date);
  return phaseOfDay(clock, timelinePolicyOrThrow(options.policy), toDayNumber(date));
}

/** How far along the plan is at `asOf`. */
export interface PlanProgress {
  readonly asOf: CalendarDate;
  /** 1-based plan day at `asOf`; undefined before the start, after the end, or on a paused day. */
  readonly dayOfPlan: number | undefined;
  /** Plan days passed up to and including `asOf` (paused days do not count). */
  readonly daysElapsed: number;
  /** Plan days left after `asOf`. */
  readonly daysRemaining: number;
  /** Calendar days from `asOf` to the end date (0 on or after it). */
  readonly calendarDaysRemaining: number;
  /** Plan days in total: written length plus extensions. */
  readonly totalDays: number;
  /** Calendar days paused from the start through `asOf`. */
  readonly pausedDays: number;
  /** True when `asOf` falls in a pause. */
  readonly paused: boolean;
  /** The phase at `asOf` (undefined outside start..end). */
  readonly phase: PlanPhase | undefined;
  /** The end date as it stands at `asOf`. */
  readonly endDate: CalendarDate;
}

/**
 * Days elapsed and remaining at `asOf`, on the plan clock (paused days do not count).
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data).
 * @example
 * ```ts
 * const p = planProgress(plan90, { asOf: '2026-01-05' });
 * [p.dayOfPlan, p.daysElapsed, p.daysRemaining]; // => [1, 1, 89]
 * ```
 */
export function planProgress(plan: Plan, options: { readonly asOf: CalendarDate; readonly policy?: TimelinePolicyOverrides }): PlanProgress {
  const clock = planClock(plan, options.asOf);
  const policy = timelinePolicyOrThrow(options.policy);
  const asOfDay = toDayNumber(options.asOf);
  const elapsed = Math.min(clock.totalLength, Math.max(0, indexOfDay(clock, asOfDay + 1)));
  const paused = isPausedDay(clock, asOfDay);
  const within = asOfDay >= clock.startDay && asOfDay <= clock.endDay;
  return {
    asOf: options.asOf,
    dayOfPlan: within && !paused ? indexOfDay(clock, asOfDay) + 1 : undefined,
    daysElapsed: elapsed,
    daysRemaining: clock.totalLength - elapsed,
    calendarDaysRemaining: Math.max(0, clock.endDay - asOfDay),
    totalDays: clock.totalLength,
    pausedDays: pausedDaysThrough(clock, asOfDay),
    paused,
    phase: phaseOfDay(clock, policy, asOfDay),
    endDate: dateText(clock.endDay),
  };
}
