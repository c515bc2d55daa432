/**
 * `end_monitoring`: monitoring ends and the plan is completed.
 *
 * @internal
 * @module
 */
import { toDayNumber } from '../../dates/calendar.js';
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';

/** The `end_monitoring` command's shape. */
export const EndMonitoringSchema = command('end_monitoring', { note: TextSchema.optional() });

/** The `end_monitoring` command: its schema, edges (with their guards) and handler. */
export const endMonitoring: CommandModule<'end_monitoring'> = {
  schema: EndMonitoringSchema,
  edges: [{ from: 'monitoring', to: 'completed', roles: [M, H], guards: [] }],
  handle: (plan, _command, ctx) => {
    const start = plan.monitoring?.start ?? ctx.asOf;
    return {
      recipe: (draft) => {
        if (draft.monitoring) draft.monitoring.end = ctx.asOf;
        else draft.monitoring = { start: ctx.asOf, end: ctx.asOf };
      },
      produced: [{ type: 'monitoring_ended', days: toDayNumber(ctx.asOf) - toDayNumber(start) }],
      effects: [],
    };
  },
};
