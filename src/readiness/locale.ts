/**
 * The readiness assessment in a language: what it reads of a `Locale`, and the wording of a stored
 * assessment again from its reasons' codes and facts.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { issueText, type Catalog } from '../issues/issue.js';
import { rewordPolicyIssues, type PolicyCatalogsOverride } from '../policy/locale.js';
import { localePart } from '../issues/locale-part.js';
import { READINESS_MESSAGES, type ReadinessFactsByCode } from './messages.js';
import type { ReadinessAssessment } from './assess.js';

/** What `assessReadiness` reads of a `Locale`: the readiness reasons' words and the policy issues' words (any left out are English). */
export interface ReadinessLocale {
  readonly messages?: { readonly readiness?: ReadinessCatalogOverride; readonly policy?: PolicyCatalogsOverride };
}

/** Some of the readiness reasons' words (a locale's, a host's); every word left out, or given broken, is English. */
export type ReadinessCatalogOverride = Partial<Catalog<ReadinessFactsByCode>>;

/** The locale's readiness catalog over the English one; `undefined` when it gives no words (English stands). @internal */
export function readinessCatalog(locale: ReadinessLocale | undefined): Catalog<ReadinessFactsByCode> | undefined {
  return localePart(locale, ['readiness'], READINESS_MESSAGES);
}

/**
 * A readiness assessment worded in a locale, from its reasons' codes and facts (the same object
 * when the locale gives no readiness words). The verdict, codes and facts are unchanged.
 *
 * @example
 * ```ts
 * import { assessReadiness, rewordReadiness } from 'improvement-plan';
 * import { es } from 'improvement-plan/locales/es';
 * const stored = assessReadiness(history, coachingLog);
 * rewordReadiness(stored, es).reasons[0]?.message; // => the first reason, in Spanish
 * ```
 */
export function rewordReadiness(assessment: ReadinessAssessment, locale: ReadinessLocale | undefined): ReadinessAssessment {
  const catalog = readinessCatalog(locale);
  const issues = rewordPolicyIssues(assessment.issues, locale);
  if (catalog === undefined && issues === assessment.issues) return assessment;
  const reasons = catalog === undefined ? assessment.reasons : assessment.reasons.map((reason) => ({ ...reason, message: issueText(reason, catalog) }));
  return freeze({ ...assessment, reasons, issues });
}
