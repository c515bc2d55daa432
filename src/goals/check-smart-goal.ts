/**
 * {@link checkSmartGoal}: the SMART policy resolved from the caller's overrides, then the check
 * ({@link smartCheckWith}). Apart from the check so that the lint with the default policy (the
 * command line's `validate`) builds no policy schema.
 *
 * @module
 */
import { smartCatalogsOf } from './locale.js';
import { rewordPolicyIssues } from '../policy/locale.js';
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { Goal, Plan } from '../schema/types.js';
import { SMART_POLICY } from './policy.js';
import { buildLookup, smartCheckWith, type SmartCheck, type SmartContext } from './smart.js';

/**
 * Check one goal against the SMART criteria: a verdict per letter (pass, warn, fail), each with
 * reason codes, the path of the cause in the plan, a message with the figures and a fix.
 *
 * - **Specific**: a defined metric, a target that improves on the baseline in the metric's
 *   direction, and wording that is not vague (a linear-time phrase matcher; see
 *   {@link findVagueWording}).
 * - **Measurable**: the metric has a data source; the target is a value of its unit (ratios
 *   between 0 and 1); a skill goal targets a rubric level.
 * - **Achievable**: an outcome or revenue goal's window covers the sales cycle; the change from
 *   baseline is within the policy's realistic bound, or within reach of the rep's own best in
 *   `context.history`; the target does not overshoot the gap's standard.
 * - **Relevant**: linked to a gap on the goal's metric, or on a metric it `drives`.
 * - **Time-bound**: a window or deadline inside the plan's dates; milestones inside the window
 *   and moving monotonically from the baseline toward the target.
 *
 * @example
 * ```ts
 * const check = checkSmartGoal({ ...goal, title: 'Close more deals' }, plan);
 * check.specific.verdict; // => "fail"
 * check.specific.reasons[0].code; // => "vague_wording"
 * checkSmartGoal(plan.goals[0], plan, { history: [0.06, 0.09, 0.12] }).achievable.reasons[0].code; // => "reached_before"
 * ```
 */
export function checkSmartGoal(goal: Goal, plan: Plan, context: SmartContext = {}): SmartCheck {
  const lookup = buildLookup(plan);
  let index = plan.goals.indexOf(goal);
  if (index < 0) index = plan.goals.findIndex((g) => g.id === goal.id);
  const { policy, issues } = SMART_POLICY.resolve(context.policy);
  return freeze({ ...smartCheckWith(goal, index, lookup, context, policy, smartCatalogsOf(context?.locale)), issues: rewordPolicyIssues(issues, context?.locale) }, true);
}

