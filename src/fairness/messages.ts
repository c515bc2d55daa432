/**
 * Every sentence the fairness analysis writes. Sentences name groups and measures, never a
 * person, and a suppressed group's sentence holds no figure of it: only the policy's
 * `minGroupSize`.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import { POLICY_ISSUE_MESSAGES, type PolicyIssueFacts } from '../policy/messages.js';
import type { FairnessIssueCode, FairnessMeasure, FairnessReasonCode } from './codes.js';

/** How each measure is put in words. */
export const MEASURE_WORDS: { readonly [M in FairnessMeasure]: { readonly name: string; readonly title: string; readonly adverse: string; readonly favourable: string; readonly base: string } } = {
  placement: { name: 'placement on a plan', title: 'Placement on a plan', adverse: 'placed on a plan', favourable: 'not placed on a plan', base: 'in scope' },
  extension: { name: 'extension of the plan', title: 'Extension of the plan', adverse: 'extended', favourable: 'not extended', base: 'placed on a plan' },
  not_met: { name: '"not met" outcome', title: '"Not met" outcomes', adverse: 'closed as not met', favourable: 'closed other than as not met', base: 'with a plan closed' },
};

/** A share as a percentage with at most one decimal ("5%", "84.2%"). */
export function percent(share: number): string {
  return `${trim((share * 100).toFixed(1))}%`;
}

/** A ratio with at most two decimals ("0.84", "4"). */
export function ratio(value: number): string {
  return trim(value.toFixed(2));
}

/** A p-value with two significant digits, or "< 0.0001". */
export function pValue(p: number): string {
  if (p < 0.0001) return '< 0.0001';
  return `= ${trim(p.toPrecision(2))}`;
}

