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
  const asOfDay = dayOf(options.asOf);
  const out: SupportSession[] = [];
  for (const session of dueSessions(plan, planClock(plan, options.asOf))) {
    const { commitment, dueDay, writtenDay, delivery } = session;
    const status = sessionStatus(delivery, dueDay, asOfDay);
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

const byDay = (a: number, b: number): number => a - b;
/**
 * Compare two dated records (a delivery, a log entry) by date, for `sort`.
 *
 * @internal
 */
export const byDate = (a: { readonly date: CalendarDate }, b: { readonly date: CalendarDate }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Every item compares at or after the one before it. */
function ordered<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i += 1) if (compare(items[i] as T, items[i - 1] as T) < 0) return false;
  return true;
}

/**
 * The status of a session due on `dueDay` at `asOfDay`: the delivery record's, else `overdue` once
 * the due date has passed, else `upcoming`.
 *
 * @internal
 */
export function sessionStatus(delivery: Pick<SupportDelivery, 'status'> | undefined, dueDay: number, asOfDay: number): SupportSessionStatus {
  if (delivery) return delivery.status;
  return dueDay < asOfDay ? 'overdue' : 'upcoming';
}

/** A support session in day numbers, with its commitment and delivery record. */
export interface DueSession {
  readonly commitment: SupportCommitment;
  readonly dueDay: number;
  readonly writtenDay: number;
  readonly delivery: SupportDelivery | undefined;
}

/**
 * Every session of every commitment, matched in date order to the delivery records:
 * {@link supportSessions} without the dates written out or the statuses ({@link sessionStatus}).
 *
 * @internal
 */
export function dueSessions(plan: Plan, clock: PlanClock): DueSession[] {
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
    // In due-date order, which is the written order: shiftedDay keeps days before the start as they
    // are and moves the n-th plan day to the n-th unpaused day, so a later written day is due later.
    // Sorted only when out of order: sort leaves an ordered list as it is, so the result is the same.
    if (!ordered(written, byDay)) written.sort(byDay);
    const deliveries = plan.supportDeliveries.filter((delivery) => delivery.commitmentId === commitment.id);
    if (!ordered(deliveries, byDate)) deliveries.sort(byDate);
    written.forEach((writtenDay, i) => {
      out.push({ commitment, dueDay: shiftedDay(clock, writtenDay), writtenDay, delivery: deliveries[i] });
    });
  }
  return out;
}
