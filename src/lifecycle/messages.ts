/**
 * Every sentence the lifecycle writes: rejection messages, reminder texts and the state chart's
 * descriptions, kept together so wording stays consistent.
 *
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import { issueText, type Catalog } from '../issues/issue.js';
import type { PolicyIssueCode, PolicyIssueFacts } from '../policy/index.js';
import { POLICY_ISSUE_MESSAGES } from '../policy/messages.js';
import { PLAN_ISSUE_MESSAGES, type PlanIssueFactsByCode } from '../schema/messages.js';
import type { PlanPhase, PlanStatus } from '../schema/types.js';
import type { LifecycleEffect } from './types.js';
import { EXTENSION_MESSAGES, type ExtensionFactsByCode } from '../timeline/messages.js';

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

/** What every rejection's facts hold: the command as sent and the plan's status. */
export interface RejectionBase {
  readonly command: string;
  readonly status: PlanStatus;
}

/**
 * A problem found inside the command or the changed plan (a parse or policy issue), as data: its
 * code, where it is and its facts; its sentence is its own catalog's (`PLAN_ISSUE_MESSAGES`,
 * `POLICY_ISSUE_MESSAGES`), so a locale re-words it with the rejection.
 */
export interface NestedIssueFacts<Code extends string = string, Facts = Readonly<Record<string, unknown>>> {
  readonly code: Code;
  readonly path: readonly (string | number)[];
  readonly facts: Facts;
}

/**
 * The nested form of the issues a map from code to facts describes: `NestedIssueOf<{ a: A; b: B }>`
 * is `NestedIssueFacts<'a', A> | NestedIssueFacts<'b', B>`, so checking `code` narrows `facts`.
 *
 * @example
 * ```ts
 * import type { NestedIssueOf, PlanIssueFactsByCode } from 'improvement-plan';
 * declare const first: NestedIssueOf<PlanIssueFactsByCode>;
 * if (first.code === 'too_big') console.log(first.facts.limit);
 * ```
 */
export type NestedIssueOf<FactsByCode> = { [C in keyof FactsByCode & string]: NestedIssueFacts<C, FactsByCode[C]> }[keyof FactsByCode & string];

/** A parse issue nested in a rejection, as data: checking its `code` narrows its `facts` ({@link PlanIssueFactsByCode}). */
export type NestedPlanIssue = NestedIssueOf<PlanIssueFactsByCode>;

/**
 * The facts each rejection code's message reads, and nothing else: language-neutral data (the
 * command, statuses, roles, ids, dates, counts, codes, nested issues as data), never an English
 * clause, so a locale words any stored rejection from its code and facts.
 */
