/**
 * The closed vocabularies of the evaluators: statuses, triad readings, recommendation outcomes,
 * reason codes and issue codes. Codes discriminate; the messages module explains them.
 */
import { REASON_CODES, RECOMMENDED_OUTCOMES } from '../schema/recommendation-codes.js';

/** Where a goal stands at `asOf`. */
export const GOAL_STATUSES = ['met', 'not_met', 'on_track', 'at_risk', 'off_track', 'no_data', 'not_started'] as const;
/** Where a goal stands at `asOf`: met; not met once its window ended; on track, at risk or off track against the expected trajectory; no data; window not started. */
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** Whether a goal's window has begun and ended at `asOf`. */
export type GoalPhase = 'not_started' | 'running' | 'ended';

/** How a goal's observed value is read. */
export type GoalReadingKind =
  /** A total over the window (`sum`, basis `window`): "close $45,000 in 90 days". */
  | 'window_total'
  /** A level over the window (`mean` or `ratio`, basis `window`): "12% conversion". */
  | 'window_level'
  /** The latest value (`latest`, basis `window`): a rubric level. */
  | 'latest_level'
  /** A target per day, week or month: "40 calls per week". */
  | 'per_period';

/** The direction of a trend, read in the goal's favourable direction. */
export type TrendDirection = 'improving' | 'flat' | 'declining';

/** The three metrics of the measurement system. Activity counts with behavior, as a leading indicator. */
export type TriadComponentName = 'skill' | 'behavior' | 'outcome';

/** How one triad component reads. */
export type TriadState = 'met' | 'improving' | 'flat' | 'declining' | 'no_data' | 'not_measured';

/** Named combinations of the triad. */
export const TRIAD_CODES = [
  'all_met',
  'improving',
  'improving_lagging_results',
  'skill_not_applied',
  'results_without_leading_change',
  'declining',
  'no_improvement',
  'no_data',
] as const;
/** A named combination of the skill, behavior and outcome readings. */
export type TriadCode = (typeof TRIAD_CODES)[number];

/** The outcomes `recommendOutcome` can give. */
export { RECOMMENDED_OUTCOMES };
/** A recommended outcome. */
export type RecommendedOutcome = (typeof RECOMMENDED_OUTCOMES)[number];

/**
 * The rank of each outcome, from worst to best for the employee: not met (0) < insufficient
 * evidence (1) < extend (2) < successful (3). Insufficient evidence sits above "not met" because
 * it takes no adverse decision, and below "extend" because it affirms no progress. Better data
 * (coverage fixed) never lowers the rank.
 */
export const OUTCOME_RANK: Readonly<Record<RecommendedOutcome, number>> = Object.freeze({
  not_met: 0,
  insufficient_evidence: 1,
  extend: 2,
  successful: 3,
});

/** Every code a recommendation reason can carry. */
export { REASON_CODES };
/** A recommendation reason code. */
export type ReasonCode = (typeof REASON_CODES)[number];

/** Every code an evaluation issue can carry (problems in the input that were skipped, never thrown). */
export const EVALUATION_ISSUE_CODES = [
  'observation_unknown_metric',
  'observation_shape_mismatch',
  'observation_invalid',
  'goal_metric_unknown',
  'policy_invalid',
  'issues_truncated',
] as const;
/** An evaluation issue code. */
export type EvaluationIssueCode = (typeof EVALUATION_ISSUE_CODES)[number];

/**
 * Every code an evaluation warning can carry: what the evaluation did to its input that changes
 * what it read (observations counted once instead of twice, goal windows cut to the plan or moved
 * with a pause, paused days left out of every measure).
 */
export const EVALUATION_WARNING_CODES = ['feed_repeats_plan', 'duplicate_id', 'conflicting_duplicate', 'window_clipped', 'window_moved', 'paused_days_excluded'] as const;
/** An evaluation warning code. */
export type EvaluationWarningCode = (typeof EVALUATION_WARNING_CODES)[number];

/** Codes of relapse findings. */
export const RELAPSE_CODES = ['relapse_below_target', 'relapse_lost_improvement', 'not_closed_successfully', 'no_monitoring_data', 'holding'] as const;
/** A relapse finding code. */
export type RelapseCode = (typeof RELAPSE_CODES)[number];

/** Codes of team-screen findings. */
export const SCREEN_CODES = ['leading_indicator_declining', 'outcome_declining', 'outcomes_holding', 'insufficient_data', 'steady'] as const;
/** A team-screen finding code. */
export type ScreenCode = (typeof SCREEN_CODES)[number];

/** Codes of consistency findings. */
export const CONSISTENCY_CODES = ['target_off_role_median', 'duration_off_role_median', 'target_stricter_than_team', 'too_few_plans'] as const;
/** A consistency finding code. */
export type ConsistencyCode = (typeof CONSISTENCY_CODES)[number];
