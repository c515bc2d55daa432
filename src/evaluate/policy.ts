import * as z from 'zod/mini';
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
  type PolicyDescriptions,
  type PolicyOf,
  type PolicyOverrides,
} from '../policy/index.js';
import { COMPANY_SIDE_DEFAULTS, COMPANY_SIDE_DESCRIPTIONS, COMPANY_SIDE_FIELDS } from '../timeline/company-side.js';

const UNITS = ['day', 'week', 'month'] as const;
const unit = () => oneOfField(UNITS);

/**
 * Every threshold the evaluators use: each field's meaning, valid values and default are in
 * {@link EVALUATION_POLICY} (and docs/policies.md, generated from it). Shares are fractions
 * (0.8 = 80%).
 */
const EVALUATION_POLICY_SCHEMA = z.object({
  // --- periods -------------------------------------------------------------------------------
  seriesUnit: unit(),
  coverageUnitByKind: recordField(
    {
      skill: unit(),
      behavior: unit(),
      activity: unit(),
      outcome: unit(),
    },
    { type: 'units_by_kind' }),
  workingDays: policyField(
    z.pipe(
      z.array(z.literal([1, 2, 3, 4, 5, 6, 7])).check(z.minLength(1)),
      z.transform((days): readonly IsoWeekday[] => Object.freeze([...new Set(days)].sort())),
    ),
    { type: 'weekdays' }),
  minPartialPeriodShare: shareField(),
  windowsFollowPauses: flagField(),

  // --- per goal -----------------------------------------------------------------------------
  sustainPeriods: recordField(
    {
      day: wholeField(1),
      week: wholeField(1),
      month: wholeField(1),
    },
    { type: 'whole_by_unit' }),
  sustainShare: shareField(),
  periodMetShare: shareField(),
  minTrendPoints: wholeField(1),
  flatTrendShare: nonNegativeField(),
  onTrackTolerance: nonNegativeField(),
  atRiskTolerance: nonNegativeField(),

  // --- progress and triad ---------------------------------------------------------------------
  improvementShare: shareField(),
  declineShare: shareField(),

  // --- score and recommendation ---------------------------------------------------------------
  successScore: scoreField(),
  extendScore: scoreField(),
  defaultGoalFloor: shareField(),
  recentLevelMeetsRequired: flagField(),
  maxExtensions: wholeField(0),
  extendWhenLeadingImproves: flagField(),

  // --- evidence and fairness -------------------------------------------------------------------
  minCoverage: shareField(),
  minDocumentedShare: shareField(),
  ...COMPANY_SIDE_FIELDS,
  shortfallOutcome: oneOfField(['extend', 'insufficient_evidence']),

  // --- after the plan ---------------------------------------------------------------------------
  relapsePeriods: wholeField(1),
  relapseLossShare: shareField(),

  // --- team screening ---------------------------------------------------------------------------
  screenUnit: unit(),
  screenLookbackPeriods: wholeField(1),
  screenMinPoints: wholeField(1),
  screenDeclineShare: shareField(),

  // --- consistency across plans -----------------------------------------------------------------
  targetDeviationShare: nonNegativeField(),
  durationDeviationShare: nonNegativeField(),
  minPlansForMedian: wholeField(1),
  teamAverageTolerance: nonNegativeField(),

  // --- reporting ---------------------------------------------------------------------------------
  maxIssues: wholeField(1),
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
    windowsFollowPauses: true,
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
    recentLevelMeetsRequired: true,
    maxExtensions: 1,
    extendWhenLeadingImproves: true,
    minCoverage: 0.6,
    minDocumentedShare: 0.5,
    ...COMPANY_SIDE_DEFAULTS,
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
        expected: { type: 'at_least', field: 'onTrackTolerance' },
        holds: (p) => p.atRiskTolerance >= p.onTrackTolerance,
        repair: (p) => p.onTrackTolerance,
      },
    ],
  },
);

