import { dateText, dayOf, isoWeekdayOfDay, type CalendarDate } from '../dates/calendar.js';
import type { CheckIn, Plan, PlanPhase } from '../schema/types.js';
import { dayOfIndex, isPausedDay, planClock, type PlanClock } from './clock.js';
import { CHECK_IN_MOVE_MESSAGES } from './messages.js';
import { phaseBoundaries, phaseOfDayWithin } from './phases.js';
import { requireHolidays } from './holidays.js';
import { timelinePolicyOrThrow, type Holiday, type TimelinePolicy, type TimelinePolicyOverrides } from './policy.js';

/** Where a scheduled check-in stands at `asOf`. */
export type CheckInSlotStatus = 'held' | 'missed' | 'overdue' | 'due' | 'upcoming';

/** Why a check-in slot is not on the date its cadence gives. */
export type CheckInMoveReason = 'pause' | 'holiday' | 'weekend';

/** One move of a check-in slot, with its reason: slots are never dropped silently. */
export interface CheckInSlotMove {
  readonly reason: CheckInMoveReason;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** `pause`: the days the plan was paused before the slot. */
  readonly days?: number;
  /** The holiday's name, when the host's calendar gives one. */
  readonly holiday?: string;
  /** The move in a sentence, worded from its fields by `CHECK_IN_MOVE_MESSAGES[reason]`. */
  readonly message: string;
}

/** One scheduled check-in and what became of it. */
export interface CheckInSlot {
  /** 1-based position in the schedule. */
  readonly index: number;
  /** The date the cadence gives on the unpaused calendar. */
  readonly writtenDate: CalendarDate;
  /** The date the schedule gives once paused days are counted (equal to `writtenDate` without pauses). */
  readonly scheduledFor: CalendarDate;
  /** The date it falls on after moving off holidays and weekends (equal to `scheduledFor` otherwise). */
  readonly date: CalendarDate;
  readonly status: CheckInSlotStatus;
  /** The record that fulfils it, when there is one. */
  readonly checkIn?: CheckIn;
  /** A held check-in with notes (shared notes or per-goal progress). */
  readonly documented: boolean;
  /** Every move from `writtenDate` to `date`, in order (empty when it did not move). */
  readonly moves: readonly CheckInSlotMove[];
  /** The phase of the plan on `date`. */
  readonly phase: PlanPhase | undefined;
}

/** Options for {@link checkInSlots}. */
export interface CheckInSlotOptions {
  readonly asOf: CalendarDate;
  /** Days after a slot's date before an unrecorded check-in counts as missed (default: the policy's `graceDays`, 2). */
  readonly graceDays?: number;
  /** Overrides of {@link DEFAULT_TIMELINE_POLICY}. */
  readonly policy?: TimelinePolicyOverrides;
  /**
   * Holidays from the host's calendar (dates, or `{ date, name }`), added to the schedule's own and
   * the policy's `holidays`: the same option `evaluatePlan` and `renderPlan` take, so the schedule,
   * the evaluation and the rendered plan count the same working days.
   */
  readonly holidays?: readonly Holiday[];
}

/**
 * The timeline policy with the host's `holidays` option added to its own.
 *
 * @throws RangeError when a holiday is not a calendar date.
 * @internal
 */
export function withHostHolidays(policy: TimelinePolicy, holidays: unknown): TimelinePolicy {
  const host = requireHolidays(holidays);
  return host.length > 0 ? { ...policy, holidays: [...policy.holidays, ...host] } : policy;
}

const WEEKDAY_NUMBER = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const;

/** Holidays by day number, with their names: a bare date keeps the name a dated holiday gave the same day. */
function holidayIndex(holidayLists: readonly (readonly Holiday[])[]): Map<number, string | undefined> {
  const out = new Map<number, string | undefined>();
  for (const holidays of holidayLists) {
    for (const holiday of holidays) {
      if (typeof holiday === 'string') {
        if (!out.has(dayOf(holiday))) out.set(dayOf(holiday), undefined);
      } else out.set(dayOf(holiday.date), holiday.name);
    }
  }
  return out;
}

const NO_MOVES: readonly CheckInSlotMove[] = /* @__PURE__ */ Object.freeze([]);

/** A slot as {@link matchedCheckIns} lays it out, its record filled in by {@link matchRecords}. */
interface SlotBeingMatched extends MatchedCheckIn {
  record: CheckIn | undefined;
}

/**
 * The schedule laid out on the plan clock, moving slots off holidays, weekends and paused days,
 * and matched to the records: {@link checkInSlots} without the dates written out or the statuses,
 * for callers that need only some (each status follows from `record` and {@link unrecordedStatus}).
 *
 * @internal
 */
