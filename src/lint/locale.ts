/**
 * Plan linting in a language: what it reads of a `Locale`.
 *
 * @module
 */
import { smartCatalogsOf, type SmartCatalogsOverride } from '../goals/locale.js';
import type { SmartCatalogs } from '../goals/messages.js';
import { localePart } from '../issues/locale-part.js';
import { deepFreeze } from '../frozen/deep-freeze.js';
import { policyCatalogs, type PolicyCatalogsOverride } from '../policy/locale.js';
import { POLICY_CATALOGS_EN } from '../policy/messages.js';
import type { LintFinding } from './lint.js';
import { LINT_CATALOGS_EN, type LintCatalogs } from './messages.js';

/** What `lintPlan` reads of a `Locale`: the plan-level findings' words and the SMART reasons' words (any left out are English). */
export interface LintLocale {
  readonly messages?: { readonly lint?: LintCatalogsOverride; readonly smart?: SmartCatalogsOverride; readonly policy?: PolicyCatalogsOverride };
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

/**
 * Lint findings worded in a locale, message and fix, from their codes and facts (the same array
 * when the locale gives no lint, SMART or policy words). Codes, severities, paths, facts and
 * evidence are unchanged: what a stored lint run, or a `lint_errors` rejection, said again in
 * another language.
 *
 * @example
 * ```ts
 * import { lintPlan, rewordLintFindings } from 'improvement-plan';
 * import { fr } from 'improvement-plan/locales/fr';
 * rewordLintFindings(lintPlan({ ...plan, support: [] }), fr)[0]?.message;
 * // => the missing support finding, in French
 * ```
 */
export function rewordLintFindings<F extends LintFinding>(findings: readonly F[], locale: LintLocale | undefined): readonly F[] {
  if (findings.length === 0) return findings;
  const words = lintWordsOf(locale);
  const policy = policyCatalogs(locale);
  if (words === LINT_WORDS_EN && policy === undefined) return findings;
  const policyWords = policy ?? POLICY_CATALOGS_EN;
  return deepFreeze(
    findings.map((finding) => {
      const facts = finding.facts as never;
      const catalogs: { readonly messages: object; readonly fixes: object } | undefined =
        finding.code === 'policy_invalid' ? undefined : Object.hasOwn(words.lint.messages, finding.code) ? words.lint : words.smart;
      const message = catalogs === undefined ? policyWords.issues.policy_invalid(facts) : (catalogs.messages as Readonly<Record<string, (f: never) => string>>)[finding.code]!(facts);
      const fix = catalogs === undefined ? policyWords.lintFix : (catalogs.fixes as Readonly<Record<string, (f: never) => string>>)[finding.code]!(facts);
      return { ...finding, message, fix };
    }),
    true,
  );
}
