/**
 * Every sentence a policy check writes, kept together.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import type { PolicyIssueCode } from './codes.js';

/**
 * A received value as an issue shows it: numbers as written (NaN and Infinity included, which
 * JSON would show as null), other values as JSON; `?` for what JSON cannot write (a BigInt, a
 * cycle) or what cannot be read: reporting a bad value must never throw.
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

/**
 * The facts of a `policy_invalid` issue, by kind of problem: `field` is the field as people read
 * it (`sustainPeriods.week`), `expected` what the field takes, `received` the value
 * as an issue shows it (numbers as written, other values as JSON).
 */
export type PolicyIssueFacts =
  | { readonly kind: 'invalid'; readonly field: string; readonly expected: string; readonly received: string }
  | { readonly kind: 'unknown'; readonly field: string; readonly suggestion?: string }
  | { readonly kind: 'not_an_object'; readonly received: string }
  | { readonly kind: 'unreadable'; readonly field: string };

/** The facts of each policy issue code. */
export type PolicyIssueFactsByCode = { readonly [C in PolicyIssueCode]: PolicyIssueFacts };

/** The sentences, by kind of problem. */
export const POLICY_MESSAGES = {
  /** A field whose value the schema refuses; the default stands. */
  invalid: (field: string, expected: string, received: string): string => `Policy field ${field} must be ${expected}, not ${received}; the default was used.`,
  /** A field the policy does not have. */
  unknown: (field: string, suggestion: string | undefined): string =>
    `Policy field ${field} is not a field of this policy${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}; it was ignored.`,
  /** Overrides that are not an object at all. */
  notAnObject: (received: string): string => `The policy must be an object of fields to override, not ${received}; the defaults were used.`,
  /** Overrides that could not be read (a getter or proxy that throws). */
  unreadable: (field: string): string => `Policy field ${field} could not be read; the default was used.`,
  /** The message of a {@link PolicyError}. */
  error: (count: number, first: string): string => `Invalid policy: ${first}${count > 1 ? ` (and ${count - 1} more problem${count === 2 ? '' : 's'})` : ''}`,
} as const;

/** The policy issues' part of the English catalog: the sentence for each code, from its facts. */
export const POLICY_ISSUE_MESSAGES: Catalog<PolicyIssueFactsByCode> = {
  policy_invalid: (f) => {
    switch (f.kind) {
      case 'invalid':
        return POLICY_MESSAGES.invalid(f.field, f.expected, f.received);
      case 'unknown':
        return POLICY_MESSAGES.unknown(f.field, f.suggestion);
      case 'not_an_object':
        return POLICY_MESSAGES.notAnObject(f.received);
      case 'unreadable':
        return POLICY_MESSAGES.unreadable(f.field);
    }
  },
};
