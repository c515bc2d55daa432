/**
 * Policy issues in a language: what a function that reports `policy_invalid` reads of a
 * `Locale`, and the wording of stored policy issues again from their facts.
 *
 * @module
 */
import { localePart } from '../issues/locale-part.js';
import type { PolicyIssue } from './codes.js';
import { POLICY_CATALOGS_EN, type PolicyCatalogs } from './messages.js';

/** What the functions that check a policy read of a `Locale`: the policy issues' words (any left out are English). */
export interface PolicyLocale {
  readonly messages?: { readonly policy?: PolicyCatalogsOverride };
}

/** Some of the policy issues' words (a locale's, a host's); every word left out, or given broken, is English. */
export type PolicyCatalogsOverride = { readonly issues?: Partial<PolicyCatalogs['issues']>; readonly lintFix?: string };

/** The locale's policy catalogs over the English ones; `undefined` when it gives no words (English stands). @internal */
export function policyCatalogs(locale: unknown): PolicyCatalogs | undefined {
  return localePart(locale, ['policy'], POLICY_CATALOGS_EN);
}

/**
 * Policy issues worded in a locale, from their facts (the same list when the locale gives no
 * policy words, or there is nothing to word). Codes, paths and facts are unchanged; an issue of
 * another code in the list is left as it is.
 *
 * @example
 * ```ts
 * import { EVALUATION_POLICY, rewordPolicyIssues } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * const { issues } = EVALUATION_POLICY.resolve({ sustainShare: 2 });
 * rewordPolicyIssues(issues, de)[0]?.message;
 * // => "Das Richtlinienfeld sustainShare muss ein Anteil zwischen 0 und 1 sein, nicht 2; der Standardwert wurde verwendet."
 * ```
 */
export function rewordPolicyIssues<I extends { readonly code: string }>(issues: readonly I[], locale: PolicyLocale | undefined): readonly I[] {
  const catalogs = issues.some((issue) => issue.code === 'policy_invalid') ? policyCatalogs(locale) : undefined;
  if (catalogs === undefined) return issues;
  return Object.freeze(
    issues.map((issue) =>
      issue.code === 'policy_invalid' ? Object.freeze({ ...issue, message: catalogs.issues.policy_invalid((issue as unknown as PolicyIssue).facts) }) : issue,
    ),
  );
}
