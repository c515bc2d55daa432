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
 * What a policy field takes, as data (a locale words it): a kind of value, with the bounds or
 * names it needs. `text` is a host's own words (a field made with `policyField(schema, 'words')`),
 * shown as they are in every language.
 */
export type PolicyExpectation =
  /** A share (fraction) from 0 to 1, both included. */
  | { readonly type: 'share' }
  /** A share above 0 and at most 1. */
  | { readonly type: 'share_above_zero' }
  /** A probability above 0 and below 1. */
  | { readonly type: 'probability' }
  /** A finite number of 0 or more. */
  | { readonly type: 'non_negative' }
  /** A score from 0 to 100. */
  | { readonly type: 'score' }
  /** A whole number of `min` or more. */
  | { readonly type: 'whole'; readonly min: number }
  /** One of these words. */
  | { readonly type: 'one_of'; readonly values: readonly string[] }
  /** True or false. */
  | { readonly type: 'flag' }
  /** An object of units (day, week or month) by metric kind. */
  | { readonly type: 'units_by_kind' }
  /** A non-empty list of ISO weekdays, 1 (Monday) to 7. */
  | { readonly type: 'weekdays' }
  /** An object of whole numbers of 1 or more by unit (day, week, month). */
  | { readonly type: 'whole_by_unit' }
  /** An object of phrase lists by language tag, each phrase with a word in it. */
  | { readonly type: 'phrases_by_language' }
  /** Three positive numbers (the timeline's phase weights). */
  | { readonly type: 'phase_weights' }
  /** A list of dates written YYYY-MM-DD, or `{ date, name }`. */
  | { readonly type: 'holidays' }
  /** A group label, or null. */
  | { readonly type: 'group_or_null' }
  /** An object of another policy's fields (the lifecycle's `timeline` and `lint`). */
  | { readonly type: 'policy_fields'; readonly policy: string }
  /** An object (a record of fields without words of its own). */
  | { readonly type: 'object' }
  /** At least the value of another field (a rule between fields). */
  | { readonly type: 'at_least'; readonly field: string }
  /** The same as the field it is another name for (`field`, holding `value`), when both are given. */
  | { readonly type: 'same_as'; readonly field: string; readonly value: string }
  /**
   * Left out, because `field` holds `value`: the alias is another name for `aliasOf`, which means
   * what it says only while `field` is `required`.
   */
  | { readonly type: 'left_out'; readonly field: string; readonly value: string; readonly aliasOf: string; readonly required: string }
  /** A host's own words for a field of its own policy, shown as they are. */
  | { readonly type: 'text'; readonly text: string };

/**
 * The English words of what a policy field takes (what the English `policy_invalid` sentence
 * says after "must be"); a locale has its own.
 *
 * @example
 * ```ts
 * expectationWords({ type: 'share' }); // => "a share between 0 and 1"
 * expectationWords({ type: 'one_of', values: ['day', 'week', 'month'] }); // => "day, week or month"
 * expectationWords({ type: 'at_least', field: 'moderateAt' }); // => "at least moderateAt"
 * ```
 */
export function expectationWords(e: PolicyExpectation): string {
  switch (e.type) {
    case 'share':
      return 'a share between 0 and 1';
    case 'share_above_zero':
      return 'a share above 0 and at most 1';
    case 'probability':
      return 'a probability above 0 and below 1';
    case 'non_negative':
      return 'a number of 0 or more';
    case 'score':
      return 'a score between 0 and 100';
    case 'whole':
      return `a whole number of ${e.min} or more`;
    case 'one_of':
      return e.values.length === 1 ? String(e.values[0]) : `${e.values.slice(0, -1).join(', ')} or ${e.values[e.values.length - 1]}`;
    case 'flag':
      return 'true or false';
    case 'units_by_kind':
      return 'an object of units (day, week or month) by metric kind: skill, behavior, activity, outcome';
    case 'weekdays':
      return 'a non-empty list of ISO weekdays 1-7';
    case 'whole_by_unit':
      return 'an object of whole numbers of 1 or more by unit: day, week, month';
    case 'phrases_by_language':
      return 'an object of phrase lists by language tag ({ en: ["..."] }), each phrase with a word in it';
    case 'phase_weights':
      return 'three positive numbers';
    case 'holidays':
      return 'a list of dates written YYYY-MM-DD or { date, name }';
    case 'group_or_null':
      return 'a group label or null';
    case 'policy_fields':
      return `an object of ${e.policy} policy fields`;
    case 'object':
      return 'an object';
    case 'at_least':
      return `at least ${e.field}`;
    case 'same_as':
      return `the same as ${e.field} (${e.value}) when both are given: it is another name for it`;
    case 'left_out':
      return `left out when ${e.field} is ${e.value}: it is another name for ${e.aliasOf}, which flags a period only while ${e.field} is ${e.required}`;
    case 'text':
      return e.text;
  }
}

/**
 * The facts of a `policy_invalid` issue, by kind of problem: `field` is the field as people read
 * it (`sustainPeriods.week`), `expected` what the field takes (as data: a locale words it),
 * `received` the value as an issue shows it (numbers as written, other values as JSON).
 */
export type PolicyIssueFacts =
  | { readonly kind: 'invalid'; readonly field: string; readonly expected: PolicyExpectation; readonly received: string }
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
        return POLICY_MESSAGES.invalid(f.field, expectationWords(f.expected), f.received);
      case 'unknown':
        return POLICY_MESSAGES.unknown(f.field, f.suggestion);
      case 'not_an_object':
        return POLICY_MESSAGES.notAnObject(f.received);
      case 'unreadable':
        return POLICY_MESSAGES.unreadable(f.field);
    }
  },
};

/** What a `policy_invalid` finding of `lintPlan` advises. */
const LINT_POLICY_FIX = 'Correct the field in the lint policy (docs/policies.md lists every field, its valid values and default).';

/** The policy issues' words in one language: the `policy` part of a `Locale`'s messages. */
export interface PolicyCatalogs {
  /** The sentence of each policy issue code, from its facts. */
  readonly issues: Catalog<PolicyIssueFactsByCode>;
  /** What a `policy_invalid` finding of `lintPlan` advises (its `fix`). */
  readonly lintFix: string;
}

/** The English policy catalogs, the default. */
export const POLICY_CATALOGS_EN: PolicyCatalogs = /* @__PURE__ */ Object.freeze({ issues: POLICY_ISSUE_MESSAGES, lintFix: LINT_POLICY_FIX });