export function matchedCheckIns(plan: Plan, clock: PlanClock, policy: TimelinePolicy): readonly MatchedCheckIn[] {
  const schedule = plan.checkInSchedule;
  if (!schedule) return [];
  const holidays = holidayIndex([schedule.holidays ?? [], policy.holidays]);
  const businessOnly = schedule.businessDaysOnly === true;
  const working = (day: number): boolean =>
    !holidays.has(day) && !(businessOnly && isoWeekdayOfDay(day) >= 6) && !isPausedDay(clock, day);
  const wanted = WEEKDAY_NUMBER[schedule.weekday];
  const first = schedule.firstDate
    ? dayOf(schedule.firstDate)
    : clock.startDay + ((wanted - isoWeekdayOfDay(clock.startDay) + 7) % 7);
  const step = schedule.cadence === 'weekly' ? 7 : 14;
  const lastIndex = clock.totalLength - 1;
  const slots: SlotBeingMatched[] = [];
  for (let written = first; written - clock.startDay <= lastIndex; written += step) {
    const index = written - clock.startDay;
    const scheduled = index < 0 ? written : dayOfIndex(clock, index);
    let offDay: MatchedCheckIn['offDay'];
    let day = scheduled;
    if (!working(day)) {
      // Next working day; if that passes the end date, the previous working day after the last slot.
      let next = day + 1;
      for (let guard = 0; !working(next) && guard < 1_000; guard += 1) next += 1;
      day = next;
      if (next > clock.endDay) {
        const floor = Math.max(clock.startDay, (slots[slots.length - 1]?.day ?? clock.startDay - 1) + 1);
        let previous = scheduled - 1;
        while (previous >= floor && !working(previous)) previous -= 1;
        if (previous >= floor) day = previous;
      }
      offDay = holidays.has(scheduled) ? 'holiday' : 'weekend';
    }
    // The holiday's name is there only when the scheduled day is a holiday (a working day is none).
    slots.push({ writtenDay: written, scheduledDay: scheduled, day, offDay, holiday: holidays.get(scheduled), record: undefined });
  }
  matchRecords(slots, plan.checkIns, policy.earlyCheckInDays);
  return slots;
}

/** A slot's moves, each with its sentence (pause first, then off a holiday or weekend), frozen. */
function movesOf(slot: MatchedCheckIn): readonly CheckInSlotMove[] {
  const { writtenDay: written, scheduledDay: scheduled, day, offDay, holiday } = slot;
  if (scheduled === written && offDay === undefined) return NO_MOVES;
  const moves: CheckInSlotMove[] = [];
  if (scheduled !== written) {
    const facts = { from: dateText(written), to: dateText(scheduled), days: scheduled - written };
    moves.push({ reason: 'pause', ...facts, message: CHECK_IN_MOVE_MESSAGES.pause(facts) });
  }
  if (offDay !== undefined) {
    const from = dateText(scheduled);
    const to = dateText(day);
    if (offDay === 'holiday') {
      const facts = holiday === undefined ? { from, to } : { from, to, holiday };
      moves.push({ reason: 'holiday', ...facts, message: CHECK_IN_MOVE_MESSAGES.holiday(facts) });
    } else moves.push({ reason: 'weekend', from, to, message: CHECK_IN_MOVE_MESSAGES.weekend({ from, to }) });
  }
  return Object.freeze(moves.map((move) => Object.freeze(move)));
}

/** Match records to slots (into each slot's `record`): by `scheduledFor` first, then by date within each slot's window. */
function matchRecords(slots: readonly SlotBeingMatched[], records: readonly CheckIn[], earlyDays: number): void {
  let byScheduled: Map<number, CheckIn[]> | undefined;
  for (const record of records) {
    if (record.scheduledFor === undefined) continue;
    byScheduled ??= new Map();
    const key = dayOf(record.scheduledFor);
    const list = byScheduled.get(key);
    if (list) list.push(record);
    else byScheduled.set(key, [record]);
  }
  let loose = records;
  if (byScheduled !== undefined) {
    const named = byScheduled;
    const taken = new Set<CheckIn>();
    for (const slot of slots) {
      for (const key of [slot.scheduledDay, slot.writtenDay, slot.day]) {
        const record = named.get(key)?.find((candidate) => !taken.has(candidate));
        if (record) {
          slot.record = record;
          taken.add(record);
          break;
        }
      }
    }
    loose = records.filter((record) => !taken.has(record));
  }
  // The records left, with their days, in date order (a stable sort of positions, only when out of order).
  const days = loose.map((record) => dayOf(record.date));
  const order = loose.map((_, k) => k);
  if (days.some((day, k) => k > 0 && day < (days[k - 1] as number))) order.sort((a, b) => (days[a] as number) - (days[b] as number));
  let i = 0;
  for (const k of order) {
    const day = days[k] as number;
    while (i + 1 < slots.length && day >= (slots[i + 1] as SlotBeingMatched).day - earlyDays) i += 1;
    const slot = slots[i];
    if (!slot || day < slot.day - earlyDays || slot.record !== undefined) continue;
    slot.record = loose[k];
  }
}