export interface LifecycleRejectionFactsByCode {
  readonly unknown_command: RejectionBase & { readonly allowed: readonly string[] };
  /** `first`: the command's first issue. */
  readonly invalid_command: RejectionBase & { readonly first?: NestedPlanIssue };
  /** `field`: the part of the context that is not usable. */
  readonly invalid_context: RejectionBase & { readonly field: 'asOf' | 'actor' };
  /** `first`: the policy's first issue. */
  readonly policy_invalid: RejectionBase & { readonly first: NestedIssueFacts<PolicyIssueCode, PolicyIssueFacts> };
  readonly clock_backwards: RejectionBase & { readonly date: CalendarDate };
  readonly before_plan_created: RejectionBase & { readonly date: CalendarDate };
  readonly log_full: RejectionBase & { readonly count: number };
  /** `first`: the first issue of the log entry that could not be stored. */
  readonly event_not_storable: RejectionBase & { readonly first?: NestedPlanIssue };
  readonly wrong_state: RejectionBase & { readonly allowed: readonly string[] };
  readonly plan_closed: RejectionBase & { readonly allowed: readonly string[] };
  readonly wrong_role: RejectionBase & { readonly role: string; readonly roles: readonly string[] };
  /** `role`: the role claimed; `expected`: the id of the plan's person in that role. */
  readonly wrong_person: RejectionBase & { readonly role: 'manager' | 'employee'; readonly expected: string };
  /** `actor` is the plan's `relation` and acts as `role`. */
  readonly conflict_of_interest: RejectionBase & { readonly role: string; readonly actor: string; readonly relation: 'employee' | 'manager' | 'hr_partner' };
  /** `hrPartner`: the id of the plan's HR partner; absent when the plan names none. */
  readonly not_plan_reviewer: RejectionBase & { readonly hrPartner?: string };
  readonly lint_errors: RejectionBase & { readonly count: number };
  readonly reason_required: RejectionBase;
  readonly not_approved: RejectionBase;
  /** `missing`: the roles whose acknowledgement of the current revision is missing. */
  readonly not_acknowledged: RejectionBase & { readonly missing: readonly ('manager' | 'employee')[] };
  readonly before_start_date: RejectionBase & { readonly date: CalendarDate };
  readonly after_end_date: RejectionBase & { readonly date: CalendarDate };
  /** `count`: the revision already acknowledged. */
  readonly already_acknowledged: RejectionBase & { readonly role: string; readonly count: number };
  readonly comment_not_allowed: RejectionBase;
  /** `first`: the changed plan's first issue. */
  readonly invalid_change: RejectionBase & { readonly first?: NestedPlanIssue };
  /** `refusal`: the timeline's refusal (`EXTENSION_MESSAGES`). */
  readonly extension_count_exceeded: RejectionBase & { readonly refusal: NestedIssueFacts<'extension_count_exceeded', ExtensionFactsByCode['extension_count_exceeded']> };
  readonly extension_days_exceeded: RejectionBase & { readonly refusal: NestedIssueFacts<'extension_days_exceeded', ExtensionFactsByCode['extension_days_exceeded']> };
  readonly before_end_date: RejectionBase & { readonly date?: CalendarDate };
  readonly outcome_not_allowed: RejectionBase & { readonly outcome: 'withdrawn' | 'extended_then_closed' };
  /** `count`: sessions not delivered; `held`, `due`: delivered of those due. */
  readonly support_not_delivered: RejectionBase & { readonly count: number; readonly held: number; readonly due: number };
  readonly check_ins_not_held: RejectionBase & { readonly held: number; readonly due: number };
  readonly evaluation_missing: RejectionBase;
  /** `why`: dated after the close, before the last extension, or before the end (not every goal met); `date`: the day it turned on. */
  readonly evaluation_out_of_date: RejectionBase & { readonly basisDate: CalendarDate; readonly date: CalendarDate; readonly why: 'after_close' | 'before_extension' | 'before_end' };
  readonly reason_required_against_recommendation: RejectionBase & { readonly basisDate: CalendarDate; readonly recommendation: string; readonly outcome: string };
  readonly not_in_good_standing: RejectionBase;
  readonly already_monitored: RejectionBase;
  /** `recordDate`: the record's date; `date`: asOf. */
  readonly record_in_future: RejectionBase & { readonly date: CalendarDate; readonly recordDate: CalendarDate };
  /** `recordDate`: the record's date; `date`: the plan's start. */
  readonly record_before_start: RejectionBase & { readonly date: CalendarDate; readonly recordDate: CalendarDate };
  readonly duplicate_check_in: RejectionBase & { readonly date: CalendarDate };
  readonly plan_not_running: RejectionBase;
}

/** The facts of any rejection (checking its `code` narrows them: {@link LifecycleRejectionFactsByCode}). */
export type RejectionFacts = LifecycleRejectionFactsByCode[LifecycleRejectionCode];

const list = (items: readonly string[] | undefined): string => (items && items.length > 0 ? items.join(', ') : 'none');
/** A nested issue's sentence, ending a sentence of its own: without its final period. */
const clause = (sentence: string): string => sentence.replace(/\.$/, '');
const planIssue = (first: NestedPlanIssue | undefined): string => (first ? clause(issueText(first, PLAN_ISSUE_MESSAGES)) : 'see the issues');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const RELATION = { employee: "the plan's employee", manager: "the plan's manager", hr_partner: "the plan's HR partner" } as const;
const OUT_OF_DATE = {
  after_close: (date: CalendarDate) => `it is dated after the close on ${date}`,
  before_extension: (date: CalendarDate) => `it is dated before the extension granted on ${date}; evaluate the plan again`,
  before_end: (date: CalendarDate) => `it is dated before the plan's end date, ${date}, when the evaluation could not yet begin (not every goal was met)`,
} as const;
const NOT_ALLOWED = { withdrawn: 'withdrawn (use the withdraw command, with a reason)', extended_then_closed: 'extended_then_closed (the plan was never extended)' } as const;

/**
 * The English message for each rejection code, from the rejection's `facts`.
 *
 * @example
 * ```ts
 * import { LIFECYCLE_REJECTION_MESSAGES } from 'improvement-plan';
 * LIFECYCLE_REJECTION_MESSAGES.reason_required({ command: 'withdraw', status: 'active' });
 * // => "withdraw needs a reason: say why, in words the employee will read."
 * ```
 */
