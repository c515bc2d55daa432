/**
 * Spanish: the documents' words and the evaluation's sentences, dates in date-fns' `es` locale, numbers in `es`.
 *
 * @module
 */
import { es as dateLocale } from 'date-fns/locale/es';
import type { DateLocale } from '../../render/date-locale.js';
import type { Locale } from '../locale.js';
import { EVALUATION_CATALOGS_ES } from './evaluate.js';
import { RENDER_MESSAGES_ES } from './render.js';
import { LIFECYCLE_CATALOGS_ES } from './lifecycle.js';
import { READINESS_MESSAGES_ES } from './readiness.js';
import { SMART_CATALOGS_ES } from './smart.js';
import { LINT_CATALOGS_ES } from './lint.js';
import { FAIRNESS_CATALOGS_ES } from './fairness.js';
import { PLAN_ISSUE_MESSAGES_ES } from './parse.js';
import { POLICY_CATALOGS_ES } from './policy.js';

/**
 * Spanish (Spain and Latin America), left to right.
 *
 * @example
 * ```ts
 * import { renderPlan } from 'improvement-plan';
 * import { es } from 'improvement-plan/locales/es';
 * renderPlan(plan, { format: 'html', locale: es }); // <html lang="es"> …
 * ```
 */
export const es: Locale = Object.freeze({
  code: 'es',
  dir: 'ltr',
  dateLocale: dateLocale as DateLocale,
  messages: Object.freeze({ render: RENDER_MESSAGES_ES, evaluate: EVALUATION_CATALOGS_ES, lifecycle: LIFECYCLE_CATALOGS_ES, readiness: READINESS_MESSAGES_ES, smart: SMART_CATALOGS_ES, lint: LINT_CATALOGS_ES, fairness: FAIRNESS_CATALOGS_ES, parse: PLAN_ISSUE_MESSAGES_ES, policy: POLICY_CATALOGS_ES }),
});
