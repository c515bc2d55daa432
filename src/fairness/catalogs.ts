/**
 * The fairness analysis in a language: its catalogs (findings, issues, and the consistency of
 * standards it reviews), what it reads of a `Locale`, and the wording of a stored analysis or
 * review again from the codes and facts.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { Catalog } from '../issues/issue.js';
import { localePart } from '../issues/locale-part.js';
import { CONSISTENCY_MESSAGES, type ConsistencyFactsByCode } from '../team/messages.js';
import { rewordConsistency } from '../team/consistency-locale.js';
import { rewordFindings, type EvaluateLocale } from '../evaluate/locale-catalog.js';
import { FAIRNESS_FINDING_MESSAGES, FAIRNESS_ISSUE_MESSAGES, type FairnessFindingFactsByCode, type FairnessIssueFactsByCode } from './messages.js';
import type { AdverseImpactReport } from './analyze.js';
import type { FairnessReview } from './review.js';

/** Every sentence of the fairness analysis and review, by code. */
export interface FairnessCatalogs {
  /** A finding about a group or a measure (`analyzeAdverseImpact`, `reviewFairness`). */
  readonly findings: Catalog<FairnessFindingFactsByCode>;
  /** A problem with the input (`analyzeAdverseImpact`, `reviewFairness`). */
  readonly issues: Catalog<FairnessIssueFactsByCode>;
  /** A consistency finding (`compareConsistency`, the consistency part of `reviewFairness`). */
  readonly consistency: Catalog<ConsistencyFactsByCode>;
}

/** The English catalogs of the fairness analysis. */
export const FAIRNESS_CATALOGS_EN: FairnessCatalogs = /* @__PURE__ */ Object.freeze({
  findings: FAIRNESS_FINDING_MESSAGES,
  issues: FAIRNESS_ISSUE_MESSAGES,
  consistency: CONSISTENCY_MESSAGES,
});

/** Some of the fairness analysis's words (a locale's, a host's); every word left out, or given broken, is English. */
export type FairnessCatalogsOverride = { readonly [K in keyof FairnessCatalogs]?: Partial<FairnessCatalogs[K]> };

/**
 * What the fairness analysis reads of a `Locale`: its own words, and the evaluation's issue
 * sentences (a consistency check's policy issues); any left out are English.
 */
export interface FairnessLocale extends EvaluateLocale {
  readonly messages?: EvaluateLocale['messages'] & { readonly fairness?: FairnessCatalogsOverride };
}

/** The locale's catalog `key` of the fairness analysis over the English one; `undefined` when it gives no words (English stands). @internal */
export function fairnessCatalog<K extends keyof FairnessCatalogs>(locale: FairnessLocale | undefined, key: K): FairnessCatalogs[K] | undefined {
  return localePart(locale, ['fairness', key], FAIRNESS_CATALOGS_EN[key]);
}

/**
 * An adverse-impact analysis worded in a locale, from its findings' and issues' codes and facts
 * (the same object when the locale gives no fairness words). Codes, facts and figures are unchanged.
 *
 * @example
 * ```ts
 * import { analyzeAdverseImpact, rewordAdverseImpact } from 'improvement-plan';
 * import { fr } from 'improvement-plan/locales/fr';
 * const stored = analyzeAdverseImpact({ people, plans }, { groupOf, asOf: '2026-06-30' });
 * rewordAdverseImpact(stored, fr).findings[0]?.message; // => the first finding, in French
 * ```
 */
export function rewordAdverseImpact(report: AdverseImpactReport, locale: FairnessLocale | undefined): AdverseImpactReport {
  const findings = fairnessCatalog(locale, 'findings');
  const issues = fairnessCatalog(locale, 'issues');
  if (findings === undefined && issues === undefined) return report;
  return freeze({ ...report, findings: rewordFindings(report.findings, findings), issues: rewordFindings(report.issues, issues) });
}

/**
 * A fairness review worded in a locale: every analysis, the consistency report and the issues,
 * from their codes and facts (the same object when the locale gives no words for it).
 *
 * @example
 * ```ts
 * import { reviewFairness, rewordFairnessReview } from 'improvement-plan';
 * import { es } from 'improvement-plan/locales/es';
 * const stored = reviewFairness({ people, plans }, { asOf: '2026-06-30', attributes });
 * rewordFairnessReview(stored, es).issues[0]?.message; // => the first issue, in Spanish
 * ```
 */
export function rewordFairnessReview(review: FairnessReview, locale: FairnessLocale | undefined): FairnessReview {
  const analyses = review.analyses.map((analysis) => rewordAdverseImpact(analysis, locale));
  const consistency = rewordConsistency(review.consistency, locale);
  const issues = rewordFindings(review.issues, fairnessCatalog(locale, 'issues'));
  if (consistency === review.consistency && issues === review.issues && analyses.every((a, i) => a === review.analyses[i])) return review;
  return freeze({ ...review, analyses, consistency, issues });
}
