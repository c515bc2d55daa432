/**
 * `pause`: the plan stops running (leave, a long absence), with a reason; its end date moves on
 * by the paused days when it resumes.
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { reasonGiven } from '../guards.js';

/** The `pause` command's shape. */
export const PauseSchema = command('pause', { reason: TextSchema });

/** The `pause` command: its schema, edges (with their guards) and handler. */
export const pause: CommandModule<'pause'> = {
  schema: PauseSchema,
  edges: [{ from: 'active', to: 'paused', roles: [M, H], guards: [reasonGiven] }],
  handle: (_plan, command, ctx) => ({
    recipe: (draft) => {
      draft.pauses.push({ start: ctx.asOf, reason: command.reason });
    },
    produced: [{ type: 'plan_paused', on: ctx.asOf }],
    effects: [],
  }),
};
