import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { CalendarDate } from '../dates/calendar.js';
import { compareConsistency, type CompareConsistencyOptions, type ConsistencyReport } from '../team/consistency.js';
import type { Plan } from '../schema/types.js';
import { analyzeAdverseImpact, type AdverseImpactReport, type FairnessIssue, type FairnessPeriod, type FairnessPopulation } from './analyze.js';
import type { FairnessPolicy, FairnessPolicyOverrides } from './policy.js';
import { rewordFairnessReview, type FairnessLocale } from './catalogs.js';

/** One attribute to analyse: its name and the host's function from a person to their group. */
export interface FairnessAttribute {
  /** The attribute's name in the report ("Sales team", "Age band"). */
  readonly name: string;
  /** The person's group for this attribute; see `AdverseImpactOptions.groupOf`. */
  readonly groupOf: (personId: string) => string | null | undefined;
}

/** Options of {@link reviewFairness}. */
export interface ReviewFairnessOptions {
  /** "Today". */
  readonly asOf: CalendarDate;
  /** The attributes to analyse, one at a time. */
  readonly attributes: readonly FairnessAttribute[];
  /** The plans counted, by creation date. Default: every plan created on or before `asOf`. */
  readonly period?: FairnessPeriod;
  /** Only people in these roles are in scope. Default: every role. */
  readonly roles?: readonly string[];
  /** Thresholds of the adverse-impact analysis. */
  readonly policy?: FairnessPolicyOverrides;
  /** Options of `compareConsistency` (its policy, the team's averages) for the plans in scope. */
  readonly consistency?: CompareConsistencyOptions;
  /** The language of every finding and issue (a `Locale`, e.g. `de`); codes, facts and figures are the same in every language. Default English. */
  readonly locale?: FairnessLocale;
}

/** How many findings need HR's attention. */
export interface FairnessAttention {
  /** `adverse_impact_flagged` findings, over every attribute and measure. */
  readonly adverseImpact: number;
  /** `difference_significant` findings. */
  readonly significant: number;
  /** Findings where the four-fifths rule and the significance test disagree. */
  readonly disagreements: number;
  /** Consistency findings (targets or durations off the role's median, targets stricter than the team), `too_few_plans` aside. */
  readonly consistency: number;
}

/** A fairness review: adverse impact per attribute, and the consistency of standards across the plans. */
export interface FairnessReview {
  readonly asOf: CalendarDate;
  /** The plans counted: created from `start` (null: no bound) to `end`. */
  readonly period: { readonly start: CalendarDate | null; readonly end: CalendarDate };
  /** The policy applied. */
  readonly policy: FairnessPolicy;
  /** One analysis per attribute, in the order given. */
  readonly analyses: readonly AdverseImpactReport[];
  /** `compareConsistency` over the plans created in the period for the people in scope. */
  readonly consistency: ConsistencyReport;
  readonly attention: FairnessAttention;
  /** The analyses' issues, each once. */
  readonly issues: readonly FairnessIssue[];
}

/**
 * A fairness review of a round of plans, for HR and employment counsel: the adverse-impact
 * analysis of each attribute ({@link analyzeAdverseImpact}, one attribute at a time) and the
 * consistency of standards across the plans of each role (`compareConsistency`) over the plans
 * created in the period for the people in scope, with a count of what needs attention. Render it
 * with `renderFairnessReport` (HR's audience only).
 *
 * @example
 * ```ts
 * const review = reviewFairness({ people, plans }, {
 *   asOf: '2026-06-30',
 *   attributes: [{ name: 'Sales team', groupOf: (id) => teamOf.get(id) }, { name: 'Age band', groupOf: (id) => ageBandOf(id) }],
 * });
 * review.attention; // => { adverseImpact: 1, significant: 1, disagreements: 2, consistency: 0 }
 * ```
 */
export function reviewFairness(population: FairnessPopulation, options: ReviewFairnessOptions): FairnessReview {
  return rewordFairnessReview(reviewInEnglish(population, options), options.locale);
}

/** {@link reviewFairness} with its sentences in English. */
function reviewInEnglish(population: FairnessPopulation, options: ReviewFairnessOptions): FairnessReview {
  const shared = {
    asOf: options.asOf,
    ...(options.period === undefined ? {} : { period: options.period }),
    ...(options.roles === undefined ? {} : { roles: options.roles }),
    ...(options.policy === undefined ? {} : { policy: options.policy }),
  };
  const analyses = options.attributes.map((a) => analyzeAdverseImpact(population, { ...shared, attribute: a.name, groupOf: a.groupOf }));
  // Without an attribute, an analysis of no groups still resolves the period and the policy.
  const frame = analyses[0] ?? analyzeAdverseImpact({ people: [], plans: [] }, { ...shared, groupOf: () => undefined });
  const { start, end } = frame.period;
  const roles = options.roles === undefined ? undefined : new Set(options.roles);
  const inScope = new Set(population.people.filter((p) => (p.hireDate === undefined || p.hireDate <= end) && (roles === undefined || roles.has(p.role))).map((p) => p.id));
  const plans: Plan[] = population.plans.filter((plan) => inScope.has(plan.employee.id) && plan.createdOn <= end && (start === null || plan.createdOn >= start));
  const consistency = compareConsistency(plans, options.consistency);

  const seen = new Set<string>();
  const issues: FairnessIssue[] = [];
  for (const issue of [...frame.issues, ...analyses.flatMap((a) => a.issues)]) {
    const key = `${issue.code}\u0000${issue.path.join('\u0000')}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  const findings = analyses.flatMap((a) => a.findings);
  const count = (code: string): number => findings.filter((f) => f.code === code).length;
  return freeze(
    {
      asOf: options.asOf,
      period: frame.period,
      policy: frame.policy,
      analyses,
      consistency,
      attention: {
        adverseImpact: count('adverse_impact_flagged'),
        significant: count('difference_significant'),
        disagreements: count('flagged_not_significant') + count('significant_not_flagged'),
        consistency: consistency.findings.filter((f) => f.code !== 'too_few_plans').length,
      },
      issues,
    },
    true,
  );
}
