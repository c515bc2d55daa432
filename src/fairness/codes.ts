/**
 * The closed vocabularies of the fairness analysis: the measures, the reason codes of its
 * findings and the codes of its issues. Codes discriminate; the messages module explains them.
 *
 * @module
 */

/**
 * What is compared across groups, each an adverse outcome counted over its own base:
 * - `placement`: people placed on a plan in the period, of the people in scope (the headcount);
 * - `extension`: people whose plan was extended, of the people placed;
 * - `not_met`: people whose plan closed "not met", of the people whose plan closed with a decision
 *   (successful, extended then closed, or not met; withdrawn plans decide nothing).
 */
export const FAIRNESS_MEASURES = ['placement', 'extension', 'not_met'] as const;
/** One of {@link FAIRNESS_MEASURES}. */
export type FairnessMeasure = (typeof FAIRNESS_MEASURES)[number];

/** Every code a fairness finding can carry. */
export const FAIRNESS_REASON_CODES = [
  /** The group's favourable rate is below the four-fifths share of the reference group's (29 CFR 1607.4(D)). */
  'adverse_impact_flagged',
  /** Fisher's exact test (two-sided) finds the difference in adverse rates statistically significant. */
  'difference_significant',
  /** The four-fifths rule flags the group, the significance test does not (typically small groups). */
  'flagged_not_significant',
  /** The significance test finds a difference the four-fifths rule does not flag (typically large groups, low rates). */
  'significant_not_flagged',
  /** Neither the four-fifths rule nor the significance test finds a difference. */
  'no_adverse_impact',
  /** The group has fewer people in scope than the policy's `minGroupSize`: no figures are reported. */
  'group_suppressed',
  /** The group's base for one measure (people placed, plans closed) is below `minGroupSize`: that measure's figures are not reported. */
  'measure_suppressed',
  /** Fewer than two groups can be reported for a measure: there is nothing to compare. */
  'insufficient_population',
] as const;
/** One of {@link FAIRNESS_REASON_CODES}. */
export type FairnessReasonCode = (typeof FAIRNESS_REASON_CODES)[number];

/** Every code a fairness issue (a problem with the input) can carry. */
export const FAIRNESS_ISSUE_CODES = [
  /** A policy value out of range or of the wrong type (replaced by its default), or an unknown field (ignored). */
  'policy_invalid',
  /** `asOf` is not a calendar date: nothing is analysed. */
  'as_of_invalid',
  /** The period is malformed, or ends after `asOf` (it is cut at `asOf`). */
  'period_invalid',
  /** Two people with the same id: the first counts. */
  'person_duplicate',
  /** A plan in the period for someone who is not among the people: left out. */
  'plan_person_unknown',
  /** People in scope for whom `groupOf` gave no group: left out of every group. */
  'group_missing',
  /** The policy's `referenceGroup` cannot be reported for a measure: the most favourable group is used. */
  'reference_group_unavailable',
] as const;
/** One of {@link FAIRNESS_ISSUE_CODES}. */
export type FairnessIssueCode = (typeof FAIRNESS_ISSUE_CODES)[number];
