/**
 * {@link analyzeGap}: the gap policy resolved from the caller's overrides, then the analysis
 * ({@link analyzeWith}). Apart from the analysis so that the lint with the default policy (the
 * command line's `validate`) builds no policy schema.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { analyzeWith, type GapAnalysisResult, type GapFigures, type GapMetric } from './analyze.js';
import { GAP_POLICY, type GapPolicyOverrides } from './policy.js';

/**
 * How far a rep falls short of a standard, in the metric's own direction (lower-is-better
 * metrics included): the shortfall in the metric's unit, exact for ratios and money (integer
 * minor units stay integers), the shortfall relative to the standard, and a severity band from
 * the policy. A bad policy value is reported in `issues` (`policy_invalid`) and its default used.
 *
 * @example
 * ```ts
 * const conversion = { id: 'm-conv', name: 'Call-to-meeting conversion', unit: 'ratio', direction: 'higher_is_better' } as const;
 * analyzeGap({ current: 0.05, standard: 0.15 }, conversion);
 * // => { shortfall: 0.1, relativeShortfall: 0.6666666666666667, severity: "severe",
 * //      message: "Call-to-meeting conversion is 5% against a standard of 15% (higher is better): 10 percentage points short (66.67% below the standard), a severe gap.", ... }
 * ```
 */
export function analyzeGap(gap: GapFigures, metric: GapMetric, policy?: GapPolicyOverrides): GapAnalysisResult {
  const resolved = GAP_POLICY.resolve(policy);
  return freeze({ ...analyzeWith(gap, metric, resolved.policy), issues: resolved.issues }, true);
}
