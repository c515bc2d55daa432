/**
 * Which close outcomes follow which recommendation: one rule, read by the close guard (a departure
 * needs a reason) and by the documents (which show the reason as a departure).
 *
 * @module
 */
import type { CloseBasis, ClosingOutcome } from './types.js';

/**
 * Whether a close outcome follows the recommendation: `successful` and `extended_then_closed`
 * follow `successful`, `not_met` follows `not_met`; `extend` and `insufficient_evidence` are
 * followed by no close outcome (closing then departs from the recommendation).
 *
 * @example
 * followsRecommendation('extended_then_closed', 'successful'); //=> true
 * followsRecommendation('not_met', 'extend'); //=> false
 */
export function followsRecommendation(outcome: ClosingOutcome, recommendation: CloseBasis['recommendation']): boolean {
  if (recommendation === 'successful') return outcome === 'successful' || outcome === 'extended_then_closed';
  return recommendation === 'not_met' && outcome === 'not_met';
}
