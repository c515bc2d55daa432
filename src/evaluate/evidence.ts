import { dayOf, type CalendarDate } from '../dates/calendar.js';
import type { CheckIn, Plan, SupportCommitment } from '../schema/types.js';
import { isDocumented, matchedCheckIns, unrecordedStatus } from '../timeline/check-ins.js';
import type { PlanClock } from '../timeline/clock.js';
import { DEFAULT_TIMELINE_POLICY, type Holiday, type TimelinePolicy } from '../timeline/policy.js';
import { byDate, dueSessions, sessionStatus } from '../timeline/support.js';
import type { DayNames } from './day-names.js';
import { shareOf } from './numbers.js';
import type { EvaluationPolicy } from './policy.js';
import type { CheckInEvidence, CheckInLogEntry, CommitmentDelivery, SupportEvidence, SupportLedgerEntry } from './types.js';

const NONE: readonly never[] = Object.freeze([]);
const NO_HOLIDAYS: readonly Holiday[] = NONE;

/** More days since the start (counting the start day) than the grace days without check-ins or support. */
function pastGraceDays(asOfDay: number, clock: PlanClock, policy: EvaluationPolicy): boolean {
  return asOfDay - clock.startDay + 1 > policy.commitmentGraceDays;
}

type LoggedRecord = Pick<CheckIn, 'status' | 'date' | 'notes' | 'progress' | 'actions'>;

/** The items as the log shows them, frozen (the shared empty list when there are none). */
function frozenList<T, U>(items: readonly T[] | undefined, shown: (item: T) => U): readonly U[] {
  return items && items.length > 0 ? Object.freeze(items.map(shown)) : NONE;
}

/** One frozen log entry; the record's notes, progress and actions as the log shows them. */
function logEntry(scheduledFor: CalendarDate, date: CalendarDate, status: CheckInLogEntry['status'], record: LoggedRecord | undefined): CheckInLogEntry {
  return Object.freeze({
    scheduledFor,
    date,
    status,
    documented: isDocumented(record),
    heldOn: record?.status === 'held' ? record.date : null,
    notes: record?.notes?.trim() ? record.notes : null,
    progress: frozenList(record?.progress, (p) => Object.freeze({ goalId: p.goalId, note: p.note, value: p.value ?? null })),
    actions: frozenList(record?.actions, (a) => a.description),
  });
}

/**
 * Check-ins held against those due (held or missed by `asOf`; those still within the grace days
 * are pending), documented against held, and the log of every scheduled check-in (without
 * `keepLog`, figures only: the counts, and an empty log). A plan without a schedule counts its
 * check-in records instead.
 *
 * @internal
 */
export function checkInEvidence(
  plan: Plan,
  asOf: CalendarDate,
  policy: EvaluationPolicy,
  names: DayNames,
  clock: PlanClock,
  holidays: readonly Holiday[] = NO_HOLIDAYS,
  keepLog = true,
): CheckInEvidence {
  const asOfDay = dayOf(asOf);
  // The timeline's slots (default timeline policy, with the host's holidays: the schedule's own are
  // the plan's), dates written once. The evaluation's grace days are a whole number of 0 or more
  // (resolvePolicy sees to it), as the timeline would make them.
  const timeline: TimelinePolicy = holidays.length > 0 ? { ...DEFAULT_TIMELINE_POLICY, holidays } : DEFAULT_TIMELINE_POLICY;
  const slots = matchedCheckIns(plan, clock, timeline);
  const log: CheckInLogEntry[] = [];
  let held = 0;
  let missed = 0;
  let pending = 0;
  let documented = 0;
  // Each entry counted as it is read; kept in the log unless only the figures are asked for.
  const read = (scheduledFor: CalendarDate, date: CalendarDate, status: CheckInLogEntry['status'], record: LoggedRecord | undefined): void => {
    if (status === 'held') {
      held += 1;
      if (isDocumented(record)) documented += 1;
    } else if (status === 'missed') missed += 1;
    else if (status === 'overdue') pending += 1;
    if (keepLog) log.push(logEntry(scheduledFor, date, status, record));
  };
  for (const slot of slots) {
    // A record dated after asOf had not happened yet as of asOf.
    const record = slot.record && slot.record.date <= asOf ? slot.record : undefined;
    const status = record ? record.status : unrecordedStatus(slot.day, asOfDay, policy.checkInGraceDays);
    read(names.date(slot.scheduledDay), names.date(slot.day), status, record);
  }
  if (slots.length === 0) {
    // No schedule: count the records up to asOf.
    for (const record of plan.checkIns) {
      if (record.date > asOf) continue;
      read(record.scheduledFor ?? record.date, record.date, record.status, record);
    }
    log.sort(byDate);
  }
  const due = held + missed;
  const heldShare = shareOf(held, due);
  const noneHeldTooLong = slots.length === 0 && held === 0 && pastGraceDays(asOfDay, clock, policy);
  const shortfall = noneHeldTooLong || (heldShare !== null && heldShare < policy.minCheckInHeldShare);
  return Object.freeze({
    scheduled: slots.length,
    due,
    held,
    missed,
    pending,
    documented,
    heldShare,
    documentedShare: shareOf(documented, held),
    shortfall,
    log: keepLog ? Object.freeze(log) : NONE,
  });
}

