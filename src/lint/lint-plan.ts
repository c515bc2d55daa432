/**
 * {@link lintPlan}: the lint policy resolved from the caller's overrides, then every rule
 * ({@link lintWith}). Apart from the rules so that linting with the defaults (the command line's
 * `validate`) builds no policy schema.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { PolicyIssue } from '../policy/index.js';
import { policyCatalogs } from '../policy/locale.js';
import { POLICY_CATALOGS_EN, type PolicyCatalogs } from '../policy/messages.js';
import { lintWith, type LintFinding } from './lint.js';
import { lintWordsOf, type LintLocale } from './locale.js';
import { LINT_POLICY, type LintPolicyOverrides } from './policy.js';
import { LINT_RULES } from './rules.js';
import type { Plan } from '../schema/types.js';

/**
 * Check a plan for the pitfalls that make it unfair or unworkable (the domain spec's section 5)
 * and for the template's completeness: every SMART problem of every goal, gaps no goal
 * addresses, missing leading indicators, missing or unscheduled support, check-ins, success
 * criteria and consequences, a skill gap with too little time, weights that do not add up,
 * goals all in one category or weight concentrated on one goal or category, system factors the
 * plan ignores, a plan started without prior coaching or during ramp-up, and wording about
 * protected characteristics in any free-text field (a documented, extendable term list). Each finding has a severity (`error` blocks submission for HR review), a `code`
 * (see {@link LINT_RULES}), the `path` of the cause, a message with the figures and a `fix`.
 * Findings come in a fixed order (plan sections, then position); the result is frozen. A bad
 * policy value comes first, as a `policy_invalid` error (its default was used for the checks).
 *
 * @example
 * ```ts
 * lintPlan(plan).filter((f) => f.severity === 'error'); // => [] for a well-formed plan
 * lintPlan({ ...plan, support: [] })[0];
 * // => { severity: "error", code: "support_missing", path: ["support"],
 * //      message: "The plan lists no support: a plan is a two-way commitment.", fix: "Add at least one support commitment ..." }
 * ```
 */
export function lintPlan(plan: Plan, policy?: LintPolicyOverrides, options: LintOptions = {}): readonly LintFinding[] {
  const resolved = LINT_POLICY.resolve(policy);
  const findings = lintWith(plan, resolved.policy, lintWordsOf(options?.locale));
  if (resolved.issues.length === 0) return freeze(findings, true);
  const words = policyCatalogs(options?.locale) ?? POLICY_CATALOGS_EN;
  return freeze([...resolved.issues.map((issue) => policyFinding(issue, words)), ...findings], true);
}

/** Options of {@link lintPlan}. */
export interface LintOptions {
  /** The language of the findings' messages and fixes (a `Locale`, `improvement-plan/locales/de`); English without it. Codes, paths and facts are the same in every language. */
  readonly locale?: LintLocale;
}

/** A policy problem as a finding: an error, first, so a misconfigured check is never silent. */
function policyFinding(issue: PolicyIssue, words: PolicyCatalogs): LintFinding {
  return { severity: LINT_RULES.policy_invalid.severity, code: 'policy_invalid', path: issue.path, facts: issue.facts, message: words.issues.policy_invalid(issue.facts), fix: words.lintFix };
}

