/**
 * German: the documents' words, the evaluation's sentences and parse issues, dates in date-fns' `de` locale, numbers in `de`.
 *
 * @module
 */
import { de as dateLocale } from 'date-fns/locale/de';
import type { DateLocale } from '../../render/date-locale.js';
import type { Locale } from '../locale.js';
import { EVALUATION_CATALOGS_DE } from './evaluate.js';
import { RENDER_MESSAGES_DE } from './render.js';
import { LIFECYCLE_CATALOGS_DE } from './lifecycle.js';
import { READINESS_MESSAGES_DE } from './readiness.js';
import { SMART_CATALOGS_DE } from './smart.js';
import { LINT_CATALOGS_DE } from './lint.js';
import { FAIRNESS_CATALOGS_DE } from './fairness.js';
import { PLAN_ISSUE_MESSAGES_DE } from './parse.js';
import { POLICY_CATALOGS_DE } from './policy.js';

/**
 * German (Germany and Austria), left to right.
 *
 * @example
 * ```ts
 * import { renderPlan } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * renderPlan(plan, { format: 'html', locale: de }); // <html lang="de"> …
 * ```
 */
export const de: Locale = Object.freeze({
  code: 'de',
  dir: 'ltr',
  dateLocale: dateLocale as DateLocale,
  messages: Object.freeze({ render: RENDER_MESSAGES_DE, evaluate: EVALUATION_CATALOGS_DE, lifecycle: LIFECYCLE_CATALOGS_DE, readiness: READINESS_MESSAGES_DE, smart: SMART_CATALOGS_DE, lint: LINT_CATALOGS_DE, fairness: FAIRNESS_CATALOGS_DE, parse: PLAN_ISSUE_MESSAGES_DE, policy: POLICY_CATALOGS_DE }),
});
