/**
 * A small builder for evaluation scenarios: the realistic 90-day fixture plan, with check-in
 * records, support deliveries and weekly observations generated from simple per-week rules.
 */
import { assertPlan, checkInSlots, shiftDate, supportSessions, type Observation, type Plan, type PlanInput } from '../../src/index.js';
import { readFixture } from './fixtures.js';
import { livedInput } from './plans.js';

/** The 90-day conversion plan as input JSON (a fresh copy each call). */
export function fixtureInput(name = 'plan-90-day-conversion.json'): PlanInput {
  return readFixture(name) as PlanInput;
}

/** What one week brings for a metric: a value, a ratio's parts, or nothing. */
export type WeekValue = number | { readonly numerator: number; readonly denominator: number } | undefined;

/** Per-metric rules: week index (0 = the plan's first week) to a value. */
export type WeeklyRules = Readonly<Record<string, (week: number) => WeekValue>>;

/**
 * One observation per metric per week, dated on the week's fifth day (a Friday for a plan that
 * starts on a Monday), from `from` for `weeks` weeks.
 */
export function weeklyObservations(from: string, weeks: number, rules: WeeklyRules): Observation[] {
  const out: Observation[] = [];
  for (let week = 0; week < weeks; week += 1) {
    const date = shiftDate(from, 7 * week + 4);
    for (const [metricId, rule] of Object.entries(rules)) {
      const value = rule(week);
      if (value === undefined) continue;
      out.push(typeof value === 'number' ? { metricId, date, value } : { metricId, date, numerator: value.numerator, denominator: value.denominator });
    }
  }
  return out;
}

/** Options for {@link withRecords}. */
export interface RecordOptions {
  /** Indexes of scheduled check-ins that were missed. */
  readonly missedCheckIns?: ReadonlySet<number>;
  /** Whether held check-ins have notes (default true). */
  readonly documented?: boolean;
  /** Whether the n-th session of a commitment was missed (default: none missed). */
  readonly supportMissed?: (commitmentId: string, n: number) => boolean;
  /** Private notes on every held check-in (to prove they never leak). */
  readonly privateNotes?: string;
}

/**
 * Add check-in records for every scheduled check-in and a delivery record for every support
 * session of the plan, as the timeline schedules them.
 */
export function withRecords(input: PlanInput, options: RecordOptions = {}): PlanInput {
  const bare = assertPlan(input);
  const far = '2099-12-31';
  const slots = checkInSlots(bare, { asOf: far });
  const checkIns = slots.map((slot, i) => {
    const missed = options.missedCheckIns?.has(i) ?? false;
    return {
      id: `ci-${i + 1}`,
      date: slot.date,
      scheduledFor: slot.scheduledFor,
      status: missed ? ('missed' as const) : ('held' as const),
      ...(missed || options.documented === false ? {} : { notes: `Week ${i + 1}: reviewed every goal and agreed next steps.` }),
      ...(options.privateNotes && !missed ? { privateNotes: options.privateNotes } : {}),
    };
  });
  const counters = new Map<string, number>();
  const supportDeliveries = supportSessions(bare, { asOf: far }).map((session) => {
    const n = counters.get(session.commitmentId) ?? 0;
    counters.set(session.commitmentId, n + 1);
    const missed = options.supportMissed?.(session.commitmentId, n) ?? false;
    return { commitmentId: session.commitmentId, date: session.dueDate, status: missed ? ('missed' as const) : ('delivered' as const) };
  });
  return { ...input, checkIns, supportDeliveries };
}

/** Parse a scenario's plan, completed with the records its state implies ({@link livedInput}). */
export function planOf(input: PlanInput): Plan {
  return assertPlan(livedInput(input));
}

/** Ratio parts out of 100 attempts. */
export const per100 = (numerator: number) => ({ numerator, denominator: 100 });

/** Pick from a list by week, holding the last value. */
export const byWeek =
  <T>(values: readonly T[]) =>
  (week: number): T | undefined =>
    values[Math.min(week, values.length - 1)];
