/**
 * The consistency comparison in a language: what it reads of a `Locale` (the consistency
 * findings' words sit with the fairness analysis's, under `fairness.consistency`), and the wording
 * of a stored report again from its codes and facts.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { Catalog } from '../issues/issue.js';
import { localePart } from '../issues/locale-part.js';
import { localeCatalog, rewordFindings, type EvaluateLocale } from '../evaluate/locale-catalog.js';
import { EVALUATION_ISSUE_MESSAGES } from '../evaluate/messages.js';
import { CONSISTENCY_MESSAGES, type ConsistencyFactsByCode } from './messages.js';
import type { ConsistencyReport } from './consistency.js';

/** What `compareConsistency` reads of a `Locale`: the consistency findings' words and the evaluation's issue sentences (any left out are English). */
export interface ConsistencyLocale extends EvaluateLocale {
  readonly messages?: EvaluateLocale['messages'] & { readonly fairness?: { readonly consistency?: Partial<Catalog<ConsistencyFactsByCode>> } };
}

/**
 * A consistency report worded in a locale, from its findings' and issues' codes and facts (the
 * same object when the locale gives no words for it). Codes, facts and figures are unchanged.
 *
 * @example
 * ```ts
 * import { compareConsistency, rewordConsistency } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * rewordConsistency(compareConsistency(plans), de).findings[0]?.message; // => the first finding, in German
 * ```
 */
export function rewordConsistency(report: ConsistencyReport, locale: ConsistencyLocale | undefined): ConsistencyReport {
  const findings = localePart(locale, ['fairness', 'consistency'], CONSISTENCY_MESSAGES);
  const issues = localeCatalog(locale, 'issues', EVALUATION_ISSUE_MESSAGES);
  if (findings === undefined && issues === undefined) return report;
  return freeze({ ...report, findings: rewordFindings(report.findings, findings), issues: rewordFindings(report.issues, issues) });
}

