/**
 * The notice of a relapse. A relapse is found by {@link detectRelapse}, run by the host over the
 * post-plan feed while the plan is monitored: no command records it (the plan's log holds the
 * start and the end of monitoring), so the notice comes from the check's result, as the host's
 * effect to deliver like the lifecycle's own.
 *
 * @module
 */
import { LIFECYCLE_EFFECT_MESSAGES } from '../lifecycle/messages.js';
import { rewordEffects, type LifecycleLocale } from '../lifecycle/catalogs.js';
import { recipients } from '../lifecycle/outcome.js';
import type { LifecycleEffect } from '../lifecycle/types.js';
import type { Plan } from '../schema/types.js';
import type { RelapseCheck } from './relapse.js';

/**
 * The notice for a relapse found by {@link detectRelapse}: addressed to the employee, the manager
 * and the HR partner, dated the day the relapse was established, naming the goals that relapsed;
 * `undefined` when the check found none. The library sends nothing: the host delivers it.
 *
 * @example
 * ```ts
 * const check = detectRelapse(monitoredPlan, postPlanFeed, { asOf: '2026-07-20' });
 * const notice = relapseNotice(monitoredPlan, check);
 * notice?.to.map((r) => r.role); // => ["employee", "manager", "hr"]
 * ```
 */
export function relapseNotice(
  plan: Plan,
  check: RelapseCheck,
  /** `locale`: the language of the notice's message (a `Locale`); English without it. */
  options: { readonly locale?: LifecycleLocale } = {},
): Extract<LifecycleEffect, { type: 'relapse_detected' }> | undefined {
  if (!check.relapsed || check.firstRelapseOn === null) return undefined;
  const goalIds = check.goals.filter((goal) => goal.status === 'relapsed').map((goal) => goal.goalId);
  const notice: Extract<LifecycleEffect, { type: 'relapse_detected' }> = Object.freeze({
    kind: 'notice',
    type: 'relapse_detected',
    to: Object.freeze(recipients(plan, ['employee', 'manager', 'hr']).map((r) => Object.freeze(r))),
    on: check.firstRelapseOn,
    goalIds: Object.freeze(goalIds),
    message: LIFECYCLE_EFFECT_MESSAGES.relapse_detected({ on: check.firstRelapseOn, goalIds }),
  });
  return rewordEffects([notice], options?.locale)[0] as typeof notice;
}