/**
 * What each field of {@link EvaluationPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const EVALUATION_POLICY_DESCRIPTIONS: PolicyDescriptions<EvaluationPolicy> = /* @__PURE__ */ (() => ({
  seriesUnit: 'Period unit of the series behind trend, sustainment and recent level for whole-window goals.',
  coverageUnitByKind: 'Period unit in which observation coverage is counted for whole-window goals, by metric kind (rubric assessments and closed revenue arrive less often than calls). Per-period goals count coverage in their own unit.',
  workingDays: 'ISO weekdays that are working days (1 = Monday). Used to pro-rate partial periods and to skip weekend days in per-day goals.',
  minPartialPeriodShare: "A period cut by the goal's window, by holidays or by a pause counts only when it holds at least this share of a full period's working days; the totals of a counted partial period are scaled up to a full period.",
  windowsFollowPauses: "Goal windows, deadlines and milestones move with the plan clock, as the plan's end date does: a pause before or inside a window moves its later dates by the paused days, so leave never shortens the time a rep has. False: the dates stay as written (a host that writes them on the real calendar); paused days are outside every measure either way.",
  sustainPeriods: 'k, the number of most recent periods that sustainment and the recent level look at, per period unit.',
  sustainShare: 'A goal is sustained when at least this share of its last k periods is at or past target.',
  periodMetShare: 'A per-period goal ("40 calls per week") is met when at least this share of its periods so far is at or past target.',
  minTrendPoints: 'Fewest periods with data needed to fit a trend.',
  flatTrendShare: "A trend whose slope moves less than this share of the goal's gap per period is flat.",
  onTrackTolerance: 'Behind the expected trajectory by at most this share of the gap: on track.',
  atRiskTolerance: 'Behind by at most this share of the gap (or projected to reach the target): at risk; further behind: off track. At least `onTrackTolerance`.',
  improvementShare: "Progress (the recent level's share of the gap closed) at or above this counts as improving.",
  declineShare: 'Progress at or below minus this share counts as declining.',
  successScore: 'Score (0-100) at or past which, with no goal below its floor, the plan is successful. Applies only when no goal is marked required: a score never stands in for a required goal.',
  extendScore: 'Score at or past which the improvement is real enough to extend.',
  defaultGoalFloor: 'Attainment floor (0..1) for goals without their own `floor`.',
  recentLevelMeetsRequired:
    'A required goal not met over its whole window counts as met for success when its recent level (the last k periods) is at or past target and sustained: significant and sustained improvement, named in the recommendation (`required_goal_held_recently`).',
  maxExtensions: 'Extensions a plan may be granted; once used up, "extend" is no longer recommended.',
  extendWhenLeadingImproves: 'Recommend "extend" when leading indicators (skill, behavior, activity) improve while outcomes lag.',
  minCoverage: 'Share of elapsed periods with data below which the evidence is insufficient.',
  minDocumentedShare: 'Share of held check-ins with notes below which the documentation is insufficient.',
  ...COMPANY_SIDE_DESCRIPTIONS,
  shortfallOutcome: 'What the fairness guard gives instead of "not met" while the extension cap allows.',
  relapsePeriods: 'k for relapse: consecutive periods with data below target (or past the loss share) that make a relapse.',
  relapseLossShare: 'A period also counts toward a relapse when it has lost more than this share of the improvement gained in the plan.',
  screenUnit: "Period unit of the team screen's series.",
  screenLookbackPeriods: 'Complete periods before `asOf` the team screen looks at.',
  screenMinPoints: 'Fewest periods with data for a metric to be screened.',
  screenDeclineShare: 'A metric declines "beyond the policy" when its trend loses at least this share of its typical level over the lookback.',
  targetDeviationShare: "A target (normalised per week) further than this share from the role's median is flagged.",
  durationDeviationShare: "A duration further than this share from the role's median is flagged.",
  minPlansForMedian: 'Fewest plans (or goals) of a role needed before a median is used.',
  teamAverageTolerance: "A target past the team's own average by more than this share of that average is stricter than the team.",
  maxIssues: 'Most evaluation issues listed one by one; the rest are counted in one `issues_truncated` issue.',
}))(); // pure: an app that never reads the descriptions drops them (the spread alone would keep them)

/**
 * The default evaluation policy. Every field is documented in docs/policies.md.
 *
 * @example
 * ```ts
 * DEFAULT_EVALUATION_POLICY.successScore; // => 80
 * ```
 */
export const DEFAULT_EVALUATION_POLICY: EvaluationPolicy = EVALUATION_POLICY.defaults;
