/**
 * Parse issues in a language: what `parsePlan` reads of a `Locale`.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { issueText, type Catalog } from '../issues/issue.js';
import { localePart } from '../issues/locale-part.js';
import type { PlanIssue } from './issues.js';
import { PLAN_ISSUE_MESSAGES, type PlanIssueFactsByCode } from './messages.js';

/** Some of the parse issues' words (a locale's, a host's); every word left out, or given broken, is English. */
export type PlanIssueCatalogOverride = Partial<Catalog<PlanIssueFactsByCode>>;

/** What `parsePlan` and `parsePlanJson` read of a `Locale`: the parse issues' words (any left out are English). */
export interface ParseLocale {
  readonly messages?: { readonly parse?: PlanIssueCatalogOverride };
}

/** Options of `parsePlan` and `parsePlanJson`. */
export interface ParseOptions {
  /**
   * The language of the issues' messages (a `Locale` with a `parse` catalog, or a host's own); English
   * without it. Codes, paths and facts are the same in every language; the facts are data and
   * codes (`PlanIssueProblem`), except `detail` and `text`, which are an engine's or host's own text.
   */
  readonly locale?: ParseLocale;
}

/**
 * Parse issues worded in a locale, from their codes and facts (the same array when the locale
 * gives no parse words).
 *
 * @example
 * ```ts
 * import { rewordPlanIssues } from 'improvement-plan';
 * const own = { messages: { parse: { required: (f) => `${f.where} fehlt.` } } };
 * rewordPlanIssues(result.issues, own)[0]?.message; // => "goals[0].title fehlt."
 * ```
 */
export function rewordPlanIssues(issues: readonly PlanIssue[], locale: ParseLocale | undefined): readonly PlanIssue[] {
  const catalog = localePart(locale, ['parse'], PLAN_ISSUE_MESSAGES);
  if (catalog === undefined) return issues;
  return freeze(issues.map((issue) => ({ ...issue, message: issueText(issue, catalog) })));
}
