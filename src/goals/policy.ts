/**
 * Thresholds for the SMART check. Every field has a documented default; callers override any
 * of them with a partial object merged over {@link DEFAULT_SMART_POLICY}.
 *
 * @module
 */

/** Thresholds for {@link checkSmartGoal}. */
export interface SmartPolicy {
  /**
   * The largest realistic change from baseline, relative to the baseline, toward the target
   * (`1.5` = the target is at most 150% better than the baseline). Above it, Achievable warns.
   * Default `1.5`.
   */
  readonly realisticImprovement: number;
  /**
   * The relative change above which a target is not achievable at all and Achievable fails.
   * Default `9` (+900%: a target ten times the baseline).
   */
  readonly impossibleImprovement: number;
  /** Rubric levels a skill goal may climb in one plan before Achievable warns. Default `2`. */
  readonly maxRubricLevels: number;
  /** How many of the most recent periods of the rep's own history count. Default `6`. */
  readonly historyPeriods: number;
  /**
   * How far beyond the best level the rep reached in those periods a target may go, relative to
   * that best, before Achievable warns. Default `0.25` (25% beyond the rep's own best).
   */
  readonly beyondBestMargin: number;
  /**
   * How far beyond the linked gap's standard a target may go, relative to the standard, before
   * Achievable warns (asking more than the standard is more than closing the gap). Default `0.1`.
   */
  readonly beyondStandardMargin: number;
}

/** The default SMART policy. */
export const DEFAULT_SMART_POLICY: SmartPolicy = Object.freeze({
  realisticImprovement: 1.5,
  impossibleImprovement: 9,
  maxRubricLevels: 2,
  historyPeriods: 6,
  beyondBestMargin: 0.25,
  beyondStandardMargin: 0.1,
});

/**
 * The policy with overrides merged over the defaults.
 *
 * @internal
 */
export function resolveSmartPolicy(overrides: Partial<SmartPolicy> = {}): SmartPolicy {
  return { ...DEFAULT_SMART_POLICY, ...overrides };
}
