import * as z from 'zod';
import type { IsoWeekday } from '../dates/calendar.js';
import {
  definePolicy,
  flagField,
  nonNegativeField,
  oneOfField,
  policyField,
  recordField,
  scoreField,
  shareField,
  wholeField,
  type PolicyOf,
  type PolicyOverrides,
} from '../policy/index.js';

const UNITS = ['day', 'week', 'month'] as const;
const unit = (description: string) => oneOfField(UNITS, description);

/**
 * Every threshold the evaluators use: each field's meaning, valid values and default are in
 * {@link EVALUATION_POLICY} (and docs/policies.md, generated from it). Shares are fractions
 * (0.8 = 80%).
 */
const EVALUATION_POLICY_SCHEMA = z.object({
  // --- periods -------------------------------------------------------------------------------
  seriesUnit: unit('Period unit of the series behind trend, sustainment and recent level for whole-window goals.'),
  coverageUnitByKind: recordField(
    {
      skill: unit('Coverage unit of skill metrics (rubric assessments).'),
      behavior: unit('Coverage unit of behavior metrics.'),
      activity: unit('Coverage unit of activity metrics.'),
      outcome: unit('Coverage unit of outcome metrics (closed revenue).'),
    },
    'an object of units (day, week or month) by metric kind: skill, behavior, activity, outcome',
    'Period unit in which observation coverage is counted for whole-window goals, by metric kind (rubric assessments and closed revenue arrive less often than calls). Per-period goals count coverage in their own unit.',
  ),
  workingDays: policyField(
    z
      .array(z.literal([1, 2, 3, 4, 5, 6, 7]))
      .min(1)
      .transform((days): readonly IsoWeekday[] => Object.freeze([...new Set(days)].sort())),
    'a non-empty list of ISO weekdays 1-7',
    'ISO weekdays that are working days (1 = Monday). Used to pro-rate partial periods and to skip weekend days in per-day goals.',
  ),
  minPartialPeriodShare: shareField(
    "A period cut by the goal's window counts only when it holds at least this share of a full period's working days; the totals of a counted partial period are scaled up to a full period.",
  ),

  // --- per goal -----------------------------------------------------------------------------
  sustainPeriods: recordField(
    {
      day: wholeField(1, 'k for daily series.'),
      week: wholeField(1, 'k for weekly series.'),
      month: wholeField(1, 'k for monthly series.'),
    },
    'an object of whole numbers of 1 or more by unit: day, week, month',
    'k, the number of most recent periods that sustainment and the recent level look at, per period unit.',
  ),
  sustainShare: shareField('A goal is sustained when at least this share of its last k periods is at or past target.'),
  periodMetShare: shareField('A per-period goal ("40 calls per week") is met when at least this share of its periods so far is at or past target.'),
  minTrendPoints: wholeField(1, 'Fewest periods with data needed to fit a trend.'),
  flatTrendShare: nonNegativeField("A trend whose slope moves less than this share of the goal's gap per period is flat."),
  onTrackTolerance: nonNegativeField('Behind the expected trajectory by at most this share of the gap: on track.'),
  atRiskTolerance: nonNegativeField('Behind by at most this share of the gap (or projected to reach the target): at risk; further behind: off track. At least `onTrackTolerance`.'),

  // --- progress and triad ---------------------------------------------------------------------
  improvementShare: shareField("Progress (the recent level's share of the gap closed) at or above this counts as improving."),
  declineShare: shareField('Progress at or below minus this share counts as declining.'),

  // --- score and recommendation ---------------------------------------------------------------
  successScore: scoreField('Score (0-100) at or past which, with no goal below its floor, the plan is successful.'),
  extendScore: scoreField('Score at or past which the improvement is real enough to extend.'),
  defaultGoalFloor: shareField('Attainment floor (0..1) for goals without their own `floor`.'),
  maxExtensions: wholeField(0, 'Extensions a plan may be granted; once used up, "extend" is no longer recommended.'),
  extendWhenLeadingImproves: flagField('Recommend "extend" when leading indicators (skill, behavior, activity) improve while outcomes lag.'),

  // --- evidence and fairness -------------------------------------------------------------------
  minCoverage: shareField('Share of elapsed periods with data below which the evidence is insufficient.'),
  minDocumentedShare: shareField('Share of held check-ins with notes below which the documentation is insufficient.'),
  minSupportDeliveredShare: shareField('Fairness: share of the support sessions due by `asOf` that must have been delivered.'),
  minCommitmentDeliveredShare: shareField("Fairness: share every single commitment's due sessions must reach (a missed one-off workshop counts)."),
  minCheckInHeldShare: shareField('Fairness: share of due check-ins (held or missed) that must have been held.'),
  commitmentGraceDays: wholeField(0, 'Days into the plan after which "no support committed" or "no check-in held" counts as a shortfall.'),
  checkInGraceDays: wholeField(0, "Days after a check-in's date before an unrecorded one counts as missed (passed to the timeline)."),
  shortfallOutcome: oneOfField(['extend', 'insufficient_evidence'], 'What the fairness guard gives instead of "not met" while the extension cap allows.'),

  // --- after the plan ---------------------------------------------------------------------------
  relapsePeriods: wholeField(1, 'k for relapse: consecutive periods with data below target (or past the loss share) that make a relapse.'),
  relapseLossShare: shareField('A period also counts toward a relapse when it has lost more than this share of the improvement gained in the plan.'),

  // --- team screening ---------------------------------------------------------------------------
  screenUnit: unit("Period unit of the team screen's series."),
  screenLookbackPeriods: wholeField(1, 'Complete periods before `asOf` the team screen looks at.'),
  screenMinPoints: wholeField(1, 'Fewest periods with data for a metric to be screened.'),
  screenDeclineShare: shareField('A metric declines "beyond the policy" when its trend loses at least this share of its typical level over the lookback.'),

  // --- consistency across plans -----------------------------------------------------------------
  targetDeviationShare: nonNegativeField("A target (normalised per week) further than this share from the role's median is flagged."),
  durationDeviationShare: nonNegativeField("A duration further than this share from the role's median is flagged."),
  minPlansForMedian: wholeField(1, 'Fewest plans (or goals) of a role needed before a median is used.'),
  teamAverageTolerance: nonNegativeField("A target past the team's own average by more than this share of that average is stricter than the team."),

  // --- reporting ---------------------------------------------------------------------------------
  maxIssues: wholeField(1, 'Most evaluation issues listed one by one; the rest are counted in one `issues_truncated` issue.'),
});

