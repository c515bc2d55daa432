/**
 * Evaluation: measure skill, behavior and outcome, score progress, explain, recommend an outcome.
 * Relapse detection after the plan is in src/monitoring; team screening and the comparison of
 * plans across roles in src/team; both read the evaluation's helpers.
 *
 * @module
 */
export {
  GOAL_STATUSES,
  TRIAD_CODES,
  RECOMMENDED_OUTCOMES,
  OUTCOME_RANK,
  REASON_CODES,
  EVALUATION_ISSUE_CODES,
  EVALUATION_WARNING_CODES,
  RELAPSE_CODES,
  SCREEN_CODES,
  CONSISTENCY_CODES,
  type GoalStatus,
  type GoalPhase,
  type GoalReadingKind,
  type TrendDirection,
  type TriadComponentName,
  type TriadState,
  type TriadCode,
  type RecommendedOutcome,
  type ReasonCode,
  type EvaluationIssueCode,
  type EvaluationWarningCode,
  type RelapseCode,
  type ScreenCode,
  type ConsistencyCode,
} from './codes.js';
export { DEFAULT_EVALUATION_POLICY, EVALUATION_POLICY, EVALUATION_POLICY_DESCRIPTIONS, type EvaluationPolicy, type EvaluationPolicyOverrides } from './policy.js';
export type * from './types.js';
export {
  EVALUATION_ISSUE_MESSAGES,
  EVALUATION_WARNING_MESSAGES,
  GOAL_STATUS_MESSAGES,
  TRIAD_MESSAGES,
  type GoalStatusFactsByStatus,
  type EvaluationIssueFacts,
  type EvaluationIssueFactsByCode,
  type EvaluationWarningFacts,
  type EvaluationWarningFactsByCode,
  type RepeatWarningFacts,
  type WindowWarningFacts,
  type PausedWarningFacts,
} from './messages.js';
export { evaluatePlan, type EvaluatePlanOptions } from './evaluate-plan.js';
export { evaluatePlans, evaluatePlansAsync, type EvaluatePlansOptions, type EvaluatePlansAsyncOptions } from './evaluate-plans.js';
export {
  evaluatePlanFigures,
  evaluatePlansFigures,
  evaluatePlansFiguresAsync,
  figuresOf,
  type PlanFigures,
  type GoalFigures,
} from './figures.js';
export { recommendOutcome, type RecommendOptions } from './recommend.js';
export { EVALUATION_CATALOGS_EN, rewordRecommendation, rewordSummary, type EvaluationCatalogs, type EvaluationCatalogsOverride } from './catalogs.js';
export { rewordEvaluation } from './reword-evaluation.js';
export type { EvaluateLocale } from './locale-catalog.js';
export {
  RECOMMENDATION_MESSAGES,
  type CommitmentShortfallFacts,
  type GoalHeldRecentlyFacts,
  type GoalNotHeldFacts,
  type GoalShortfallFacts,
  type GoalUnderFloorFacts,
  type ReasonFacts,
  type ReasonFactsByCode,
  type ReasonMetricFacts,
  type ReasonPeriodCount,
  type ReasonScope,
  type ScoreFacts,
  type ShortGoalFacts,
} from './reason-messages.js';
export { closeBasis } from './close-basis.js';
export {
  summarizeEvaluation,
  type EvaluationSummary,
  type GoalSummaryRow,
  type TriadSummaryRow,
  type SummarizeOptions,
} from './summary.js';
