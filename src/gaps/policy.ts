/**
 * Thresholds for gap analysis. Every field has a documented default; callers override any of
 * them with a partial object merged over {@link DEFAULT_GAP_POLICY}.
 *
 * @module
 */

/** How big a shortfall is, from its size relative to the standard. */
export type GapSeverity = 'none' | 'minor' | 'moderate' | 'severe';

/** How a team's standard for a period is computed from the reps' values. */
export type TeamStandard = 'mean' | 'median';

/** Thresholds for {@link analyzeGap} and {@link analyzeTeamGaps}. */
export interface GapPolicy {
  /**
   * Relative shortfall (shortfall / |standard|) from which a gap is `moderate`; anything short
   * but below it is `minor`. Default `0.1` (10% below the standard).
   */
  readonly moderateAt: number;
  /** Relative shortfall from which a gap is `severe`. Default `0.3` (30% below the standard). */
  readonly severeAt: number;
  /** Team standard per period: the `mean` or the `median` of the reps' values. Default `'mean'`. */
  readonly teamStandard: TeamStandard;
  /** Consecutive short periods that make a gap sustained rather than one bad period. Default `3`. */
  readonly sustainedPeriods: number;
  /** The least severity for a period to count as short in a sustained run. Default `'moderate'`. */
  readonly sustainedSeverity: Exclude<GapSeverity, 'none'>;
}

/** The default gap policy. */
export const DEFAULT_GAP_POLICY: GapPolicy = Object.freeze({
  moderateAt: 0.1,
  severeAt: 0.3,
  teamStandard: 'mean',
  sustainedPeriods: 3,
  sustainedSeverity: 'moderate',
});

/**
 * The policy with overrides merged over the defaults.
 *
 * @internal
 */
export function resolveGapPolicy(overrides: Partial<GapPolicy> = {}): GapPolicy {
  return { ...DEFAULT_GAP_POLICY, ...overrides };
}

const RANK: Readonly<Record<GapSeverity, number>> = { none: 0, minor: 1, moderate: 2, severe: 3 };

/**
 * True when `severity` is at least `floor`.
 *
 * @internal
 */
export function atLeast(severity: GapSeverity, floor: GapSeverity): boolean {
  return RANK[severity] >= RANK[floor];
}
