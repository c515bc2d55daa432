/**
 * `amend_support`: one support commitment replaced (or, with a new id, added), with a reason (see
 * `../amendments.ts`).
 *
 * @internal
 * @module
 */
import { SupportCommitmentSchema } from '../../schema/entities.js';
import { TextSchema } from '../../schema/primitives.js';
import { AMENDMENT_EDGES, amendment } from '../amendments.js';
import { command, type CommandModule } from '../command.js';

/** The `amend_support` command's shape. */
export const AmendSupportSchema = command('amend_support', { commitment: SupportCommitmentSchema, reason: TextSchema });

/** The `amend_support` command: its schema, edges (with their guards) and handler. */
export const amendSupport: CommandModule<'amend_support'> = {
  schema: AmendSupportSchema,
  edges: AMENDMENT_EDGES,
  handle: (plan, command, ctx) => amendment(plan, [{ target: 'support', entity: command.commitment }], command.reason, ctx),
};
