import type { LifecycleLocale } from './catalogs.js';
import type { CalendarDate } from '../dates/calendar.js';
import type { LintFinding } from '../lint/index.js';
import type { PolicyIssue } from '../policy/codes.js';
import type { PlanIssue } from '../schema/issues.js';
import type { Actor, ActorRole, ClosingOutcome, Plan, PlanEvent, PlanPhase, PlanStatus } from '../schema/types.js';
import type { PlanCommandType } from './commands.js';
import type { LifecycleRejectionCode, LifecycleRejectionFactsByCode } from './messages.js';
import type { LifecyclePolicyOverrides } from './policy.js';

/** Who does it, when, under which policy. */
export interface TransitionContext {
  /** The day the command happens ("today"); stored as the log entry's `at`. */
  readonly asOf: CalendarDate;
  /** Who sends the command, in which role. */
  readonly actor: Actor;
  /**
   * Overrides of {@link DEFAULT_LIFECYCLE_POLICY} (see `LIFECYCLE_POLICY`). A bad value or an
   * unknown field refuses the command with `policy_invalid` (`policyIssues` says which).
   */
  readonly policy?: LifecyclePolicyOverrides;
  /**
   * For `begin_evaluation` before the end date: is every goal already met? Supply the evaluator's
   * verdict here. Without it, the lifecycle's own simple check applies: every goal has a held
   * check-in whose latest progress note for that goal carries a `value` meeting the goal's target
   * (by its comparator, or the metric's direction).
   */
  readonly goalsMet?: (plan: Plan, asOf: CalendarDate) => boolean;
  /**
   * The language of the rejection's message and of every reminder's and notice's message (a
   * `Locale`, `improvement-plan/locales/de`); English without it. Codes, facts and the log entry
   * are the same in every language.
   */
  readonly locale?: LifecycleLocale;
}

/** A domain event a command produced (stored in the log entry's `produced`). */
export type LifecycleEvent =
  | { readonly type: 'draft_edited'; readonly fields: readonly string[] }
  | { readonly type: 'submitted_for_review'; readonly warnings: number }
  | { readonly type: 'changes_requested'; readonly by: string }
  | { readonly type: 'plan_approved'; readonly by: string }
  | { readonly type: 'plan_acknowledged'; readonly role: 'manager' | 'employee'; readonly signerId: string; readonly revision: number; readonly withComment: boolean }
  | { readonly type: 'acknowledgements_complete'; readonly revision: number }
  | { readonly type: 'plan_activated'; readonly phase: PlanPhase; readonly endDate: CalendarDate }
  | { readonly type: 'check_in_recorded'; readonly checkInId: string; readonly date: CalendarDate; readonly status: 'held' | 'missed' }
  | { readonly type: 'observations_recorded'; readonly count: number; readonly metricIds: readonly string[] }
  | { readonly type: 'support_delivery_recorded'; readonly commitmentId: string; readonly date: CalendarDate; readonly status: 'delivered' | 'missed' }
  | {
      readonly type: 'plan_amended';
      readonly target: 'goal' | 'support';
      readonly targetId: string;
      readonly revision: number;
      readonly reacknowledgementRequired: boolean;
    }
  | { readonly type: 'plan_paused'; readonly on: CalendarDate }
  | { readonly type: 'plan_resumed'; readonly on: CalendarDate; readonly pausedDays: number; readonly endDate: CalendarDate }
  | { readonly type: 'plan_extended'; readonly days: number; readonly previousEndDate: CalendarDate; readonly newEndDate: CalendarDate }
  | { readonly type: 'evaluation_started'; readonly early: boolean; readonly basis: 'end_date_reached' | 'goals_met' }
  | { readonly type: 'plan_closed'; readonly outcome: ClosingOutcome }
  | { readonly type: 'monitoring_started'; readonly metricIds: readonly string[] }
  | { readonly type: 'monitoring_ended'; readonly days: number }
  | { readonly type: 'phase_entered'; readonly phase: PlanPhase; readonly on: CalendarDate }
  | { readonly type: 'check_in_missed'; readonly scheduledFor: CalendarDate; readonly date: CalendarDate }
  | { readonly type: 'check_ins_missed'; readonly count: number; readonly first: CalendarDate; readonly last: CalendarDate }
  | { readonly type: 'evaluation_due'; readonly endDate: CalendarDate };

/** The type name of a lifecycle event. */
export type LifecycleEventType = LifecycleEvent['type'];

/** Who an effect is for: a role, and the person's id when the plan names them. */
export interface EffectRecipient {
  readonly role: 'manager' | 'employee' | 'hr' | 'support_owner';
  readonly id?: string;
}

/**
 * Something the host should do (the library sends nothing itself): reminders from `advance`, and
 * notices to the people a change concerns: the commands that hand the plan to someone (review,
 * acknowledgement), and every change of status from HR's approval on (activation, pause, resume,
 * extension, evaluation, close or withdrawal with the outcome, monitoring), each addressed at least
 * to the employee; `relapseNotice` gives the notice of a relapse found by `detectRelapse`.
 */
