/**
 * Policies: one definition ({@link definePolicy}) gives every policy of the library the same
 * validation (deep partial overrides, unknown fields refused, `policy_invalid` issues with the
 * path of the bad field, never a throw) and documentation (fields, defaults, descriptions).
 * Imports only zod.
 *
 * @module
 */
export {
  definePolicy,
  policyField,
  PolicyError,
  type PolicyDefinition,
  type PolicyDescriptions,
  type PolicyFieldInfo,
  type PolicyFieldMeta,
  type PolicyOf,
  type PolicyOverrides,
  type PolicyRelation,
  type PolicyAlias,
  type PolicyResolution,
  type Frozen,
} from './define.js';
export { shareField, nonNegativeField, scoreField, wholeField, oneOfField, flagField, recordField } from './fields.js';
export { POLICY_ISSUE_CODES, type PolicyIssue, type PolicyIssueCode } from './codes.js';
export { POLICY_ISSUE_MESSAGES, POLICY_CATALOGS_EN, type PolicyCatalogs, expectationWords, type PolicyExpectation, type PolicyIssueFacts, type PolicyIssueFactsByCode } from './messages.js';
export { rewordPolicyIssues, type PolicyLocale, type PolicyCatalogsOverride } from './locale.js';