export const LIFECYCLE_REJECTION_MESSAGES: Catalog<LifecycleRejectionFactsByCode> = {
  unknown_command: (f) => `${f.command} is not a command this library knows (commands: ${list(f.allowed)}).`,
  invalid_command: (f) => `The ${f.command} command is not well formed: ${planIssue(f.first)}.`,
  invalid_context: (f) =>
    `The context is not usable: ${f.field === 'asOf' ? 'asOf must be a real calendar date written YYYY-MM-DD' : 'actor must be { id, role } with role manager, employee, hr or system'}.`,
  policy_invalid: (f) => `The lifecycle policy is not usable: ${clause(POLICY_ISSUE_MESSAGES[f.first.code](f.first.facts))}; nothing was decided under it.`,
  clock_backwards: (f) => `asOf is before ${f.date}, the date of the plan's last event: the log must stay in date order.`,
  before_plan_created: (f) => `asOf is before ${f.date}, the day the plan was created: nothing happens to a plan before it exists.`,
  log_full: (f) => `The plan's event log is full (${f.count} events); archive the plan before recording more.`,
  event_not_storable: (f) => `The ${f.command} command cannot be stored in the event log: ${planIssue(f.first)}.`,
  wrong_state: (f) => `A plan that is ${f.status} does not accept ${f.command}; it accepts ${list(f.allowed)}.`,
  plan_closed: (f) => `The plan is ${f.status}: closed plans are read-only except for monitoring (it accepts ${list(f.allowed)}).`,
  wrong_role: (f) => `${f.command} is for ${list(f.roles)}, not ${f.role}.`,
  wrong_person: (f) => `Only the plan's own ${f.role} may ${f.command} in that role (the plan's ${f.role} is ${f.expected}).`,
  conflict_of_interest: (f) =>
    `${f.actor} is ${RELATION[f.relation]} and may not act as ${f.role} on it: on their own plan the manager acts only as manager and the employee only as employee, never for HR or the system.`,
  not_plan_reviewer: (f) =>
    `Only ${f.hrPartner === undefined ? "the plan's HR partner (the plan names none: request changes to have one named)" : `the plan's HR partner, ${f.hrPartner},`} may ${f.command} this plan: HR review is done by the person named for it.`,
  lint_errors: (f) => `The plan cannot go to HR review while it has ${plural(f.count, 'lint error')}; see the findings.`,
  reason_required: (f) => `${f.command} needs a reason: say why, in words the employee will read.`,
  not_approved: () => 'HR has not approved the plan: a plan is activated only after HR review.',
  not_acknowledged: (f) => `The current revision is not acknowledged by ${f.missing.length > 0 ? f.missing.join(' and ') : 'both the manager and the employee'}.`,
  before_start_date: (f) => `The plan starts on ${f.date}; it cannot be activated before then.`,
  after_end_date: (f) => `The plan ended on ${f.date}; it can no longer be activated. Amend or extend it, or withdraw it.`,
  already_acknowledged: (f) => `The ${f.role} has already acknowledged revision ${f.count}.`,
  comment_not_allowed: () => 'Only the employee adds a comment to an acknowledgement.',
  invalid_change: (f) => `The ${f.command} command would leave an invalid plan: ${planIssue(f.first)}.`,
  extension_count_exceeded: (f) => EXTENSION_MESSAGES.extension_count_exceeded(f.refusal.facts),
  extension_days_exceeded: (f) => EXTENSION_MESSAGES.extension_days_exceeded(f.refusal.facts),
  before_end_date: (f) => `The plan ends on ${f.date ?? '?'}: evaluation begins then, or earlier only when every goal is already met.`,
  outcome_not_allowed: (f) => `The outcome ${NOT_ALLOWED[f.outcome]} is not allowed here.`,
  support_not_delivered: (f) =>
    `The plan cannot close as not met while ${f.count} promised support session${f.count === 1 ? ' was' : 's were'} not delivered (${f.held} of ${f.due} delivered): a plan is a two-way commitment.`,
  check_ins_not_held: (f) =>
    `The plan cannot close as not met with ${f.held} of ${f.due} check-ins held: the company's side of the plan includes holding its check-ins.`,
  evaluation_missing: () =>
    'close needs the evaluation it rests on: pass basis { asOf, score, recommendation, reasonCodes } (closeBasis(evaluatePlan(...), recommendOutcome(...)) builds it).',
  evaluation_out_of_date: (f) => `The evaluation of ${f.basisDate} cannot be the basis of this close: ${OUT_OF_DATE[f.why](f.date)}.`,
  reason_required_against_recommendation: (f) =>
    `The evaluation of ${f.basisDate} recommended ${f.recommendation}; closing as ${f.outcome} departs from it and needs a reason, in words the employee and HR will read.`,
  not_in_good_standing: () => 'Monitoring follows a plan that closed successful or extended-then-closed.',
  already_monitored: () => 'The plan has already been monitored.',
  record_in_future: (f) => `The record is dated ${f.recordDate}, after asOf (${f.date}): only what has happened can be recorded.`,
  record_before_start: (f) => `The record is dated ${f.recordDate}, before the plan starts on ${f.date}: check-ins and support sessions belong to the plan's days.`,
  plan_not_running: (f) =>
    `The plan has not run yet: it is ${f.status}, waiting for its first acknowledgements and activation, so no ${f.command} belongs to it. Records are taken from activation on (and while an amendment made after it awaits the re-signatures).`,
  duplicate_check_in: (f) => `A check-in is already recorded on ${f.date}: one check-in record per day (held or missed).`,
};

