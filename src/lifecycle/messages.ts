/**
 * Every sentence the lifecycle writes: rejection messages, reminder texts and the state chart's
 * descriptions, kept together so wording stays consistent.
 *
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import type { Catalog } from '../issues/issue.js';
import type { PlanPhase, PlanStatus } from '../schema/types.js';

/** Every reason a command can be rejected. */
export const LIFECYCLE_REJECTION_CODES = [
  'unknown_command',
  'invalid_command',
  'invalid_context',
  'policy_invalid',
  'clock_backwards',
  'before_plan_created',
  'log_full',
  'event_not_storable',
  'wrong_state',
  'plan_closed',
  'wrong_role',
  'wrong_person',
  'conflict_of_interest',
  'not_plan_reviewer',
  'lint_errors',
  'reason_required',
  'not_approved',
  'not_acknowledged',
  'before_start_date',
  'after_end_date',
  'already_acknowledged',
  'comment_not_allowed',
  'invalid_change',
  'extension_count_exceeded',
  'extension_days_exceeded',
  'before_end_date',
  'outcome_not_allowed',
  'support_not_delivered',
  'check_ins_not_held',
  'evaluation_missing',
  'evaluation_out_of_date',
  'reason_required_against_recommendation',
  'not_in_good_standing',
  'already_monitored',
  'record_in_future',
  'record_before_start',
  'duplicate_check_in',
  'plan_not_running',
] as const;

/** Why a command was rejected. */
export type LifecycleRejectionCode = (typeof LIFECYCLE_REJECTION_CODES)[number];

/** Facts a rejection message is built from. */
export interface RejectionFacts {
  readonly command: string;
  readonly status: PlanStatus;
  readonly role?: string;
  readonly roles?: readonly string[];
  readonly allowed?: readonly string[];
  readonly date?: CalendarDate;
  readonly count?: number;
  readonly detail?: string;
  /** `support_not_delivered`, `check_ins_not_held`: sessions delivered or check-ins held, of those due. */
  readonly held?: number;
  readonly due?: number;
  /** `evaluation_out_of_date`: the evaluation's as-of date; `reason_required_against_recommendation`: the recommended outcome. */
  readonly basisDate?: CalendarDate;
  readonly recommendation?: string;
  readonly outcome?: string;
}

const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join(', ') : 'none');
/** A detail that ends a sentence of its own (issue messages do): without its final period. */
const clause = (detail: string | undefined, fallback: string): string => (detail ?? fallback).replace(/\.$/, '');

/** The facts each rejection code's message reads (not yet narrowed per code: every code reads `RejectionFacts`). */
export type LifecycleRejectionFactsByCode = { readonly [C in LifecycleRejectionCode]: RejectionFacts };

/**
 * The English message for each rejection code, from the rejection's `facts`.
 *
 * @example
 * ```ts
 * import { LIFECYCLE_REJECTION_MESSAGES } from 'improvement-plan';
 * LIFECYCLE_REJECTION_MESSAGES.reason_required({ command: 'withdraw', status: 'active' });
 * ```
 */
