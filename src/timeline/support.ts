import type { CalendarDate } from '../dates/calendar.js';
import { dayOf } from '../metrics/columns.js';
import type { Plan, SupportCommitment, SupportDelivery } from '../schema/types.js';
import { dateOf, planClock, shiftedDay, type PlanClock } from './clock.js';

/** Where a support session stands at `asOf`. */
export type SupportSessionStatus = 'delivered' | 'missed' | 'overdue' | 'upcoming';

/** One support session the company committed to. */
export interface SupportSession {
  readonly commitmentId: string;
  /** The date the session is due, once paused days are counted. */
  readonly dueDate: CalendarDate;
  /** The due date as written (or given by the cadence) on the unpaused calendar, when a pause moved it. */
  readonly writtenDueDate?: CalendarDate;
  readonly status: SupportSessionStatus;
  readonly delivery?: SupportDelivery;
  /** The commitment's owner, when named. */
  readonly owner?: string;
}

/** Options for {@link supportSessions}. */
export interface SupportSessionOptions {
  readonly asOf: CalendarDate;
}

const STEP_DAYS = { week: 7, two_weeks: 14, month: 30 } as const;

/**
 * Every support session the plan commits to (from `dueDates`, or the `cadence` from its start
 * until the plan's end), each matched in date order to a delivery record, with its status at
 * `asOf`: `delivered` or `missed` from the record, else `overdue` once the due date has passed,
 * else `upcoming`. Sessions live on the plan clock: dates on or after the start move later by the
 * days the plan was paused before them (the rep was away; the session moves with the plan).
 *
 * @example
 * ```ts
 * supportSessions(plan, { asOf: '2026-02-02' }).filter((s) => s.status === 'delivered').length; // => 4
 * ```
 */
export function supportSessions(plan: Plan, options: SupportSessionOptions): readonly SupportSession[] {
  const out: SupportSession[] = [];
  for (const session of dueSessions(plan, planClock(plan, options.asOf), dayOf(options.asOf))) {
    const { commitment, dueDay, writtenDay, status, delivery } = session;
    // Built key by key in the order the optional keys appear (no spread copies).
    const built: { -readonly [K in keyof SupportSession]: SupportSession[K] } =
      dueDay !== writtenDay
        ? { commitmentId: commitment.id, dueDate: dateOf(dueDay), writtenDueDate: dateOf(writtenDay), status }
        : { commitmentId: commitment.id, dueDate: dateOf(dueDay), status };
    if (delivery) built.delivery = delivery;
    if (commitment.owner !== undefined) built.owner = commitment.owner;
    out.push(Object.freeze(built));
  }
  return Object.freeze(out);
}

const byDate = (a: SupportDelivery, b: SupportDelivery): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Every item compares at or after the one before it. */
function ordered<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) if (compare(items[i] as T, items[i - 1] as T) < 0) return false;
  return true;
}

/** A support session in day numbers, with its commitment, delivery record and status. */
export interface DueSession {
  readonly commitment: SupportCommitment;
  readonly dueDay: number;
  readonly writtenDay: number;
  readonly status: SupportSessionStatus;
  readonly delivery: SupportDelivery | undefined;
}

/**
 * Every session of every commitment, matched in date order to the delivery records:
 * {@link supportSessions} without the dates written out.
 *
 * @internal
 */
export function dueSessions(plan: Plan, clock: PlanClock, asOfDay: number): DueSession[] {
  const lastIndex = clock.totalLength - 1;
  const out: DueSession[] = [];
  for (const commitment of plan.support) {
    const written: number[] = (commitment.dueDates ?? []).map(dayOf);
    if (commitment.cadence) {
      const step = STEP_DAYS[commitment.cadence.every];
      const count = commitment.cadence.count;
      let day = dayOf(commitment.cadence.starting ?? plan.startDate);
      for (let n = 0; day - clock.startDay <= lastIndex && (count === undefined || n < count); n += 1) {
        written.push(day);
        day += step;
      }
    }
    const dues = written.map((day) => ({ written: day, due: shiftedDay(clock, day) }));
    // Sorted only when out of order: sort leaves an ordered list as it is, so the result is the same.
    if (!ordered(dues, (x, y) => x.due - y.due)) dues.sort((x, y) => x.due - y.due);
    const deliveries = plan.supportDeliveries.filter((delivery) => delivery.commitmentId === commitment.id);
    if (!ordered(deliveries, byDate)) deliveries.sort(byDate);
    dues.forEach(({ written: writtenDay, due }, i) => {
      const delivery = deliveries[i];
      const status: SupportSessionStatus = delivery ? delivery.status : due < asOfDay ? 'overdue' : 'upcoming';
      out.push({ commitment, dueDay: due, writtenDay, status, delivery });
    });
  }
  return out;
}
