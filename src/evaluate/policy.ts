import type { IsoWeekday } from '../dates/calendar.js';
import type { PeriodUnit } from '../metrics/periods.js';
import type { MetricKind } from '../schema/types.js';

/**
 * Every threshold the evaluators use. Each field states its meaning and default; pass a
 * `Partial<EvaluationPolicy>` to override some of them (nested records merge key by key).
 * Shares are fractions (0.8 = 80%).
 */
export interface EvaluationPolicy {
  // --- periods -------------------------------------------------------------------------------
  /** Period unit of the series behind trend, sustainment and recent level for whole-window goals. Default `'week'`. */
  readonly seriesUnit: PeriodUnit;
  /**
   * Period unit in which observation coverage is counted for whole-window goals, by metric kind
   * (rubric assessments and closed revenue arrive less often than calls). Per-period goals count
   * coverage in their own unit. Default `{ skill: 'month', behavior: 'week', activity: 'week', outcome: 'month' }`.
   */
  readonly coverageUnitByKind: Readonly<Record<MetricKind, PeriodUnit>>;
  /** ISO weekdays that are working days (1 = Monday). Used to pro-rate partial periods and to skip weekend days in per-day goals. Default `[1, 2, 3, 4, 5]`. */
  readonly workingDays: readonly IsoWeekday[];
  /**
   * A period cut by the goal's window counts only when it holds at least this share of a full
   * period's working days; the totals of a counted partial period are scaled up to a full period.
   * Default `0.5`.
   */
  readonly minPartialPeriodShare: number;

  // --- per goal -----------------------------------------------------------------------------
  /** k, the number of most recent periods that sustainment and the recent level look at, per period unit. Default `{ day: 10, week: 4, month: 2 }`. */
  readonly sustainPeriods: Readonly<Record<PeriodUnit, number>>;
  /** A goal is sustained when at least this share of its last k periods is at or past target. Default `0.75`. */
  readonly sustainShare: number;
  /** A per-period goal ("40 calls per week") is met when at least this share of its periods so far is at or past target. Default `0.8`. */
  readonly periodMetShare: number;
  /** Fewest periods with data needed to fit a trend. Default `3`. */
  readonly minTrendPoints: number;
  /** A trend whose slope moves less than this share of the goal's gap per period is flat. Default `0.02`. */
  readonly flatTrendShare: number;
  /** Behind the expected trajectory by at most this share of the gap: on track. Default `0.1`. */
  readonly onTrackTolerance: number;
  /** Behind by at most this share of the gap (or projected to reach the target): at risk; further behind: off track. Default `0.3`. */
  readonly atRiskTolerance: number;

  // --- progress and triad ---------------------------------------------------------------------
  /** Progress (the recent level's share of the gap closed) at or above this counts as improving. Default `0.25`. */
  readonly improvementShare: number;
  /** Progress at or below minus this share counts as declining. Default `0.1`. */
  readonly declineShare: number;

  // --- score and recommendation ---------------------------------------------------------------
  /** Score (0-100) at or past which, with no goal below its floor, the plan is successful. Default `80`. */
  readonly successScore: number;
  /** Score at or past which the improvement is real enough to extend. Default `50`. */
  readonly extendScore: number;
  /** Attainment floor (0..1) for goals without their own `floor`. Default `0.5`. */
  readonly defaultGoalFloor: number;
  /** Extensions a plan may be granted; once used up, "extend" is no longer recommended. Default `1`. */
  readonly maxExtensions: number;
  /** Recommend "extend" when leading indicators (skill, behavior, activity) improve while outcomes lag. Default `true`. */
  readonly extendWhenLeadingImproves: boolean;

  // --- evidence and fairness -------------------------------------------------------------------
  /** Share of elapsed periods with data below which the evidence is insufficient. Default `0.6`. */
  readonly minCoverage: number;
  /** Share of held check-ins with notes below which the documentation is insufficient. Default `0.5`. */
  readonly minDocumentedShare: number;
  /** Fairness: share of the support sessions due by `asOf` that must have been delivered. Default `0.8`. */
  readonly minSupportDeliveredShare: number;
  /** Fairness: share every single commitment's due sessions must reach (a missed one-off workshop counts). Default `0.5`. */
  readonly minCommitmentDeliveredShare: number;
  /** Fairness: share of due check-ins (held or missed) that must have been held. Default `0.8`. */
  readonly minCheckInHeldShare: number;
  /** Days into the plan after which "no support committed" or "no check-in held" counts as a shortfall. Default `14`. */
  readonly commitmentGraceDays: number;
  /** Days after a check-in's date before an unrecorded one counts as missed (passed to the timeline). Default `2`. */
  readonly checkInGraceDays: number;
  /** What the fairness guard gives instead of "not met" while the extension cap allows: `'extend'` or `'insufficient_evidence'`. Default `'extend'`. */
  readonly shortfallOutcome: 'extend' | 'insufficient_evidence';

