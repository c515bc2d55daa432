/**
 * French: the documents' words and the evaluation's sentences, dates in date-fns' `fr` locale, numbers in `fr`.
 *
 * @module
 */
import { fr as dateLocale } from 'date-fns/locale/fr';
import type { DateLocale } from '../../render/date-locale.js';
import type { Locale } from '../locale.js';
import { EVALUATION_CATALOGS_FR } from './evaluate.js';
import { RENDER_MESSAGES_FR } from './render.js';
import { LIFECYCLE_CATALOGS_FR } from './lifecycle.js';
import { READINESS_MESSAGES_FR } from './readiness.js';
import { SMART_CATALOGS_FR } from './smart.js';
import { LINT_CATALOGS_FR } from './lint.js';
import { FAIRNESS_CATALOGS_FR } from './fairness.js';
import { PLAN_ISSUE_MESSAGES_FR } from './parse.js';
import { POLICY_CATALOGS_FR } from './policy.js';

/**
 * French (France, Belgium, Switzerland and Quebec), left to right.
 *
 * @example
 * ```ts
 * import { renderPlan } from 'improvement-plan';
 * import { fr } from 'improvement-plan/locales/fr';
 * renderPlan(plan, { format: 'html', locale: fr }); // <html lang="fr"> …
 * ```
 */
export const fr: Locale = Object.freeze({
  code: 'fr',
  dir: 'ltr',
  dateLocale: dateLocale as DateLocale,
  messages: Object.freeze({ render: RENDER_MESSAGES_FR, evaluate: EVALUATION_CATALOGS_FR, lifecycle: LIFECYCLE_CATALOGS_FR, readiness: READINESS_MESSAGES_FR, smart: SMART_CATALOGS_FR, lint: LINT_CATALOGS_FR, fairness: FAIRNESS_CATALOGS_FR, parse: PLAN_ISSUE_MESSAGES_FR, policy: POLICY_CATALOGS_FR }),
});
