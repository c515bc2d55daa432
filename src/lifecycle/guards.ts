/**
 * The conditions behind the chart's guards, as small pure functions of a plan, and the guards
 * several commands share (each command's own guards are in its module, `commands/<command>.ts`).
 *
 * @internal
 * @module
 */
import { toDayNumber, type CalendarDate } from '../dates/calendar.js';
import type { Plan, PlanPhase } from '../schema/types.js';
import { phaseAt, planEndDate } from '../timeline/index.js';
import type { TimelinePolicy } from '../timeline/policy.js';
import type { Guard } from './command.js';
import { refuse, type ResolvedContext } from './outcome.js';
import { mayReview } from './people.js';
import type { LifecyclePolicy } from './policy.js';
import type { RecordIndex } from './records.js';

/** No text, or only blanks. */
export const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** `reason_given`. */
export const reasonGiven: Guard<{ readonly reason?: string | undefined }> = {
  name: 'reason_given',
  label: 'A non-blank reason is given.',
  check: (_plan, command) => (blank(command.reason) ? refuse('reason_required') : undefined),
};

/** `valid_change`, checked on the changed plan (see `validateChange` in transition.ts); `structure` unless a command's own guard says `full` or new observations. */
export const validChange: Guard = {
  name: 'valid_change',
  label: 'The plan after the change still passes parsePlan (references, weights, sizes).',
};

/**
 * `plan_has_run`, on a plan awaiting acknowledgement: a record belongs to a plan that ran (one
 * amended while it ran waits for the re-signatures with its clock running; one awaiting its first
 * acknowledgement has not started).
 */
export const hasRun: Guard = {
  name: 'plan_has_run',
  label:
    'The plan was activated before (an amendment made while it ran awaits the re-signatures, and its clock keeps running): an activate entry in the log, or a check-in, support delivery, pause or extension.',
  check: (plan, _command, ctx) => (planHasRun(plan, ctx.index) ? undefined : refuse('plan_not_running')),
};

/**
 * `record_dated_in_plan`: each record's date against the plan and `asOf`, not after `asOf` (it has
 * not happened yet), and for check-ins and support sessions (`beforeStart`) not before the start
 * (observations before the start are the rep's baseline). `dates` gives each date with its place
 * in the command.
 */
export function recordDated<C>(dates: (command: C) => readonly (readonly [string, readonly (string | number)[]])[], beforeStart: boolean): Guard<C> {
  return {
    name: 'record_dated_in_plan',
    label: 'The record is dated on or before asOf; a check-in or support delivery also on or after the start date (observations before it are the baseline).',
    check: (plan: Plan, command: C, ctx: ResolvedContext) => {
      for (const [date, path] of dates(command)) {
        if (date > ctx.asOf) return refuse('record_in_future', { date: ctx.asOf, recordDate: date }, { date: ctx.asOf, path });
        if (beforeStart && date < plan.startDate) return refuse('record_before_start', { date: plan.startDate, recordDate: date }, { date: plan.startDate, path });
      }
      return undefined;
    },
  };
}

/**
 * HR's latest review approved the plan, and was given by someone who may review it (the plan's HR
 * partner, or under `reviewBy: 'any_independent_hr'` anyone but the plan's manager and employee).
 */
export function hrApproved(plan: Plan, policy: Pick<LifecyclePolicy, 'reviewBy'>): boolean {
  const review = plan.reviews.at(-1);
  return review?.decision === 'approved' && mayReview(plan, review.by, policy);
}

/** The id of the person who signs for `role` (the plan's manager or employee). */
const signerOf = (plan: Plan, role: 'manager' | 'employee'): string => (role === 'manager' ? plan.manager.id : plan.employee.id);

/** A signature of the current revision, signed by the plan's own person for its role. */
function signsCurrentRevision(plan: Plan, signature: Plan['signatures'][number]): boolean {
  return signature.revision === plan.revision && (signature.role === 'manager' || signature.role === 'employee') && signature.signerId === signerOf(plan, signature.role);
}

