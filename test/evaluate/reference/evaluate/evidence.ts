import { toDayNumber, type CalendarDate } from '../../../../src/dates/calendar.js';
import type { Plan } from '../../../../src/schema/types.js';
import { checkInSlots } from '../timeline/check-ins.js';
import { supportSessions } from '../timeline/support.js';
import { shareOf } from './numbers.js';
import type { EvaluationPolicy } from '../../../../src/evaluate/policy.js';
import type { CheckInEvidence, CheckInLogEntry, CommitmentDelivery, SupportEvidence, SupportLedgerEntry } from '../../../../src/evaluate/types.js';

/** The status of a scheduled check-in with no record by asOf (as the timeline gives it). */
function unrecordedStatus(day: number, asOfDay: number, grace: number): CheckInLogEntry['status'] {
  if (day > asOfDay) return 'upcoming';
  if (day === asOfDay) return 'due';
  return asOfDay - day > grace ? 'missed' : 'overdue';
}

/**
 * Check-ins held against those due (held or missed by `asOf`; those still within the grace days
 * are pending), documented against held, and the log of every scheduled check-in.
 * A plan without a schedule counts its check-in records instead.
 *
 * @internal
 */
export function checkInEvidence(plan: Plan, asOf: CalendarDate, policy: EvaluationPolicy): CheckInEvidence {
  const slots = checkInSlots(plan, { asOf, graceDays: policy.checkInGraceDays });
  const asOfDay = toDayNumber(asOf);
  const log: CheckInLogEntry[] = slots.map((slot) => {
    // A record dated after asOf had not happened yet as of asOf.
    const record = slot.checkIn && slot.checkIn.date <= asOf ? slot.checkIn : undefined;
    const status: CheckInLogEntry['status'] = record
      ? slot.status
      : slot.checkIn
        ? unrecordedStatus(toDayNumber(slot.date), asOfDay, policy.checkInGraceDays)
        : slot.status;
    return {
      scheduledFor: slot.scheduledFor,
      date: slot.date,
      status,
      documented: record ? slot.documented : false,
      heldOn: record?.status === 'held' ? record.date : null,
      notes: record?.notes?.trim() ? record.notes : null,
      progress: (record?.progress ?? []).map((p) => ({ goalId: p.goalId, note: p.note, value: p.value ?? null })),
      actions: (record?.actions ?? []).map((a) => a.description),
    };
  });
  if (slots.length === 0) {
    // No schedule: count the records up to asOf.
    for (const record of plan.checkIns) {
      if (record.date > asOf) continue;
      const documented = record.status === 'held' && Boolean(record.notes?.trim() || (record.progress?.length ?? 0) > 0);
      log.push({
        scheduledFor: record.scheduledFor ?? record.date,
        date: record.date,
        status: record.status,
        documented,
        heldOn: record.status === 'held' ? record.date : null,
        notes: record.notes?.trim() ? record.notes : null,
        progress: (record.progress ?? []).map((p) => ({ goalId: p.goalId, note: p.note, value: p.value ?? null })),
        actions: (record.actions ?? []).map((a) => a.description),
      });
    }
    log.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  const held = log.filter((e) => e.status === 'held').length;
  const missed = log.filter((e) => e.status === 'missed').length;
  const pending = log.filter((e) => e.status === 'overdue').length;
  const documented = log.filter((e) => e.status === 'held' && e.documented).length;
  const due = held + missed;
  const heldShare = shareOf(held, due);
  const elapsed = toDayNumber(asOf) - toDayNumber(plan.startDate) + 1;
  const noneHeldTooLong = slots.length === 0 && held === 0 && elapsed > policy.commitmentGraceDays;
  const shortfall = noneHeldTooLong || (heldShare !== null && heldShare < policy.minCheckInHeldShare);
  return {
    scheduled: slots.length,
    due,
    held,
    missed,
    pending,
    documented,
    heldShare,
    documentedShare: shareOf(documented, held),
    shortfall,
    log,
  };
}

/**
 * Support delivered against support committed and due by `asOf`, per commitment and overall,
 * and the ledger of every session. No support at all, past the grace days, is a shortfall.
 *
 * @internal
 */
export function supportEvidence(plan: Plan, asOf: CalendarDate, policy: EvaluationPolicy): SupportEvidence {
  const sessions = supportSessions(plan, { asOf });
  const commitments = new Map(plan.support.map((c) => [c.id, c]));
  const ledger: SupportLedgerEntry[] = sessions.map((session) => {
    const commitment = commitments.get(session.commitmentId);
    // A delivery record dated after asOf had not happened yet as of asOf.
    const delivery = session.delivery && session.delivery.date <= asOf ? session.delivery : undefined;
    const status: SupportLedgerEntry['status'] = delivery
      ? session.status
      : session.delivery
        ? session.dueDate < asOf
          ? 'overdue'
          : 'upcoming'
        : session.status;
    return {
      commitmentId: session.commitmentId,
      kind: commitment?.kind ?? 'other',
      description: commitment?.description ?? '',
      owner: commitment?.owner ?? null,
      ownerName: commitment?.ownerName ?? null,
      dueDate: session.dueDate,
      status,
      deliveredOn: delivery?.status === 'delivered' ? delivery.date : null,
      note: delivery?.note?.trim() ? delivery.note : null,
    };
  });
  const isDue = (e: SupportLedgerEntry): boolean => e.dueDate < asOf || e.status === 'delivered' || e.status === 'missed';
  const perCommitment: CommitmentDelivery[] = plan.support.map((commitment) => {
    const own = ledger.filter((e) => e.commitmentId === commitment.id && isDue(e));
    const delivered = own.filter((e) => e.status === 'delivered').length;
    return {
      commitmentId: commitment.id,
      kind: commitment.kind,
      description: commitment.description,
      due: own.length,
      delivered,
      share: shareOf(delivered, own.length),
    };
  });
  const dueEntries = ledger.filter(isDue);
  const delivered = dueEntries.filter((e) => e.status === 'delivered').length;
  const missed = dueEntries.filter((e) => e.status === 'missed').length;
  const deliveredShare = shareOf(delivered, dueEntries.length);
  const elapsed = toDayNumber(asOf) - toDayNumber(plan.startDate) + 1;
  const nothingCommitted = plan.support.length === 0 && elapsed > policy.commitmentGraceDays;
  const shortfall =
    nothingCommitted ||
    (deliveredShare !== null && deliveredShare < policy.minSupportDeliveredShare) ||
    perCommitment.some((c) => c.share !== null && c.share < policy.minCommitmentDeliveredShare);
  return {
    committed: ledger.length,
    due: dueEntries.length,
    delivered,
    missed,
    deliveredShare,
    commitments: perCommitment,
    shortfall,
    ledger,
  };
}
