import type { lintPlan } from '../lint/index.js';
import { DEFAULT_TIMELINE_POLICY, type TimelinePolicy } from '../timeline/policy.js';
import { resolveTimelinePolicy } from '../timeline/policy.js';

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
    monitoringDays: days(overrides.monitoringDays, d.monitoringDays),
    lint: overrides.lint ?? d.lint,
  };
}
