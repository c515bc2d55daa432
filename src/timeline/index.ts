/**
 * The plan's calendar: effective end date, check-in slots and support sessions at `asOf`.
 *
 * CONTRACT (shared by lifecycle and evaluate). The signatures and result shapes here are
 * stable; the issue-4 work refines the rules (pauses shifting dates, holidays, business days,
 * phases, grace periods) behind them.
 *
 * @module
 */
import { shiftDate, toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { CheckIn, Plan, SupportDelivery } from '../schema/types.js';

/**
 * The plan's end date as it stands: the written end (or start + duration - 1), moved by paused
 * days and by granted extensions.
 *
 * @example
 * ```ts
 * planEndDate(plan); // => "2026-04-04" for a 90-day plan from 2026-01-05
 * ```
 */
export function planEndDate(plan: Plan): CalendarDate {
  const written = plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 1) - 1);
  const extended = plan.extensions.reduce((end, extension) => (extension.newEndDate > end ? extension.newEndDate : end), written);
  return extended;
}

/** Where a scheduled check-in stands at `asOf`. */
export type CheckInSlotStatus = 'held' | 'missed' | 'overdue' | 'due' | 'upcoming';

/** One scheduled check-in and what became of it. */
export interface CheckInSlot {
  /** The date the schedule gives. */
  readonly scheduledFor: CalendarDate;
  /** The date it falls on after moving off holidays and weekends (equal to `scheduledFor` otherwise). */
  readonly date: CalendarDate;
  readonly status: CheckInSlotStatus;
  /** The record that fulfils it, when there is one. */
  readonly checkIn?: CheckIn;
  /** A held check-in with notes (shared notes or per-goal progress). */
  readonly documented: boolean;
}

/** Options for {@link checkInSlots}. */
export interface CheckInSlotOptions {
  readonly asOf: CalendarDate;
  /** Days after a slot's date before an unrecorded check-in counts as missed (default 2). */
  readonly graceDays?: number;
}

const WEEKDAY_NUMBER = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const;

/**
 * The plan's scheduled check-ins from start to end, each matched to the record that fulfils it
 * (a record whose `scheduledFor` names the slot, or the nearest unmatched record within the
 * slot's interval), with its status at `asOf`.
 *
 * @example
 * ```ts
 * checkInSlots(plan, { asOf: '2026-02-02' }).filter((s) => s.status === 'held').length; // => 4
 * ```
 */
export function checkInSlots(plan: Plan, options: CheckInSlotOptions): readonly CheckInSlot[] {
  const schedule = plan.checkInSchedule;
  if (!schedule) return [];
  const grace = options.graceDays ?? 2;
  const end = planEndDate(plan);
  const startDay = toDayNumber(schedule.firstDate ?? plan.startDate);
  const wanted = WEEKDAY_NUMBER[schedule.weekday];
  const startWeekday = ((((startDay + 3) % 7) + 7) % 7) + 1;
  let day = schedule.firstDate ? startDay : startDay + ((wanted - startWeekday + 7) % 7);
  const step = schedule.cadence === 'weekly' ? 7 : 14;
  const endDay = toDayNumber(end);
  const asOfDay = toDayNumber(options.asOf);
  const used = new Set<CheckIn>();
  const slots: CheckInSlot[] = [];
  for (; day <= endDay; day += step) {
    const date = shiftDate('1970-01-01', day);
    const windowEnd = shiftDate(date, step - 1);
    const record =
      plan.checkIns.find((c) => !used.has(c) && c.scheduledFor === date) ??
      plan.checkIns.find((c) => !used.has(c) && c.scheduledFor === undefined && c.date >= shiftDate(date, -3) && c.date <= windowEnd);
    if (record) used.add(record);
    const status: CheckInSlotStatus = record
      ? record.status
      : day > asOfDay
        ? 'upcoming'
        : day === asOfDay
          ? 'due'
          : asOfDay - day > grace
            ? 'missed'
            : 'overdue';
    const documented = record?.status === 'held' && Boolean(record.notes?.trim() || (record.progress?.length ?? 0) > 0);
    slots.push(record ? { scheduledFor: date, date, status, checkIn: record, documented } : { scheduledFor: date, date, status, documented });
  }
  return slots;
}

/** Where a support session stands at `asOf`. */
export type SupportSessionStatus = 'delivered' | 'missed' | 'overdue' | 'upcoming';

/** One support session the company committed to. */
export interface SupportSession {
  readonly commitmentId: string;
  readonly dueDate: CalendarDate;
  readonly status: SupportSessionStatus;
  readonly delivery?: SupportDelivery;
}

/**
 * Every support session the plan commits to (from `dueDates`, or the `cadence` from its start
 * until the plan's end), each matched to a delivery record, with its status at `asOf`.
 *
 * @example
 * ```ts
 * supportSessions(plan, { asOf: '2026-02-02' }).filter((s) => s.status === 'delivered').length; // => 4
 * ```
 */
export function supportSessions(plan: Plan, options: { readonly asOf: CalendarDate }): readonly SupportSession[] {
  const end = planEndDate(plan);
  const out: SupportSession[] = [];
  for (const commitment of plan.support) {
    const dates: CalendarDate[] = [...(commitment.dueDates ?? [])];
    if (commitment.cadence) {
      const step = commitment.cadence.every === 'week' ? 7 : commitment.cadence.every === 'two_weeks' ? 14 : 30;
      let date = commitment.cadence.starting ?? plan.startDate;
      for (let n = 0; date <= end && (commitment.cadence.count === undefined || n < commitment.cadence.count); n += 1) {
        dates.push(date);
        date = shiftDate(date, step);
      }
    }
    dates.sort();
    const deliveries = plan.supportDeliveries.filter((d) => d.commitmentId === commitment.id).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    dates.forEach((dueDate, i) => {
      const delivery = deliveries[i];
      const status: SupportSessionStatus = delivery ? delivery.status : dueDate < options.asOf ? 'overdue' : 'upcoming';
      out.push(delivery ? { commitmentId: commitment.id, dueDate, status, delivery } : { commitmentId: commitment.id, dueDate, status });
    });
  }
  return out;
}
