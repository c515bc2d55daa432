/**
 * Thresholds for plan linting. Every field has a documented default; callers override any of
 * them with a partial object merged over {@link DEFAULT_LINT_POLICY}.
 *
 * @module
 */
import { DEFAULT_GAP_POLICY, type GapPolicy } from '../gaps/policy.js';
import { DEFAULT_SMART_POLICY, type SmartPolicy } from '../goals/policy.js';

/** Thresholds for {@link lintPlan}: its own, plus the SMART and gap policies it applies. */
export interface LintPolicy extends SmartPolicy, GapPolicy {
  /** The shortest plan, in days (start and end included). Default `30`. */
  readonly minPlanDays: number;
  /** The shortest plan when a gap is a skill gap (skills take 60-90 days to build). Default `60`. */
  readonly minSkillPlanDays: number;
  /** The longest interval between check-ins, in days (bi-weekly is 14). Default `14`. */
  readonly maxCheckInIntervalDays: number;
  /** Documented informal coaching conversations expected before a plan starts. Default `2`. */
  readonly minPriorCoaching: number;
  /** Days in the role before a plan is fair (the ramp-up period). Default `90`. */
  readonly rampUpDays: number;
  /** The shortest period a gap's evidence should cover, in days (not one bad month). Default `60`. */
  readonly minGapPeriodDays: number;
}

/** The default lint policy. */
export const DEFAULT_LINT_POLICY: LintPolicy = Object.freeze({
  ...DEFAULT_SMART_POLICY,
  ...DEFAULT_GAP_POLICY,
  minPlanDays: 30,
  minSkillPlanDays: 60,
  maxCheckInIntervalDays: 14,
  minPriorCoaching: 2,
  rampUpDays: 90,
  minGapPeriodDays: 60,
});

/**
 * The policy with overrides merged over the defaults.
 *
 * @internal
 */
export function resolveLintPolicy(overrides: Partial<LintPolicy> = {}): LintPolicy {
  return { ...DEFAULT_LINT_POLICY, ...overrides };
}
