/**
 * The lifecycle's words as one set of catalogs (rejections, reminders and notices), and the
 * wording of a rejection or an effect in a language: the message is written again from the code
 * and facts the result already carries, so a stored rejection or notice can be read in another
 * language later.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { issueText, type Catalog } from '../issues/issue.js';
import { localePart } from '../issues/locale-part.js';
import { rewordPlanIssues, type ParseLocale } from '../schema/locale.js';
import { rewordLintFindings, type LintLocale } from '../lint/locale.js';
import { rewordPolicyIssues } from '../policy/locale.js';
import { LIFECYCLE_EFFECT_MESSAGES, LIFECYCLE_REJECTION_MESSAGES, type LifecycleEffectFactsByType, type LifecycleRejectionFactsByCode } from './messages.js';
import type { LifecycleEffect, LifecycleRejection } from './types.js';

/** Every catalog of the lifecycle: why a command was refused, and what each reminder and notice says. */
export interface LifecycleCatalogs {
  /** A rejection's message, by code, from its facts. */
  readonly rejections: Catalog<LifecycleRejectionFactsByCode>;
  /** A reminder's or notice's message, by type, from the effect's own fields. */
  readonly effects: Catalog<LifecycleEffectFactsByType>;
}

/**
 * The English lifecycle catalogs, the default.
 *
 * @example
 * ```ts
 * import { LIFECYCLE_CATALOGS_EN } from 'improvement-plan';
 * LIFECYCLE_CATALOGS_EN.effects.plan_paused({ on: '2026-03-02' });
 * // => "The plan is paused from 2026-03-02: its clock is stopped, and its dates move by the paused days."
 * ```
 */
export const LIFECYCLE_CATALOGS_EN: LifecycleCatalogs = /* @__PURE__ */ Object.freeze({ rejections: LIFECYCLE_REJECTION_MESSAGES, effects: LIFECYCLE_EFFECT_MESSAGES });

/** Some of the lifecycle's words (a locale's, a host's): any catalog, any code of it; every word left out, or given broken, is English. */
export type LifecycleCatalogsOverride = { readonly [K in keyof LifecycleCatalogs]?: Partial<LifecycleCatalogs[K]> };

/** What the lifecycle reads of a `Locale`: its words (any left out are English). */
export interface LifecycleLocale extends ParseLocale, LintLocale {
  readonly messages?: ParseLocale['messages'] & LintLocale['messages'] & { readonly lifecycle?: LifecycleCatalogsOverride };
}

/**
 * A rejection worded in a locale, from its code and facts: its `issues` (a malformed command or
 * change) by the locale's parse catalog, its `policyIssues` by its policy catalog and a
 * `lint_errors` rejection's `findings` by its lint catalogs (the same object when the locale
 * gives no words for any of them). Codes, paths and facts are unchanged.
 *
 * @example
 * ```ts
 * import { rewordRejection } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * const result = transition(plan, { type: 'withdraw' }, { asOf, actor });
 * if (!result.ok) rewordRejection(result.rejection, de).message;
 * // => "withdraw braucht eine Begründung: …"
 * ```
 */
export function rewordRejection<R extends LifecycleRejection>(rejection: R, locale: LifecycleLocale | undefined): R {
  const catalog = localePart(locale, ['lifecycle', 'rejections'], LIFECYCLE_REJECTION_MESSAGES);
  const issues = rejection.issues === undefined ? undefined : rewordPlanIssues(rejection.issues, locale);
  const policyIssues = rejection.policyIssues === undefined ? undefined : rewordPolicyIssues(rejection.policyIssues, locale);
  const findings = rejection.findings === undefined ? undefined : rewordLintFindings(rejection.findings, locale);
  if (catalog === undefined && issues === rejection.issues && policyIssues === rejection.policyIssues && findings === rejection.findings) return rejection;
  const message = catalog === undefined ? rejection.message : issueText(rejection, catalog);
  return freeze({
    ...rejection,
    message,
    ...(issues === undefined ? {} : { issues }),
    ...(policyIssues === undefined ? {} : { policyIssues }),
    ...(findings === undefined ? {} : { findings }),
  }) as R;
}

/**
 * Reminders and notices worded in a locale, from their own fields (the same array when the locale
 * gives no lifecycle words).
 *
 * @example
 * ```ts
 * import { rewordEffects } from 'improvement-plan';
 * import { fr } from 'improvement-plan/locales/fr';
 * rewordEffects(result.effects, fr)[0]?.message; // => "Un entretien de suivi est prévu dans 2 jours, le 2026-02-02."
 * ```
 */
export function rewordEffects(effects: readonly LifecycleEffect[], locale: LifecycleLocale | undefined): readonly LifecycleEffect[] {
  const catalog = localePart(locale, ['lifecycle', 'effects'], LIFECYCLE_EFFECT_MESSAGES);
  if (catalog === undefined) return effects;
  return freeze(effects.map((effect) => ({ ...effect, message: issueText({ code: effect.type, facts: effect }, catalog) }))) as readonly LifecycleEffect[];
}
