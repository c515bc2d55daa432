/**
 * SMART goals: one verdict per letter, with reason codes, paths, messages and fixes.
 *
 * @module
 */
export { checkSmartGoal } from './check-smart-goal.js';
export {
  findVagueWording,
  type SmartCheck,
  type SmartContext,
  type SmartLetterCheck,
  type SmartReason,
  type SmartVerdict,
  type VagueWording,
} from './smart.js';
export {
  SMART_REASON_CODES,
  SMART_MESSAGES,
  SMART_FIXES,
  SMART_CATALOGS_EN,
  type SmartCatalogs,
  type SmartLetter,
  type SmartReasonCode,
  type SmartFacts,
  type SmartFactsByCode,
  type SmartAbout,
  type SmartBound,
  type SmartSpan,
} from './messages.js';
export type { SmartLocale, SmartCatalogsOverride } from './locale.js';
export { DEFAULT_SMART_POLICY, SMART_POLICY, SMART_POLICY_DESCRIPTIONS, type SmartPolicy, type SmartPolicyOverrides } from './policy.js';
