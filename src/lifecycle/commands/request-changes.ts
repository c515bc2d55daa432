/**
 * `request_changes`: HR sends the plan back to draft, with a reason.
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../schema/primitives.js';
import { command, H, type CommandModule } from '../command.js';
import { reasonGiven } from '../guards.js';
import { reviewerIsHrPartner } from '../people.js';

/** The `request_changes` command's shape. */
export const RequestChangesSchema = command('request_changes', { reason: TextSchema });

/** The `request_changes` command: its schema, edges (with their guards) and handler. */
export const requestChanges: CommandModule<'request_changes'> = {
  schema: RequestChangesSchema,
  edges: [{ from: 'in_review', to: 'draft', roles: [H], guards: [reviewerIsHrPartner, reasonGiven] }],
  handle: (_plan, command, ctx) => ({
    recipe: (draft) => {
      draft.reviews.push({ by: ctx.actor.id, date: ctx.asOf, decision: 'changes_requested', notes: command.reason });
    },
    produced: [{ type: 'changes_requested', by: ctx.actor.id }],
    effects: [],
  }),
};
