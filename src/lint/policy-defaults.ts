/**
 * The lint policy's defaults as plain, frozen data, without zod: the command line's `validate`
 * lints with them without building any policy schema. {@link LINT_POLICY} is defined with this
 * very object (`LINT_POLICY.defaults === LINT_DEFAULTS`).
 *
 * @internal
 * @module
 */
import { deepFreeze } from '../frozen/deep-freeze.js';
import { GAP_DEFAULTS } from '../gaps/policy-defaults.js';
import { SMART_DEFAULTS } from '../goals/policy-defaults.js';

/** The lint policy's defaults: its own, the SMART check's and the gap analysis'. @internal */
export const LINT_DEFAULTS = deepFreeze({
  ...SMART_DEFAULTS,
  ...GAP_DEFAULTS,
  minPlanDays: 30,
  minSkillPlanDays: 60,
  maxCheckInIntervalDays: 14,
  minPriorCoaching: 2,
  rampUpDays: 90,
  minGapPeriodDays: 60,
  minGoalCategories: 2,
  maxGoalWeightShare: 0.6,
  maxCategoryWeightShare: 0.6,
  protectedTermsAdded: {},
  protectedTermsAllowed: {},
});
