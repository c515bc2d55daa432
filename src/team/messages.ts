/**
 * The team folder's sentences: the English catalog of consistency findings, worded from their
 * facts (language-neutral: ids, titles and names as given, numbers with their metric's unit,
 * codes), so a locale words a stored finding again.
 *
 * @module
 */
import { formatValue, percent, plain } from '../evaluate/messages.js';
import type { ReasonMetricFacts } from '../evaluate/reason-messages.js';
import type { Catalog } from '../issues/issue.js';

/** A goal's target against a reference (the role's median, the team's average), in the metric's unit. */
export interface TargetComparisonFacts {
  readonly planId: string;
  readonly goalTitle: string;
  readonly metricName: string;
  /** The unit the figures are written in. */
  readonly metric: ReasonMetricFacts;
  /** `per_week`: totals normalised to a rate per week; `level`: levels as they are. */
  readonly normalisedAs: 'per_week' | 'level';
  readonly target: number;
  readonly reference: number;
  /** How far off, as a share of the reference. */
  readonly share: number;
}

/** The facts each consistency finding's message reads. */
export interface ConsistencyFactsByCode {
  readonly target_off_role_median: TargetComparisonFacts & { readonly threshold: number };
  readonly duration_off_role_median: { readonly planId: string; readonly days: number; readonly medianDays: number; readonly share: number; readonly threshold: number };
  readonly target_stricter_than_team: TargetComparisonFacts;
  readonly too_few_plans: { readonly count: number; readonly threshold: number };
}

const goal = (f: TargetComparisonFacts): string => `Goal "${f.goalTitle}" (plan ${f.planId})`;
const figure = (f: TargetComparisonFacts, value: number): string => `${formatValue(value, f.metric)}${f.normalisedAs === 'per_week' ? ' per week' : ''}`;

/**
 * The English message of each consistency finding, from its facts.
 *
 * @example
 * ```ts
 * import { CONSISTENCY_MESSAGES } from 'improvement-plan';
 * CONSISTENCY_MESSAGES.too_few_plans({ count: 2, threshold: 3 });
 * // => "Only 2 comparable plans for the role; at least 3 are needed for a median."
 * ```
 */
export const CONSISTENCY_MESSAGES: Catalog<ConsistencyFactsByCode> = {
  target_off_role_median: (f) =>
    `${goal(f)} targets ${figure(f, f.target)} for "${f.metricName}", ${percent(f.share)} away from the role's median of ${figure(f, f.reference)} (policy allows ${percent(f.threshold)}).`,
  duration_off_role_median: (f) =>
    `Plan ${f.planId} runs ${f.days} days, ${percent(f.share)} away from the role's median of ${plain(f.medianDays, 1)} days (policy allows ${percent(f.threshold)}).`,
  target_stricter_than_team: (f) =>
    `${goal(f)} targets ${figure(f, f.target)} for "${f.metricName}", stricter than the team's own average of ${figure(f, f.reference)} by ${percent(f.share)}.`,
  too_few_plans: (f) => `Only ${f.count} comparable plans for the role; at least ${f.threshold} are needed for a median.`,
};