/** A commitment and its sessions due and delivered so far. */
interface CommitmentTally {
  readonly commitment: SupportCommitment;
  due: number;
  delivered: number;
}

/**
 * Support delivered against support committed and due by `asOf`, per commitment and overall,
 * and the ledger of every session (without `keepLedger`, figures only: an empty ledger). No
 * support at all, past the grace days, is a shortfall.
 *
 * @internal
 */
export function supportEvidence(
  plan: Plan,
  asOf: CalendarDate,
  policy: EvaluationPolicy,
  names: DayNames,
  clock: PlanClock,
  keepLedger = true,
): SupportEvidence {
  const asOfDay = dayOf(asOf);
  const sessions = dueSessions(plan, clock);
  // Per commitment id, the last commitment listed with it (a parsed plan's ids are unique) and the
  // due and delivered sessions of every commitment with it, counted in the same pass as the ledger.
  const byId = new Map(plan.support.map((commitment): [string, CommitmentTally] => [commitment.id, { commitment, due: 0, delivered: 0 }]));
  const ledger: SupportLedgerEntry[] = [];
  let due = 0;
  let delivered = 0;
  let missed = 0;
  for (const session of sessions) {
    const commitmentId = session.commitment.id;
    // The session's commitment is one of the plan's: its id is in byId.
    const tally = byId.get(commitmentId) as CommitmentTally;
    const { commitment } = tally;
    // A delivery record dated after asOf had not happened yet as of asOf.
    const delivery = session.delivery && session.delivery.date <= asOf ? session.delivery : undefined;
    const status = sessionStatus(delivery, session.dueDay, asOfDay);
    if (keepLedger) ledger.push(
      Object.freeze({
        commitmentId,
        kind: commitment.kind,
        description: commitment.description,
        owner: commitment.owner ?? null,
        ownerName: commitment.ownerName ?? null,
        dueDate: names.date(session.dueDay),
        status,
        deliveredOn: delivery?.status === 'delivered' ? delivery.date : null,
        note: delivery?.note?.trim() ? delivery.note : null,
      }),
    );
    // Upcoming exactly when neither delivered, missed nor past its due date.
    if (status === 'upcoming') continue;
    due += 1;
    tally.due += 1;
    if (status === 'delivered') {
      delivered += 1;
      tally.delivered += 1;
    } else if (status === 'missed') missed += 1;
  }
  const perCommitment: CommitmentDelivery[] = plan.support.map((commitment) => {
    const own = byId.get(commitment.id) as CommitmentTally;
    return Object.freeze({
      commitmentId: commitment.id,
      kind: commitment.kind,
      description: commitment.description,
      due: own.due,
      delivered: own.delivered,
      share: shareOf(own.delivered, own.due),
    });
  });
  const deliveredShare = shareOf(delivered, due);
  const nothingCommitted = plan.support.length === 0 && pastGraceDays(asOfDay, clock, policy);
  const shortfall =
    nothingCommitted ||
    (deliveredShare !== null && deliveredShare < policy.minSupportDeliveredShare) ||
    perCommitment.some((c) => c.share !== null && c.share < policy.minCommitmentDeliveredShare);
  return Object.freeze({
    committed: sessions.length,
    due,
    delivered,
    missed,
    deliveredShare,
    commitments: Object.freeze(perCommitment),
    shortfall,
    ledger: keepLedger ? Object.freeze(ledger) : NONE,
  });
}
