/**
 * `amend_plan`: goals and support commitments changed together, as one amendment (one revision,
 * one reason), each replacing the goal or commitment of its id or, with a new id, added; goals
 * first, then commitments, in the command's order (see `../amendments.ts`).
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { GoalSchema, SupportCommitmentSchema } from '../../schema/entities.js';
import { LIMITS } from '../../schema/limits.js';
import { quote } from '../../schema/messages.js';
import { pushIssue, TextSchema } from '../../schema/primitives.js';
import { AMENDMENT_EDGES, amendment, type Change } from '../amendments.js';
import { command, type CommandModule } from '../command.js';

/** At least one goal or commitment, and each id once in its list. */
export const AmendPlanSchema = command('amend_plan', {
  goals: z.array(GoalSchema).min(1).max(LIMITS.entities).optional(),
  support: z.array(SupportCommitmentSchema).min(1).max(LIMITS.entities).optional(),
  reason: TextSchema,
}).check((ctx) => {
  if (ctx.value.goals === undefined && ctx.value.support === undefined) pushIssue(ctx, 'required', { expected: 'goals_or_support' }, ['goals']);
  for (const list of ['goals', 'support'] as const) {
    const seen = new Set<string>();
    (ctx.value[list] ?? []).forEach((item, i) => {
      if (seen.has(item.id)) pushIssue(ctx, 'duplicate_id', { value: quote(item.id) }, [list, i, 'id']);
      seen.add(item.id);
    });
  }
});

/** The `amend_plan` command: its schema, edges (with their guards) and handler. */
export const amendPlan: CommandModule<'amend_plan'> = {
  schema: AmendPlanSchema,
  edges: AMENDMENT_EDGES,
  handle: (plan, command, ctx) =>
    amendment(
      plan,
      [...(command.goals ?? []).map((entity): Change => ({ target: 'goal', entity })), ...(command.support ?? []).map((entity): Change => ({ target: 'support', entity }))],
      command.reason,
      ctx,
    ),
};