/**
 * The plan's scheduled check-ins from start to end, each matched to the record that fulfils it
 * (a record whose `scheduledFor` names the slot, or else the first unmatched record dated within
 * the slot's window, from `earlyCheckInDays` before it to just before the next one), with its
 * status at `asOf`. Slots live on the plan clock: a pause moves the later slots by the paused days.
 * A slot on a holiday (the schedule's or the policy's), on a weekend when `businessDaysOnly`, moves
 * to the next working day (or, past the end date, to the previous one) and records each move and
 * its reason in `moves`.
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data);
 * RangeError when a `holidays` entry is not a calendar date.
 * @example
 * ```ts
 * // 90-day plan from Monday 2026-01-05, weekly on Monday, holidays 2026-01-19 and 2026-02-16
 * const slots = checkInSlots(plan, { asOf: '2026-01-05' });
 * slots.length; // => 13
 * slots[2]?.date; // => "2026-01-20" (moved off Martin Luther King Jr. Day)
 * slots[2]?.moves[0]?.reason; // => "holiday"
 * ```
 */
export function checkInSlots(plan: Plan, options: CheckInSlotOptions): readonly CheckInSlot[] {
  const policy = withHostHolidays(timelinePolicyOrThrow(options.policy), options.holidays);
  const clock = planClock(plan, options.asOf);
  const asOfDay = dayOf(options.asOf);
  const grace = Math.max(0, Math.floor(options.graceDays ?? policy.graceDays));
  const bounds = phaseBoundaries(clock, policy);
  const slots = matchedCheckIns(plan, clock, policy).map((slot, i): CheckInSlot => {
    const { record } = slot;
    const status: CheckInSlotStatus = record ? record.status : unrecordedStatus(slot.day, asOfDay, grace);
    const documented = isDocumented(record);
    const writtenDate = dateText(slot.writtenDay);
    const scheduledFor = slot.scheduledDay === slot.writtenDay ? writtenDate : dateText(slot.scheduledDay);
    const date = slot.day === slot.scheduledDay ? scheduledFor : dateText(slot.day);
    const phase = phaseOfDayWithin(clock, bounds, slot.day);
    const moves = movesOf(slot);
    return Object.freeze(
      record
        ? { index: i + 1, writtenDate, scheduledFor, date, status, documented, moves, phase, checkIn: record }
        : { index: i + 1, writtenDate, scheduledFor, date, status, documented, moves, phase },
    );
  });
  // Our own objects are frozen; the plan's records are shared as they are (parsed plans are frozen already).
  return Object.freeze(slots);
}

/**
 * The status of a check-in slot on `day` with no record: upcoming, due on the day, overdue within
 * `grace` days after it, missed later.
 *
 * @internal
 */
export function unrecordedStatus(day: number, asOfDay: number, grace: number): Exclude<CheckInSlotStatus, 'held'> {
  if (day > asOfDay) return 'upcoming';
  if (day === asOfDay) return 'due';
  return asOfDay - day > grace ? 'missed' : 'overdue';
}

/**
 * A held check-in with notes (shared notes or per-goal progress): what `documented` says.
 *
 * @internal
 */
export function isDocumented(record: Pick<CheckIn, 'status' | 'notes' | 'progress'> | undefined): boolean {
  return record?.status === 'held' && Boolean(record.notes?.trim() || (record.progress?.length ?? 0) > 0);
}

/** A scheduled check-in in day numbers, with the record that fulfils it: what {@link checkInSlots} builds on. */
export interface MatchedCheckIn {
  readonly writtenDay: number;
  readonly scheduledDay: number;
  readonly day: number;
  /** Moved off its scheduled day: a holiday (with the host's name for it, when given) or a weekend. */
  readonly offDay: 'holiday' | 'weekend' | undefined;
  readonly holiday: string | undefined;
  readonly record: CheckIn | undefined;
}
