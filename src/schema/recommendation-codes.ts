/**
 * The evaluation's recommendation vocabulary, listed in the schema layer (no imports) so that a
 * close's basis (src/schema/entities.ts) and the evaluation (src/evaluate/codes.ts) share one list.
 *
 * @module
 */
/**
 * The outcomes an evaluation can recommend (the evaluation's `RecommendedOutcome`), listed here, below
 * the evaluation and the lifecycle, so a close can name the recommendation it rests on.
 */
export const RECOMMENDED_OUTCOMES = ['not_met', 'insufficient_evidence', 'extend', 'successful'] as const;

/** Every code a recommendation reason can carry (the evaluation's `ReasonCode`). */
export const REASON_CODES = [
  // context
  'provisional_before_end',
  // evidence
  'plan_not_running',
  'plan_not_started',
  'nothing_elapsed',
  'insufficient_coverage',
  'required_goal_without_data',
  'check_ins_undocumented',
  // success
  'required_goals_met_and_sustained',
  'required_goal_held_recently',
  'score_past_success_threshold',
  'non_required_goal_not_met',
  // what blocks success
  'required_goal_not_met',
  'required_goal_not_sustained',
  'goal_below_floor',
  // improvement
  'improvement_past_threshold',
  'leading_indicators_improving',
  'goals_on_course',
  'extension_cap_reached',
  'no_real_improvement',
  // fairness
  'company_commitment_shortfall',
] as const;