  // --- after the plan ---------------------------------------------------------------------------
  /** k for relapse: consecutive periods with data below target (or past the loss share) that make a relapse. Default `3`. */
  readonly relapsePeriods: number;
  /** A period also counts toward a relapse when it has lost more than this share of the improvement gained in the plan. Default `0.5`. */
  readonly relapseLossShare: number;

  // --- team screening ---------------------------------------------------------------------------
  /** Period unit of the team screen's series. Default `'week'`. */
  readonly screenUnit: PeriodUnit;
  /** Complete periods before `asOf` the team screen looks at. Default `8`. */
  readonly screenLookbackPeriods: number;
  /** Fewest periods with data for a metric to be screened. Default `4`. */
  readonly screenMinPoints: number;
  /** A metric declines "beyond the policy" when its trend loses at least this share of its typical level over the lookback. Default `0.2`. */
  readonly screenDeclineShare: number;

  // --- consistency across plans -----------------------------------------------------------------
  /** A target (normalised per week) further than this share from the role's median is flagged. Default `0.25`. */
  readonly targetDeviationShare: number;
  /** A duration further than this share from the role's median is flagged. Default `0.25`. */
  readonly durationDeviationShare: number;
  /** Fewest plans (or goals) of a role needed before a median is used. Default `3`. */
  readonly minPlansForMedian: number;
  /** A target past the team's own average by more than this share of that average is stricter than the team. Default `0.05`. */
  readonly teamAverageTolerance: number;

  // --- reporting ---------------------------------------------------------------------------------
  /** Most evaluation issues listed one by one; the rest are counted in one `issues_truncated` issue. Default `100`. */
  readonly maxIssues: number;
}

/** A policy override: each field optional, nested records partially. */
export type EvaluationPolicyOverrides = {
  readonly [K in keyof EvaluationPolicy]?: EvaluationPolicy[K] extends readonly unknown[]
    ? EvaluationPolicy[K]
    : EvaluationPolicy[K] extends object
      ? Partial<EvaluationPolicy[K]>
      : EvaluationPolicy[K];
};

/**
 * The default evaluation policy. Every field is documented on {@link EvaluationPolicy}.
 *
 * @example
 * ```ts
 * DEFAULT_EVALUATION_POLICY.successScore; // => 80
 * ```
 */
export const DEFAULT_EVALUATION_POLICY: EvaluationPolicy = Object.freeze({
  seriesUnit: 'week',
  coverageUnitByKind: Object.freeze({ skill: 'month', behavior: 'week', activity: 'week', outcome: 'month' }),
  workingDays: Object.freeze([1, 2, 3, 4, 5]) as readonly IsoWeekday[],
  minPartialPeriodShare: 0.5,
  sustainPeriods: Object.freeze({ day: 10, week: 4, month: 2 }),
  sustainShare: 0.75,
  periodMetShare: 0.8,
  minTrendPoints: 3,
  flatTrendShare: 0.02,
  onTrackTolerance: 0.1,
  atRiskTolerance: 0.3,
  improvementShare: 0.25,
  declineShare: 0.1,
  successScore: 80,
  extendScore: 50,
  defaultGoalFloor: 0.5,
  maxExtensions: 1,
  extendWhenLeadingImproves: true,
  minCoverage: 0.6,
  minDocumentedShare: 0.5,
  minSupportDeliveredShare: 0.8,
  minCommitmentDeliveredShare: 0.5,
  minCheckInHeldShare: 0.8,
  commitmentGraceDays: 14,
  checkInGraceDays: 2,
  shortfallOutcome: 'extend',
  relapsePeriods: 3,
  relapseLossShare: 0.5,
  screenUnit: 'week',
  screenLookbackPeriods: 8,
  screenMinPoints: 4,
  screenDeclineShare: 0.2,
  targetDeviationShare: 0.25,
  durationDeviationShare: 0.25,
  minPlansForMedian: 3,
  teamAverageTolerance: 0.05,
  maxIssues: 100,
});

const UNITS: readonly PeriodUnit[] = ['day', 'week', 'month'];
const KINDS: readonly MetricKind[] = ['skill', 'behavior', 'activity', 'outcome'];

/** What a valid value of one policy field is, and the words a `policy_invalid` issue uses for it. */
interface FieldRule {
  readonly valid: (value: unknown) => boolean;
  readonly expected: string;
}

/** A nested record merged key by key: its keys and the rule each key's value follows. */
interface RecordRule {
  readonly keys: readonly string[];
  readonly each: FieldRule;
}

/** Finite numbers from `min` to `max` (both included), whole numbers only when `whole`. */
function numberRule(min: number, max: number, expected: string, whole = false): FieldRule {
  return { valid: (v) => (whole ? Number.isInteger(v) : Number.isFinite(v)) && (v as number) >= min && (v as number) <= max, expected };
}

/** One of a few listed values. */
function oneOf(values: readonly unknown[], expected: string): FieldRule {
  return { valid: (v) => values.includes(v), expected };
}

