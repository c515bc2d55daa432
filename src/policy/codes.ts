/**
 * The one issue code every policy uses, and the shape of its issues.
 *
 * @module
 */
import type { Issue } from '../issues/issue.js';
import type { PolicyIssueFacts } from './messages.js';

/** The code of every policy problem: a field out of range, of the wrong type, or unknown. */
export const POLICY_ISSUE_CODES = ['policy_invalid'] as const;

/** A policy issue code. */
export type PolicyIssueCode = (typeof POLICY_ISSUE_CODES)[number];

/**
 * A problem with a policy override, as data: the path of the bad field (always starting with
 * `'policy'`: `['policy', 'sustainPeriods', 'week']`) and a sentence naming the field, what it
 * received and what it expects. The field's default was used instead (an unknown field was
 * ignored). `facts` holds the field, what it expects and what it received, by kind of problem.
 */
export interface PolicyIssue extends Issue<PolicyIssueCode, PolicyIssueFacts> {}
