/**
 * English (United States): the library's own words, the default wherever no `locale` is given.
 * `locale: en` writes exactly what no locale writes.
 *
 * @module
 */
import { enUS } from 'date-fns/locale/en-US';
import type { DateLocale } from '../../render/date-locale.js';
import { RENDER_MESSAGES_EN } from '../../render/messages.js';
import { EVALUATION_CATALOGS_EN } from '../../evaluate/catalogs.js';
import { LIFECYCLE_CATALOGS_EN } from '../../lifecycle/catalogs.js';
import { READINESS_MESSAGES } from '../../readiness/messages.js';
import { SMART_CATALOGS_EN } from '../../goals/messages.js';
import { LINT_CATALOGS_EN } from '../../lint/messages.js';
import { PLAN_ISSUE_MESSAGES } from '../../schema/messages.js';
import { FAIRNESS_CATALOGS_EN } from '../../fairness/catalogs.js';
import { FAIRNESS_REPORT_MESSAGES_EN } from '../../render/fairness-report.js';
import { POLICY_CATALOGS_EN } from '../../policy/messages.js';
import type { Locale } from '../locale.js';

/**
 * English (United States), left to right, dates in date-fns' en-US, numbers in en-US.
 *
 * @example
 * ```ts
 * import { en } from 'improvement-plan/locales/en';
 * en.messages.render.labels.goal; // => "Goal"
 * ```
 */
export const en: Locale = Object.freeze({
  code: 'en-US',
  dir: 'ltr',
  dateLocale: enUS as DateLocale,
  messages: Object.freeze({ render: RENDER_MESSAGES_EN, evaluate: EVALUATION_CATALOGS_EN, lifecycle: LIFECYCLE_CATALOGS_EN, readiness: READINESS_MESSAGES, smart: SMART_CATALOGS_EN, lint: LINT_CATALOGS_EN, parse: PLAN_ISSUE_MESSAGES, policy: POLICY_CATALOGS_EN, fairness: Object.freeze({ ...FAIRNESS_CATALOGS_EN, report: FAIRNESS_REPORT_MESSAGES_EN }) }),
});
