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
export { SMART_REASON_CODES, SMART_MESSAGES, SMART_FIXES, type SmartLetter, type SmartReasonCode, type SmartFacts, type SmartFactsByCode } from './messages.js';
export { DEFAULT_SMART_POLICY, SMART_POLICY, SMART_POLICY_DESCRIPTIONS, type SmartPolicy, type SmartPolicyOverrides } from './policy.js';
