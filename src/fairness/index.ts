/**
 * Fairness across the organisation: adverse-impact analysis of who is put on a plan and how plans
 * end, one attribute at a time (four-fifths rule, ratio of adverse rates, Fisher's exact test,
 * the two-proportion z-test), with small groups suppressed; and a review combining it with the
 * consistency of standards across plans.
 *
 * @module
 */
export {
  FAIRNESS_MEASURES,
  FAIRNESS_REASON_CODES,
  FAIRNESS_ISSUE_CODES,
  type FairnessMeasure,
  type FairnessReasonCode,
  type FairnessIssueCode,
} from './codes.js';
export {
  FAIRNESS_ISSUE_MESSAGES,
  FAIRNESS_FINDING_MESSAGES,
  type FairnessIssueFacts,
  type FairnessIssueFactsByCode,
  type FairnessFindingFactsByCode,
  type ComparisonFacts,
  type GroupFacts,
} from './messages.js';
export { DEFAULT_FAIRNESS_POLICY, FAIRNESS_POLICY, FAIRNESS_POLICY_DESCRIPTIONS, type FairnessPolicy, type FairnessPolicyOverrides } from './policy.js';
export { fisherExactTest, twoProportionZTest, type ZTestResult } from './stats.js';
export {
  analyzeAdverseImpact,
  type AdverseImpactOptions,
  type AdverseImpactReport,
  type FairnessPerson,
  type FairnessPopulation,
  type FairnessPeriod,
  type FairnessGroup,
  type GroupCounts,
  type GroupRates,
  type MeasureRate,
  type MeasureAnalysis,
  type GroupComparison,
  type FairnessFinding,
  type FairnessEvidence,
  type FairnessIssue,
} from './analyze.js';
export { FAIRNESS_CATALOGS_EN, rewordAdverseImpact, rewordFairnessReview, type FairnessCatalogs, type FairnessCatalogsOverride, type FairnessLocale } from './catalogs.js';
export { reviewFairness, type ReviewFairnessOptions, type FairnessReview, type FairnessAttribute, type FairnessAttention } from './review.js';
