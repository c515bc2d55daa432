/**
 * What the amendments share (`commands/amend-goal.ts`, `amend-support.ts`, and `amend-plan.ts`
 * for several goals and commitments at once): their edges and their change. Every amendment raises
 * the revision by one, whatever it changes, and keeps what it changed: one amendment record per
 * goal or commitment, with the goal or commitment as it was (`before`, absent when the amendment
 * adds it) and as it is now (`after`). The records are part of the log entry's patches, so
 * `replay` re-decides them: an entry whose `before` is not what the plan held is reported.
 *
 * The change is checked as a whole (`valid_change`: every integrity rule on the changed plan,
 * weights adding up to 100 among them): a batch that breaks a rule is refused with nothing
 * changed.
 *
 * @internal
 * @module
 */
import type { Amendment, Goal, Plan, SupportCommitment } from '../schema/types.js';
import { H, M, type CommandEdge } from './command.js';
import { anyAcknowledgement, reasonGiven, validChange } from './guards.js';
import { acknowledgementRequested } from './notices.js';
import type { Outcome, ResolvedContext } from './outcome.js';
import type { LifecycleEvent } from './types.js';

/** One goal or commitment an amendment sets. */
export type Change = { readonly target: 'goal'; readonly entity: Goal } | { readonly target: 'support'; readonly entity: SupportCommitment };

/** The edges of every amendment: while awaiting acknowledgement it stays there; an amendment to an active plan sends it back for the re-signatures. */
export const AMENDMENT_EDGES: readonly CommandEdge<{ readonly reason: string }>[] = [
  { from: 'awaiting_acknowledgement', to: 'same', roles: [M, H], guards: [reasonGiven, validChange] },
  { from: 'active', to: 'awaiting_acknowledgement', roles: [M, H], guards: [reasonGiven, validChange] },
];

/** The amendment record of one change: before (when the plan had it) and after. */
function recordOf(plan: Plan, change: Change, base: { date: string; by: string; reason: string; revision: number }): Amendment {
  const head = { date: base.date, by: base.by, reason: base.reason, target: change.target, targetId: change.entity.id, revision: base.revision };
  const list: readonly { readonly id: string }[] = change.target === 'goal' ? plan.goals : plan.support;
  const before = list.find((item) => item.id === change.entity.id);
  return (before === undefined ? { ...head, after: change.entity } : { ...head, before, after: change.entity }) as Amendment;
}

/** The outcome of an amendment setting `changes`, with its reason: one revision for them all. */
export function amendment(plan: Plan, changes: readonly Change[], reason: string, ctx: ResolvedContext): Outcome {
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
  };
}
