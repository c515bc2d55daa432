/**
 * `record_support_delivery`: a support session delivered (or missed), dated within the plan.
 * Accepted while the plan runs, and while an amendment to a running plan awaits the re-signatures.
 *
 * @internal
 * @module
 */
import { SupportDeliverySchema } from '../../schema/entities.js';
import { command, H, M, S, type CommandModule } from '../command.js';
import type { PlanCommandOf } from '../commands.js';
import { hasRun, recordDated, validChange } from '../guards.js';

/** The `record_support_delivery` command's shape. */
export const RecordSupportDeliverySchema = command('record_support_delivery', { delivery: SupportDeliverySchema });

const dated = recordDated((command: PlanCommandOf<'record_support_delivery'>) => [[command.delivery.date, ['delivery', 'date']]], true);

/** The `record_support_delivery` command: its schema, edges (with their guards) and handler. */
export const recordSupportDelivery: CommandModule<'record_support_delivery'> = {
  schema: RecordSupportDeliverySchema,
  edges: [
    { from: ['active', 'paused', 'in_evaluation'], to: 'same', roles: [M, H, S], guards: [dated, validChange] },
    { from: 'awaiting_acknowledgement', to: 'same', roles: [M, H, S], guards: [hasRun, dated, validChange] },
  ],
  handle: (_plan, command) => ({
    recipe: (draft) => {
      draft.supportDeliveries.push(command.delivery);
    },
    produced: [{ type: 'support_delivery_recorded', commitmentId: command.delivery.commitmentId, date: command.delivery.date, status: command.delivery.status }],
    effects: [],
  }),
};