function trim(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** "between two and three standard deviations" and the like, for |z|. */
export function deviations(z: number): string {
  const size = Math.abs(z);
  if (size < 2) return 'less than two standard deviations';
  if (size < 3) return 'between two and three standard deviations';
  return 'more than three standard deviations';
}

/** The facts of a comparison finding: the groups compared, their counts and rates, the ratios and tests, the policy thresholds. */
export interface ComparisonFacts {
  readonly attribute: string;
  readonly measure: FairnessMeasure;
  readonly group: string;
  readonly reference: string;
  readonly adverse: number;
  readonly base: number;
  readonly referenceAdverse: number;
  readonly referenceBase: number;
  readonly adverseRate: number;
  readonly referenceAdverseRate: number;
  readonly favourableRate: number;
  readonly referenceFavourableRate: number;
  readonly impactRatio: number | null;
  readonly adverseRatio: number | null;
  readonly fisherP: number;
  readonly z: number | null;
  readonly threshold: number;
  readonly significanceLevel: number;
}

/** Facts a suppression or population sentence is built from. */
export interface GroupFacts {
  readonly attribute: string;
  readonly measure: FairnessMeasure | null;
  readonly group: string | null;
  readonly minGroupSize: number;
}

const q = (label: string): string => `"${label}"`;

function counts(f: ComparisonFacts): string {
  const w = MEASURE_WORDS[f.measure];
  return `${f.adverse} of ${f.base} ${w.base} ${f.adverse === 1 ? 'was' : 'were'} ${w.adverse} in ${q(f.group)} (${percent(f.adverseRate)}), against ${f.referenceAdverse} of ${f.referenceBase} in ${q(f.reference)} (${percent(f.referenceAdverseRate)})`;
}

function impact(f: ComparisonFacts): string {
  const w = MEASURE_WORDS[f.measure];
  if (f.impactRatio === null) return `the reference group has no one ${w.favourable}, so there is no impact ratio`;
  return `${w.favourable}: ${percent(f.favourableRate)} against ${percent(f.referenceFavourableRate)}, an impact ratio of ${ratio(f.impactRatio)} (four-fifths threshold ${ratio(f.threshold)})`;
}

function adverseRatio(f: ComparisonFacts): string {
  return f.adverseRatio === null ? 'the reference group has none, so the ratio of adverse rates is not defined' : `${ratio(f.adverseRatio)} times the reference group's rate`;
}

function significance(f: ComparisonFacts): string {
  const z = f.z === null ? 'no z-score (no variation)' : `z = ${ratio(f.z)}, ${deviations(f.z)}`;
  return `Fisher's exact test (two-sided) p ${pValue(f.fisherP)} against a significance level of ${trim(String(f.significanceLevel))}; ${z}`;
}

type ComparisonCode = 'adverse_impact_flagged' | 'difference_significant' | 'flagged_not_significant' | 'significant_not_flagged' | 'no_adverse_impact';

const COMPARISON: { readonly [C in ComparisonCode]: (f: ComparisonFacts) => string } = {
  adverse_impact_flagged: (f) =>
    `${f.attribute} ${q(f.group)}, ${MEASURE_WORDS[f.measure].name}: ${impact(f)}. Below four fifths of the reference group's rate: adverse impact by the four-fifths rule (29 CFR 1607.4(D)). ${counts(f)}.`,
  difference_significant: (f) =>
    `${f.attribute} ${q(f.group)}, ${MEASURE_WORDS[f.measure].name}: ${counts(f)}, ${adverseRatio(f)}. The difference is statistically significant: ${significance(f)}.`,
  flagged_not_significant: (f) =>
    `The four-fifths rule and the significance test disagree on ${q(f.group)} (${MEASURE_WORDS[f.measure].name}): the impact ratio ${ratio(f.impactRatio ?? 0)} is below ${ratio(f.threshold)}, but the difference is not statistically significant (p ${pValue(f.fisherP)}). With groups this small the ratio can fall below four fifths by chance: look into it, and do not read it as a finding on its own.`,
  significant_not_flagged: (f) =>
    `The four-fifths rule and the significance test disagree on ${q(f.group)} (${MEASURE_WORDS[f.measure].name}): the difference is statistically significant (p ${pValue(f.fisherP)}) although the impact ratio ${f.impactRatio === null ? '' : `${ratio(f.impactRatio)} `}is within the four-fifths rule. When adverse outcomes are rare, a small difference in favourable rates can hide a large one in adverse rates (${adverseRatio(f)}).`,
  no_adverse_impact: (f) =>
    `${f.attribute} ${q(f.group)}, ${MEASURE_WORDS[f.measure].name}: no adverse impact found against ${q(f.reference)}: ${impact(f)}; ${significance(f)}.`,
};

const GROUP: { readonly [C in Exclude<FairnessReasonCode, ComparisonCode>]: (f: GroupFacts) => string } = {
  group_suppressed: (f) =>
    `${f.attribute} ${q(f.group ?? '')} has fewer than ${f.minGroupSize} people in scope: its figures are suppressed to protect the people in it.`,
  measure_suppressed: (f) =>
    `${f.attribute} ${q(f.group ?? '')}, ${f.measure ? MEASURE_WORDS[f.measure].name : ''}: fewer than ${f.minGroupSize} people ${f.measure ? MEASURE_WORDS[f.measure].base : ''}, so these figures are suppressed to protect the people in it.`,
  insufficient_population: (f) =>
    `${f.measure ? MEASURE_WORDS[f.measure].title : 'Every measure'} by ${f.attribute.toLowerCase()}: fewer than two groups have at least ${f.minGroupSize} people ${f.measure ? MEASURE_WORDS[f.measure].base : 'in scope'}, so there is nothing to compare.`,
};

/**
 * The facts of each fairness finding code: a comparison's (the attribute, the measure, the group
 * and the reference, their counts, rates, ratios, Fisher's p and z, and the policy's thresholds)
 * or a group's (the attribute, the measure and the group, when the finding has them, and
 * `minGroupSize`; never a figure of a suppressed group).
 */
export type FairnessFindingFactsByCode = {
  readonly [C in FairnessReasonCode]: C extends 'group_suppressed' | 'measure_suppressed' | 'insufficient_population' ? GroupFacts : ComparisonFacts;
};

/** The fairness findings' part of the English catalog. */
export const FAIRNESS_FINDING_MESSAGES: Catalog<FairnessFindingFactsByCode> = { ...COMPARISON, ...GROUP };

/**
 * The facts of each fairness issue code. A value the input gave is `received` as JSON text (as a
 * policy issue shows it); dates are `YYYY-MM-DD`; `problem` says which check of the period or the
 * reference group failed; `group_missing` gives the count only when it is at least
 * `minGroupSize` (a smaller count could point at people).
 */
export type FairnessIssueFactsByCode = {
  readonly policy_invalid: PolicyIssueFacts;
  readonly as_of_invalid: { readonly received: string };
  readonly period_invalid:
    | { readonly problem: 'start_not_a_date'; readonly received: string }
    | { readonly problem: 'end_not_a_date'; readonly received: string; readonly asOf: string }
    | { readonly problem: 'end_after_as_of'; readonly end: string; readonly asOf: string }
    | { readonly problem: 'start_after_end'; readonly start: string; readonly end: string };
  readonly person_duplicate: { readonly received: string };
  readonly plan_person_unknown: { readonly received: string; readonly planId: string };
  readonly group_missing: { readonly count: number } | { readonly minGroupSize: number };
  readonly reference_group_unavailable:
    | { readonly problem: 'no_one_in_scope'; readonly received: string }
    | { readonly problem: 'too_small'; readonly received: string; readonly measure: FairnessMeasure; readonly minGroupSize: number };
};

/** The facts of some fairness issue. */
export type FairnessIssueFacts = FairnessIssueFactsByCode[FairnessIssueCode];

/** How the reference group's sentence names a measure. */
const REFERENCE_MEASURE: { readonly [M in FairnessMeasure]: string } = { placement: 'placement', extension: 'extension', not_met: '"not met"' };

/** The period's problem, as the sentence says it. */
function periodProblem(f: FairnessIssueFactsByCode['period_invalid']): string {
  switch (f.problem) {
    case 'start_not_a_date':
      return `start ${f.received} is not a calendar date; the period has no lower bound`;
    case 'end_not_a_date':
      return `end ${f.received} is not a calendar date; it ends at asOf (${f.asOf})`;
    case 'end_after_as_of':
      return `ends on ${f.end}, after asOf (${f.asOf}); it ends at asOf`;
    case 'start_after_end':
      return `starts on ${f.start}, after its end (${f.end}); no plan is counted`;
  }
}

/** The fairness issues' part of the English catalog (`policy_invalid`'s is the policy definition's own, with the field's path). */
export const FAIRNESS_ISSUE_MESSAGES: Catalog<FairnessIssueFactsByCode> = {
  policy_invalid: POLICY_ISSUE_MESSAGES.policy_invalid,
  as_of_invalid: (f) => `"asOf" is ${f.received}, not a calendar date (YYYY-MM-DD); nothing is analysed.`,
  period_invalid: (f) => `The period ${periodProblem(f)}.`,
  person_duplicate: (f) => `Person ${f.received} is listed more than once; the first entry counts.`,
  plan_person_unknown: (f) => `Plan ${f.planId} is for person ${f.received}, who is not among the people in scope; it is left out.`,
  group_missing: (f) =>
    'count' in f
      ? `${f.count} ${f.count === 1 ? 'person in scope has' : 'people in scope have'} no group for this attribute and ${f.count === 1 ? 'is' : 'are'} left out of every group.`
      : `Fewer than ${f.minGroupSize} ${f.minGroupSize === 1 ? 'person' : 'people'} in scope have no group for this attribute and are left out of every group.`,
  reference_group_unavailable: (f) =>
    `The reference group ${f.received} ${f.problem === 'no_one_in_scope' ? 'has no one in scope' : `cannot be reported for ${REFERENCE_MEASURE[f.measure]} (fewer than ${f.minGroupSize} people in its base)`}; the group with the most favourable rate is used instead.`,
};
