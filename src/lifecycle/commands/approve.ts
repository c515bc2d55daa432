/**
 * `approve`: HR approves the plan, which then awaits the acknowledgements of its manager and employee.
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../schema/primitives.js';
import { command, H, type CommandModule } from '../command.js';
import { acknowledgementRequested } from '../notices.js';
import { reviewerIsHrPartner } from '../people.js';

/** The `approve` command's shape. */
export const ApproveSchema = command('approve', { notes: TextSchema.optional() });

/** The `approve` command: its schema, edges (with their guards) and handler. */
export const approve: CommandModule<'approve'> = {
  schema: ApproveSchema,
  edges: [{ from: 'in_review', to: 'awaiting_acknowledgement', roles: [H], guards: [reviewerIsHrPartner] }],
  handle: (plan, command, ctx) => ({
    recipe: (draft) => {
      draft.reviews.push(
        command.notes === undefined
          ? { by: ctx.actor.id, date: ctx.asOf, decision: 'approved' }
          : { by: ctx.actor.id, date: ctx.asOf, decision: 'approved', notes: command.notes },
      );
    },
    produced: [{ type: 'plan_approved', by: ctx.actor.id }],
    effects: [acknowledgementRequested(plan, plan.revision)],
  }),
};
