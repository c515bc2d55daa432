/**
 * Every lint rule: its code, severity, the domain spec section it comes from, and what it
 * checks. docs/checks.md is checked against this table by a test.
 *
 * @module
 */
import type { SmartReasonCode } from '../goals/messages.js';

/** How serious a lint finding is. Errors block submission for HR review. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** A lint rule's description. */
export interface LintRule {
  readonly severity: LintSeverity;
  /** The section of the domain spec (docs/checks.md) the rule comes from. */
  readonly section: string;
  /** What the rule checks, in one line. */
  readonly summary: string;
}

/** Every lint rule, in the order findings are reported. */
export const LINT_RULES = {
  // the policy itself
  policy_invalid: { severity: 'error', section: 'policies', summary: 'A lint policy field is out of range, of the wrong type, or unknown; its default was used (or it was ignored).' },
  // basics
  purpose_missing: { severity: 'error', section: '2.1', summary: 'The plan states no purpose.' },
  hr_partner_missing: { severity: 'warning', section: '2.1, 2.9', summary: 'No HR partner is named for the neutral review.' },
  role_start_missing: { severity: 'info', section: '2.1, 5', summary: 'The date the employee started in the role is not recorded, so ramp-up cannot be checked.' },
  plan_too_short: { severity: 'error', section: '2.1', summary: 'The plan is shorter than the policy minimum (30 days).' },
  skill_gap_needs_time: { severity: 'warning', section: '2.1, 4', summary: 'A skill gap, but the plan is shorter than the skill minimum (60 days).' },
  // diagnostic
  diagnostic_missing: { severity: 'error', section: '2.2', summary: 'No diagnostic (root cause) was done.' },
  diagnostic_incomplete: { severity: 'warning', section: '2.2', summary: 'A diagnostic question (good at, struggling with, not doing, doing wrong) is unanswered.' },
  root_cause_system: { severity: 'warning', section: '2.2', summary: 'The root cause is the system alone: a plan judges the rep for the system\'s fault.' },
  system_factor_unaddressed: { severity: 'error', section: '2.2, 5', summary: 'A system factor (territory, leads, playbook, tools) is recorded but nothing in the plan addresses it.' },
  // gaps
  gaps_missing: { severity: 'error', section: '2.3', summary: 'The plan lists no performance gap.' },
  gap_not_a_shortfall: { severity: 'error', section: '2.3', summary: 'A gap\'s current value meets or beats its standard in the metric\'s direction.' },
  gap_evidence_missing: { severity: 'warning', section: '2.3', summary: 'A gap has no evidence (data, not adjectives).' },
  gap_period_missing: { severity: 'warning', section: '2.3, 5', summary: 'A gap names no period it was measured over.' },
  gap_period_short: { severity: 'warning', section: '5', summary: 'A gap was measured over less than the policy minimum (60 days): maybe one bad month.' },
  gap_unaddressed: { severity: 'warning', section: '5', summary: 'A gap that no goal addresses.' },
  // goals
  goals_missing: { severity: 'error', section: '2.4', summary: 'The plan has no goals.' },
  metric_unknown: { severity: 'error', section: '2.4 (Specific)', summary: 'A goal measures a metric the plan does not define.' },
  vague_wording: { severity: 'error', section: '2.4 (Specific), 5', summary: 'A goal is worded vaguely ("improve attitude", "sell more" without a number).' },
  title_without_target: { severity: 'warning', section: '2.4 (Specific)', summary: 'A goal\'s wording does not state its target.' },
  target_against_direction: { severity: 'error', section: '2.4 (Specific)', summary: 'A goal\'s target is worse than its baseline in the metric\'s direction.' },
  metric_source_missing: { severity: 'error', section: '2.4 (Measurable)', summary: 'A goal\'s metric has no data source.' },
  target_outside_unit: { severity: 'error', section: '2.4 (Measurable)', summary: 'A goal\'s target or baseline is not a value of its metric\'s unit (a ratio above 1, a negative count).' },
  skill_target_not_rubric: { severity: 'error', section: '2.4 (Measurable), 4', summary: 'A skill goal\'s metric has no rubric, or its target is not a rubric level.' },
  window_shorter_than_sales_cycle: { severity: 'error', section: '2.4 (Achievable), 5', summary: 'An outcome goal\'s window is shorter than the sales cycle (a 30-day quota for a 90-day cycle).' },
  sales_cycle_unknown: { severity: 'warning', section: '2.4 (Achievable)', summary: 'An outcome goal, but the plan does not state the sales cycle.' },
  improvement_impossible: { severity: 'error', section: '2.4 (Achievable), 5', summary: 'A target needs more than the impossible bound of improvement (default +900%, ten times the baseline). Not for ratio metrics.' },
  improvement_unrealistic: { severity: 'warning', section: '2.4 (Achievable), 5', summary: 'A target needs more than the realistic bound of improvement (default +150% on the baseline; for a ratio metric, more than 75% of the headroom to 100%, or to 0% when lower is better).' },
  target_beyond_standard: { severity: 'warning', section: '2.4 (Achievable)', summary: 'A target asks for more than the standard of the gap it closes.' },
  rubric_climb_too_steep: { severity: 'warning', section: '2.4 (Achievable), 4', summary: 'A skill goal climbs more rubric levels than the policy allows (default 2).' },
  goal_without_gap: { severity: 'error', section: '2.4 (Relevant), 5', summary: 'A goal that addresses no identified gap.' },
  gap_unknown: { severity: 'error', section: '2.4 (Relevant)', summary: 'A goal refers to a gap the plan does not define.' },
  gap_metric_unrelated: { severity: 'error', section: '2.4 (Relevant)', summary: 'A goal\'s gap is on a metric the goal\'s metric is not declared to drive.' },
  goal_without_window: { severity: 'error', section: '2.4 (Time-bound)', summary: 'A goal has no window and no deadline.' },
  goal_window_outside_plan: { severity: 'error', section: '2.4 (Time-bound)', summary: 'A goal\'s window or deadline is outside the plan\'s dates.' },
  milestone_outside_window: { severity: 'error', section: '2.4 (Time-bound), 2.7', summary: 'A milestone is dated outside its goal\'s window.' },
  milestone_not_monotone: { severity: 'error', section: '2.4 (Time-bound), 2.7', summary: 'Milestone targets do not move monotonically from the baseline toward the target.' },
  only_outcome_goals: { severity: 'error', section: '4, 5', summary: 'Only lagging outcome goals, no leading indicator (activity or behavior).' },
  leading_indicator_missing: { severity: 'warning', section: '4, 5', summary: 'No activity or behavior goal (skill and outcome goals only).' },
  skill_metric_missing: { severity: 'error', section: '2.2, 4', summary: 'The root cause is skill, but no goal measures a skill metric.' },
  weights_incomplete: { severity: 'error', section: '2.4', summary: 'Some goals have weights and some do not.' },
  weights_sum: { severity: 'error', section: '2.4', summary: 'Goal weights do not add up to exactly 100.' },
  goals_single_category: { severity: 'warning', section: '2.4', summary: 'Every goal is in one category (revenue, activity, skill, customer or conduct): a balanced plan mixes them (policy `minGoalCategories`, default 2).' },
  weight_concentrated: { severity: 'warning', section: '2.4', summary: "One goal, or the goals of one category, carry more of the plan's weight than the policy allows (default 60%)." },
  development_missing: { severity: 'warning', section: '2.5', summary: 'A skill goal has no development entry (practice and feedback).' },
  // support
  support_missing: { severity: 'error', section: '1, 2.6, 5', summary: 'The plan lists no support: it is a two-way commitment.' },
  support_owner_missing: { severity: 'error', section: '2.6', summary: 'A support commitment has no owner.' },
  support_unscheduled: { severity: 'error', section: '2.6', summary: 'A support commitment has neither a cadence nor due dates.' },
  support_outside_plan: { severity: 'warning', section: '2.6', summary: 'A support date is outside the plan\'s dates.' },
  will_with_training_only: { severity: 'warning', section: '2.2, 2.6', summary: 'The root cause is will, but the only support is training (a "won\'t do" is not fixed by a course).' },
  support_missed: { severity: 'warning', section: '1, 5', summary: 'A support session is recorded as missed: promised and not delivered.' },
  // check-ins
  check_ins_missing: { severity: 'error', section: '2.7, 5', summary: 'No check-ins are scheduled.' },
  check_in_first_date_outside_plan: { severity: 'error', section: '2.7', summary: 'The first check-in is outside the plan\'s dates.' },
  check_in_cadence_sparse: { severity: 'warning', section: '2.7, 5', summary: 'Check-ins are sparser than bi-weekly (or the first one comes too late).' },
  check_in_missed: { severity: 'warning', section: '2.7, 5', summary: 'A check-in is recorded as missed.' },
  check_in_undocumented: { severity: 'warning', section: '2.7, 5', summary: 'A held check-in has no notes and no progress.' },
  // outcomes
  outcomes_missing: { severity: 'error', section: '2.8, 5', summary: 'No success criteria and no consequences are stated.' },
  success_criteria_missing: { severity: 'error', section: '2.8, 5', summary: 'What successful completion looks like is not stated.' },
  consequences_missing: { severity: 'error', section: '2.8, 5', summary: 'What happens if the goals are not met is not stated.' },
  // readiness
  prior_coaching_missing: { severity: 'error', section: '5', summary: 'No documented informal coaching before the plan: a plan must not be the first conversation.' },
  prior_coaching_insufficient: { severity: 'warning', section: '5', summary: 'Fewer documented coaching conversations before the plan than the policy asks (2).' },
  rep_ramping: { severity: 'error', section: '5', summary: 'The plan starts while the rep is still ramping up (default 90 days in the role).' },
  // wording
  protected_characteristic: {
    severity: 'error',
    section: '2.3, 2.9',
    summary: 'A free-text field mentions a protected characteristic (age, sex, pregnancy, race or origin, religion, disability or health, sexual orientation, family status, union membership ...).',
  },
} as const satisfies Readonly<Record<string, LintRule>>;

