import { toDayNumber, type CalendarDate } from '../../../../src/dates/calendar.js';
import type { Plan, SupportDelivery } from '../../../../src/schema/types.js';
import { dateOf, planClock, shiftedDay } from './clock.js';

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
  const clock = planClock(plan, options.asOf);
  const asOfDay = toDayNumber(options.asOf);
  const lastIndex = clock.totalLength - 1;
  const out: SupportSession[] = [];
  for (const commitment of plan.support) {
    const written: number[] = (commitment.dueDates ?? []).map(toDayNumber);
    if (commitment.cadence) {
      const step = STEP_DAYS[commitment.cadence.every];
      const count = commitment.cadence.count;
      let day = toDayNumber(commitment.cadence.starting ?? plan.startDate);
      for (let n = 0; day - clock.startDay <= lastIndex && (count === undefined || n < count); n += 1) {
        written.push(day);
        day += step;
      }
    }
    const dues = written.map((day) => ({ written: day, due: shiftedDay(clock, day) })).sort((a, b) => a.due - b.due);
    const deliveries = plan.supportDeliveries
      .filter((delivery) => delivery.commitmentId === commitment.id)
      .slice()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    // Issue 13 (changed on purpose, as src/timeline/support.ts): a record counts for a session due on
    // or before its date, or at most 3 days after it (the default deliveryToleranceDays), never a
    // later one; one record per session; records in date order, each to the open session due
    // closest to its date (the earlier on a tie).
    const matched: (SupportDelivery | undefined)[] = dues.map(() => undefined);
    for (const delivery of deliveries) {
      const day = toDayNumber(delivery.date);
      let best = -1;
      dues.forEach(({ due }, i) => {
        if (matched[i] !== undefined || due > day + 3) return;
        if (best < 0 || Math.abs(due - day) < Math.abs((dues[best] as { due: number }).due - day)) best = i;
      });
      if (best >= 0) matched[best] = delivery;
    }
    dues.forEach(({ written: writtenDay, due }, i) => {
      const delivery = matched[i];
      const status: SupportSessionStatus = delivery ? delivery.status : due < asOfDay ? 'overdue' : 'upcoming';
      const session: SupportSession = {
        commitmentId: commitment.id,
        dueDate: dateOf(due),
        ...(due !== writtenDay ? { writtenDueDate: dateOf(writtenDay) } : {}),
        status,
        ...(delivery ? { delivery } : {}),
        ...(commitment.owner !== undefined ? { owner: commitment.owner } : {}),
      };
      out.push(Object.freeze(session));
    });
  }
  return Object.freeze(out);
}
