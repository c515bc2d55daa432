import type { lintPlan } from '../lint/index.js';
import { DEFAULT_TIMELINE_POLICY, type TimelinePolicy } from '../timeline/policy.js';
import { resolveTimelinePolicy } from '../timeline/policy.js';
import { DEFAULT_DELIVERY_TOLERANCE_DAYS } from '../timeline/support.js';

/** Who may review a plan (approve it or request changes). */
export type ReviewBy = 'hr_partner' | 'any_independent_hr';

/** The lint policy `submit_for_review` passes to `lintPlan`. */
export type SubmitLintPolicy = NonNullable<Parameters<typeof lintPlan>[1]>;

/**
 * The lifecycle's thresholds and switches. Every field has a documented default in
 * {@link DEFAULT_LIFECYCLE_POLICY}; pass {@link LifecyclePolicyOverrides} to change some.
 */
export interface LifecyclePolicy {
  /** The timeline policy (grace days, phase weights, holidays, extension caps). Default {@link DEFAULT_TIMELINE_POLICY}. */
  readonly timeline: TimelinePolicy;
  /** `advance` reminds the manager and the employee when the next check-in is at most this many days away. Default `1`. */
  readonly checkInReminderDays: number;
  /** `advance` reminds a signer whose acknowledgement has been pending at least this many days. Default `2`. */
  readonly acknowledgementReminderDays: number;
  /**
   * When true, `advance` begins the evaluation itself once the end date is reached (otherwise it
   * raises `evaluation_due` and a person sends `begin_evaluation`). Default `false`.
   */
  readonly autoBeginEvaluation: boolean;
  /**
   * When true, `close` refuses the outcome `not_met` while any promised support session is missed
   * or overdue: a plan whose support was not delivered cannot fairly end in "not met". Default `true`.
   */
  readonly requireDeliveredSupportForNotMet: boolean;
  /**
   * How many days before a support session's due date a delivery record may be dated and still
   * count for that session (a record counts for a session due on or before its date, or at most
   * this many days after it, never for a later one; one record fulfils one session). Used by the
   * fairness rule on closing and the overdue reminders; the evaluation counts support with the
   * default. Default `3`.
   */
  readonly deliveryToleranceDays: number;
  /**
   * Who reviews the plan (`approve`, `request_changes`): `'hr_partner'`, the plan's own HR partner
   * only (a plan naming none can have changes requested by any HR person independent of it, so an
   * HR partner gets named, but is approved by nobody); or `'any_independent_hr'`, any actor in the
   * `hr` role who is neither the plan's manager nor its employee. The plan's manager and employee
   * never review their own plan. Default `'hr_partner'`.
   */
  readonly reviewBy: ReviewBy;
  /** Days of post-plan monitoring after which `advance` reminds to review and end it. Default `60`. */
  readonly monitoringDays: number;
  /** The policy passed to `lintPlan` on `submit_for_review`. Default `{}` (lint's own defaults). */
  readonly lint: SubmitLintPolicy;
}

/** Overrides of the lifecycle policy; `timeline` is itself a partial override. */
export type LifecyclePolicyOverrides = Partial<Omit<LifecyclePolicy, 'timeline'>> & { readonly timeline?: Partial<TimelinePolicy> };

/** The default lifecycle policy. */
export const DEFAULT_LIFECYCLE_POLICY: LifecyclePolicy = Object.freeze({
  timeline: DEFAULT_TIMELINE_POLICY,
  checkInReminderDays: 1,
  acknowledgementReminderDays: 2,
  autoBeginEvaluation: false,
  requireDeliveredSupportForNotMet: true,
  deliveryToleranceDays: DEFAULT_DELIVERY_TOLERANCE_DAYS,
  reviewBy: 'hr_partner',
  monitoringDays: 60,
  lint: Object.freeze({}) as SubmitLintPolicy,
});

function days(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}

/** Merge overrides over the defaults. @internal */
export function resolveLifecyclePolicy(overrides: LifecyclePolicyOverrides = {}): LifecyclePolicy {
  const d = DEFAULT_LIFECYCLE_POLICY;
  return {
    timeline: resolveTimelinePolicy(overrides.timeline),
    checkInReminderDays: days(overrides.checkInReminderDays, d.checkInReminderDays),
    acknowledgementReminderDays: days(overrides.acknowledgementReminderDays, d.acknowledgementReminderDays),
    autoBeginEvaluation: overrides.autoBeginEvaluation ?? d.autoBeginEvaluation,
    requireDeliveredSupportForNotMet: overrides.requireDeliveredSupportForNotMet ?? d.requireDeliveredSupportForNotMet,
    deliveryToleranceDays: days(overrides.deliveryToleranceDays, d.deliveryToleranceDays),
    reviewBy: overrides.reviewBy === 'any_independent_hr' ? 'any_independent_hr' : d.reviewBy,
    monitoringDays: days(overrides.monitoringDays, d.monitoringDays),
    lint: overrides.lint ?? d.lint,
  };
}
