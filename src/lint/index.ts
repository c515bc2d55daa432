/**
 * Plan linting: the pitfalls of the domain spec's section 5 and template completeness.
 *
 * CONTRACT (used by the lifecycle's submit command): `lintPlan(plan, policy?)` returns findings;
 * any finding with severity `error` blocks submission for HR review. The code `support_missing`
 * (error) reports a plan without support commitments; `policy_invalid` (error) a bad value in the
 * lint policy given (its default was used); `protected_characteristic` (error) wording about a
 * protected characteristic in a free-text field.
 *
 * @module
 */
export { summarizeFindings, type LintEvidence, type LintFinding, type LintSummary } from './lint.js';
export { lintPlan, type LintOptions } from './lint-plan.js';
export { rewordLintFindings, type LintLocale, type LintCatalogsOverride } from './locale.js';
export { LINT_RULES, LINT_CODES, type LintCode, type LintRule, type LintSeverity } from './rules.js';
export { PROTECTED_TERMS, PROTECTED_TERMS_ALLOWED, type ProtectedCharacteristic, type ProtectedTermList } from './protected-terms.js';
export type { WordingMatch } from './wording.js';
export { DEFAULT_LINT_POLICY, LINT_POLICY, LINT_POLICY_DESCRIPTIONS, type LintPolicy, type LintPolicyOverrides } from './policy.js';
export type { FieldEntry } from './field-words.js';
export { LINT_MESSAGES, LINT_FIXES, LINT_CATALOGS_EN, type LintCatalogs, type PlanLevelFactsByCode, type LintFacts, type LintFactsByCode, type LintFindingFacts, type PlanLevelCode, type GoalLevelCode } from './messages.js';