/** A lint finding code. */
export type LintCode = keyof typeof LINT_RULES;

/** Every lint code, in reporting order. */
export const LINT_CODES: readonly LintCode[] = Object.freeze(Object.keys(LINT_RULES) as LintCode[]);

/**
 * The lint finding each SMART reason becomes when it does not pass, or `null` for a reason lint
 * leaves out (the passing readings, and `beyond_own_best`, which stays a SMART-check warning).
 * Typed over every {@link SmartReasonCode}: a new SMART reason does not compile until it is given
 * its lint rule or listed here as left out, and a reason can only map to a lint code of the same
 * name (the sentences and fixes are the SMART check's).
 *
 * @internal
 */
export const SMART_LINT_CODES: { readonly [C in SmartReasonCode]: (C extends LintCode ? C : never) | null } = Object.freeze({
  // Specific
  metric_unknown: 'metric_unknown',
  vague_wording: 'vague_wording',
  title_without_target: 'title_without_target',
  target_against_direction: 'target_against_direction',
  specific_target: null,
  // Measurable
  metric_source_missing: 'metric_source_missing',
  target_outside_unit: 'target_outside_unit',
  skill_target_not_rubric: 'skill_target_not_rubric',
  measurable_target: null,
  // Achievable
  window_shorter_than_sales_cycle: 'window_shorter_than_sales_cycle',
  sales_cycle_unknown: 'sales_cycle_unknown',
  improvement_impossible: 'improvement_impossible',
  improvement_unrealistic: 'improvement_unrealistic',
  beyond_own_best: null,
  target_beyond_standard: 'target_beyond_standard',
  rubric_climb_too_steep: 'rubric_climb_too_steep',
  within_sales_cycle: null,
  within_realistic_bound: null,
  reached_before: null,
  improvement_not_judged: null,
  // Relevant
  goal_without_gap: 'goal_without_gap',
  gap_unknown: 'gap_unknown',
  gap_metric_unrelated: 'gap_metric_unrelated',
  linked_to_gap: null,
  // Time-bound
  goal_without_window: 'goal_without_window',
  goal_window_outside_plan: 'goal_window_outside_plan',
  milestone_outside_window: 'milestone_outside_window',
  milestone_not_monotone: 'milestone_not_monotone',
  window_inside_plan: null,
});
