import { differenceExact, shareExceeds } from '../numbers/decimal.js';
import type { Direction, MetricDefinition, MetricUnit } from '../schema/types.js';
import { gapMessage, type GapFacts } from './messages.js';
import type { PolicyIssue } from '../policy/index.js';
import type { GapPolicy, GapSeverity } from './policy.js';

/** The figures of a gap: a {@link Gap} fits, and so does any `{ current, standard }`. */
export interface GapFigures {
  /** The gap's id, carried into the analysis when present. */
  readonly id?: string;
  /** The rep's value. */
  readonly current: number;
  /** The value the rep falls short of (team average, quota, role standard ...). */
  readonly standard: number;
}

/** The metric a gap is measured in: a {@link MetricDefinition} fits. */
export type GapMetric = Pick<MetricDefinition, 'id' | 'name' | 'unit' | 'direction'> &
  Partial<Pick<MetricDefinition, 'currency' | 'durationUnit'>>;

/** A gap measured in its metric's own direction. */
export interface GapAnalysis {
  /** The gap's id, when the figures had one. */
  readonly gapId?: string;
  readonly metricId: string;
  readonly direction: Direction;
  readonly unit: MetricUnit;
  readonly current: number;
  readonly standard: number;
  /**
   * How far the rep falls short, in the metric's unit, computed in exact decimal (0.15 - 0.05 is
   * 0.1): `standard - current` when higher is better, `current - standard` when lower is better.
   * Positive means short; zero or negative means the standard is met.
   */
  readonly shortfall: number;
  /** `shortfall / |standard|`; undefined when the standard is 0. */
  readonly relativeShortfall: number | undefined;
  /** The band the relative shortfall falls in (a shortfall from a zero standard is `severe`). */
  readonly severity: GapSeverity;
  /** The data the sentence is worded from (`GAP_ANALYSIS_MESSAGES[severity](facts)`). */
  readonly facts: GapFacts;
  /** One sentence with the figures. */
  readonly message: string;
}

/** {@link analyzeGap}'s result: the analysis, and the problems of the policy given. */
export interface GapAnalysisResult extends GapAnalysis {
  /** `policy_invalid` issues of the policy overrides (the defaults were used for those fields); empty when it is valid. */
  readonly issues: readonly PolicyIssue[];
}

/** Replace -0 by 0 so results compare and print the same. */
function unsigned(value: number): number {
  return value === 0 ? 0 : value;
}

/**
 * The severity band of a shortfall under a policy.
 *
 * @internal
 */
export function severityOf(shortfall: number, standard: number, policy: GapPolicy): GapSeverity {
  if (!(shortfall > 0)) return 'none';
  // shortfall / |standard| >= threshold, compared as shortfall >= threshold * |standard| in exact
  // decimal: 0.6 / 3 is 0.19999999999999998 in floating point, yet 2.4 is 20% below 3.
  const whole = Math.abs(standard);
  if (whole === 0 || !Number.isFinite(whole) || !Number.isFinite(shortfall) || shareExceeds(shortfall, whole, policy.severeAt, true)) return 'severe';
  return shareExceeds(shortfall, whole, policy.moderateAt, true) ? 'moderate' : 'minor';
}

/**
 * The analysis of one gap, the policy already resolved.
 *
 * @internal
 */
export function analyzeWith(gap: GapFigures, metric: GapMetric, policy: GapPolicy): GapAnalysis {
  const lowerIsBetter = metric.direction === 'lower_is_better';
  const shortfall = unsigned(lowerIsBetter ? differenceExact(gap.current, gap.standard) : differenceExact(gap.standard, gap.current));
  const relativeShortfall = gap.standard === 0 ? undefined : unsigned(shortfall / Math.abs(gap.standard));
  const severity = severityOf(shortfall, gap.standard, policy);
  const facts: GapFacts = {
    metricName: metric.name,
    unit: { unit: metric.unit, ...(metric.currency === undefined ? {} : { currency: metric.currency }), ...(metric.durationUnit === undefined ? {} : { durationUnit: metric.durationUnit }) },
    current: gap.current,
    standard: gap.standard,
    shortfall,
    ...(relativeShortfall === undefined ? {} : { relativeShortfall }),
    severity,
    lowerIsBetter,
  };
  const message = gapMessage(facts);
  return {
    ...(gap.id === undefined ? {} : { gapId: gap.id }),
    metricId: metric.id,
    direction: metric.direction,
    unit: metric.unit,
    current: gap.current,
    standard: gap.standard,
    shortfall,
    relativeShortfall,
    severity,
    facts,
    message,
  };
}
