/**
 * `amend_goal`: one goal replaced (or, with a new id, added), with a reason (see `../amendments.ts`).
 *
 * @internal
 * @module
 */
import { GoalSchema } from '../../schema/entities.js';
import { TextSchema } from '../../schema/primitives.js';
import { AMENDMENT_EDGES, amendment } from '../amendments.js';
import { command, type CommandModule } from '../command.js';

/** The `amend_goal` command's shape. */
export const AmendGoalSchema = command('amend_goal', { goal: GoalSchema, reason: TextSchema });

/** The `amend_goal` command: its schema, edges (with their guards) and handler. */
export const amendGoal: CommandModule<'amend_goal'> = {
  schema: AmendGoalSchema,
  edges: AMENDMENT_EDGES,
  handle: (plan, command, ctx) => amendment(plan, [{ target: 'goal', entity: command.goal }], command.reason, ctx),
};
