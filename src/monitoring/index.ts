/**
 * Post-plan monitoring: after a plan closed successfully, detect a relapse (a goal back below its
 * target for consecutive periods) and turn it into a notice for the people who act on it. Codes,
 * messages and the policy are the evaluation's (`evaluate/codes.ts` `RELAPSE_CODES`,
 * `evaluate/messages.ts`, `evaluate/policy.ts`); the notice's recipients are the lifecycle's.
 *
 * @module
 */
export {
  detectRelapse,
  type DetectRelapseOptions,
  type RelapseCheck,
  type GoalRelapse,
  type RelapsePeriod,
  type RelapseFinding,
} from './relapse.js';
export { relapseNotice } from './relapse-notice.js';
export { RELAPSE_FINDING_MESSAGES, type RelapseFactsByCode, type RelapseRunFacts } from '../evaluate/messages.js';
