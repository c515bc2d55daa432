/**
 * `withdraw`: the plan is closed as `withdrawn` from any open state, with a reason (an open pause
 * ends the day before).
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, OPEN, type CommandModule } from '../command.js';
import { reasonGiven } from '../guards.js';
import { closeOpenPause } from './resume.js';

/** The `withdraw` command's shape. */
export const WithdrawSchema = command('withdraw', { reason: TextSchema });

/** The `withdraw` command: its schema, edges (with their guards) and handler. */
export const withdraw: CommandModule<'withdraw'> = {
  schema: WithdrawSchema,
  edges: [{ from: OPEN, to: 'closed', roles: [M, H], guards: [reasonGiven] }],
  handle: (plan, command, ctx) => ({
    recipe: (draft) => {
      closeOpenPause(draft, plan, ctx.asOf);
      draft.closure = { outcome: 'withdrawn', date: ctx.asOf, by: ctx.actor.id, reason: command.reason };
    },
    produced: [{ type: 'plan_closed', outcome: 'withdrawn' }],
    effects: [],
  }),
};
