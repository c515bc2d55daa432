/**
 * Plan linting: the pitfalls of the domain spec's section 5 and template completeness.
 *
 * CONTRACT (used by the lifecycle's submit command): `lintPlan(plan, policy?)` returns findings;
 * any finding with severity `error` blocks submission for HR review. The issue-3 work fills in
 * the rules behind this signature.
 *
 * @module
 */
import type { Plan } from '../schema/types.js';

/** How serious a lint finding is. Errors block submission for HR review. */
export type LintSeverity = 'error' | 'warning' | 'info';

/** One problem found in a plan, with where it is and how to fix it. */
export interface LintFinding {
  readonly severity: LintSeverity;
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly fix: string;
}

/**
 * Check a plan for the pitfalls that make it unfair or unworkable.
 *
 * @example
 * ```ts
 * lintPlan(plan).filter((f) => f.severity === 'error'); // => [] for a well-formed plan
 * ```
 */
export function lintPlan(plan: Plan, _policy: object = {}): readonly LintFinding[] {
  if (plan.support.length > 0) return Object.freeze([]);
  return Object.freeze([
    Object.freeze({
      severity: 'error' as const,
      code: 'support_missing',
      path: Object.freeze(['support']),
      message: 'The plan lists no support: a plan is a two-way commitment.',
      fix: 'Add at least one support commitment (coaching, training, mentorship, tools) with an owner and dates.',
    }),
  ]);
}