export const LIFECYCLE_REJECTION_MESSAGES: Catalog<LifecycleRejectionFactsByCode> = {
  unknown_command: (f) => `${f.command} is not a command this library knows (commands: ${list(f.allowed)}).`,
  invalid_command: (f) => `The ${f.command} command is not well formed: ${clause(f.detail, 'see the issues')}.`,
  invalid_context: (f) => `The context is not usable: ${clause(f.detail, 'asOf must be a calendar date and actor an id with a role')}.`,
  policy_invalid: (f) => `The lifecycle policy is not usable: ${clause(f.detail, 'see the policy issues')}; nothing was decided under it.`,
  clock_backwards: (f) => `asOf is before ${f.date ?? 'the last event'}, the date of the plan's last event: the log must stay in date order.`,
  before_plan_created: (f) => `asOf is before ${f.date ?? 'the day the plan was created'}, the day the plan was created: nothing happens to a plan before it exists.`,
  log_full: (f) => `The plan's event log is full (${f.count ?? '?'} events); archive the plan before recording more.`,
  event_not_storable: (f) => `The ${f.command} command cannot be stored in the event log: ${clause(f.detail, 'it is too large or too deep')}.`,
  wrong_state: (f) => `A plan that is ${f.status} does not accept ${f.command}; it accepts ${list(f.allowed)}.`,
  plan_closed: (f) => `The plan is ${f.status}: closed plans are read-only except for monitoring (it accepts ${list(f.allowed)}).`,
  wrong_role: (f) => `${f.command} is for ${list(f.roles)}, not ${f.role ?? 'this role'}.`,
  wrong_person: (f) => `Only the plan's own ${f.role ?? 'party'} may ${f.command} in that role${f.detail ? ` (${f.detail})` : ''}.`,
  conflict_of_interest: (f) =>
    `${f.detail ?? "One of the plan's people may not act in this role"}: on their own plan the manager acts only as manager and the employee only as employee, never for HR or the system.`,
  not_plan_reviewer: (f) => `Only ${f.detail ?? "the plan's HR partner"} may ${f.command} this plan: HR review is done by the person named for it.`,
  lint_errors: (f) => `The plan cannot go to HR review while it has ${f.count ?? 'some'} lint error${f.count === 1 ? '' : 's'}; see the findings.`,
  reason_required: (f) => `${f.command} needs a reason: say why, in words the employee will read.`,
  not_approved: () => 'HR has not approved the plan: a plan is activated only after HR review.',
  not_acknowledged: (f) => `The current revision is not acknowledged by ${f.detail ?? 'both the manager and the employee'}.`,
  before_start_date: (f) => `The plan starts on ${f.date ?? '?'}; it cannot be activated before then.`,
  after_end_date: (f) => `The plan ended on ${f.date ?? '?'}; it can no longer be activated. Amend or extend it, or withdraw it.`,
  already_acknowledged: (f) => `The ${f.role ?? 'signer'} has already acknowledged revision ${f.count ?? '?'}.`,
  comment_not_allowed: () => 'Only the employee adds a comment to an acknowledgement.',
  invalid_change: (f) => `The ${f.command} command would leave an invalid plan: ${clause(f.detail, 'see the issues')}.`,
  extension_count_exceeded: (f) => f.detail ?? 'The policy allows no more extensions.',
  extension_days_exceeded: (f) => f.detail ?? 'The extension is longer than the policy allows.',
  before_end_date: (f) =>
    `The plan ends on ${f.date ?? '?'}: evaluation begins then, or earlier only when every goal is already met.`,
  outcome_not_allowed: (f) => `The outcome ${f.detail ?? 'given'} is not allowed here.`,
  support_not_delivered: (f) =>
    `The plan cannot close as not met while ${f.count ?? 'some'} promised support session${f.count === 1 ? ' was' : 's were'} not delivered${f.due !== undefined ? ` (${f.held ?? 0} of ${f.due} delivered)` : ''}: a plan is a two-way commitment.`,
  check_ins_not_held: (f) =>
    `The plan cannot close as not met with ${f.held ?? '?'} of ${f.due ?? '?'} check-ins held: the company's side of the plan includes holding its check-ins.`,
  evaluation_missing: () =>
    'close needs the evaluation it rests on: pass basis { asOf, score, recommendation, reasonCodes } (closeBasis(evaluatePlan(...), recommendOutcome(...)) builds it).',
  evaluation_out_of_date: (f) =>
    `The evaluation of ${f.basisDate ?? '?'} cannot be the basis of this close: ${f.detail ?? `it must be dated between ${f.date ?? '?'} and the close`}.`,
  reason_required_against_recommendation: (f) =>
    `The evaluation of ${f.basisDate ?? '?'} recommended ${f.recommendation ?? '?'}; closing as ${f.outcome ?? '?'} departs from it and needs a reason, in words the employee and HR will read.`,
  not_in_good_standing: () => 'Monitoring follows a plan that closed successful or extended-then-closed.',
  already_monitored: () => 'The plan has already been monitored.',
  record_in_future: (f) => `The record is dated ${f.detail ?? 'after asOf'}, after asOf (${f.date ?? '?'}): only what has happened can be recorded.`,
  record_before_start: (f) => `The record is dated ${f.detail ?? 'before the start'}, before the plan starts on ${f.date ?? '?'}: check-ins and support sessions belong to the plan's days.`,
  plan_not_running: (f) =>
    `The plan has not run yet: it is ${f.status}, waiting for its first acknowledgements and activation, so no ${f.command} belongs to it. Records are taken from activation on (and while an amendment made after it awaits the re-signatures).`,
  duplicate_check_in: (f) => `A check-in is already recorded on ${f.date ?? 'that date'}: one check-in record per day (held or missed).`,
};