/**
 * The signer roles whose acknowledgement of the current revision is missing. A signature counts
 * only when its `signerId` is the plan's own manager (role manager) or employee (role employee).
 */
export function missingAcknowledgements(plan: Plan): ('manager' | 'employee')[] {
  const signed = new Set(plan.signatures.filter((s) => signsCurrentRevision(plan, s)).map((s) => s.role));
  return (['manager', 'employee'] as const).filter((role) => !signed.has(role));
}

/** Someone has acknowledged the current revision (an amendment now needs re-acknowledgement). */
export function anyAcknowledgement(plan: Plan): boolean {
  return plan.signatures.some((s) => signsCurrentRevision(plan, s));
}

/**
 * The plan has run: it was activated, so its clock keeps running while an amendment awaits the
 * re-signatures. The evidence: an `activate` entry in the log, or a record only a running plan
 * takes (a check-in, a support delivery, a pause, an extension), for a plan stored without its
 * log. A plan awaiting its first acknowledgement has none. Read from the index and list lengths:
 * constant time, so replay stays linear.
 */
export function planHasRun(plan: Plan, index: Pick<RecordIndex, 'activated'>): boolean {
  return index.activated() || plan.checkIns.length > 0 || plan.supportDeliveries.length > 0 || plan.pauses.length > 0 || plan.extensions.length > 0;
}

/** The phase an active plan is in at `asOf`: clamped to the first phase before the start and the last after the end. */
export function activePhase(plan: Plan, asOf: CalendarDate, policy: TimelinePolicy): PlanPhase {
  const phase = phaseAt(plan, asOf, { policy });
  if (phase) return phase;
  return asOf < plan.startDate ? 'diagnose_and_develop' : 'measure_and_evaluate';
}

/** The end date at `asOf`. */
export function endDateAt(plan: Plan, asOf: CalendarDate): CalendarDate {
  return planEndDate(plan, { asOf });
}

/**
 * The lifecycle's own "every goal already met" check, used when the caller supplies no predicate:
 * every goal has a held check-in, on or before `on`, whose latest progress note for it (by date)
 * carries a `value` that meets the target (by the goal's comparator, else the metric's
 * direction). No goals: not met.
 */
export function goalsMetByCheckIns(plan: Plan, on: CalendarDate): boolean {
  if (plan.goals.length === 0) return false;
  const latest = new Map<string, { date: CalendarDate; value: number }>();
  for (const checkIn of plan.checkIns) {
    if (checkIn.status !== 'held' || checkIn.date > on) continue;
    for (const note of checkIn.progress ?? []) {
      if (note.value === undefined) continue;
      const seen = latest.get(note.goalId);
      if (!seen || seen.date <= checkIn.date) latest.set(note.goalId, { date: checkIn.date, value: note.value });
    }
  }
  const metrics = new Map(plan.metrics.map((m) => [m.id, m]));
  return plan.goals.every((goal) => {
    const progress = latest.get(goal.id);
    if (!progress) return false;
    const comparator = goal.comparator ?? (metrics.get(goal.metricId)?.direction === 'lower_is_better' ? 'at_most' : 'at_least');
    return comparator === 'at_least' ? progress.value >= goal.target : progress.value <= goal.target;
  });
}

/** Since when the current revision has waited for acknowledgement: the later of HR's approval and the amendment that raised the revision. */
export function acknowledgementPendingSince(plan: Plan): CalendarDate | undefined {
  const approval = [...plan.reviews].reverse().find((r) => r.decision === 'approved')?.date;
  const amendment = plan.amendments.filter((a) => a.revision === plan.revision).at(-1)?.date;
  if (approval === undefined) return amendment;
  if (amendment === undefined) return approval;
  return approval > amendment ? approval : amendment;
}

/** An id not yet used in `taken`: `base`, else `base-2`, `base-3` ... */
export function uniqueId(base: string, taken: { has(id: string): boolean }): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Whole days from `from` to `to`. */
export function daysFrom(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}
