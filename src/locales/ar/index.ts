/**
 * Arabic (Modern Standard Arabic): the documents' words and the evaluation's sentences, dates in date-fns' `ar` locale, numbers in `ar`, written right to left.
 *
 * @module
 */
import { ar as dateLocale } from 'date-fns/locale/ar';
import type { DateLocale } from '../../render/date-locale.js';
import type { Locale } from '../locale.js';
import { EVALUATION_CATALOGS_AR } from './evaluate.js';
import { RENDER_MESSAGES_AR } from './render.js';
import { LIFECYCLE_CATALOGS_AR } from './lifecycle.js';
import { READINESS_MESSAGES_AR } from './readiness.js';
import { SMART_CATALOGS_AR } from './smart.js';
import { LINT_CATALOGS_AR } from './lint.js';
import { PLAN_ISSUE_MESSAGES_AR } from './parse.js';
import { FAIRNESS_CATALOGS_AR } from './fairness.js';
import { POLICY_CATALOGS_AR } from './policy.js';

/**
 * Arabic (Modern Standard Arabic) (the Arab world), right to left.
 *
 * @example
 * ```ts
 * import { renderPlan } from 'improvement-plan';
 * import { ar } from 'improvement-plan/locales/ar';
 * renderPlan(plan, { format: 'html', locale: ar }); // <html lang="ar" dir="rtl"> …
 * ```
 */
export const ar: Locale = Object.freeze({
  code: 'ar',
  dir: 'rtl',
  dateLocale: dateLocale as DateLocale,
  messages: Object.freeze({ render: RENDER_MESSAGES_AR, evaluate: EVALUATION_CATALOGS_AR, lifecycle: LIFECYCLE_CATALOGS_AR, readiness: READINESS_MESSAGES_AR, smart: SMART_CATALOGS_AR, lint: LINT_CATALOGS_AR, parse: PLAN_ISSUE_MESSAGES_AR, fairness: FAIRNESS_CATALOGS_AR, policy: POLICY_CATALOGS_AR }),
});