/** The message for a rejection code. */
export function rejectionMessage<C extends LifecycleRejectionCode>(code: C, facts: LifecycleRejectionFactsByCode[C]): string {
  return issueText<LifecycleRejectionFactsByCode, C>({ code, facts }, LIFECYCLE_REJECTION_MESSAGES);
}

/**
 * What each reminder's or notice's message reads: the effect's own fields (dates, counts, ids,
 * roles, codes), all but `kind`, `type`, `to` and `message`. An effect is its own facts, so a
 * stored effect is worded again with `LIFECYCLE_EFFECT_MESSAGES[effect.type](effect)`.
 */
export type LifecycleEffectFactsByType = {
  readonly [T in LifecycleEffect['type']]: Omit<Extract<LifecycleEffect, { readonly type: T }>, 'kind' | 'type' | 'to' | 'message'>;
};

const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/**
 * The English message of each reminder and notice, from its facts.
 *
 * @example
 * ```ts
 * import { LIFECYCLE_EFFECT_MESSAGES } from 'improvement-plan';
 * LIFECYCLE_EFFECT_MESSAGES.check_in_due({ date: '2026-02-02', inDays: 2 });
 * // => "A check-in is due in 2 days, on 2026-02-02."
 * ```
 */
export const LIFECYCLE_EFFECT_MESSAGES: Catalog<LifecycleEffectFactsByType> = {
  check_in_due: (f) => (f.inDays === 0 ? `A check-in is due today (${f.date}).` : `A check-in is due in ${days(f.inDays)}, on ${f.date}.`),
  acknowledgement_pending: (f) => `The ${f.role}'s acknowledgement of revision ${f.revision} has been pending for ${days(f.pendingDays)}.`,
  support_session_overdue: (f) => `The support session ${f.commitmentId} due ${f.dueDate} is ${days(f.overdueDays)} overdue and not recorded as delivered.`,
  evaluation_due: (f) =>
    f.daysSinceEnd === 0 ? `The plan ends today (${f.endDate}): the evaluation is due.` : `The plan ended on ${f.endDate}, ${days(f.daysSinceEnd)} ago: the evaluation is due.`,
  monitoring_review_due: (f) => `Post-plan monitoring started on ${f.since}, ${f.days} days ago: review the metrics and end monitoring.`,
  review_requested: () => 'The plan was submitted for HR review.',
  acknowledgement_requested: (f) =>
    `Revision ${f.revision} of the plan needs the manager's and the employee's acknowledgement (receipt and understanding, not agreement).`,
  plan_activated: (f) => `The plan is active from ${f.on}; it ends on ${f.endDate}.`,
  plan_paused: (f) => `The plan is paused from ${f.on}: its clock is stopped, and its dates move by the paused days.`,
  plan_resumed: (f) => `The plan resumed on ${f.on} after ${f.pausedDays} paused day${f.pausedDays === 1 ? '' : 's'}; it now ends on ${f.endDate}.`,
  plan_extended: (f) => `The plan was extended by ${days(f.days)}: it now ends on ${f.newEndDate} (was ${f.previousEndDate}).`,
  evaluation_started: (f) =>
    f.early ? `The evaluation of the plan began on ${f.on}, before its end date: every goal is already met.` : `The evaluation of the plan began on ${f.on}.`,
  plan_closed: (f) => `The plan closed on ${f.on} with the outcome ${f.outcome}.`,
  monitoring_started: (f) => `Post-plan monitoring of the plan's metrics started on ${f.on}.`,
  monitoring_ended: (f) => `Post-plan monitoring ended on ${f.on}: the plan is complete.`,
  relapse_detected: (f) => `Post-plan monitoring found a relapse on ${f.on} (${f.goalIds.join(', ')}): the results fell back below target.`,
};

/** A reminder or notice with its message, worded from its own fields by {@link LIFECYCLE_EFFECT_MESSAGES}. @internal */
export function withMessage<E extends Omit<LifecycleEffect, 'message'>>(effect: E): E & { readonly message: string } {
  return { ...effect, message: issueText({ code: effect.type, facts: effect }, LIFECYCLE_EFFECT_MESSAGES) };
}

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
