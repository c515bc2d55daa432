/**
 * Amendments: `amend_goal`, `amend_support` and `amend_plan` (several goals and commitments at
 * once). Every amendment raises the revision by one, whatever it changes, and keeps what it
 * changed: one amendment record per goal or commitment, with the goal or commitment as it was
 * (`before`, absent when the amendment adds it) and as it is now (`after`). The records are part of
 * the log entry's patches, so `replay` re-decides them: an entry whose `before` is not what the plan
 * held is reported.
 *
 * The change is checked as a whole (`validate: 'structure'`: every integrity rule on the changed
 * plan, weights adding up to 100 among them): a batch that breaks a rule is refused with nothing
 * changed.
 *
 * @internal
 * @module
 */
import type { Amendment, Goal, Plan, PlanStatus, SupportCommitment } from '../schema/types.js';
import type { PlanCommandOf } from './commands.js';
import { anyAcknowledgement } from './guards.js';
import { acknowledgementRequested } from './notices.js';
import { refuse, type Outcome, type ResolvedContext } from './outcome.js';
import type { LifecycleEvent } from './types.js';

/** One goal or commitment an amendment sets. */
type Change = { readonly target: 'goal'; readonly entity: Goal } | { readonly target: 'support'; readonly entity: SupportCommitment };

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** The amendment record of one change: before (when the plan had it) and after. */
function recordOf(plan: Plan, change: Change, base: { date: string; by: string; reason: string; revision: number }): Amendment {
  const head = { date: base.date, by: base.by, reason: base.reason, target: change.target, targetId: change.entity.id, revision: base.revision };
  const list: readonly { readonly id: string }[] = change.target === 'goal' ? plan.goals : plan.support;
  const before = list.find((item) => item.id === change.entity.id);
  return (before === undefined ? { ...head, after: change.entity } : { ...head, before, after: change.entity }) as Amendment;
}

/** The outcome of an amendment setting `changes`, with its reason: one revision for them all. */
function amendment(plan: Plan, changes: readonly Change[], reason: string, ctx: ResolvedContext, to: PlanStatus): Outcome {
  if (blank(reason)) return refuse('reason_required');
  const revision = plan.revision + 1;
  const reacknowledge = plan.status === 'active' || anyAcknowledgement(plan);
  const records = changes.map((change) => recordOf(plan, change, { date: ctx.asOf, by: ctx.actor.id, reason, revision }));
  const produced: LifecycleEvent[] = changes.map((change) => ({
    type: 'plan_amended',
    target: change.target,
    targetId: change.entity.id,
    revision,
    reacknowledgementRequired: reacknowledge,
  }));
  return {
    ok: true,
    to,
    recipe: (draft) => {
      for (const change of changes) {
        const list = (change.target === 'goal' ? draft.goals : draft.support) as { id: string }[];
        const index = list.findIndex((item) => item.id === change.entity.id);
        if (index >= 0) list[index] = change.entity;
        else list.push(change.entity);
      }
      draft.revision = revision;
      draft.amendments.push(...records);
    },
    produced,
    effects: [acknowledgementRequested(plan, revision)],
    validate: 'structure',
  };
}

/** `amend_goal`: one goal replaced (or added). */
export const amendGoal = (plan: Plan, command: PlanCommandOf<'amend_goal'>, ctx: ResolvedContext, to: PlanStatus): Outcome =>
  amendment(plan, [{ target: 'goal', entity: command.goal }], command.reason, ctx, to);

/** `amend_support`: one support commitment replaced (or added). */
export const amendSupport = (plan: Plan, command: PlanCommandOf<'amend_support'>, ctx: ResolvedContext, to: PlanStatus): Outcome =>
  amendment(plan, [{ target: 'support', entity: command.commitment }], command.reason, ctx, to);

/** `amend_plan`: goals, then commitments, in the command's order, as one amendment. */
export const amendPlan = (plan: Plan, command: PlanCommandOf<'amend_plan'>, ctx: ResolvedContext, to: PlanStatus): Outcome =>
  amendment(
    plan,
    [...(command.goals ?? []).map((entity): Change => ({ target: 'goal', entity })), ...(command.support ?? []).map((entity): Change => ({ target: 'support', entity }))],
    command.reason,
    ctx,
    to,
  );