export type LifecycleEffect =
  | { readonly kind: 'reminder'; readonly type: 'check_in_due'; readonly to: readonly EffectRecipient[]; readonly date: CalendarDate; readonly inDays: number; readonly message: string }
  | {
      readonly kind: 'reminder';
      readonly type: 'acknowledgement_pending';
      readonly to: readonly EffectRecipient[];
      readonly role: 'manager' | 'employee';
      readonly since: CalendarDate;
      readonly pendingDays: number;
      readonly revision: number;
      readonly message: string;
    }
  | {
      readonly kind: 'reminder';
      readonly type: 'support_session_overdue';
      readonly to: readonly EffectRecipient[];
      readonly commitmentId: string;
      readonly dueDate: CalendarDate;
      readonly overdueDays: number;
      readonly message: string;
    }
  | { readonly kind: 'reminder'; readonly type: 'evaluation_due'; readonly to: readonly EffectRecipient[]; readonly endDate: CalendarDate; readonly daysSinceEnd: number; readonly message: string }
  | { readonly kind: 'reminder'; readonly type: 'monitoring_review_due'; readonly to: readonly EffectRecipient[]; readonly since: CalendarDate; readonly days: number; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'review_requested'; readonly to: readonly EffectRecipient[]; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'acknowledgement_requested'; readonly to: readonly EffectRecipient[]; readonly revision: number; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'plan_activated'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly endDate: CalendarDate; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'plan_paused'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly message: string }
  | {
      readonly kind: 'notice';
      readonly type: 'plan_resumed';
      readonly to: readonly EffectRecipient[];
      readonly on: CalendarDate;
      readonly pausedDays: number;
      readonly endDate: CalendarDate;
      readonly message: string;
    }
  | {
      readonly kind: 'notice';
      readonly type: 'plan_extended';
      readonly to: readonly EffectRecipient[];
      readonly on: CalendarDate;
      readonly days: number;
      readonly previousEndDate: CalendarDate;
      readonly newEndDate: CalendarDate;
      readonly message: string;
    }
  | { readonly kind: 'notice'; readonly type: 'evaluation_started'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly early: boolean; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'plan_closed'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly outcome: ClosingOutcome; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'monitoring_started'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly metricIds: readonly string[]; readonly message: string }
  | { readonly kind: 'notice'; readonly type: 'monitoring_ended'; readonly to: readonly EffectRecipient[]; readonly on: CalendarDate; readonly message: string }
  | {
      readonly kind: 'notice';
      readonly type: 'relapse_detected';
      readonly to: readonly EffectRecipient[];
      /** The first day a relapse was established (`RelapseCheck.firstRelapseOn`). */
      readonly on: CalendarDate;
      readonly goalIds: readonly string[];
      readonly message: string;
    };

/** Why a command was refused, with what is needed to fix it. */
export type LifecycleRejection = {
  readonly [C in LifecycleRejectionCode]: LifecycleRejectionFields & {
    readonly code: C;
    /** The JSON facts `message` is worded from (`LIFECYCLE_REJECTION_MESSAGES[code](facts)`), deep-frozen: checking `code` narrows them. */
    readonly facts: LifecycleRejectionFactsByCode[C];
  };
}[LifecycleRejectionCode];

/** What every rejection holds besides its code and facts. */
export interface LifecycleRejectionFields {
  readonly message: string;
  /** The command's type as sent (or `"unknown"`). */
  readonly command: string;
  /** The plan's status when the command arrived. */
  readonly status: PlanStatus;
  /** `wrong_state`, `plan_closed`, `unknown_command`: the commands this state accepts. */
  readonly allowedCommands?: readonly PlanCommandType[];
  /** `wrong_role`: the roles that may send the command here. */
  readonly allowedRoles?: readonly ActorRole[];
  /** `lint_errors`: the findings of severity error. */
  readonly findings?: readonly LintFinding[];
  /** `invalid_command`, `invalid_change`, `event_not_storable`: what is wrong, where. */
  readonly issues?: readonly PlanIssue[];
  /** `policy_invalid`: every problem of the policy given, each with the path of its field (`["policy", "timeline", "graceDays"]`). */
  readonly policyIssues?: readonly PolicyIssue[];
  /** A date the decision turned on (start date, end date, last event date, the day the plan was created, `asOf`). */
  readonly date?: CalendarDate;
  /**
   * Where in the command the fault is, when one field is at fault (`["checkIn", "date"]`,
   * `["observations", 2, "date"]`): for `record_in_future`, `record_before_start`, `duplicate_check_in`.
   */
  readonly path: readonly (string | number)[];
  /** `support_not_delivered`: the sessions not delivered. */
  readonly sessions?: readonly { readonly commitmentId: string; readonly dueDate: CalendarDate; readonly status: string }[];
  /** `check_ins_not_held`: the check-ins held and due at `asOf`. */
  readonly checkIns?: { readonly held: number; readonly due: number };
}

/** An accepted command: the new plan, what happened and what the host should do. */
export interface TransitionAccepted {
  readonly ok: true;
  /** The plan after the command, deeply frozen, with the log entry appended. */
  readonly plan: Plan;
  /** The domain events the command produced (also stored in the log entry). */
  readonly events: readonly LifecycleEvent[];
  /** Reminders and notices for the host to deliver. */
  readonly effects: readonly LifecycleEffect[];
  /** The log entry appended; undefined only for an `advance` that changed nothing (not logged). */
  readonly entry: PlanEvent | undefined;
}

/** A refused command: the plan is unchanged. */
export interface TransitionRejected {
  readonly ok: false;
  readonly rejection: LifecycleRejection;
}

/** The result of `transition`. Never thrown: expected refusals are data. */
export type TransitionResult = TransitionAccepted | TransitionRejected;
