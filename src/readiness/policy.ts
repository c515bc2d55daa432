/**
 * Thresholds for the readiness assessment. Every field has a documented default; callers
 * override any of them with a partial object merged over {@link DEFAULT_READINESS_POLICY}.
 *
 * @module
 */
import { DEFAULT_GAP_POLICY, type GapPolicy } from '../gaps/policy.js';

/** Thresholds for {@link assessReadiness}, with the gap policy that decides when a period is short. */
export interface ReadinessPolicy extends GapPolicy {
  /** Documented informal coaching conversations needed before a plan. Default `2`. */
  readonly minCoachingConversations: number;
  /** How far back, in days before `asOf`, a coaching conversation still counts. Default `180`. */
  readonly coachingLookbackDays: number;
  /** Days in the role before a plan is fair (ramp-up); periods starting earlier are not held against the rep. Default `90`. */
  readonly rampUpDays: number;
}

/** The default readiness policy (gap thresholds as in {@link DEFAULT_GAP_POLICY}: 3 consecutive periods at least 10% short). */
export const DEFAULT_READINESS_POLICY: ReadinessPolicy = Object.freeze({
  ...DEFAULT_GAP_POLICY,
  minCoachingConversations: 2,
  coachingLookbackDays: 180,
  rampUpDays: 90,
});

/**
 * The policy with overrides merged over the defaults.
 *
 * @internal
 */
export function resolveReadinessPolicy(overrides: Partial<ReadinessPolicy> = {}): ReadinessPolicy {
  return { ...DEFAULT_READINESS_POLICY, ...overrides };
}
