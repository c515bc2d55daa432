/**
 * Plan linting in a language: what it reads of a `Locale`.
 *
 * @module
 */
import { smartCatalogsOf, type SmartCatalogsOverride } from '../goals/locale.js';
import type { SmartCatalogs } from '../goals/messages.js';
import { localePart } from '../issues/locale-part.js';
import { LINT_CATALOGS_EN, type LintCatalogs } from './messages.js';

/** What `lintPlan` reads of a `Locale`: the plan-level findings' words and the SMART reasons' words (any left out are English). */
export interface LintLocale {
  readonly messages?: { readonly lint?: LintCatalogsOverride; readonly smart?: SmartCatalogsOverride };
}

/** Some of plan linting's own words (a locale's, a host's): messages or fixes, any plan-level code; every word left out, or given broken, is English. */
export type LintCatalogsOverride = { readonly [K in keyof LintCatalogs]?: Partial<LintCatalogs[K]> };

/** Every catalog a lint run words its findings with. @internal */
export interface LintWords {
  readonly smart: SmartCatalogs;
  readonly lint: LintCatalogs;
}

/** The English words of a lint run. @internal */
export const LINT_WORDS_EN: LintWords = /* @__PURE__ */ Object.freeze({ smart: smartCatalogsOf(undefined), lint: LINT_CATALOGS_EN });

/** The locale's lint and SMART catalogs over the English ones, word by word. @internal */
export function lintWordsOf(locale: LintLocale | undefined): LintWords {
  const messages = localePart(locale, ['lint', 'messages'], LINT_CATALOGS_EN.messages);
  const fixes = localePart(locale, ['lint', 'fixes'], LINT_CATALOGS_EN.fixes);
  const smart = smartCatalogsOf(locale);
  if (messages === undefined && fixes === undefined && smart === LINT_WORDS_EN.smart) return LINT_WORDS_EN;
  return { smart, lint: { messages: messages ?? LINT_CATALOGS_EN.messages, fixes: fixes ?? LINT_CATALOGS_EN.fixes } };
}