const SHARE = numberRule(0, 1, 'a share between 0 and 1');
const TOLERANCE = numberRule(0, Infinity, 'a number of 0 or more');
const SCORE = numberRule(0, 100, 'a score between 0 and 100');
const COUNT = numberRule(1, Infinity, 'a whole number of 1 or more', true);
const COUNT_OR_ZERO = numberRule(0, Infinity, 'a whole number of 0 or more', true);
const UNIT = oneOf(UNITS, 'day, week or month');

/**
 * Every field's rule, in the order problems are reported: shares, tolerances, scores, counts,
 * counts that may be 0, units, flags and lists, then the nested records.
 */
const RULES: {
  readonly [F in keyof EvaluationPolicy]: EvaluationPolicy[F] extends string | number | boolean | readonly unknown[] ? FieldRule : RecordRule;
} = {
  minPartialPeriodShare: SHARE,
  sustainShare: SHARE,
  periodMetShare: SHARE,
  improvementShare: SHARE,
  declineShare: SHARE,
  defaultGoalFloor: SHARE,
  minCoverage: SHARE,
  minDocumentedShare: SHARE,
  minSupportDeliveredShare: SHARE,
  minCommitmentDeliveredShare: SHARE,
  minCheckInHeldShare: SHARE,
  relapseLossShare: SHARE,
  screenDeclineShare: SHARE,
  flatTrendShare: TOLERANCE,
  onTrackTolerance: TOLERANCE,
  atRiskTolerance: TOLERANCE,
  targetDeviationShare: TOLERANCE,
  durationDeviationShare: TOLERANCE,
  teamAverageTolerance: TOLERANCE,
  successScore: SCORE,
  extendScore: SCORE,
  minTrendPoints: COUNT,
  relapsePeriods: COUNT,
  screenLookbackPeriods: COUNT,
  screenMinPoints: COUNT,
  minPlansForMedian: COUNT,
  maxIssues: COUNT,
  maxExtensions: COUNT_OR_ZERO,
  commitmentGraceDays: COUNT_OR_ZERO,
  checkInGraceDays: COUNT_OR_ZERO,
  seriesUnit: UNIT,
  screenUnit: UNIT,
  extendWhenLeadingImproves: oneOf([true, false], 'true or false'),
  shortfallOutcome: oneOf(['extend', 'insufficient_evidence'], 'extend or insufficient_evidence'),
  workingDays: {
    valid: (v) => Array.isArray(v) && v.length > 0 && v.every((d) => Number.isInteger(d) && d >= 1 && d <= 7),
    expected: 'a non-empty list of ISO weekdays 1-7',
  },
  coverageUnitByKind: { keys: KINDS, each: UNIT },
  sustainPeriods: { keys: UNITS, each: COUNT },
};

/** A policy field that was out of range and replaced by its default. */
export interface PolicyProblem {
  readonly field: string;
  readonly received: string;
  readonly expected: string;
}

/**
 * A received value as the issue shows it: numbers as written (NaN and Infinity included, which
 * JSON would show as null), other values as JSON; `?` for what JSON cannot write (a BigInt, a
 * cycle), since reporting a bad value must never throw.
 */
function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

/**
 * Merge overrides over the defaults, replacing out-of-range values by their default and saying so.
 *
 * @internal
 */
export function resolvePolicy(
  overrides: EvaluationPolicyOverrides | EvaluationPolicy | undefined,
  base: EvaluationPolicy = DEFAULT_EVALUATION_POLICY,
): { policy: EvaluationPolicy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  if (!overrides) return { policy: base, problems };
  const out: Record<string, unknown> = { ...base };
  const given = overrides as Record<string, unknown>;
  /** Set `into[key]` to `value` when the rule allows it; report it as `field` otherwise. */
  const take = (into: Record<string, unknown>, key: string, value: unknown, rule: FieldRule, field: string): void => {
    if (value === undefined) return;
    if (rule.valid(value)) into[key] = value;
    else problems.push({ field, received: shown(value), expected: rule.expected });
  };
  for (const field of Object.keys(RULES) as (keyof EvaluationPolicy)[]) {
    const rule: FieldRule | RecordRule = RULES[field];
    const value = given[field];
    if (!('keys' in rule)) take(out, field, value, rule, field);
    else if (value !== undefined) {
      const merged: Record<string, unknown> = { ...(base[field] as object) };
      for (const key of rule.keys) take(merged, key, (value as Record<string, unknown>)[key], rule.each, `${field}.${key}`);
      out[field] = Object.freeze(merged);
    }
  }
  if (given['workingDays'] !== undefined && out['workingDays'] !== base.workingDays) {
    out['workingDays'] = Object.freeze([...new Set(out['workingDays'] as IsoWeekday[])].sort());
  }
  if ((out['atRiskTolerance'] as number) < (out['onTrackTolerance'] as number)) {
    problems.push({ field: 'atRiskTolerance', received: String(out['atRiskTolerance']), expected: 'at least onTrackTolerance' });
    out['atRiskTolerance'] = out['onTrackTolerance'];
  }
  return { policy: Object.freeze(out) as unknown as EvaluationPolicy, problems };
}
