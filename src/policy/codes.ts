/**
 * The one issue code every policy uses, and the shape of its issues.
 *
 * @module
 */

/** The code of every policy problem: a field out of range, of the wrong type, or unknown. */
export const POLICY_ISSUE_CODES = ['policy_invalid'] as const;

/** A policy issue code. */
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];

/**
 * A problem with a policy override, as data: the path of the bad field (always starting with
 * `'policy'`: `['policy', 'sustainPeriods', 'week']`) and a sentence naming the field, what it
 * received and what it expects. The field's default was used instead (an unknown field was
 * ignored).
 */
export interface PolicyIssue {
  readonly code: PolicyIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
}