/**
 * Every threshold the evaluators use. Each field's meaning and default: {@link EVALUATION_POLICY}
 * (`fields()`) and docs/policies.md. Pass {@link EvaluationPolicyOverrides} to change some.
 */
export type EvaluationPolicy = PolicyOf<typeof EVALUATION_POLICY_SCHEMA>;

/** A policy override: each field optional, nested records partially (key by key). */
export type EvaluationPolicyOverrides = PolicyOverrides<EvaluationPolicy>;

/**
 * The evaluation policy: its schema, its defaults ({@link DEFAULT_EVALUATION_POLICY}) and how
 * overrides are checked and merged (a bad value is a `policy_invalid` issue and its default is
 * used; `atRiskTolerance` is raised to `onTrackTolerance` when below it).
 *
 * @example
 * ```ts
 * EVALUATION_POLICY.resolve({ successScore: 75, sustainPeriods: { week: 6 } }).policy.sustainPeriods;
 * // => { day: 10, week: 6, month: 2 }
 * EVALUATION_POLICY.resolve({ sustainShare: 2 }).issues[0].path; // => ["policy", "sustainShare"]
 * ```
 */
export const EVALUATION_POLICY = definePolicy(
  EVALUATION_POLICY_SCHEMA,
  {
    seriesUnit: 'week',
    coverageUnitByKind: { skill: 'month', behavior: 'week', activity: 'week', outcome: 'month' },
    workingDays: [1, 2, 3, 4, 5],
    minPartialPeriodShare: 0.5,
    sustainPeriods: { day: 10, week: 4, month: 2 },
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
  },
  {
    relations: [
      {
        field: 'atRiskTolerance',
        expected: 'at least onTrackTolerance',
        holds: (p) => p.atRiskTolerance >= p.onTrackTolerance,
        repair: (p) => p.onTrackTolerance,
      },
    ],
  },
);

/**
 * The default evaluation policy. Every field is documented in docs/policies.md.
 *
 * @example
 * ```ts
 * DEFAULT_EVALUATION_POLICY.successScore; // => 80
 * ```
 */
export const DEFAULT_EVALUATION_POLICY: EvaluationPolicy = EVALUATION_POLICY.defaults;
