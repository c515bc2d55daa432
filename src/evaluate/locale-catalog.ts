/**
 * One evaluation catalog of a locale: the locale's words over the English catalog, key by key.
 * Each catalog is resolved on its own, so a function that words only goal notes (evaluatePlan)
 * does not bundle the recommendation's sentences.
 *
 * @internal
 * @module
 */
import { localePart } from '../issues/locale-part.js';
import type { EvaluationCatalogs, EvaluationCatalogsOverride } from './catalogs.js';

/** What the evaluators read of a `Locale`: the evaluation's words (any left out are English). */
export interface EvaluateLocale {
  readonly messages?: { readonly evaluate?: EvaluationCatalogsOverride };
}

/**
 * The locale's catalog `key` over `english`, every word it leaves out (or gives broken) in English;
 * `undefined` when the locale gives no words for it (the English sentences stand as written).
 */
export function localeCatalog<K extends keyof EvaluationCatalogs>(locale: EvaluateLocale | undefined, key: K, english: EvaluationCatalogs[K]): EvaluationCatalogs[K] | undefined {
  return localePart(locale, ['evaluate', key], english);
}

/**
 * Findings worded again by a locale's catalog (the same array when the locale gives no words for it).
 *
 * @internal
 */
export function rewordFindings<F extends { readonly code: string; readonly facts: unknown; readonly message: string }>(findings: readonly F[], catalog: object | undefined): readonly F[] {
  return catalog === undefined ? findings : findings.map((finding) => ({ ...finding, message: write(catalog, finding.code, finding.facts) }));
}

/** A catalog's sentence for a code and its facts (a result's code and facts always belong together). */
export const write = (catalog: object, code: string, facts: unknown): string => (catalog as Readonly<Record<string, (facts: unknown) => string>>)[code]!(facts);
