import { dateText, dayOf, type CalendarDate } from '../dates/calendar.js';
import type { Plan, SupportCommitment, SupportDelivery } from '../schema/types.js';
import { planClock, shiftedDay, type PlanClock } from './clock.js';

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
  /**
   * How many days before a session's due date a delivery record may be dated and still count for
   * it (delivered early; default 3, the lifecycle policy's default `deliveryToleranceDays`). A
   * record dated on or after the due date always may (delivered late). Put from the record's side:
   * it counts for a session due on or before its date, or due at most this many days after it.
   */
  readonly deliveryToleranceDays?: number;
}

/**
 * The default of `deliveryToleranceDays`: a delivery dated up to 3 days before a session's due
 * date counts for it (the lifecycle policy's default; the evaluation uses it too).
 *
 * @internal
 */
export const DEFAULT_DELIVERY_TOLERANCE_DAYS = 3;

/** A whole number of days of 0 or more, else the default. */
function toleranceOf(days: number | undefined): number {
  return days !== undefined && Number.isFinite(days) ? Math.max(0, Math.floor(days)) : DEFAULT_DELIVERY_TOLERANCE_DAYS;
}

const STEP_DAYS = { week: 7, two_weeks: 14, month: 30 } as const;

/**
 * Every support session the plan commits to (from `dueDates`, or the `cadence` from its start
 * until the plan's end), each with the delivery record that fulfils it (the matching rule:
 * a record counts for a session due on or before the record's date (delivered late), or due at
 * most `deliveryToleranceDays` after the record's date, that is the record dated up to that many
 * days before the due date (delivered early); never for a session due later, and it fulfils one
 * session only) and its status at `asOf`:
 * `delivered` or `missed` from the record, else `overdue` once the due date has passed, else
 * `upcoming`. Sessions live on the plan clock: dates on or after the start move later by the days
 * the plan was paused before them (the rep was away; the session moves with the plan).
 *
 * @example
 * ```ts
 * supportSessions(plan, { asOf: '2026-02-02' }).filter((s) => s.status === 'delivered').length; // => 4
 * ```
 */
export function supportSessions(plan: Plan, options: SupportSessionOptions): readonly SupportSession[] {
  const asOfDay = dayOf(options.asOf);
  const out: SupportSession[] = [];
  for (const session of dueSessions(plan, planClock(plan, options.asOf), toleranceOf(options.deliveryToleranceDays))) {
    const { commitment, dueDay, writtenDay, delivery } = session;
    const status = sessionStatus(delivery, dueDay, asOfDay);
    // Built key by key in the order the optional keys appear (no spread copies).
    const built: { -readonly [K in keyof SupportSession]: SupportSession[K] } =
      dueDay !== writtenDay
        ? { commitmentId: commitment.id, dueDate: dateText(dueDay), writtenDueDate: dateText(writtenDay), status }
        : { commitmentId: commitment.id, dueDate: dateText(dueDay), status };
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
 * Every session of every commitment, each with the delivery record that fulfils it:
 * {@link supportSessions} without the dates written out or the statuses ({@link sessionStatus}).
 * The one matching of deliveries to sessions (the lifecycle's fairness guard and reminders, the
 * timeline, the rendered plan and the evaluation's support evidence all read it):
 *
 * - a record (delivered or missed) counts only for a session of its own commitment due on or before
 *   its date (delivered late), or due at most `tolerance` days after its date (the record dated up
 *   to `tolerance` days before the due date: delivered early): never for a session due later than
 *   that, so recording sessions ahead of time fulfils nothing;
 * - one record fulfils at most one session, and a session has at most one record;
 * - the records are taken in date order, each by the open session due closest to its date (the
 *   earlier one on a tie). Every record that can fulfil an open session does, so as many sessions
 *   are fulfilled as the dates allow.
 *
 * @internal
 */
export function dueSessions(plan: Plan, clock: PlanClock, tolerance: number = DEFAULT_DELIVERY_TOLERANCE_DAYS): DueSession[] {
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
    const dueDays = written.map((writtenDay) => shiftedDay(clock, writtenDay));
    const deliveries = plan.supportDeliveries.filter((delivery) => delivery.commitmentId === commitment.id);
    if (!ordered(deliveries, byDate)) deliveries.sort(byDate);
    const matched = matchDeliveries(dueDays, deliveries, tolerance);
    written.forEach((writtenDay, i) => {
      out.push({ commitment, dueDay: dueDays[i] as number, writtenDay, delivery: matched[i] });
    });
  }
  return out;
}

/**
 * The record fulfilling each session (by index), for sessions due on `dueDays` (ascending) and
 * records in date order: each record takes the open session due closest to its date among those
 * due no later than `tolerance` days after it (the earlier on a tie). Linear in sessions and
 * records but for the sessions due within the tolerance after a record.
 */
function matchDeliveries(dueDays: readonly number[], deliveries: readonly SupportDelivery[], tolerance: number): (SupportDelivery | undefined)[] {
  const matched: (SupportDelivery | undefined)[] = [];
  // The sessions due by the current record's date + tolerance and not fulfilled yet, in due order.
  const open: number[] = [];
  let next = 0;
  for (const delivery of deliveries) {
    const day = dayOf(delivery.date);
    while (next < dueDays.length && (dueDays[next] as number) <= day + tolerance) open.push(next++);
    // From the latest open session back: the closest to the record's date (the earlier on a tie);
    // past the first one due on or before the date, none is closer.
    let pick = -1;
    for (let k = open.length - 1; k >= 0; k -= 1) {
      const due = dueDays[open[k] as number] as number;
      if (pick < 0 || Math.abs(due - day) <= Math.abs((dueDays[open[pick] as number] as number) - day)) pick = k;
      if (due <= day) break;
    }
    if (pick >= 0) matched[open.splice(pick, 1)[0] as number] = delivery;
  }
  return matched;
}
