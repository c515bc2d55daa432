/**
 * The evaluation a close rests on (issue 19, item 4), taken from an evaluation and its
 * recommendation in the shape the `close` command carries and the plan's closure keeps.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { CloseBasis } from '../schema/types.js';
import type { PlanEvaluation, Recommendation } from './types.js';

/**
 * The `basis` of a `close` command: the evaluation's as-of date and score, the outcome the
 * recommendation gives and the codes of its reasons, in order (a code given twice is kept once).
 * Pass the evaluation and the recommendation made from it; the lifecycle checks the date against
 * the close (`evaluation_out_of_date`) and asks for a reason when the outcome departs from the
 * recommendation (`reason_required_against_recommendation`).
 *
 * @throws RangeError when the recommendation was not made on the evaluation's as-of date (it
 * belongs to another evaluation).
 * @example
 * ```ts
 * const evaluation = evaluatePlan(plan, observations, { asOf: '2026-04-06' });
 * const basis = closeBasis(evaluation, recommendOutcome(evaluation));
 * // => { asOf: "2026-04-06", score: 81.4, recommendation: "successful", reasonCodes: ["required_goals_met_and_sustained"] }
 * transition(plan, { type: 'close', outcome: 'successful', basis }, { asOf: '2026-04-07', actor: hr });
 * ```
 */
export function closeBasis(evaluation: PlanEvaluation, recommendation: Recommendation): CloseBasis {
  if (recommendation.asOf !== evaluation.asOf) {
    throw new RangeError(`the recommendation (as of ${recommendation.asOf}) was not made from this evaluation (as of ${evaluation.asOf})`);
  }
  const reasonCodes = [...new Set(recommendation.reasons.map((reason) => reason.code))];
  return freeze({ asOf: evaluation.asOf, score: evaluation.score.value, recommendation: recommendation.outcome, reasonCodes }, true);
}