/** The message for a rejection code. */
export function rejectionMessage(code: LifecycleRejectionCode, facts: RejectionFacts): string {
  return LIFECYCLE_REJECTION_MESSAGES[code](facts);
}

/** Reminder and notice texts. */
export const EFFECT_MESSAGES = {
  check_in_due: (date: CalendarDate, inDays: number) =>
    inDays === 0 ? `A check-in is due today (${date}).` : `A check-in is due in ${inDays} day${inDays === 1 ? '' : 's'}, on ${date}.`,
  acknowledgement_pending: (role: string, days: number, revision: number) =>
    `The ${role}'s acknowledgement of revision ${revision} has been pending for ${days} day${days === 1 ? '' : 's'}.`,
  support_session_overdue: (commitmentId: string, dueDate: CalendarDate, days: number) =>
    `The support session ${commitmentId} due ${dueDate} is ${days} day${days === 1 ? '' : 's'} overdue and not recorded as delivered.`,
  evaluation_due: (endDate: CalendarDate, days: number) =>
    days === 0 ? `The plan ends today (${endDate}): the evaluation is due.` : `The plan ended on ${endDate}, ${days} day${days === 1 ? '' : 's'} ago: the evaluation is due.`,
  monitoring_review_due: (start: CalendarDate, days: number) =>
    `Post-plan monitoring started on ${start}, ${days} days ago: review the metrics and end monitoring.`,
  review_requested: () => 'The plan was submitted for HR review.',
  acknowledgement_requested: (revision: number) =>
    `Revision ${revision} of the plan needs the manager's and the employee's acknowledgement (receipt and understanding, not agreement).`,
  plan_activated: (on: CalendarDate, endDate: CalendarDate) => `The plan is active from ${on}; it ends on ${endDate}.`,
  plan_paused: (on: CalendarDate) => `The plan is paused from ${on}: its clock is stopped, and its dates move by the paused days.`,
  plan_resumed: (on: CalendarDate, pausedDays: number, endDate: CalendarDate) =>
    `The plan resumed on ${on} after ${pausedDays} paused day${pausedDays === 1 ? '' : 's'}; it now ends on ${endDate}.`,
  plan_extended: (days: number, previousEndDate: CalendarDate, newEndDate: CalendarDate) =>
    `The plan was extended by ${days} day${days === 1 ? '' : 's'}: it now ends on ${newEndDate} (was ${previousEndDate}).`,
  evaluation_started: (on: CalendarDate, early: boolean) =>
    early ? `The evaluation of the plan began on ${on}, before its end date: every goal is already met.` : `The evaluation of the plan began on ${on}.`,
  plan_closed: (on: CalendarDate, outcome: string) => `The plan closed on ${on} with the outcome ${outcome}.`,
  monitoring_started: (on: CalendarDate) => `Post-plan monitoring of the plan's metrics started on ${on}.`,
  monitoring_ended: (on: CalendarDate) => `Post-plan monitoring ended on ${on}: the plan is complete.`,
  relapse_detected: (on: CalendarDate, goals: readonly string[]) =>
    `Post-plan monitoring found a relapse on ${on} (${goals.join(', ')}): the results fell back below target.`,
} as const;

/** What each status means (used by the state chart and its diagram). */
export const STATUS_DESCRIPTIONS: { readonly [S in PlanStatus]: string } = {
  draft: 'Being written by the manager; edited freely.',
  in_review: 'With HR for a neutral review of fairness and consistency.',
  awaiting_acknowledgement: 'Approved by HR; waiting for the manager and the employee to acknowledge the current revision.',
  active: 'Running: check-ins, observations and support are recorded; the plan is in one of the three phases.',
  paused: 'The plan clock is stopped (leave, for example); dates move by the paused days.',
  in_evaluation: 'The end date has passed (or every goal was met early): the data is being reviewed.',
  closed: 'Closed with an outcome: successful, extended_then_closed, not_met or withdrawn. Read-only.',
  monitoring: 'After a successful close, the same metrics are watched for a relapse.',
  completed: 'Monitoring has ended; the plan is finished.',
};

/** What each phase is for. */
export const PHASE_DESCRIPTIONS: { readonly [P in PlanPhase]: string } = {
  diagnose_and_develop: 'Diagnose and develop: training, safe practice, observation and feedback.',
  practise_and_apply: 'Practise and apply: the skill is used in live deals and reviewed.',
  measure_and_evaluate: 'Measure and evaluate: consistent use, outcomes measured against the goals.',
};
